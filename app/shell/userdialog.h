#pragma once

#include "core/session/userservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Ambulo::App::Internal {

// Asks for a new account (user name, display name, role, password twice) or, in the
// reset mode, only for a new password twice. The user service validates the rest.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { NewUser, ResetPassword };

    UserDialog(Mode mode, const QString &username, QWidget *parent = nullptr);

    Core::NewUser user() const;
    QString password() const;

    void accept() override;

private:
    Mode m_mode;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Ambulo::App::Internal
