#pragma once

#include "connectors/sync/syncstore.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <atomic>

namespace Ambulo::Core {
class Services;
struct Patient;
} // namespace Ambulo::Core

namespace Ambulo::Fhir {
class Client;
struct Reply;
} // namespace Ambulo::Fhir

namespace Ambulo::Sync {

struct EngineOptions
{
    int batchSize = 100; // change-log rows read at a time
    int pageSize = 100;  // _count of a pull
};

// What one push, pull or round did. A failed round (ok false) stops where it was: what was done
// before the failure is committed, nothing after it was started, and the next round resumes.
struct RoundResult
{
    int pushed = 0;       // resources created or updated on the server
    int pulled = 0;       // server versions applied here
    int newConflicts = 0; // clashes queued by this round
    int openConflicts = 0;
    int rejected = 0;   // refused by the server (4xx) this round; kept, see `sync status`
    int renumbered = 0; // local MRNs given up because the server holds them for someone else
    int skipped = 0;    // server resources Ambulo cannot chart (no name or birth date)
    bool ok = true;
    bool transient = false;     // a later retry may succeed (network, timeout, 5xx, 429, ...)
    int retryAfterSeconds = -1; // the server's Retry-After, -1 when none
    QString message;            // why it failed, readable
};

// Moves Patients between this store and a FHIR R4 server: push the change log after the cursor
// (creates with our client identifier and If-None-Exist, updates with If-Match), three-way merge
// on 412 and on pulled changes to records with pending local changes, conflicts queued for a
// person; pull by _lastUpdated, the stamp saved with each page. Runs where blocking is allowed
// (a worker thread or the command line) on `services`' connection, whose session must hold
// patient read/write (an interface session, see Constants::Principal).
class SyncEngine
{
public:
    SyncEngine(Core::Services &services, Fhir::Client &client, EngineOptions options = {});

    RoundResult push();
    RoundResult pull();
    // Push then pull; the pull is skipped when the push could not reach the server.
    RoundResult round();

    // Settles an open conflict: the clashing fields take this workstation's values (`keepLocal`)
    // or the server's; fields changed on one side only merge as always. The result is written
    // to the server (If-Match on the version the conflict shows) and here, and the record is
    // synced again. Refused (Conflict) when the server has moved on since: sync, then resolve
    // the refreshed conflict.
    Core::Status resolve(qint64 conflictId, bool keepLocal);

    // Checked between records and pages; set it from another thread or a signal handler.
    void setStopFlag(const std::atomic_bool *flag) { m_stop = flag; }

    SyncStore &store() { return m_store; }
    QString mrnSystem() const;

private:
    enum class Step { Done, RetryLater };
    Step pushPatient(qint64 localId, RoundResult &result);
    Step createPatient(Core::Patient &patient, RoundResult &result);
    Step updatePatient(const Core::Patient &patient, RecordMap map, RoundResult &result);
    Step resolvePrecondition(const Core::Patient &patient, RecordMap map, RoundResult &result);
    Core::Status applyPulled(const QJsonObject &resource, RoundResult &result);
    // Makes the local record equal `target` (MRN included), as origin "fhir".
    Core::Status applyLocally(const Core::Patient &target, const Core::Patient &current);
    Core::Status queueConflict(const Core::Patient &local, const QJsonObject &server,
                               const QStringList &fields, RecordMap map, RoundResult &result);
    Core::Status advanceCursor(qint64 seq);
    // Saves the record's map and moves the push cursor past the change row in hand (inside the
    // caller's transaction).
    Core::Status saveAndAdvance(const RecordMap &record);
    // The server accepted our version: its copy becomes the merge base, the record synced.
    static void takeServerCopy(RecordMap &record, const Fhir::Reply &reply);
    Step fail(const Fhir::Reply &reply, const QString &what, RoundResult &result);
    Core::Status reject(RecordMap map, const QString &message, RoundResult &result);
    bool stopRequested() const { return m_stop && m_stop->load(); }

    Core::Services &m_services;
    Fhir::Client &m_client;
    EngineOptions m_options;
    SyncStore m_store;
    QString m_storeId;
    const std::atomic_bool *m_stop = nullptr;
    qint64 m_seq = 0;        // the change row being pushed; advanced with what it produced
    qint64 m_pullCursor = 0; // the push cursor when the pull began: later rows are pending
};

} // namespace Ambulo::Sync
