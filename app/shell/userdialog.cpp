#include "app/shell/userdialog.h"

#include "core/module/uistyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

UserDialog::UserDialog(Mode mode, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("userDialog"));
    auto form = new QFormLayout;
    if (mode == Mode::NewUser) {
        setWindowTitle(tr("Add user"));
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("userDialogUsername"));
        m_username->setMaxLength(32);
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("userDialogDisplayName"));
        m_displayName->setMaxLength(120);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("userDialogRole"));
        for (Core::Role role : Core::allRoles())
            m_role->addItem(Core::roleDisplayName(role), QVariant::fromValue(int(role)));
        form->addRow(tr("&User name:"), m_username);
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("&Role:"), m_role);
    } else {
        setWindowTitle(tr("Reset password of %1").arg(username));
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("userDialogPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("userDialogRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Re&peat password:"), m_repeat);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Core::UiStyle::errorText());
    m_error->hide();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

Core::NewUser UserDialog::user() const
{
    Core::NewUser user;
    if (m_mode == Mode::NewUser) {
        user.username = m_username->text().trimmed();
        user.displayName = m_displayName->text().trimmed();
        user.role = Core::Role(m_role->currentData().toInt());
    }
    user.password = m_password->text();
    return user;
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::accept()
{
    // Only what the dialog alone can know is checked here; the service checks the rest.
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        m_error->show();
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (Core::Status s = Core::UserService::validatePassword(m_password->text()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Ambulo::App::Internal
