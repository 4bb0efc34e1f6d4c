#pragma once

#include "core/audit/auditlog.h"
#include "core/result.h"
#include "core/security/permissions.h"
#include "core/session/session.h"

#include <QString>

#include <optional>

namespace Ambulo::Core {

class Database;

// What every service needs: the connection, the audit log, this workstation's name and the
// current session. Services hold a reference, so a sign-in or user switch is seen by all of them.
class ServiceContext
{
public:
    ServiceContext(Database &db, AuditLog &audit, QString workstation);

    Database &db() const { return m_db; }
    AuditLog &audit() const { return m_audit; }
    const QString &workstation() const { return m_workstation; }

    const Session *session() const { return m_session ? &*m_session : nullptr; }
    void setSession(std::optional<Session> session) { m_session = std::move(session); }

    // Where the changes made through this context come from: "local" for a person at this
    // workstation, or the connector applying them ("hl7:<interface>", "fhir"). Written into the
    // change log so a connector does not echo a change back to where it came from.
    const QString &origin() const { return m_origin; }
    void setOrigin(QString origin) { m_origin = std::move(origin); }

    // Refuses (and audits the refusal) unless a session holds the permission.
    Status require(Permission permission, qint64 patientId = 0, const QString &patientMrn = {});

    // Writes an audit entry as the current user (or "system" without a session).
    Status record(const char *action, const QString &outcome, qint64 patientId = 0,
                  const QString &patientMrn = {}, const QString &detail = {}, bool flagged = false);

private:
    Database &m_db;
    AuditLog &m_audit;
    QString m_workstation;
    std::optional<Session> m_session;
    QString m_origin = QStringLiteral("local");
};

} // namespace Ambulo::Core
