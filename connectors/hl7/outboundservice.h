#pragma once

#include "connectors/hl7/listenerstate.h"
#include "connectors/hl7/outboundqueue.h"
#include "core/result.h"

#include <QCoreApplication>

namespace Ambulo::Core {
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// What a practice admin does with the HL7 interfaces, from the monitor dock or the command
// line: configure the outbound ones, watch their queues and the inbound listeners, look at a parked
// message, send it again or give up on it. Every call needs PracticeAdmin; reading a message's text
// is a PHI read and is audited with the patient where the message names one.
class OutboundService
{
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Hl7::OutboundService)
public:
    explicit OutboundService(Core::ServiceContext &context);

    // A new interface receives changes made from now on, not the whole history.
    Core::Result<qint64> addInterface(const InterfaceConfig &config);
    // Changes the settings (not the cursor) of the interface with config.id.
    Core::Status updateInterface(const InterfaceConfig &config);
    // Removes the interface and its queue, including messages not yet delivered.
    Core::Status removeInterface(const QString &name);
    Core::Result<QList<InterfaceConfig>> interfaces();
    Core::Result<std::optional<InterfaceConfig>> interfaceByName(const QString &name);

    Core::Result<QList<QueueState>> queueStates();
    // What each inbound listener last reported (they run as `ambulo hl7 listen` processes).
    Core::Result<QList<ListenerState>> listenerStates();
    // The interface's parked messages, oldest first, without their text (see messageText()).
    Core::Result<QList<QueuedMessage>> parkedMessages(qint64 interfaceId);
    // The raw message; audited as a PHI read of the patient it names. A message about a restricted
    // record is read as the record is opened: with a typed reason (break-glass), the audit entry
    // flagged for review.
    Core::Result<QByteArray> messageText(qint64 messageId, const QString &breakGlassReason = {});
    // The restricted patient message `messageId` is about, whose text needs a reason to read; 0
    // when it names none. Not audited: no patient's data.
    Core::Result<qint64> restrictedPatientOf(qint64 messageId);

    // A parked or discarded message goes back to pending in its original place: it is sent
    // before anything queued after it that is still pending, which keeps the order of what has
    // not been delivered yet. A pending head waiting for its backoff is tried at once.
    Core::Status resend(qint64 messageId);
    // A parked or pending message is given up; a stuck head no longer holds the queue.
    Core::Status discard(qint64 messageId);
    // Deletes acked messages older than `days` days.
    Core::Result<int> pruneAcked(int days);

    // Checks a configuration; an empty message when it is fine.
    static QString validate(const InterfaceConfig &config);

private:
    Core::Result<QueuedMessage> loadMessage(qint64 messageId);
    // Who message `m` is about: the record of an ADT's change, else the one PID-3's number from
    // this practice (assigned by AMBULO) names; 0 when neither is known. Its MRN in `mrn`.
    qint64 patientOf(const QueuedMessage &m, QString *mrn);
    // Whether patient `patientId` (0: none) is restricted.
    Core::Result<bool> restricted(qint64 patientId);

    Core::ServiceContext &m_context;
};

} // namespace Ambulo::Hl7
