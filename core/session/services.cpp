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

QString Services::thisWorkstation()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("workstation") : host;
}

} // namespace Ambulo::Core
