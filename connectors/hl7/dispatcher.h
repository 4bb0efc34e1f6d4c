#pragma once

#include "connectors/hl7/adapter.h"
#include "connectors/hl7/outboundqueue.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace Ambulo::Core {
class Database;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// Turns the change log into queued messages, per interface: reads from the interface's cursor,
// leaves out what the interface itself sent us (origin "hl7:<name>", so nothing echoes back)
// and, for an interface that wants this workstation's changes only, what the sync engine pulled,
// asks the builders of the change's entity, keeps the message types the interface receives,
// fills the MSH header and queues them. A change just like the one before it (same record,
// operation, detail and origin) adds nothing: its messages would be the same. The messages of a
// batch of changes and the cursor that passes those changes are committed in one transaction: a
// crash either queues them and moves the cursor, or does neither.
//
// The builders read records through services on the same connection as `db`.
class Dispatcher
{
public:
    Dispatcher(Core::Database &db, QList<OutboundBuilder *> builders);

    // Says why messages naming this patient must wait (empty: they may go). A receiver knows a
    // patient by the MRN, and on a workstation that syncs, an MRN given here is only final once
    // the FHIR server has the record: the first push renumbers it if another workstation gave
    // the same number to someone else. The interface stops at the first change whose message
    // waits (FIFO: nothing after it overtakes it) and keeps why and for whom. While that patient
    // still waits, the next dispatches ask about it alone and build nothing (a builder's record
    // read is audited, and the app dispatches every few seconds); the held change is built
    // again every HeldRebuildSeconds, in case it now names someone else (a merge) or nothing.
    using PatientHold = std::function<Core::Result<QString>(qint64 patientId)>;
    void setPatientHold(PatientHold hold) { m_hold = std::move(hold); }
    static constexpr int HeldRebuildSeconds = 300;
    // The time a dispatch goes by (the hold's rebuild interval, MSH-7); UTC now unless a test sets
    // another.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

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
    // The messages of one change the interface takes, from every builder of its entity.
    Core::Result<QList<OutboundMessage>> build(const InterfaceConfig &config,
                                               const Core::Change &change);
    struct Hold
    {
        QString reason; // empty: nothing waits
        qint64 patientId = 0;
        QDateTime builtAt;
    };
    // Whether the messages must wait (PatientHold).
    Core::Result<Hold> holdOf(const QList<OutboundMessage> &messages);
    // Queues them with their MSH header; returns how many.
    Core::Result<int> enqueue(const InterfaceConfig &config, const Core::Change &change,
                              QList<OutboundMessage> messages);

    Core::Database &m_db;
    QList<OutboundBuilder *> m_builders;
    PatientHold m_hold;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    // Per interface, what this dispatcher last found it waiting for, and when it built the held
    // change. Kept here, not in the store: only the dispatcher that built it can skip building.
    QHash<qint64, Hold> m_held;
};

} // namespace Ambulo::Hl7
