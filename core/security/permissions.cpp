#include "core/security/permissions.h"

#include <QCoreApplication>
#include <QList>

namespace Ambulo::Core {

bool roleHas(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        // Practice admins run the office; they do not document, sign or read clinical notes.
        return p != P::ChartWrite && p != P::ChartSign && p != P::NoteRead;
    case Role::FrontDesk:
        return p == P::PatientSearch || p == P::PatientRead || p == P::PatientWrite
               || p == P::BreakGlass || p == P::ScheduleRead || p == P::ScheduleWrite
               || p == P::MessagingUse || p == P::BillingRead;
    case Role::Provider:
        return p == P::PatientSearch || p == P::PatientRead || p == P::PatientWrite
               || p == P::BreakGlass || p == P::ScheduleRead || p == P::ChartRead
               || p == P::ChartWrite || p == P::ChartSign || p == P::NoteRead
               || p == P::MessagingUse;
    case Role::Biller:
        return p == P::PatientSearch || p == P::PatientRead || p == P::ScheduleRead
               || p == P::ChartRead || p == P::BillingRead || p == P::BillingWrite
               || p == P::MessagingUse;
    case Role::Interface:
        return p == P::PatientSearch || p == P::PatientRead || p == P::PatientWrite
               || p == P::ScheduleRead || p == P::ScheduleWrite || p == P::ChartRead
               || p == P::ChartWrite;
    }
    return false;
}

QString roleId(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return QStringLiteral("front-desk");
    case Role::Provider:
        return QStringLiteral("provider");
    case Role::Biller:
        return QStringLiteral("biller");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Interface:
        return QStringLiteral("interface");
    }
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return QCoreApplication::translate("Ambulo::Core", "Front desk");
    case Role::Provider:
        return QCoreApplication::translate("Ambulo::Core", "Provider");
    case Role::Biller:
        return QCoreApplication::translate("Ambulo::Core", "Biller");
    case Role::Admin:
        return QCoreApplication::translate("Ambulo::Core", "Practice admin");
    case Role::Interface:
        return QCoreApplication::translate("Ambulo::Core", "Interface");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role r : allRoles()) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString permissionId(Permission p)
{
    switch (p) {
    case Permission::PatientSearch:
        return QStringLiteral("patient.search");
    case Permission::PatientRead:
        return QStringLiteral("patient.read");
    case Permission::PatientWrite:
        return QStringLiteral("patient.write");
    case Permission::BreakGlass:
        return QStringLiteral("patient.break-glass");
    case Permission::ScheduleRead:
        return QStringLiteral("schedule.read");
    case Permission::ScheduleWrite:
        return QStringLiteral("schedule.write");
    case Permission::ChartRead:
        return QStringLiteral("chart.read");
    case Permission::ChartWrite:
        return QStringLiteral("chart.write");
    case Permission::ChartSign:
        return QStringLiteral("chart.sign");
    case Permission::NoteRead:
        return QStringLiteral("chart.note-read");
    case Permission::BillingRead:
        return QStringLiteral("billing.read");
    case Permission::BillingWrite:
        return QStringLiteral("billing.write");
    case Permission::MessagingUse:
        return QStringLiteral("messaging.use");
    case Permission::UserAdmin:
        return QStringLiteral("users.admin");
    case Permission::PracticeAdmin:
        return QStringLiteral("practice.admin");
    case Permission::AuditRead:
        return QStringLiteral("audit.read");
    }
    return {};
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles{Role::FrontDesk, Role::Provider, Role::Biller, Role::Admin};
    return roles;
}

const QList<Permission> &allPermissions()
{
    static const QList<Permission> permissions{
        Permission::PatientSearch, Permission::PatientRead,  Permission::PatientWrite,
        Permission::BreakGlass,    Permission::ScheduleRead, Permission::ScheduleWrite,
        Permission::ChartRead,     Permission::ChartWrite,   Permission::ChartSign,
        Permission::NoteRead,      Permission::BillingRead,  Permission::BillingWrite,
        Permission::MessagingUse,  Permission::UserAdmin,    Permission::PracticeAdmin,
        Permission::AuditRead};
    return permissions;
}

} // namespace Ambulo::Core
