#pragma once

#include "connectors/sync/syncstore.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ambulo::Fhir {
struct Reply;
}

namespace Ambulo::Sync {

class SyncEngine;

// What an adapter built for one local record.
struct Built
{
    QJsonObject resource; // on top of the server copy it was given: unknown fields kept
    // Non-empty: a record it refers to ("Patient/12") is not on the server yet; the record waits
    // (state pending) and is tried again at the next push, it is not refused.
    QString waitingFor;
    bool gone = false; // the local record no longer exists (or was merged away): nothing to send
};

// The outcome of taking what a record needs on the server before it is sent (a booking's time).
struct Claim
{
    enum class Kind {
        Granted,  // send the record
        Lost,     // someone else holds it: the record becomes a conflict and is never sent
        Failed,   // the server could not be asked: the round stops and retries later
        NotNeeded // nothing to take (a cancelled booking)
    };
    Kind kind = Kind::Granted;
    QString message;          // Lost: what holds it, readable; Failed: what failed
    QJsonObject holder;       // Lost: the server's side (the ledger, the other booking)
    QStringList alternatives; // Lost: other times a clerk may offer, "2026-03-09T10:00"
    int status = 0;           // Failed: the HTTP status, 0 none
    bool transient = true;    // Failed: a retry may succeed
    int retryAfterSeconds = -1;

    static Claim granted() { return {}; }
};

// A pulled resource applied here.
struct Applied
{
    qint64 localId = 0;    // 0: skipped (see `skipped`)
    QString skipped;       // why it could not be taken here, readable
    bool conflict = false; // it displaced a local record that had not reached the server
    // 0 and set: the resource is not one this adapter maps (another adapter's record sharing
    // the type, e.g. the booking ledgers among the Schedules): passed over silently, neither
    // applied nor counted as skipped.
    bool notOurs = false;
};

// Maps one local entity to one FHIR resource type for the sync engine. The engine does the
// moving (change log, client identifiers, If-None-Exist, If-Match, paging, stamps, the three-way
// merge over `mergeUnits()`, the conflict queue); the adapter knows the entity. Adapters are
// registered in push order: a type may refer only to types registered before it.
class ResourceAdapter
{
public:
    virtual ~ResourceAdapter() = default;

    // The FHIR resource type, also the change-log entity of its local rows.
    virtual QString resourceType() const = 0;
    // Whether change-log rows of this type are pushed. False: the record goes to the server only
    // when another one refers to it (SyncEngine::reference finds or creates it there).
    virtual bool pushesChanges() const { return true; }
    // Whether SyncEngine::reference finds or creates the record on the server when another one
    // refers to it before its own change rows were pushed (or when it has none).
    virtual bool pushedOnDemand() const { return !pushesChanges(); }

    // The resource for `localId` built on `base` (the server's copy as last seen, empty when it
    // was never there). References go through engine.reference().
    virtual Core::Result<Built> build(SyncEngine &engine, qint64 localId,
                                      const QJsonObject &base) = 0;
    // The If-None-Exist search of a create; by default our client identifier.
    virtual QString createCondition(const QJsonObject &resource, const QString &clientId) const;
    // Called before the record is sent (create or update). The default grants.
    virtual Claim claim(SyncEngine &engine, qint64 localId, const QJsonObject &resource,
                        const RecordMap &record);
    // Makes the local record equal the server's `resource`, as change origin "fhir". `localId` 0:
    // new here.
    virtual Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                        qint64 localId) = 0;
    // The top-level elements that merge as a whole in the three-way merge.
    virtual QStringList mergeUnits() const = 0;
    // Every local record of the type this workstation would send (its change-log ids), for the
    // once-per-store backfill of records made before the type was synced
    // (SyncEngine::backfill). Leaves out what build() would pass over as gone or not ours
    // (merged-away patients, practice-wide blockouts).
    virtual Core::Result<QList<qint64>> localIds(SyncEngine &engine) = 0;

    // A record removed here (build() said `gone`) that the server holds: what the server should
    // hold instead, built on `base` (its copy as last seen). FHIR keeps history, and other
    // systems expect a withdrawn record rather than a hole, so a removal is an update
    // (`entered-in-error`, inactive), never an HTTP DELETE; it is sent with If-Match like any
    // edit, and a removal racing an edit of the same element is a conflict. Empty (the
    // default): nothing is sent, the server's copy stays as it is.
    virtual QJsonObject buildRemoved(const QJsonObject &base) const;
    // Whether the server's copy already says removed (nothing more to send for a removal).
    virtual bool removedOnServer(const QJsonObject &resource) const;

    // A one-off resend of records already on the server whose copy there lacks something a
    // later release sends (SyncEngine::backfill, once per store and pass): the pass's name
    // (empty, the default: none), and whether a synced record's server copy `base` lacks it.
    // Such a record is queued (state pending) and the push sends it once, If-Match on that copy.
    virtual QString resendPass() const { return {}; }
    virtual Core::Result<bool> outdatedOnServer(SyncEngine &engine, qint64 localId,
                                                const QJsonObject &base);
};

// For ResourceAdapter::localIds(): the ids a SELECT of one integer column (no parameters)
// returns, in its order, read on the engine's connection.
Core::Result<QList<qint64>> selectLocalIds(SyncEngine &engine, const QString &sql);

} // namespace Ambulo::Sync
