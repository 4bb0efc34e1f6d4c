#pragma once

#include "connectors/sync/resourceadapter.h"
#include "connectors/sync/syncstore.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

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
    // A pull commits the pages it applied once they hold this many records or have been open
    // this long: the write lock is held meanwhile, and a person's save on the GUI thread waits
    // for it.
    int commitRecords = 1000;
    int commitMs = 40;
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
    // Pulled merges still waiting for their survivor after the round, tried again later or not
    // yet due (see SyncStore::pendingMerges, `sync status`).
    int waitingMerges = 0;
    bool ok = true;
    bool transient = false;     // a later retry may succeed (network, timeout, 5xx, 429, ...)
    int retryAfterSeconds = -1; // the server's Retry-After, -1 when none
    QString message;            // why it failed, readable
};

// Moves records between this store and a FHIR R4 server: push the change log after the cursor
// (creates with our client identifier and If-None-Exist, updates with If-Match), three-way merge
// on 412 and on pulled changes to records with pending local changes, conflicts queued for a
// person; pull by _lastUpdated per type, the stamp saved with each page. Patient is built in
// (with the MRN rules of README.md); other types come as ResourceAdapters, registered in push
// order by App::makeSyncEngine. Runs where blocking is allowed (a worker thread or the command
// line) on `services`' connection, whose session must hold patient and schedule read/write (an
// interface session, see Constants::Principal).
class SyncEngine
{
public:
    SyncEngine(Core::Services &services, Fhir::Client &client, EngineOptions options = {});
    ~SyncEngine();

    // Adds a resource type after Patient (which is built in). Register in push order: a type may
    // refer only to types registered before it. Pulls run in the same order.
    void addAdapter(std::unique_ptr<ResourceAdapter> adapter);
    // Patient, then the registered types in order.
    QStringList resourceTypes() const;
    // The types whose change rows are pushed (those of resourceTypes() not pushed only on
    // demand): what a pending count covers.
    QStringList pushedTypes() const;

    // Queues, once per resource type and store, every local record of the type that has no
    // sync record (made before sync was set up, or before its type was mapped; never on the
    // server, never pulled from it), so the push sends it in push order like any other record
    // (syncbackfill.cpp). Each type in its own transaction with its done mark, so an
    // interrupted backfill is redone whole. Called by push(); returns how many were queued.
    Core::Result<int> backfill();

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
    // Also stops the request being waited for (Fhir::Client::cancelWhen).
    void setStopFlag(const std::atomic_bool *flag);

    SyncStore &store() { return m_store; }
    QString mrnSystem() const;

