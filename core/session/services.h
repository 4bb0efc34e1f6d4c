#pragma once

#include "core/audit/auditlog.h"
#include "core/entities/directoryservice.h"
#include "core/entities/patientservice.h"
#include "core/session/practiceservice.h"
#include "core/session/servicecontext.h"
#include "core/session/userservice.h"

namespace Ambulo::Core {

class Store;

// The core services over one store connection, sharing one session. Made once per connection
// and passed to whoever needs it; there is no global instance.
class Services
{
public:
    Services(Store &store, QString workstation);
    // Over a further connection of the same store (Store::openConnection), for a worker thread.
    Services(Store &store, Database &db, QString workstation);
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    Store &store() { return m_store; }
    ServiceContext &context() { return m_context; }
    AuditLog &audit() { return m_audit; }
    UserService &users() { return m_users; }
    PatientService &patients() { return m_patients; }
    PracticeService &practice() { return m_practice; }
    DirectoryService &directory() { return m_directory; }

    // The audit log as a report reads it (AuditRead): a patient filter finds every entry about
    // the person the MRN names now, including those made under another record merged into
    // theirs or under an MRN they had before (PatientService::recordsOfPerson).
    Result<QList<AuditEntry>> auditTrail(AuditFilter filter);

    static QString thisWorkstation();

private:
    Store &m_store;
    AuditLog m_audit;
    ServiceContext m_context;
    UserService m_users;
    PatientService m_patients;
    PracticeService m_practice;
    DirectoryService m_directory;
};

} // namespace Ambulo::Core
