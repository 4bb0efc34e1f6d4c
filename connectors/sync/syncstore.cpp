#include "connectors/sync/syncstore.h"

#include "connectors/sync/syncconstants.h"
#include "core/store/database.h"
#include "core/store/isotime.h"

#include <QJsonDocument>

#include <algorithm>

namespace Ambulo::Sync {

namespace {

QString now()
{
    return Core::isoUtcMsNow();
}

QString json(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDateTime stamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

const QString RecordColumns = QStringLiteral(
    "resource_type, local_id, server_id, version_id, base_json, state, client_id, last_error");

RecordMap readRecord(const Core::Query &q)
{
    RecordMap r;
    r.resourceType = q.text(0);
    r.localId = q.int64(1);
    r.serverId = q.text(2);
    r.versionId = q.text(3);
    r.base = object(q.text(4));
    r.state = q.text(5);
    r.clientId = q.text(6);
    r.lastError = q.text(7);
    return r;
}

Core::Status ensureType(Core::Database &db, const QString &type)
{
    Core::Query q =
        db.query(QStringLiteral("INSERT OR IGNORE INTO sync_type (resource_type) VALUES (?)"));
    q.bind(1, type);
    return q.exec();
}

// A sync_meta value: none when the key is not there.
Core::Result<std::optional<QString>> readMeta(Core::Database &db, const QString &key)
{
    Core::Query q = db.query(QStringLiteral("SELECT value FROM sync_meta WHERE key = ?"));
    q.bind(1, key);
    if (q.next())
        return std::optional<QString>(q.text(0));
    if (q.failed())
        return q.error();
    return std::optional<QString>();
}

Core::Status writeMeta(Core::Database &db, const QString &key, const QString &value)
{
    Core::Query q =
        db.query(QStringLiteral("INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)"));
    q.bind(1, key).bind(2, value);
    return q.exec();
}

} // namespace

SyncStore::SyncStore(Core::Database &db)
    : m_db(db)
{}

Core::Result<QString> SyncStore::storeId()
{
    Core::Result<std::optional<QString>> id =
        readMeta(m_db, QString::fromLatin1(Constants::MetaStoreId));
    if (!id)
        return id.error();
    if (!id->has_value())
        return Core::invalid(QStringLiteral("the sync tables have no store id"));
    return id->value();
}

QString SyncStore::clientId(const QString &storeId, qint64 localId) const
{
    return QStringLiteral("%1-%2").arg(storeId).arg(localId);
}

Core::Result<qint64> SyncStore::cursor()
{
    Core::Result<std::optional<QString>> seq =
        readMeta(m_db, QString::fromLatin1(Constants::MetaChangeCursor));
    if (!seq)
        return seq.error();
    return seq->value_or(QString()).toLongLong();
}

Core::Status SyncStore::setCursor(qint64 seq)
{
    return writeMeta(m_db, QString::fromLatin1(Constants::MetaChangeCursor), QString::number(seq));
}

Core::Result<std::optional<RecordMap>> SyncStore::record(const QString &type, qint64 localId)
{
    Core::Query q = m_db.query(QStringLiteral("SELECT ") + RecordColumns
                               + QStringLiteral(" FROM sync_record WHERE resource_type = ? AND "
                                                "local_id = ?"));
    q.bind(1, type).bind(2, localId);
    if (!q.next())
        return q.failed() ? Core::Result<std::optional<RecordMap>>(q.error())
                          : Core::Result<std::optional<RecordMap>>(std::nullopt);
    return std::optional<RecordMap>(readRecord(q));
}

Core::Result<std::optional<RecordMap>> SyncStore::recordByServerId(const QString &type,
                                                                   const QString &serverId)
{
    static const QString Sql = QStringLiteral("SELECT ") + RecordColumns
                               + QStringLiteral(" FROM sync_record WHERE resource_type = ? AND "
                                                "server_id = ? ORDER BY id LIMIT 1");
    Core::Query q = m_db.query(Sql);
    q.bind(1, type).bind(2, serverId);
    if (!q.next())
        return q.failed() ? Core::Result<std::optional<RecordMap>>(q.error())
                          : Core::Result<std::optional<RecordMap>>(std::nullopt);
    return std::optional<RecordMap>(readRecord(q));
}

Core::Result<std::optional<RecordMap>> SyncStore::recordByClientId(const QString &type,
                                                                   const QString &clientId)
{
    Core::Query q = m_db.query(QStringLiteral("SELECT ") + RecordColumns
                               + QStringLiteral(" FROM sync_record WHERE resource_type = ? AND "
                                                "client_id = ? ORDER BY id LIMIT 1"));
    q.bind(1, type).bind(2, clientId);
    if (!q.next())
        return q.failed() ? Core::Result<std::optional<RecordMap>>(q.error())
                          : Core::Result<std::optional<RecordMap>>(std::nullopt);
    return std::optional<RecordMap>(readRecord(q));
}

Core::Status SyncStore::saveRecord(const RecordMap &r)
{
    // UPDATE, then INSERT when there was no row; both OR FAIL. Inside a transaction SQLite gives a
    // statement that may write several rows and abort half-way (INSERT OR REPLACE, and any
    // UPDATE with an ABORT constraint) a statement journal, and SQLCipher encrypts every page it
    // journals: that was four page encryptions per saved record. Both statements touch one row,
    // so FAIL and ABORT leave the same: nothing of the failed statement.
    const QString base = json(r.base);
    const QString at = now();
    Core::Query update = m_db.query(
        QStringLiteral("UPDATE OR FAIL sync_record SET server_id = ?, version_id = ?, "
                       "base_json = ?, state = ?, client_id = ?, last_error = ?, updated_at = ? "
                       "WHERE resource_type = ? AND local_id = ?"));
    update.bind(1, r.serverId)
        .bind(2, r.versionId)
        .bind(3, base)
        .bind(4, r.state)
        .bind(5, r.clientId)
        .bind(6, r.lastError)
        .bind(7, at)
        .bind(8, r.resourceType)
        .bind(9, r.localId);
    if (Core::Status s = update.exec(); !s)
        return s;
    if (m_db.changes() > 0)
        return {};
    Core::Query insert =
        m_db.query(QStringLiteral("INSERT OR FAIL INTO sync_record (%1, updated_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(RecordColumns));
    insert.bind(1, r.resourceType)
        .bind(2, r.localId)
        .bind(3, r.serverId)
        .bind(4, r.versionId)
        .bind(5, base)
        .bind(6, r.state)
        .bind(7, r.clientId)
        .bind(8, r.lastError)
        .bind(9, at);
    return insert.exec();
}

Core::Status SyncStore::insertRecord(const RecordMap &r, const QString &baseJson)
{
    {
        static const QString InsertSql =
            QStringLiteral("INSERT OR FAIL INTO sync_record (%1, updated_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(RecordColumns);
        Core::Query insert = m_db.query(InsertSql);
        insert.bind(1, r.resourceType)
            .bind(2, r.localId)
            .bind(3, r.serverId)
            .bind(4, r.versionId)
            .bind(5, baseJson.isEmpty() ? json(r.base) : baseJson)
            .bind(6, r.state)
            .bind(7, r.clientId)
            .bind(8, r.lastError)
            .bind(9, now());
        if (insert.exec())
            return {};
    }
    // A row left by a record whose local id was used again, say: the slow way settles it.
    return saveRecord(r);
}

Core::Result<QString> SyncStore::pullStamp(const QString &type)
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT pull_stamp FROM sync_type WHERE resource_type = ?"));
    q.bind(1, type);
    if (!q.next())
        return q.failed() ? Core::Result<QString>(q.error()) : Core::Result<QString>(QString());
    return q.text(0);
}

Core::Status SyncStore::setPullStamp(const QString &type, const QString &stamp)
{
    if (Core::Status s = ensureType(m_db, type); !s)
        return s;
    Core::Query q =
        m_db.query(QStringLiteral("UPDATE sync_type SET pull_stamp = ? WHERE resource_type = ?"));
    q.bind(1, stamp).bind(2, type);
    return q.exec();
}

Core::Status SyncStore::markPulled(const QString &type)
{
    if (Core::Status s = ensureType(m_db, type); !s)
        return s;
    Core::Query q =
        m_db.query(QStringLiteral("UPDATE sync_type SET last_pull_at = ? WHERE resource_type = ?"));
    q.bind(1, now()).bind(2, type);
    return q.exec();
}

Core::Status SyncStore::markPushed(const QString &type)
{
    if (Core::Status s = ensureType(m_db, type); !s)
        return s;
    Core::Query q =
        m_db.query(QStringLiteral("UPDATE sync_type SET last_push_at = ? WHERE resource_type = ?"));
    q.bind(1, now()).bind(2, type);
    return q.exec();
}

Core::Result<QList<TypeStatus>> SyncStore::types()
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT resource_type, pull_stamp, last_pull_at, "
                                  "last_push_at FROM sync_type ORDER BY resource_type"));
    QList<TypeStatus> list;
    while (q.next())
        list.append({q.text(0), q.text(1), stamp(q.text(2)), stamp(q.text(3))});
    if (q.failed())
        return q.error();
    return list;
}

Core::Result<qint64> SyncStore::addConflict(const Conflict &c)
{
    Core::Query open = m_db.query(
        QStringLiteral("SELECT id FROM sync_conflict WHERE resolved_at = '' AND resource_type = ? "
                       "AND local_id = ? ORDER BY id LIMIT 1"));
    open.bind(1, c.resourceType).bind(2, c.localId);
    if (open.next()) {
        const qint64 id = open.int64(0);
        open.finish();
        Core::Query q =
            m_db.query(QStringLiteral("UPDATE sync_conflict SET local_json = ?, server_json = ?, "
                                      "server_version = ?, fields = ?, alternatives = ? "
                                      "WHERE id = ?"));
        q.bind(1, json(c.local))
            .bind(2, json(c.server))
            .bind(3, c.serverVersion)
            .bind(4, c.fields.join(QLatin1Char(',')))
            .bind(5, c.alternatives.join(QLatin1Char(',')))
            .bind(6, id);
        if (Core::Status s = q.exec(); !s)
            return s.error();
        return id;
    }
    if (open.failed())
        return open.error();
    Core::Query q =
        m_db.query(QStringLiteral("INSERT INTO sync_conflict (resource_type, local_id, local_json, "
                                  "server_json, server_version, fields, created_at, "
                                  "alternatives) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, c.resourceType)
        .bind(2, c.localId)
        .bind(3, json(c.local))
        .bind(4, json(c.server))
        .bind(5, c.serverVersion)
        .bind(6, c.fields.join(QLatin1Char(',')))
        .bind(7, now())
        .bind(8, c.alternatives.join(QLatin1Char(',')));
    if (Core::Status s = q.exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Core::Result<QList<Conflict>> SyncStore::conflicts(bool openOnly)
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT id, resource_type, local_id, local_json, server_json, "
                                  "server_version, fields, created_at, resolved_at, resolution, "
                                  "alternatives FROM sync_conflict %1 ORDER BY id")
                       .arg(openOnly ? QStringLiteral("WHERE resolved_at = ''") : QString()));
    QList<Conflict> list;
    while (q.next()) {
        Conflict c;
        c.id = q.int64(0);
        c.resourceType = q.text(1);
        c.localId = q.int64(2);
        c.local = object(q.text(3));
        c.server = object(q.text(4));
        c.serverVersion = q.text(5);
        c.fields = q.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.createdAt = stamp(q.text(7));
        c.resolvedAt = stamp(q.text(8));
        c.resolution = q.text(9);
        c.alternatives = q.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts);
        list.append(std::move(c));
    }
    if (q.failed())
        return q.error();
    return list;
}

Core::Result<int> SyncStore::openConflictCount()
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at = ''"));
    if (!q.next())
        return q.error();
    return q.integer(0);
}

