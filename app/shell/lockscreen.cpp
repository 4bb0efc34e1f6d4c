#include "app/shell/lockscreen.h"

#include "app/shell/shellconstants.h"
#include "core/module/uistyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QLatin1String(Names::LockScreen));

    auto title = new QLabel(tr("This workstation is locked"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    m_user = new QLabel(this);
    m_user->setObjectName(QLatin1String(Names::LockUser));
    m_user->setTextFormat(Qt::PlainText);
    m_user->setAlignment(Qt::AlignCenter);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QLatin1String(Names::LockPassword));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMaxLength(256);

    m_error = new QLabel(this);
    m_error->setObjectName(QLatin1String(Names::LockError));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(Core::UiStyle::errorText());
    m_error->hide();

    auto unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QLatin1String(Names::UnlockButton));
    unlock->setDefault(true);
    auto switchUser = new QPushButton(tr("Switch user…"), this);
    switchUser->setObjectName(QLatin1String(Names::LockSwitchUserButton));

    auto submit = [this] {
        const QString password = m_password->text();
        m_password->clear();
        emit unlockRequested(password);
    };
    connect(unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);

    auto panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMaximumWidth(420);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(switchUser);
    buttons->addStretch(1);
    buttons->addWidget(unlock);
    auto column = new QVBoxLayout(panel);
    column->setContentsMargins(24, 24, 24, 24);
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(m_user);
    column->addWidget(m_password);
    column->addWidget(m_error);
    column->addLayout(buttons);

    auto center = new QGridLayout(this);
    center->addWidget(panel, 0, 0, Qt::AlignCenter);
}

void LockScreen::prepare(const QString &userDisplayName)
{
    m_user->setText(tr("Signed in: %1").arg(userDisplayName));
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

void LockScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_password->setFocus();
}

} // namespace Ambulo::App
