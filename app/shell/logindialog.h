#pragma once

#include "core/session/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ambulo::Core {
class Services;
}

namespace Ambulo::App {

// Asks for a user name and password and signs in through the user service; the session it
// starts is the one every module uses. Refusals (wrong password, locked, disabled) are shown
// in the dialog, which stays open until a sign-in succeeds or the user cancels.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Core::Services &services, QWidget *parent = nullptr);

    const Core::Session &session() const { return m_session; }
    QString errorText() const;
    // Fills in the user name (from --user) and puts the cursor in the password field.
    void setUserName(const QString &name);
    void showError(const QString &message);

private:
    void attemptSignIn();

    Core::Services &m_services;
    Core::Session m_session;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace Ambulo::App