    // For adapters, while they build or apply a record.
    Core::Services &services() { return m_services; }
    Fhir::Client &client() { return m_client; }
    QString storeId() const { return m_storeId; }
    // "Patient/abc" for a local record on the server. A type that is pushed only as a reference
    // (Practitioner) is found or created there first. Empty: not on the server (yet); an error
    // only when the store or the server failed (the round stops and retries).
    Core::Result<QString> reference(const QString &type, qint64 localId);
    // The local id of a server resource of `type` known here; 0 when none.
    Core::Result<qint64> localIdOf(const QString &type, const QString &serverId);
    // Queues a conflict for a person (or brings the open one up to date) and sets the record's
    // state to conflict, in the caller's transaction. `fields` Constants::BookingConflict: a
    // booking lost to another one on the server, with `alternatives` to offer.
    Core::Status markConflict(const QString &type, qint64 localId, const QJsonObject &local,
                              const QJsonObject &server, const QStringList &fields,
                              const QStringList &alternatives = {}, const QString &message = {});

private:
    enum class Step { Done, RetryLater };
    Step pushPatient(qint64 localId, RoundResult &result);
    Step createPatient(Core::Patient &patient, RoundResult &result);
    Step updatePatient(const Core::Patient &patient, RecordMap map, RoundResult &result);
    Step resolvePrecondition(const Core::Patient &patient, RecordMap map, RoundResult &result);
    Core::Status applyPulled(const QJsonObject &resource, RoundResult &result);
    // Makes the local record equal `target` (MRN included), as origin "fhir".
    Core::Status applyLocally(const Core::Patient &target, const Core::Patient &current);
    // The patient as it is sent: `base` (the server's copy, or nothing for a create) with our
    // fields and every identifier other systems gave the patient here, but those the server
    // dropped since `previousBase` (the copy both sides last agreed on), and without those taken
    // off the patient here (PatientService::withdrawnIdentifiers).
    Core::Result<QJsonObject> patientResource(const Core::Patient &patient, const QJsonObject &base,
                                              const QJsonObject &previousBase = {});
    // Forgets here (origin "fhir") the identifiers other systems gave patient `localId` that the
    // server dropped between its copies `before` and `now`, so they do not go back.
    Core::Status dropIdentifiers(qint64 localId, const QJsonObject &before, const QJsonObject &now);
    // Whether the server's `copy` still carries an identifier taken off patient `localId` here.
    Core::Result<bool> carriesWithdrawn(qint64 localId, const QJsonObject &copy);
    // Once the server took `sent`: the withdrawals of patient `localId` it no longer carries are
    // done. One made after `sent` was built is still in it, and waits for the next push.
    Core::Status settleWithdrawals(qint64 localId, const QJsonObject &sent);
    // Patient merges (syncremovals.cpp): every local merge whose merged-away record is on the
    // server is sent there as HL7 FHIR links (survivor `replaces`, merged-away inactive and
    // `replaced-by`); a pulled `replaced-by` merges the two records here.
    Step pushMerges(RoundResult &result);
    Step pushMerge(qint64 mergedId, qint64 survivorId, RoundResult &result);
    Core::Status applyPulledMerge(const QJsonObject &resource, const QString &survivorServerId,
                                  RoundResult &result);
    Core::Status resolveMergedAway(const Conflict &conflict, bool keepLocal);
    // Pulled merges whose survivor could not be taken (SyncStore::pendingMerges), tried again at
    // the start of every pull with the merged-away record as the server holds it now. False: the
    // server could not be asked, the pull stops (`result` says why).
    bool retryPendingMerges(RoundResult &result);
    // adapter.build(), and for a record removed here that the server still holds as it was, the
    // adapter's withdrawn form of the server's copy (buildRemoved), sent like any edit.
    Core::Result<Built> buildLocal(ResourceAdapter &adapter, qint64 localId,
                                   const QJsonObject &base);
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

    // The generic path of the registered adapters (syncengineadapters.cpp).
    ResourceAdapter *adapter(const QString &type) const;
    Step pushRecord(ResourceAdapter &adapter, qint64 localId, RoundResult &result);
    Step sendRecord(ResourceAdapter &adapter, const QJsonObject &resource, RecordMap record,
                    RoundResult &result);
    Step mergeRecord(ResourceAdapter &adapter, const QJsonObject &local, RecordMap record,
                     RoundResult &result);
    Step lostClaim(ResourceAdapter &adapter, const QJsonObject &local, const Claim &claim,
                   RecordMap record, RoundResult &result);
    Step claimFailed(const Claim &claim, RoundResult &result);
    Step pushWaiting(RoundResult &result);
    // Patients queued by backfill(), pushed before the adapters' waiting records.
    Step pushQueuedPatients(RoundResult &result);
    Core::Result<QList<qint64>> patientLocalIds();
    Core::Result<int> backfillType(const QString &type, ResourceAdapter *typeAdapter);
    Core::Status resolveRecord(ResourceAdapter &adapter, const Conflict &conflict, bool keepLocal);
    Core::Status applyPulledRecord(ResourceAdapter &adapter, const QJsonObject &resource,
                                   RoundResult &result);
    // One type's pull: pages since its stamp, each applied with the new stamp in one
    // transaction. False when the round must stop (result says why).
    bool pullType(const QString &type,
                  const std::function<Core::Status(const QJsonObject &, RoundResult &)> &apply,
                  RoundResult &result);

    Core::Services &m_services;
    Fhir::Client &m_client;
    EngineOptions m_options;
    SyncStore m_store;
    QString m_storeId;
    int m_mergeWaits = 0; // pulled merges put in the retry list, for retryPendingMerges
    // The merged-away records retryPendingMerges took this pull (server id → version), which the
    // pull itself then passes over.
    QHash<QString, QString> m_mergesRetried;
    const std::atomic_bool *m_stop = nullptr;
    // Why reference() could not push a referenced record: the round stops with it.
    std::optional<RoundResult> m_referenceFailure;
    std::vector<std::unique_ptr<ResourceAdapter>> m_adapters;
    qint64 m_seq = 0;         // the change row being pushed; advanced with what it produced
    bool m_mergeMove = false; // that row is a pulled merge's move (Constants::MergeOrigin)
    qint64 m_pullCursor = 0;  // the push cursor when the pull began: later rows are pending
};

} // namespace Ambulo::Sync
