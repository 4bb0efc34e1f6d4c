#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ambulo::Core {
class Database;
}

namespace Ambulo::Sync {

// What the engine knows of one local record on the server.
struct RecordMap
{
    QString resourceType;
    qint64 localId = 0;
    QString serverId;
    QString versionId;
    QJsonObject base; // the server's copy as last seen: the base of a three-way merge
    QString state;    // Constants::State*
    QString clientId; // our client identifier's value, or the one another workstation gave it
    QString lastError;
};

// A clash a person has to settle: both versions side by side and the fields they disagree on.
struct Conflict
{
    qint64 id = 0;
    QString resourceType;
    qint64 localId = 0;
    QJsonObject local;
    QJsonObject server;
    QString serverVersion;
    QStringList fields;
    QDateTime createdAt;
    QDateTime resolvedAt;
    QString resolution;
    // A lost booking (fields "booking"): other times to offer, "2026-03-09T10:00".
    QStringList alternatives = {};
};

struct TypeStatus
{
    QString resourceType;
    QString pullStamp;
    QDateTime lastPull; // the last pull that reached the end
    QDateTime lastPush; // the last push that emptied the outbox
};

// A Patient merged away on the server whose survivor could not be taken here yet (unreadable,
// itself merged away): tried again at pulls, backing off, until it settles.
struct PendingMerge
{
    QString mergedServerId;
    QString survivorServerId;
    QString reason; // why it waits, readable
    int tries = 0;
    QDateTime since;
    QDateTime nextTry;     // invalid: at the next pull
    QString mergedVersion; // the merged-away record's server version the last try waited on
    QString heldVersion;   // the version this store held of that record then
};

// The sync tables, on the engine's connection. Plain storage: the engine decides.
class SyncStore
{
public:
    explicit SyncStore(Core::Database &db);

    Core::Result<QString> storeId();
    QString clientId(const QString &storeId, qint64 localId) const;

    Core::Result<qint64> cursor();
    Core::Status setCursor(qint64 seq);

    Core::Result<std::optional<RecordMap>> record(const QString &type, qint64 localId);
    Core::Result<std::optional<RecordMap>> recordByServerId(const QString &type,
                                                            const QString &serverId);
    // The record carrying this client identifier (ours or the one another workstation gave it).
    Core::Result<std::optional<RecordMap>> recordByClientId(const QString &type,
                                                            const QString &clientId);
    Core::Status saveRecord(const RecordMap &record);
    // saveRecord for a record that has just been created here and so has no row yet: one
    // INSERT instead of an UPDATE that finds nothing first. `baseJson`, when given, is
    // `record.base` already serialized as compact JSON (say on another thread).
    Core::Status insertRecord(const RecordMap &record, const QString &baseJson = {});

    Core::Result<QString> pullStamp(const QString &type);
    Core::Status setPullStamp(const QString &type, const QString &stamp);
    Core::Status markPulled(const QString &type);
    Core::Status markPushed(const QString &type);
    Core::Result<QList<TypeStatus>> types();

    // Queues a clash; an open conflict of the same record is brought up to date instead, so the
    // queue holds one entry per record and always the server's newest version.
    Core::Result<qint64> addConflict(const Conflict &conflict);
    Core::Result<QList<Conflict>> conflicts(bool openOnly);
    Core::Result<int> openConflictCount();
    Core::Status resolveConflict(qint64 id, const QString &resolution);
    // The open conflict of one record, if any.
    Core::Result<std::optional<Conflict>> openConflict(const QString &type, qint64 localId);
    // Records of `type` in state pending (e.g. waiting for a reference to reach the server).
    Core::Result<QList<RecordMap>> pendingRecords(const QString &type);

    // Local changes after the cursor that the pusher has yet to send (origin other than ours).
    Core::Result<bool> hasPendingChanges(const QString &type, qint64 localId, qint64 cursor);
    // Records with changes waiting to be pushed: outbox rows after the cursor, records queued or
    // waiting (state pending) and records the server refused. `types`: the change-log entities
    // the engine pushes (SyncEngine::pushedTypes, App::pushedSyncTypes).
    Core::Result<int> pendingCount(qint64 cursor, const QStringList &types);
    Core::Result<int> rejectedCount();
    // Records the server refused, with its reason.
    Core::Result<QList<RecordMap>> rejected();

    // The backfill of records made before their type was synced (syncbackfill.cpp): whether
    // `type`'s local records were queued once already in this store.
    Core::Result<bool> backfilled(const QString &type);
    Core::Status markBackfilled(const QString &type);
    // The local ids of `type` this store has a record of (on the server, pulled, queued, refused).
    Core::Result<QSet<qint64>> mappedIds(const QString &type);
    // The local ids of `type` with change rows after the cursor the pusher will send (origin
    // other than ours).
    Core::Result<QSet<qint64>> changedIds(const QString &type, qint64 cursor);
    // Queues one record that never reached the server: state pending, no server id, our client
    // identifier; pushed at the end of the next push in push order.
    Core::Status queueRecord(const QString &type, qint64 localId, const QString &clientId,
                             const QString &why);
    // Drops a queued record that never reached the server and no longer has anything to send.
    Core::Status forgetQueued(const QString &type, qint64 localId);
    // A one-off resend (ResourceAdapter::resendPass): whether `pass` ran in this store, and
    // marking it done; the records of `type` the server holds that are synced here.
    Core::Result<bool> resent(const QString &pass);
    Core::Status markResent(const QString &pass);
    Core::Result<QList<RecordMap>> syncedRecords(const QString &type);

    // Pulled merges waiting for their survivor (migrations 4, 5): one row per merged-away record,
    // its reason, tries and next try brought up to date when it waits again (the next try
    // mergeRetryDelaySecs(tries) from now).
    Core::Status savePendingMerge(const QString &mergedServerId, const QString &survivorServerId,
                                  const QString &reason, const QString &mergedVersion,
                                  const QString &heldVersion);
    // How long a merge that has waited `tries` times waits before the next read: one minute,
    // doubling with every try, at most six hours.
    static qint64 mergeRetryDelaySecs(int tries);
    Core::Status forgetPendingMerge(const QString &mergedServerId);
    Core::Result<QList<PendingMerge>> pendingMerges();
    // A pulled merge's hooks moved the merged-away record's rows (bookings, chart) to the
    // survivor and wrote their change rows, after `afterSeq`, with the pull's origin. The server
    // still holds those rows under the merged-away record: they become ours to push
    // (Constants::MergeOrigin). The Patient rows stay the pull's: the server has that merge.
    Core::Status claimRowsMovedByMerge(qint64 afterSeq);

private:
    Core::Database &m_db;
};

} // namespace Ambulo::Sync
