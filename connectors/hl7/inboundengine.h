#pragma once

#include "connectors/hl7/adapter.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Ambulo::Core {
class Database;
class EventHub;
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// What became of one inbound message.
struct InboundResult
{
    // Messages to write back on the connection the message came in on, in order (unframed).
    // Original mode: one ACK (AA/AE/AR). Enhanced mode: the accept ACK (CA/CE/CR) when MSH-15
    // asks for it, then the application ACK (AA/AE/AR) when MSH-16 asks for it; possibly none.
    QList<QByteArray> replies;
    QString code;           // the application outcome: AA, AE or AR
    QString acceptCode;     // CA, CE or CR in enhanced mode; empty in original mode
    QString controlId;      // the inbound MSH-10 (MSA-2 of the replies)
    QString messageType;    // MSH-9-1^MSH-9-2
    QString text;           // the handler's summary, or what was wrong
    bool duplicate = false; // seen before: nothing applied, the stored replies replayed
};

// Applies inbound HL7 messages through the modules' InboundHandlers, durably and exactly once.
//
// apply() takes a batch (what the listener read in one turn, from any number of connections) and
// runs it in ONE transaction: per message a dedupe lookup on (MSH-3, MSH-4, MSH-10), routing on
// MSH-9-1^MSH-9-2, the handler, and a row in hl7_inbound with the raw bytes and the replies
// built. The replies are returned only once the commit has returned (WAL, synchronous=FULL), so
// an ACK never gets ahead of the data.
//
// A failed handler's writes must go while the rest of the batch stays. The batch is first
// applied with the handlers joining its transaction (Core::JoinNested: no savepoints, so SQLite
// journals no page and SQLCipher encrypts none but the ones committed); when a handler fails, or
// anything inside rolls back, the whole batch is rolled back and applied again with a savepoint
// around each handler. Nothing outside the store is touched before the commit, so the second
// pass sees exactly what the first did.
//
// Enhanced mode (MSH-15 or MSH-16 valued; an empty one of the two counts as AL): the accept ACK
// means "committed to safe storage" and is CA whenever the message was stored and routable (even
// when the application then fails), CR when it could not be routed or parsed. The application ACK
// carries the handler's AA/AE/AR. Both go back on the same connection, accept first, each only
// when its field (AL always, NE never, ER on error only, SU on success only) asks for it; both
// are stored and replayed on a duplicate.
class InboundEngine
{
public:
    // `services` must be on `db`'s connection and signed in as the interface principal
    // (UserService::signInInterface); the handlers are made from `adapters` once, here.
    InboundEngine(Core::Database &db, Core::Services &services, Core::EventHub &events,
                  QString interfaceName, const QList<AdapterSet> &adapters);
    ~InboundEngine();
    InboundEngine(const InboundEngine &) = delete;
    InboundEngine &operator=(const InboundEngine &) = delete;

    const QString &interfaceName() const { return m_interface; }
    QStringList messageTypes() const { return m_routes.keys(); }

    // All or nothing: on an error nothing of the batch is kept and no reply may be sent (the
    // senders will resend).
    Core::Result<QList<InboundResult>> apply(const QList<QByteArray> &messages);

    // Time spent since construction, in ns: inside the transaction (parse, dedupe, handlers,
    // replies built, rows written) and in COMMIT (pages encrypted, WAL written, fsync).
    qint64 applyNanos() const { return m_applyNs; }
    qint64 commitNanos() const { return m_commitNs; }
    // Batches applied a second time, with savepoints, because a handler failed in the first pass.
    qint64 redoneBatches() const { return m_redone; }

private:
    enum class Pass { Joined, Savepoints };
    // `redo` set (Joined pass only): a handler failed; the batch must be applied again.
    Core::Result<QList<InboundResult>> applyBatch(const QList<QByteArray> &messages, Pass pass,
                                                  bool *redo);
    Core::Result<InboundResult> applyOne(const QByteArray &raw, Pass pass, bool *redo);

    Core::Database &m_db;
    QString m_interface;
    std::unique_ptr<HandlerContext> m_context;
    std::vector<std::unique_ptr<InboundHandler>> m_handlers;
    QHash<QString, InboundHandler *> m_routes;
    quint64 m_ackCounter = 0;
    qint64 m_applyNs = 0;
    qint64 m_commitNs = 0;
    qint64 m_redone = 0;
};

} // namespace Ambulo::Hl7