Core::Status SyncStore::resolveConflict(qint64 id, const QString &resolution)
{
    Core::Query q = m_db.query(
        QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ? AND "
                       "resolved_at = ''"));
    q.bind(1, now()).bind(2, resolution).bind(3, id);
    if (Core::Status s = q.exec(); !s)
        return s;
    if (m_db.changes() != 1)
        return Core::invalid(QStringLiteral("no open conflict %1").arg(id));
    return {};
}

Core::Result<std::optional<Conflict>> SyncStore::openConflict(const QString &type, qint64 localId)
{
    Core::Result<QList<Conflict>> open = conflicts(true);
    if (!open)
        return open.error();
    for (const Conflict &c : std::as_const(open.value())) {
        if (c.resourceType == type && c.localId == localId)
            return std::optional<Conflict>(c);
    }
    return std::optional<Conflict>();
}

Core::Result<QList<RecordMap>> SyncStore::pendingRecords(const QString &type)
{
    Core::Query q = m_db.query(QStringLiteral("SELECT ") + RecordColumns
                               + QStringLiteral(" FROM sync_record WHERE resource_type = ? AND "
                                                "state = 'pending' ORDER BY id"));
    q.bind(1, type);
    QList<RecordMap> list;
    while (q.next())
        list.append(readRecord(q));
    if (q.failed())
        return q.error();
    return list;
}

