#pragma once

#include "core/session/userservice.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::App::Internal {

// The admin's list of local accounts, with add, disable/enable, password reset, role change and
// unlock. Every change goes through the user service, which checks and audits it.
class UsersWidget : public QWidget
{
    Q_OBJECT
public:
    UsersWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Core::UserRecord *selected() const;
    void updateButtons();
    void addUser();
    void toggleDisabled();
    void resetPassword();
    void changeRole();
    void unlockAccount();
    bool report(const Core::Status &status);

    Core::ModuleContext &m_context;
    QList<Core::UserRecord> m_users;
    bool m_loaded = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace Ambulo::App::Internal
