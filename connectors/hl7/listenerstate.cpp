#include "connectors/hl7/listenerstate.h"

#include "connectors/hl7/storedtime.h"
#include "core/store/database.h"

namespace Ambulo::Hl7 {

bool ListenerState::isAlive(const QDateTime &now, int staleSeconds) const
{
    return !stoppedAt.isValid() && heartbeatAt.isValid() && heartbeatAt.secsTo(now) <= staleSeconds;
}

namespace ListenerStates {

using Core::Query;

Core::Status started(Core::Database &db, const ListenerState &state)
{
    // One row per listener name: a restart replaces what the last run left.
    Query q = db.query(QStringLiteral(
        "INSERT OR REPLACE INTO hl7_listeners (name, address, port, tls, host, pid, started_at,"
        " heartbeat_at, stopped_at, connections, received, last_message_at, last_error)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 0, NULL, '')"));
    const QString now = StoredTime::now();
    q.bind(1, state.name)
        .bind(2, state.address)
        .bind(3, state.port)
        .bind(4, state.tls ? 1 : 0)
        .bind(5, state.host)
        .bind(6, state.pid)
        .bind(7, now)
        .bind(8, now);
    return q.exec();
}

Core::Status heartbeat(Core::Database &db, const ListenerState &state)
{
    Query q = db.query(
        QStringLiteral("UPDATE hl7_listeners SET heartbeat_at = ?, connections = ?, received = ?,"
                       " last_message_at = ?, last_error = ? WHERE name = ?"));
    q.bind(1, StoredTime::now())
        .bind(2, state.connections)
        .bind(3, state.received)
        .bind(4, state.lastMessageAt.isValid() ? QVariant(StoredTime::text(state.lastMessageAt))
                                               : QVariant())
        .bind(5, state.lastError)
        .bind(6, state.name);
    return q.exec();
}

Core::Status stopped(Core::Database &db, const QString &name)
{
    Query q = db.query(
        QStringLiteral("UPDATE hl7_listeners SET stopped_at = ?, heartbeat_at = ?, connections = 0 "
                       "WHERE name = ?"));
    const QString now = StoredTime::now();
    q.bind(1, now).bind(2, now).bind(3, name);
    return q.exec();
}

Core::Result<QList<ListenerState>> all(Core::Database &db)
{
    Query q = db.query(QStringLiteral(
        "SELECT name, address, port, tls, host, pid, started_at, heartbeat_at, stopped_at,"
        " connections, received, last_message_at, last_error FROM hl7_listeners ORDER BY name"));
    QList<ListenerState> list;
    while (q.next()) {
        ListenerState s;
        s.name = q.text(0);
        s.address = q.text(1);
        s.port = q.integer(2);
        s.tls = q.integer(3) != 0;
        s.host = q.text(4);
        s.pid = q.int64(5);
        s.startedAt = StoredTime::parse(q.text(6));
        s.heartbeatAt = StoredTime::parse(q.text(7));
        s.stoppedAt = StoredTime::parse(q.text(8));
        s.connections = q.integer(9);
        s.received = q.int64(10);
        s.lastMessageAt = StoredTime::parse(q.text(11));
        s.lastError = q.text(12);
        list.append(s);
    }
    if (q.failed())
        return q.error();
    return list;
}

} // namespace ListenerStates

} // namespace Ambulo::Hl7