Core::Result<bool> SyncStore::hasPendingChanges(const QString &type, qint64 localId, qint64 cursor)
{
    Core::Query q = m_db.query(
        QStringLiteral("SELECT 1 FROM change_log WHERE seq > ? AND entity = ? AND entity_id = ? "
                       "AND origin <> ? LIMIT 1"));
    q.bind(1, cursor)
        .bind(2, type)
        .bind(3, localId)
        .bind(4, QString::fromLatin1(Constants::Origin));
    if (q.next()) {
        q.finish();
        return true;
    }
    if (q.failed())
        return q.error();
    return false;
}

Core::Result<int> SyncStore::pendingCount(qint64 cursor, const QStringList &types)
{
    QStringList marks;
    for (qsizetype i = 0; i < types.size(); ++i)
        marks << QStringLiteral("?");
    Core::Query q = m_db.query(
        QStringLiteral("SELECT count(*) FROM (SELECT entity, entity_id FROM change_log WHERE "
                       "seq > ? AND origin <> ? AND entity IN (%1) UNION SELECT resource_type, "
                       "local_id FROM sync_record WHERE state IN ('pending', 'rejected'))")
            .arg(marks.join(QLatin1Char(','))));
    q.bind(1, cursor).bind(2, QString::fromLatin1(Constants::Origin));
    for (qsizetype i = 0; i < types.size(); ++i)
        q.bind(int(i) + 3, types.at(i));
    if (!q.next())
        return q.error();
    return q.integer(0);
}

