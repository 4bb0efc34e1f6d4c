#include "core/session/services.h"

#include "core/store/store.h"

#include <QSysInfo>

namespace Ambulo::Core {

Services::Services(Store &store, QString workstation)
    : Services(store, store.db(), std::move(workstation))
{}

Services::Services(Store &store, Database &db, QString workstation)
    : m_store(store)
    , m_audit(db, store.auditKey())
    , m_context(db, m_audit, std::move(workstation))
    , m_users(m_context)
    , m_patients(m_context)
    , m_practice(m_context)
    , m_directory(m_context)
{}

Result<QList<AuditEntry>> Services::auditTrail(AuditFilter filter)
{
    if (Status s = m_context.require(Permission::AuditRead); !s)
        return s.error();
    if (!filter.patientMrn.isEmpty()) {
        Result<QList<qint64>> records = m_patients.recordsOfPerson(filter.patientMrn);
        if (!records)
            return records.error();
        filter.patientIds = records.value();
    }
    return m_audit.list(filter);
}

QString Services::thisWorkstation()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("workstation") : host;
}

} // namespace Ambulo::Core
