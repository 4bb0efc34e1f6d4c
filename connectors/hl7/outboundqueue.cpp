#include "connectors/hl7/outboundqueue.h"

#include "connectors/hl7/storedtime.h"
#include "core/store/database.h"

namespace Ambulo::Hl7::OutboundQueue {

using Core::Database;
using Core::Query;
using Core::Result;
using Core::Status;
namespace C = OutboundConstants;

namespace {

using StoredTime::now;

QString stamp(const QDateTime &at)
{
    return StoredTime::text(at);
}

QDateTime fromStamp(const QString &text)
{
    return StoredTime::parse(text);
}

const QString InterfaceColumns = QStringLiteral(
    "id, name, host, port, enabled, message_types, change_cursor, ack_timeout_ms, tls, "
    "tls_ca_file, tls_cert_file, tls_key_file, sending_facility, receiving_application, "
    "receiving_facility, local_changes_only, waiting");

InterfaceConfig readInterface(const Query &q)
{
    InterfaceConfig c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.host = q.text(2);
    c.port = q.integer(3);
    c.enabled = q.integer(4) != 0;
    c.messageTypes = q.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.cursor = q.int64(6);
    c.ackTimeoutMs = q.integer(7);
    c.tls.enabled = q.integer(8) != 0;
    c.tls.caFile = q.text(9);
    c.tls.certFile = q.text(10);
    c.tls.keyFile = q.text(11);
    c.sendingFacility = q.text(12);
    c.receivingApplication = q.text(13);
    c.receivingFacility = q.text(14);
    c.localChangesOnly = q.integer(15) != 0;
    c.waiting = q.text(16);
    return c;
}

const QString MessageColumns =
    QStringLiteral("id, interface_id, message_type, entity, entity_id, change_seq, control_id, "
                   "raw, state, attempts, next_attempt_at, last_error, ack_code, created_at, "
                   "updated_at");

QueuedMessage readMessage(const Query &q)
{
    QueuedMessage m;
    m.id = q.int64(0);
    m.interfaceId = q.int64(1);
    m.messageType = q.text(2);
    m.entity = q.text(3);
    m.entityId = q.int64(4);
    m.changeSeq = q.int64(5);
    m.controlId = q.text(6);
    m.raw = q.blob(7);
    m.state = q.text(8);
    m.attempts = q.integer(9);
    m.nextAttemptAt = fromStamp(q.text(10));
    m.lastError = q.text(11);
    m.ackCode = q.text(12);
    m.createdAt = fromStamp(q.text(13));
    m.updatedAt = fromStamp(q.text(14));
    return m;
}

Query &bindInterface(Query &q, const InterfaceConfig &c)
{
    return q.bind(1, c.name)
        .bind(2, c.host)
        .bind(3, c.port)
        .bind(4, c.enabled ? 1 : 0)
        .bind(5, c.messageTypes.join(QLatin1Char(',')))
        .bind(6, c.ackTimeoutMs)
        .bind(7, c.tls.enabled ? 1 : 0)
        .bind(8, c.tls.caFile)
        .bind(9, c.tls.certFile)
        .bind(10, c.tls.keyFile)
        .bind(11, c.sendingFacility)
        .bind(12, c.receivingApplication)
        .bind(13, c.receivingFacility)
        .bind(14, c.localChangesOnly ? 1 : 0)
        .bind(15, now());
}

Status execChecked(Query &q)
{
    return q.exec();
}

// Runs `statements` in one transaction (a savepoint inside the caller's).
template<typename Fn>
Status inTransaction(Database &db, Fn &&fn)
{
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (Status s = fn(); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<QList<InterfaceConfig>> interfaces(Database &db)
{
    Query q = db.query(
        QStringLiteral("SELECT %1 FROM hl7_interface ORDER BY name").arg(InterfaceColumns));
    QList<InterfaceConfig> list;
    while (q.next())
        list.append(readInterface(q));
    if (q.failed())
        return q.error();
    return list;
}

Result<std::optional<InterfaceConfig>> interfaceByName(Database &db, const QString &name)
{
    Query q = db.query(
        QStringLiteral("SELECT %1 FROM hl7_interface WHERE name = ?").arg(InterfaceColumns));
    q.bind(1, name);
    if (q.next()) {
        InterfaceConfig c = readInterface(q);
        q.finish();
        return std::optional<InterfaceConfig>(std::move(c));
    }
    if (q.failed())
        return q.error();
    return std::optional<InterfaceConfig>();
}

Result<qint64> addInterface(Database &db, const InterfaceConfig &config)
{
    Query q = db.query(QStringLiteral(
        "INSERT INTO hl7_interface (name, host, port, enabled, message_types, ack_timeout_ms, "
        "tls, tls_ca_file, tls_cert_file, tls_key_file, sending_facility, receiving_application, "
        "receiving_facility, local_changes_only, updated_at, change_cursor, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindInterface(q, config).bind(16, config.cursor).bind(17, now());
    if (Status s = q.exec(); !s)
        return s.error();
    return db.lastInsertId();
}

Status updateInterface(Database &db, const InterfaceConfig &config)
{
    Query q = db.query(QStringLiteral(
        "UPDATE hl7_interface SET name = ?, host = ?, port = ?, enabled = ?, message_types = ?, "
        "ack_timeout_ms = ?, tls = ?, tls_ca_file = ?, tls_cert_file = ?, tls_key_file = ?, "
        "sending_facility = ?, receiving_application = ?, receiving_facility = ?, "
        "local_changes_only = ?, updated_at = ?, waiting = '' "
        "WHERE id = ?"));
    bindInterface(q, config).bind(16, config.id);
    return execChecked(q);
}

Status removeInterface(Database &db, qint64 interfaceId)
{
    return inTransaction(db, [&]() -> Status {
        Query m = db.query(QStringLiteral("DELETE FROM hl7_outbound WHERE interface_id = ?"));
        m.bind(1, interfaceId);
        if (Status s = m.exec(); !s)
            return s;
        Query q = db.query(QStringLiteral("DELETE FROM hl7_interface WHERE id = ?"));
        q.bind(1, interfaceId);
        return q.exec();
    });
}

Status setCursor(Database &db, qint64 interfaceId, qint64 cursor)
{
    Query q = db.query(QStringLiteral("UPDATE hl7_interface SET change_cursor = ? WHERE id = ?"));
    q.bind(1, cursor).bind(2, interfaceId);
    return q.exec();
}

Status setWaiting(Database &db, qint64 interfaceId, const QString &reason)
{
    Query q = db.query(QStringLiteral("UPDATE hl7_interface SET waiting = ? WHERE id = ?"));
    q.bind(1, reason).bind(2, interfaceId);
    return q.exec();
}

Result<qint64> enqueue(Database &db, const QueuedMessage &m)
{
    const QString at = now();
    Query q = db.query(QStringLiteral(
        "INSERT INTO hl7_outbound (interface_id, message_type, entity, entity_id, change_seq, "
        "control_id, raw, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, m.interfaceId)
        .bind(2, m.messageType)
        .bind(3, m.entity)
        .bind(4, m.entityId)
        .bind(5, m.changeSeq)
        .bind(6, m.controlId)
        .bind(7, m.raw.isNull() ? QByteArray("") : m.raw) // filled in by setMessage()
        .bind(8, QString::fromLatin1(C::StatePending))
        .bind(9, at)
        .bind(10, at);
    if (Status s = q.exec(); !s)
        return s.error();
    return db.lastInsertId();
}

Status setMessage(Database &db, qint64 id, const QString &controlId, const QByteArray &raw)
{
    Query q =
        db.query(QStringLiteral("UPDATE hl7_outbound SET control_id = ?, raw = ? WHERE id = ?"));
    q.bind(1, controlId).bind(2, raw).bind(3, id);
    return q.exec();
}

Result<std::optional<QueuedMessage>> head(Database &db, qint64 interfaceId)
{
    Query q = db.query(QStringLiteral("SELECT %1 FROM hl7_outbound WHERE interface_id = ? AND "
                                      "state IN ('pending', 'sent') ORDER BY id LIMIT 1")
                           .arg(MessageColumns));
    q.bind(1, interfaceId);
    if (q.next()) {
        QueuedMessage m = readMessage(q);
        q.finish();
        return std::optional<QueuedMessage>(std::move(m));
    }
    if (q.failed())
        return q.error();
    return std::optional<QueuedMessage>();
}

Result<std::optional<QueuedMessage>> message(Database &db, qint64 id)
{
    Query q =
        db.query(QStringLiteral("SELECT %1 FROM hl7_outbound WHERE id = ?").arg(MessageColumns));
    q.bind(1, id);
    if (q.next()) {
        QueuedMessage m = readMessage(q);
        q.finish();
        return std::optional<QueuedMessage>(std::move(m));
    }
    if (q.failed())
        return q.error();
    return std::optional<QueuedMessage>();
}

Result<QList<QueuedMessage>> messages(Database &db, qint64 interfaceId, const QStringList &states,
                                      int limit)
{
    // States are few and fixed; one bound value each keeps the statement prepared-only.
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i)
        marks << QStringLiteral("?");
    Query q = db.query(QStringLiteral("SELECT %1 FROM hl7_outbound WHERE interface_id = ? AND "
                                      "state IN (%2) ORDER BY id LIMIT ?")
                           .arg(MessageColumns, marks.join(QLatin1String(", "))));
    int i = 1;
    q.bind(i++, interfaceId);
    for (const QString &s : states)
        q.bind(i++, s);
    q.bind(i, limit);
    QList<QueuedMessage> list;
    while (q.next())
        list.append(readMessage(q));
    if (q.failed())
        return q.error();
    return list;
}

Status markSending(Database &db, qint64 id)
{
    Query q = db.query(QStringLiteral("UPDATE hl7_outbound SET state = 'sent', attempts = "
                                      "attempts + 1, updated_at = ? WHERE id = ?"));
    q.bind(1, now()).bind(2, id);
    return q.exec();
}

Status markAcked(Database &db, const QueuedMessage &m, const QString &ackCode)
{
    return inTransaction(db, [&]() -> Status {
        const QString at = now();
        Query q = db.query(QStringLiteral(
            "UPDATE hl7_outbound SET state = 'acked', ack_code = ?, last_error = '', "
            "next_attempt_at = '', updated_at = ? WHERE id = ?"));
        q.bind(1, ackCode).bind(2, at).bind(3, m.id);
        if (Status s = q.exec(); !s)
            return s;
        Query i = db.query(QStringLiteral(
            "UPDATE hl7_interface SET last_ack_at = ?, last_error = '' WHERE id = ?"));
        i.bind(1, at).bind(2, m.interfaceId);
        return i.exec();
    });
}

Status markRetry(Database &db, const QueuedMessage &m, const QString &error,
                 const QDateTime &nextAttemptAt)
{
    return inTransaction(db, [&]() -> Status {
        Query q = db.query(QStringLiteral(
            "UPDATE hl7_outbound SET state = 'pending', last_error = ?, next_attempt_at = ?, "
            "updated_at = ? WHERE id = ?"));
        q.bind(1, error).bind(2, stamp(nextAttemptAt)).bind(3, now()).bind(4, m.id);
        if (Status s = q.exec(); !s)
            return s;
        Query i = db.query(QStringLiteral("UPDATE hl7_interface SET last_error = ? WHERE id = ?"));
        i.bind(1, error).bind(2, m.interfaceId);
        return i.exec();
    });
}

Status markParked(Database &db, const QueuedMessage &m, const QString &ackCode,
                  const QString &error)
{
    return inTransaction(db, [&]() -> Status {
        const QString at = now();
        Query q = db.query(QStringLiteral(
            "UPDATE hl7_outbound SET state = 'parked', ack_code = ?, last_error = ?, "
            "next_attempt_at = '', updated_at = ? WHERE id = ?"));
        q.bind(1, ackCode).bind(2, error).bind(3, at).bind(4, m.id);
        if (Status s = q.exec(); !s)
            return s;
        // The peer answered, so the link works: an application error is the message's problem.
        Query i = db.query(QStringLiteral(
            "UPDATE hl7_interface SET last_error = ?, last_ack_at = ? WHERE id = ?"));
        i.bind(1, error).bind(2, at).bind(3, m.interfaceId);
        return i.exec();
    });
}

Status setPending(Database &db, qint64 id)
{
    Query q = db.query(QStringLiteral("UPDATE hl7_outbound SET state = 'pending', "
                                      "next_attempt_at = '', updated_at = ? WHERE id = ?"));
    q.bind(1, now()).bind(2, id);
    return q.exec();
}

Status setDiscarded(Database &db, qint64 id)
{
    Query q = db.query(QStringLiteral("UPDATE hl7_outbound SET state = 'discarded', "
                                      "next_attempt_at = '', updated_at = ? WHERE id = ?"));
    q.bind(1, now()).bind(2, id);
    return q.exec();
}

Result<QList<QueueState>> states(Database &db)
{
    Result<QList<InterfaceConfig>> configs = interfaces(db);
    if (!configs)
        return configs.error();
    QList<QueueState> list;
    for (const InterfaceConfig &c : configs.value()) {
        QueueState s;
        s.config = c;
        Query q = db.query(QStringLiteral("SELECT state, COUNT(*) FROM hl7_outbound WHERE "
                                          "interface_id = ? GROUP BY state"));
        q.bind(1, c.id);
        while (q.next()) {
            const QString state = q.text(0);
            const qint64 n = q.int64(1);
            if (state == QLatin1String(C::StatePending) || state == QLatin1String(C::StateSent))
                s.pending += n;
            else if (state == QLatin1String(C::StateParked))
                s.parked = n;
            else if (state == QLatin1String(C::StateAcked))
                s.acked = n;
            else if (state == QLatin1String(C::StateDiscarded))
                s.discarded = n;
        }
        if (q.failed())
            return q.error();
        Query i = db.query(
            QStringLiteral("SELECT last_error, last_ack_at FROM hl7_interface WHERE id = ?"));
        i.bind(1, c.id);
        if (i.next()) {
            s.lastError = i.text(0);
            s.lastAckAt = fromStamp(i.text(1));
            i.finish();
        } else if (i.failed()) {
            return i.error();
        }
        Result<std::optional<QueuedMessage>> first = head(db, c.id);
        if (!first)
            return first.error();
        if (first.value())
            s.nextAttemptAt = first.value()->nextAttemptAt;
        list.append(std::move(s));
    }
    return list;
}

Result<int> pruneAcked(Database &db, const QDateTime &before)
{
    Query q = db.query(
        QStringLiteral("DELETE FROM hl7_outbound WHERE state = 'acked' AND updated_at < ?"));
    q.bind(1, stamp(before));
    if (Status s = q.exec(); !s)
        return s.error();
    return db.changes();
}

} // namespace Ambulo::Hl7::OutboundQueue