Core::Result<int> SyncStore::rejectedCount()
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT count(*) FROM sync_record WHERE state = 'rejected'"));
    if (!q.next())
        return q.error();
    return q.integer(0);
}

Core::Result<QList<RecordMap>> SyncStore::rejected()
{
    Core::Query q = m_db.query(QStringLiteral("SELECT ") + RecordColumns
                               + QStringLiteral(" FROM sync_record WHERE state = 'rejected' "
                                                "ORDER BY resource_type, local_id"));
    QList<RecordMap> list;
    while (q.next())
        list.append(readRecord(q));
    if (q.failed())
        return q.error();
    return list;
}

Core::Result<bool> SyncStore::backfilled(const QString &type)
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT backfilled_at FROM sync_type WHERE resource_type = ?"));
    q.bind(1, type);
    if (q.next()) {
        const bool done = !q.text(0).isEmpty();
        q.finish();
        return done;
    }
    if (q.failed())
        return q.error();
    return false;
}

Core::Status SyncStore::markBackfilled(const QString &type)
{
    if (Core::Status s = ensureType(m_db, type); !s)
        return s;
    Core::Query q = m_db.query(
        QStringLiteral("UPDATE sync_type SET backfilled_at = ? WHERE resource_type = ?"));
    q.bind(1, now()).bind(2, type);
    return q.exec();
}

Core::Result<QSet<qint64>> SyncStore::mappedIds(const QString &type)
{
    Core::Query q =
        m_db.query(QStringLiteral("SELECT local_id FROM sync_record WHERE resource_type = ?"));
    q.bind(1, type);
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.int64(0));
    if (q.failed())
        return q.error();
    return ids;
}

Core::Result<QSet<qint64>> SyncStore::changedIds(const QString &type, qint64 cursor)
{
    Core::Query q = m_db.query(QStringLiteral(
        "SELECT DISTINCT entity_id FROM change_log WHERE seq > ? AND entity = ? AND origin <> ?"));
    q.bind(1, cursor).bind(2, type).bind(3, QString::fromLatin1(Constants::Origin));
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.int64(0));
    if (q.failed())
        return q.error();
    return ids;
}

