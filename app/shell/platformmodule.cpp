#include "app/shell/platformmodule.h"

#include "app/shell/auditlogwidget.h"
#include "app/shell/interfacemonitorwidget.h"
#include "app/shell/namematcheswidget.h"
#include "app/shell/patientsummarywidget.h"
#include "app/shell/practicesettingswidget.h"
#include "app/shell/shellconstants.h"
#include "app/shell/userswidget.h"
#include "app/sync/conflictwidget.h"
#include "app/sync/syncconstants.h"
#include "app/sync/syncsettingswidget.h"

namespace Ambulo::App {

using Core::Permission;
using Core::Role;

QString PlatformModule::id() const
{
    return QLatin1String(Constants::PlatformModuleId);
}

QList<Core::DockSpec> PlatformModule::docks() const
{
    QList<Core::DockSpec> docks;
    docks.append({QLatin1String(Constants::DockPatientSummary), tr("Patient"),
                  Qt::LeftDockWidgetArea, Core::allRoles(), Permission::PatientRead,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::PatientSummaryWidget(context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockUsers),
                  tr("Users"),
                  Qt::RightDockWidgetArea,
                  {Role::Admin},
                  Permission::UserAdmin,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::UsersWidget(context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockPracticeSettings),
                  tr("Practice settings"),
                  Qt::RightDockWidgetArea,
                  {Role::Admin},
                  Permission::PracticeAdmin,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::PracticeSettingsWidget(context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockAuditLog),
                  tr("Audit log"),
                  Qt::BottomDockWidgetArea,
                  {Role::Admin},
                  Permission::AuditRead,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::AuditLogWidget(context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockInterfaceMonitor),
                  tr("Interfaces"),
                  Qt::BottomDockWidgetArea,
                  {Role::Admin},
                  Permission::PracticeAdmin,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::InterfaceMonitorWidget(context, parent);
                  }});
    // Registrations matched by name and birth date, for the admin to confirm or undo.
    docks.append({QLatin1String(Constants::DockNameMatches),
                  tr("Name matches"),
                  Qt::BottomDockWidgetArea,
                  {Role::Admin},
                  Permission::PracticeAdmin,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::NameMatchesWidget(context, parent);
                  }});
    // Tabs behind the audit log and the practice settings; the status bar's conflict count
    // raises the first.
    docks.append({QLatin1String(SyncConstants::DockConflicts),
                  tr("Sync conflicts"),
                  Qt::BottomDockWidgetArea,
                  {Role::Admin},
                  Permission::PracticeAdmin,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::ConflictWidget(context, parent);
                  }});
    docks.append({QLatin1String(SyncConstants::DockSettings),
                  tr("Sync settings"),
                  Qt::RightDockWidgetArea,
                  {Role::Admin},
                  Permission::PracticeAdmin,
                  [](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::SyncSettingsWidget(context, parent);
                  }});
    return docks;
}

} // namespace Ambulo::App
