#include "core/session/servicecontext.h"

#include "core/constants.h"

#include <QCoreApplication>

namespace Ambulo::Core {

ServiceContext::ServiceContext(Database &db, AuditLog &audit, QString workstation)
    : m_db(db)
    , m_audit(audit)
    , m_workstation(std::move(workstation))
{}

Status ServiceContext::require(Permission permission, qint64 patientId, const QString &patientMrn)
{
    if (!m_session)
        return denied(QCoreApplication::translate("Ambulo::Core", "Sign in first."));
    if (m_session->has(permission))
        return {};
    (void)record(Constants::Audit::PermissionDenied, QLatin1String(Constants::OutcomeDenied),
                 patientId, patientMrn, permissionId(permission));
    return denied(
        QCoreApplication::translate("Ambulo::Core", "Permission denied: a %1 may not do '%2'.")
            .arg(roleDisplayName(m_session->role).toLower(), permissionId(permission)));
}

Status ServiceContext::record(const char *action, const QString &outcome, qint64 patientId,
                              const QString &patientMrn, const QString &detail, bool flagged)
{
    AuditEntry e;
    e.user = m_session ? m_session->username : QStringLiteral("system");
    e.workstation = m_workstation;
    e.action = QLatin1String(action);
    e.outcome = outcome;
    e.patientId = patientId;
    e.patientMrn = patientMrn;
    e.detail = detail;
    e.flagged = flagged;
    return m_audit.append(std::move(e));
}

} // namespace Ambulo::Core
