#include "app/shell/userswidget.h"

#include "app/shell/shellconstants.h"
#include "app/shell/userdialog.h"
#include "core/module/module.h"
#include "core/session/services.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace {

enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, StateColumn, CreatedColumn };

bool isLocked(const Core::UserRecord &user)
{
    return user.lockedUntil.isValid() && user.lockedUntil > QDateTime::currentDateTimeUtc();
}

} // namespace

UsersWidget::UsersWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QLatin1String(Constants::ObjectNames::UsersTable));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Display name"), tr("Role"), tr("State"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersWidget::updateButtons);

    auto button = [this](const QString &text, const char *name, void (UsersWidget::*slot)()) {
        auto b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_add = button(tr("Add…"), "usersAdd", &UsersWidget::addUser);
    m_disable = button(tr("Disable"), "usersDisable", &UsersWidget::toggleDisabled);
    m_reset = button(tr("Reset password…"), "usersResetPassword", &UsersWidget::resetPassword);
    m_role = button(tr("Change role…"), "usersChangeRole", &UsersWidget::changeRole);
    m_unlock = button(tr("Unlock"), "usersUnlock", &UsersWidget::unlockAccount);

    auto buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_disable, m_reset, m_role, m_unlock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void UsersWidget::showEvent(QShowEvent *event)
{
    // Read when first shown, not when the dock is built: a hidden dock costs nothing.
    if (!m_loaded)
        refresh();
    QWidget::showEvent(event);
}

void UsersWidget::refresh()
{
    m_loaded = true;
    const qint64 previous = selected() ? selected()->id : 0;
    auto users = m_context.services.users().list();
    if (!users) {
        m_users.clear();
        m_table->setRowCount(0);
        report(users.error());
        return;
    }
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    int reselect = -1;
    for (int row = 0; row < m_users.size(); ++row) {
        const Core::UserRecord &u = m_users.at(row);
        QString state = tr("Active");
        if (u.disabled)
            state = tr("Disabled");
        else if (isLocked(u))
            state = tr("Locked until %1")
                        .arg(QLocale().toString(u.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        const QStringList cells{
            u.username, u.displayName, Core::roleDisplayName(u.role), state,
            QLocale().toString(u.createdAt.toLocalTime().date(), QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (u.id == previous)
            reselect = row;
    }
    m_table->resizeColumnsToContents();
    if (reselect >= 0)
        m_table->selectRow(reselect);
    updateButtons();
}

const Core::UserRecord *UsersWidget::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_users.at(row);
}

void UsersWidget::updateButtons()
{
    const Core::UserRecord *user = selected();
    m_disable->setEnabled(user);
    m_disable->setText(user && user->disabled ? tr("Enable") : tr("Disable"));
    m_reset->setEnabled(user);
    m_role->setEnabled(user);
    m_unlock->setEnabled(user && isLocked(*user));
}

bool UsersWidget::report(const Core::Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Users"), status.error().message);
    return status.ok();
}

void UsersWidget::addUser()
{
    UserDialog dialog(UserDialog::Mode::NewUser, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_context.services.users().add(dialog.user());
    report(id ? Core::Status() : Core::Status(id.error()));
    refresh();
}

void UsersWidget::toggleDisabled()
{
    const Core::UserRecord *user = selected();
    if (!user)
        return;
    const qint64 id = user->id;
    const bool disable = !user->disabled;
    if (disable
        && QMessageBox::question(this, tr("Disable user"),
                                 tr("Disable %1? They can no longer sign in.").arg(user->username))
               != QMessageBox::Yes)
        return;
    report(m_context.services.users().setDisabled(id, disable));
    refresh();
}

void UsersWidget::resetPassword()
{
    const Core::UserRecord *user = selected();
    if (!user)
        return;
    const qint64 id = user->id;
    UserDialog dialog(UserDialog::Mode::ResetPassword, user->username, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_context.services.users().resetPassword(id, dialog.password()));
    refresh();
}

void UsersWidget::changeRole()
{
    const Core::UserRecord *user = selected();
    if (!user)
        return;
    const qint64 id = user->id;
    QStringList names;
    for (Core::Role role : Core::allRoles())
        names << Core::roleDisplayName(role);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(user->username),
                              names, int(Core::allRoles().indexOf(user->role)), false, &ok);
    if (!ok)
        return;
    report(m_context.services.users().setRole(id, Core::allRoles().at(names.indexOf(chosen))));
    refresh();
}

void UsersWidget::unlockAccount()
{
    const Core::UserRecord *user = selected();
    if (!user)
        return;
    report(m_context.services.users().unlockAccount(user->id));
    refresh();
}

} // namespace Ambulo::App::Internal