Core::Status SyncStore::queueRecord(const QString &type, qint64 localId, const QString &clientId,
                                    const QString &why)
{
    Core::Query q = m_db.query(QStringLiteral(
        "INSERT OR FAIL INTO sync_record (resource_type, local_id, state, client_id, last_error, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(1, type)
        .bind(2, localId)
        .bind(3, QString::fromLatin1(Constants::StatePending))
        .bind(4, clientId)
        .bind(5, why)
        .bind(6, now());
    return q.exec();
}

Core::Status SyncStore::forgetQueued(const QString &type, qint64 localId)
{
    Core::Query q = m_db.query(
        QStringLiteral("DELETE FROM sync_record WHERE resource_type = ? AND local_id = ? AND "
                       "server_id = '' AND state = ?"));
    q.bind(1, type).bind(2, localId).bind(3, QString::fromLatin1(Constants::StatePending));
    return q.exec();
}

Core::Result<bool> SyncStore::resent(const QString &pass)
{
    Core::Result<std::optional<QString>> done =
        readMeta(m_db, QLatin1String(Constants::MetaResendPrefix) + pass);
    if (!done)
        return done.error();
    return done->has_value();
}

Core::Status SyncStore::markResent(const QString &pass)
{
    return writeMeta(m_db, QLatin1String(Constants::MetaResendPrefix) + pass, now());
}

Core::Result<QList<RecordMap>> SyncStore::syncedRecords(const QString &type)
{
    Core::Query q = m_db.query(QStringLiteral("SELECT %1 FROM sync_record WHERE resource_type = ? "
                                              "AND server_id <> '' AND state = ? ORDER BY id")
                                   .arg(RecordColumns));
    q.bind(1, type).bind(2, QString::fromLatin1(Constants::StateSynced));
    QList<RecordMap> list;
    while (q.next())
        list.append(readRecord(q));
    if (q.failed())
        return q.error();
    return list;
}

qint64 SyncStore::mergeRetryDelaySecs(int tries)
{
    constexpr qint64 First = 60;
    constexpr qint64 Cap = 6 * 60 * 60;
    if (tries <= 1)
        return First;
    if (tries > 16) // past the cap long before; keeps the shift small
        return Cap;
    return std::min(Cap, First << (tries - 1));
}

Core::Status SyncStore::savePendingMerge(const QString &mergedServerId,
                                         const QString &survivorServerId, const QString &reason,
                                         const QString &mergedVersion, const QString &heldVersion)
{
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    const QString at = Core::isoUtcMs(nowUtc);
    Core::Query tried = m_db.query(
        QStringLiteral("SELECT tries FROM sync_pending_merge WHERE merged_server_id = ?"));
    tried.bind(1, mergedServerId);
    const int tries = tried.next() ? tried.integer(0) + 1 : 1;
    if (tried.failed())
        return tried.error();
    tried.finish();
    const QString next = Core::isoUtcMs(nowUtc.addSecs(mergeRetryDelaySecs(tries)));
    Core::Query insert = m_db.query(QStringLiteral(
        "INSERT OR IGNORE INTO sync_pending_merge (merged_server_id, survivor_server_id, reason, "
        "tries, since, tried_at) VALUES (?, ?, ?, 0, ?, ?)"));
    insert.bind(1, mergedServerId)
        .bind(2, survivorServerId)
        .bind(3, reason)
        .bind(4, at)
        .bind(5, at);
    if (Core::Status s = insert.exec(); !s)
        return s;
    Core::Query update = m_db.query(QStringLiteral(
        "UPDATE sync_pending_merge SET survivor_server_id = ?, reason = ?, tries = ?, "
        "tried_at = ?, next_try_at = ?, merged_version = ?, held_version = ? "
        "WHERE merged_server_id = ?"));
    update.bind(1, survivorServerId)
        .bind(2, reason)
        .bind(3, tries)
        .bind(4, at)
        .bind(5, next)
        .bind(6, mergedVersion)
        .bind(7, heldVersion)
        .bind(8, mergedServerId);
    return update.exec();
}

Core::Status SyncStore::forgetPendingMerge(const QString &mergedServerId)
{
    Core::Query q =
        m_db.query(QStringLiteral("DELETE FROM sync_pending_merge WHERE merged_server_id = ?"));
    q.bind(1, mergedServerId);
    return q.exec();
}

Core::Result<QList<PendingMerge>> SyncStore::pendingMerges()
{
    Core::Query q = m_db.query(
        QStringLiteral("SELECT merged_server_id, survivor_server_id, reason, tries, since, "
                       "next_try_at, merged_version, held_version FROM sync_pending_merge "
                       "ORDER BY since, merged_server_id"));
    QList<PendingMerge> list;
    while (q.next())
        list.append(PendingMerge{q.text(0), q.text(1), q.text(2), q.integer(3), stamp(q.text(4)),
                                 stamp(q.text(5)), q.text(6), q.text(7)});
    if (q.failed())
        return q.error();
    return list;
}

Core::Status SyncStore::claimRowsMovedByMerge(qint64 afterSeq)
{
    Core::Query q = m_db.query(QStringLiteral(
        "UPDATE change_log SET origin = ? WHERE seq > ? AND origin = ? AND entity <> 'Patient'"));
    q.bind(1, Constants::MergeOrigin).bind(2, afterSeq).bind(3, Constants::Origin);
    return q.exec();
}

} // namespace Ambulo::Sync
