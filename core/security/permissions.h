#pragma once

#include <QString>

#include <optional>

namespace Ambulo::Core {

enum class Role { FrontDesk, Provider, Biller, Admin };

// What a service may be asked to do. Roles grant sets of these; services check them, so a
// refusal holds whether the call comes from a dock, the command line or a sync adapter.
enum class Permission {
    PatientSearch,
    PatientRead,
    PatientWrite,
    BreakGlass,
    ScheduleRead,
    ScheduleWrite,
    ChartRead,
    ChartWrite,
    ChartSign,
    BillingRead,
    BillingWrite,
    MessagingUse,
    UserAdmin,
    PracticeAdmin,
    AuditRead,
};

bool roleHas(Role role, Permission permission);

QString roleId(Role role);          // "front-desk", as stored and typed
QString roleDisplayName(Role role); // translated
std::optional<Role> roleFromId(const QString &id);
QString permissionId(Permission permission); // "patient.read", as audited
const QList<Role> &allRoles();
const QList<Permission> &allPermissions();

} // namespace Ambulo::Core
