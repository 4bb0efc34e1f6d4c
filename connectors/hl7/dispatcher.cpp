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

Core::Result<int> Dispatcher::dispatch(const InterfaceConfig &config, int batchSize)
{
    const QString ownOrigin = QStringLiteral("hl7:") + config.name;
    qint64 cursor = config.cursor;
    int queued = 0;
    for (;;) {
        std::optional<Core::Transaction> tx;
        tx.emplace(m_db);
        if (!tx->active())
            return tx->error();
        Core::Result<QList<Core::Change>> changes = Core::ChangeLog::since(m_db, cursor, batchSize);
        if (!changes)
            return changes.error();
        if (changes->isEmpty())
            return queued;
        int queuedHere = 0;
        for (const Core::Change &change : changes.value()) {
            if (change.origin == ownOrigin || (config.localChangesOnly && change.fromServer()))
                continue;
            for (OutboundBuilder *builder : std::as_const(m_builders)) {
                if (!builder->entities().contains(change.entity))
                    continue;
                Core::Result<QList<OutboundMessage>> built = builder->build(change);
                if (!built) {
                    const Core::Error error{built.error().code,
                                            QStringLiteral("change %1 (%2 %3 %4): %5")
                                                .arg(change.seq)
                                                .arg(change.entity,
                                                     QString::number(change.entityId), change.op,
                                                     built.error().message)};
                    tx.reset(); // nothing of the batch is kept; the error is
                    Core::Query q = m_db.query(
                        QStringLiteral("UPDATE hl7_interface SET last_error = ? WHERE id = ?"));
                    q.bind(1, error.message).bind(2, config.id);
                    (void)q.exec();
                    return error;
                }
                for (OutboundMessage &out : built.value()) {
                    if (!config.wants(out.messageType))
                        continue;
                    QueuedMessage row;
                    row.interfaceId = config.id;
                    row.messageType = out.messageType;
                    row.entity = change.entity;
                    row.entityId = change.entityId;
                    row.changeSeq = change.seq;
                    Core::Result<qint64> id = OutboundQueue::enqueue(m_db, row);
                    if (!id)
                        return id.error();
                    const QDateTime at = QDateTime::currentDateTimeUtc();
                    const QString controlId = controlIdFor(id.value(), at);
                    fillHeader(out.message, config, out.messageType, controlId, at);
                    if (Core::Status s = OutboundQueue::setMessage(m_db, id.value(), controlId,
                                                                   out.message.serialize());
                        !s)
                        return s.error();
                    ++queuedHere;
                }
            }
        }
        cursor = changes->last().seq;
        if (Core::Status s = OutboundQueue::setCursor(m_db, config.id, cursor); !s)
            return s.error();
        if (Core::Status s = tx->commit(); !s)
            return s.error();
        queued += queuedHere;
        if (changes->size() < batchSize)
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
