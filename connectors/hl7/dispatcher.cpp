#include "connectors/hl7/dispatcher.h"

#include "core/store/database.h"
#include "core/sync/changelog.h"

#include <optional>

namespace Ambulo::Hl7 {

namespace C = OutboundConstants;

Dispatcher::Dispatcher(Core::Database &db, QList<OutboundBuilder *> builders)
    : m_db(db)
    , m_builders(std::move(builders))
{}

Core::Result<qint64> Dispatcher::startCursor(Core::Database &db)
{
    return Core::ChangeLog::head(db);
}

QString Dispatcher::controlIdFor(qint64 queueId, const QDateTime &at)
{
    // Time in base 36 keeps the id unique even if a store is made again and its row ids start
    // over (the receiver deduplicates on MSH-10); at most 20 characters, as MSH-10 allows.
    return QString::number(at.toMSecsSinceEpoch(), 36).toUpper() + QLatin1Char('-')
           + QString::number(queueId, 36).toUpper();
}

void Dispatcher::fillHeader(Message &message, const InterfaceConfig &config,
                            const QString &messageType, const QString &controlId,
                            const QDateTime &at)
{
    message.set(u"MSH-3", QLatin1String(C::SendingApplication));
    message.set(u"MSH-4", config.sendingFacility);
    message.set(u"MSH-5", config.receivingApplication);
    message.set(u"MSH-6", config.receivingFacility);
    message.set(u"MSH-7",
                at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("+0000"));
    if (message.get(u"MSH-9-1").value_or(Value()).text().isEmpty()) {
        const QStringList parts = messageType.split(QLatin1Char('^'));
        message.set(u"MSH-9-1", parts.value(0));
        message.set(u"MSH-9-2", parts.value(1));
    }
    if (!controlId.isEmpty())
        message.set(u"MSH-10", controlId);
    message.set(u"MSH-11", QLatin1String(C::ProcessingId));
    message.set(u"MSH-12", QLatin1String(C::HL7Version));
}

Core::Result<QList<OutboundMessage>> Dispatcher::build(const InterfaceConfig &config,
                                                       const Core::Change &change)
{
    QList<OutboundMessage> messages;
    for (OutboundBuilder *builder : std::as_const(m_builders)) {
        if (!builder->entities().contains(change.entity))
            continue;
        Core::Result<QList<OutboundMessage>> built = builder->build(change);
        if (!built)
            return Core::Error{built.error().code,
                               QStringLiteral("change %1 (%2 %3 %4): %5")
                                   .arg(change.seq)
                                   .arg(change.entity, QString::number(change.entityId), change.op,
                                        built.error().message)};
        for (OutboundMessage &out : built.value()) {
            if (config.wants(out.messageType))
                messages.append(std::move(out));
        }
    }
    return messages;
}

Core::Result<Dispatcher::Hold> Dispatcher::holdOf(const QList<OutboundMessage> &messages)
{
    for (const OutboundMessage &out : messages) {
        if (!m_hold || out.patientId == 0)
            continue;
        Core::Result<QString> reason = m_hold(out.patientId);
        if (!reason)
            return reason.error();
        if (!reason->isEmpty())
            return Hold{reason.value(), out.patientId, {}};
    }
    return Hold{};
}

Core::Result<int> Dispatcher::enqueue(const InterfaceConfig &config, const Core::Change &change,
                                      QList<OutboundMessage> messages)
{
    for (OutboundMessage &out : messages) {
        QueuedMessage row;
        row.interfaceId = config.id;
        row.messageType = out.messageType;
        row.entity = change.entity;
        row.entityId = change.entityId;
        row.changeSeq = change.seq;
        Core::Result<qint64> id = OutboundQueue::enqueue(m_db, row);
        if (!id)
            return id.error();
        const QDateTime at = m_clock();
        const QString controlId = controlIdFor(id.value(), at);
        fillHeader(out.message, config, out.messageType, controlId, at);
        if (Core::Status s =
                OutboundQueue::setMessage(m_db, id.value(), controlId, out.message.serialize());
            !s)
            return s.error();
    }
    return int(messages.size());
}

Core::Result<int> Dispatcher::dispatch(const InterfaceConfig &config, int batchSize)
{
    const QString ownOrigin = QStringLiteral("hl7:") + config.name;
    qint64 cursor = config.cursor;
    const QDateTime now = m_clock();
    // The store's reason is cleared when the interface's settings change: then look afresh.
    const Hold waiting = config.waiting.isEmpty() ? Hold{} : m_held.value(config.id);
    if (m_hold && waiting.patientId != 0 && waiting.builtAt.secsTo(now) < HeldRebuildSeconds) {
        Core::Result<QString> still = m_hold(waiting.patientId);
        if (!still)
            return still.error();
        if (!still->isEmpty()) {
            // Still waiting: nothing is built; only a changed reason is written.
            if (still.value() != config.waiting) {
                if (Core::Status s = OutboundQueue::setWaiting(m_db, config.id, still.value()); !s)
                    return s.error();
            }
            return 0;
        }
    }
    QString reason = config.waiting;
    int queued = 0;
    for (;;) {
        std::optional<Core::Transaction> tx;
        tx.emplace(m_db);
        if (!tx->active())
            return tx->error();
        Core::Result<QList<Core::Change>> changes = Core::ChangeLog::since(m_db, cursor, batchSize);
        if (!changes)
            return changes.error();
        int queuedHere = 0;
        qint64 passed = cursor; // the last change of the batch dealt with
        Hold held;
        const Core::Change *sent = nullptr; // the change just queued, if the one before
        for (const Core::Change &change : changes.value()) {
            if (change.origin == ownOrigin || (config.localChangesOnly && change.fromServer())) {
                passed = change.seq;
                sent = nullptr;
                continue;
            }
            // Messages are built from the record as it is now: the same change again right
            // after the one just queued (a registration's update and its identifiers, an
            // ADT^A47's two) would send the receiver the same message twice.
            if (sent && sent->entity == change.entity && sent->entityId == change.entityId
                && sent->op == change.op && sent->detail == change.detail
                && sent->origin == change.origin) {
                passed = change.seq;
                continue;
            }
            // Every message of the change is built before any is queued: a change goes out
            // whole or waits whole.
            Core::Result<QList<OutboundMessage>> messages = build(config, change);
            if (!messages) {
                tx.reset(); // nothing of the batch is kept; the error is
                Core::Query q = m_db.query(
                    QStringLiteral("UPDATE hl7_interface SET last_error = ? WHERE id = ?"));
                q.bind(1, messages.error().message).bind(2, config.id);
                (void)q.exec();
                return messages.error();
            }
            Core::Result<Hold> hold = holdOf(messages.value());
            if (!hold)
                return hold.error();
            held = hold.value();
            if (!held.reason.isEmpty())
                break;
            Core::Result<int> n = enqueue(config, change, std::move(messages.value()));
            if (!n)
                return n.error();
            queuedHere += n.value();
            passed = change.seq;
            sent = &change;
        }
        if (passed != cursor) {
            if (Core::Status s = OutboundQueue::setCursor(m_db, config.id, passed); !s)
                return s.error();
            cursor = passed;
        }
        if (held.reason != reason) {
            if (Core::Status s = OutboundQueue::setWaiting(m_db, config.id, held.reason); !s)
                return s.error();
            reason = held.reason;
        }
        if (Core::Status s = tx->commit(); !s)
            return s.error();
        queued += queuedHere;
        if (!held.reason.isEmpty())
            m_held.insert(config.id, Hold{held.reason, held.patientId, now});
        else
            m_held.remove(config.id);
        if (!held.reason.isEmpty() || changes->size() < batchSize)
            return queued;
    }
}

Core::Result<int> Dispatcher::dispatchAll(int batchSize)
{
    Core::Result<QList<InterfaceConfig>> configs = OutboundQueue::interfaces(m_db);
    if (!configs)
        return configs.error();
    int queued = 0;
    for (const InterfaceConfig &config : configs.value()) {
        if (!config.enabled)
            continue;
        Core::Result<int> n = dispatch(config, batchSize);
        if (!n)
            return n.error();
        queued += n.value();
    }
    return queued;
}

} // namespace Ambulo::Hl7
