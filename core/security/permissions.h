#pragma once

#include <QString>

#include <optional>

namespace Ambulo::Core {

enum class Role {
    FrontDesk,
    Provider,
    Biller,
    Admin,
    // Not a person: the principal an interface (HL7 listener, sync worker) acts as. Never given
    // to a user account (not in allRoles()); may register, schedule and file results, nothing else.
    Interface,
};

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
    // The text of visit notes; without it a chart shows codes, lists and results only.
    NoteRead,
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
const QList<Role> &allRoles();               // the roles a user account can have
const QList<Permission> &allPermissions();

} // namespace Ambulo::Core
