#include "core/sync/changelog.h"

#include "core/store/database.h"
#include "core/store/isotime.h"

namespace Ambulo::Core {

bool Change::fromServer() const
{
    const QLatin1String server(ChangeLog::ServerOrigin);
    return origin.startsWith(server)
           && (origin.size() == server.size() || origin.at(server.size()) == QLatin1Char('-'));
}

namespace ChangeLog {

Status record(Database &db, const QString &entity, qint64 entityId, const QString &op,
              const QString &origin, const QString &detail)
{
    Query q = db.query(QStringLiteral("INSERT INTO change_log (entity, entity_id, op, origin, "
                                      "detail, at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(1, entity)
        .bind(2, entityId)
        .bind(3, op)
        .bind(4, origin.isEmpty() ? QStringLiteral("local") : origin)
        .bind(5, detail)
        .bind(6, isoUtcMsNow());
    return q.exec();
}

Result<QList<Change>> since(Database &db, qint64 afterSeq, int limit)
{
    Query q = db.query(QStringLiteral("SELECT seq, entity, entity_id, op, origin, detail, at "
                                      "FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.bind(1, afterSeq).bind(2, limit);
    QList<Change> changes;
    while (q.next()) {
        Change c;
        c.seq = q.int64(0);
        c.entity = q.text(1);
        c.entityId = q.int64(2);
        c.op = q.text(3);
        c.origin = q.text(4);
        c.detail = q.text(5);
        c.at = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
        changes.append(std::move(c));
    }
    if (q.failed())
        return q.error();
    return changes;
}

Result<qint64> head(Database &db)
{
    Query q = db.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    if (!q.next())
        return q.failed() ? Result<qint64>(q.error()) : Result<qint64>(qint64(0));
    const qint64 seq = q.int64(0);
    q.finish();
    return seq;
}

} // namespace ChangeLog

} // namespace Ambulo::Core
