#include "app/shell/logindialog.h"

#include "app/shell/shellconstants.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

LoginDialog::LoginDialog(Core::Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QLatin1String(Names::LoginDialog));
    setWindowTitle(tr("Sign in to Ambulo"));

    auto practice = new QLabel(this);
    practice->setObjectName(QLatin1String(Names::LoginPractice));
    practice->setTextFormat(Qt::PlainText);
    QFont big = practice->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    practice->setFont(big);
    // Readable before sign-in on purpose: the clerk should see which practice's store this is.
    const QString name = m_services.practice().settings().name;
    practice->setText(name.isEmpty() ? tr("Ambulo") : name);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QLatin1String(Names::LoginUser));
    m_user->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QLatin1String(Names::LoginPassword));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);

    m_error = new QLabel(this);
    m_error->setObjectName(QLatin1String(Names::LoginError));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(Core::UiStyle::errorText());
    m_error->hide();

    auto buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QLatin1String(Names::LoginButton));
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(practice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    m_user->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::attemptSignIn()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    // Password hashing takes a noticeable moment by design.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::Session> session = m_services.users().signIn(user, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        showError(session.error().message);
        m_password->setFocus();
        return;
    }
    m_session = session.value();
    m_error->hide();
    accept();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::setUserName(const QString &name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

} // namespace Ambulo::App
