#pragma once

#include "connectors/hl7/adapter.h"
#include "connectors/hl7/outboundqueue.h"
#include "core/result.h"

#include <QList>

namespace Ambulo::Core {
class Database;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// Turns the change log into queued messages, per interface: reads from the interface's cursor,
// leaves out what the interface itself sent us (origin "hl7:<name>", so nothing echoes back)
// and, for an interface that wants this workstation's changes only, what the sync engine pulled,
// asks the builders of the change's entity, keeps the message types the interface receives,
// fills the MSH header and queues them. The messages of a batch of changes and the cursor that
// passes those changes are committed in one transaction: a crash either queues them and moves
// the cursor, or does neither.
//
// The builders read records through services on the same connection as `db`.
class Dispatcher
{
public:
    Dispatcher(Core::Database &db, QList<OutboundBuilder *> builders);

    // Queues what the changes after the cursor produce; returns how many messages were queued.
    // A builder's error stops the interface at that change (nothing of the batch is kept), so a
    // message is never skipped silently; the error is kept as the interface's last error.
    Core::Result<int> dispatch(const InterfaceConfig &config, int batchSize = 200);
    // Every enabled interface.
    Core::Result<int> dispatchAll(int batchSize = 200);

    // A new interface starts at the change log's head, not at its first row.
    static Core::Result<qint64> startCursor(Core::Database &db);

    // Fills MSH-3..MSH-7, MSH-10 (when `controlId` is given), MSH-11 and MSH-12.
    static void fillHeader(Message &message, const InterfaceConfig &config,
                           const QString &messageType, const QString &controlId,
                           const QDateTime &at);
    static QString controlIdFor(qint64 queueId, const QDateTime &at);

private:
    Core::Database &m_db;
    QList<OutboundBuilder *> m_builders;
};

} // namespace Ambulo::Hl7
