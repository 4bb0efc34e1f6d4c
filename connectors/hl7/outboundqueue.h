#pragma once

#include "connectors/hl7/outboundconstants.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ambulo::Core {
class Database;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

struct TlsOptions
{
    bool enabled = false;
    QString caFile;   // PEM; empty: the system's CAs
    QString certFile; // PEM client certificate, when the peer asks for one
    QString keyFile;  // PEM private key of certFile
};

// One outbound interface: where its messages go and which of them it wants.
struct InterfaceConfig
{
    qint64 id = 0;
    QString name; // unique; inbound changes applied as "hl7:<name>" are not echoed back
    QString host;
    int port = 0;
    bool enabled = true;
    QStringList messageTypes; // "SIU^S12", ...; empty: every message the builders make
    int ackTimeoutMs = OutboundConstants::DefaultAckTimeoutMs;
    TlsOptions tls;
    QString sendingFacility;      // MSH-4
    QString receivingApplication; // MSH-5
    QString receivingFacility;    // MSH-6
    // Sends only what was changed on this workstation, not what the sync engine pulled from the
    // shared FHIR server: for an interface every workstation has, so each change goes out once.
    bool localChangesOnly = false;
    qint64 cursor = 0; // the last change_log seq dispatched (set by the dispatcher)
    QString waiting;   // why the change after the cursor waits (set by the dispatcher; or empty)

    bool wants(const QString &messageType) const
    {
        return messageTypes.isEmpty() || messageTypes.contains(messageType);
    }
};

struct QueuedMessage
{
    qint64 id = 0; // the FIFO order within an interface
    qint64 interfaceId = 0;
    QString messageType;
    QString entity;
    qint64 entityId = 0;
    qint64 changeSeq = 0;
    QString controlId; // MSH-10
    QByteArray raw;
    QString state;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString ackCode;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What the monitor and `hl7 queue` show for one interface.
struct QueueState
{
    InterfaceConfig config;
    qint64 pending = 0; // pending and sent-without-ACK
    qint64 parked = 0;
    qint64 acked = 0;
    qint64 discarded = 0;
    QString lastError;
    QDateTime lastAckAt;
    QDateTime nextAttemptAt; // of the head, when it waits for a retry
};

// The queue tables themselves, with no permission checks: used by the connector's own dispatcher
// and sender (which act for the practice, not for a person) and by OutboundService, which checks
// and audits before calling in.
namespace OutboundQueue {

Core::Result<QList<InterfaceConfig>> interfaces(Core::Database &db);
Core::Result<std::optional<InterfaceConfig>> interfaceByName(Core::Database &db,
                                                             const QString &name);
Core::Result<qint64> addInterface(Core::Database &db, const InterfaceConfig &config);
// Also forgets what the interface waited for: the next dispatch looks afresh.
Core::Status updateInterface(Core::Database &db, const InterfaceConfig &config);
Core::Status removeInterface(Core::Database &db, qint64 interfaceId);
Core::Status setCursor(Core::Database &db, qint64 interfaceId, qint64 cursor);
Core::Status setWaiting(Core::Database &db, qint64 interfaceId, const QString &reason);

// Appends a message at the tail; the caller fills controlId into raw after, see setRaw().
Core::Result<qint64> enqueue(Core::Database &db, const QueuedMessage &message);
Core::Status setMessage(Core::Database &db, qint64 id, const QString &controlId,
                        const QByteArray &raw);

// The oldest message of the interface not yet resolved (pending, or sent without an ACK).
Core::Result<std::optional<QueuedMessage>> head(Core::Database &db, qint64 interfaceId);
Core::Result<std::optional<QueuedMessage>> message(Core::Database &db, qint64 id);
Core::Result<QList<QueuedMessage>> messages(Core::Database &db, qint64 interfaceId,
                                            const QStringList &states, int limit = 500);

// State changes of the sender; each is one small transaction.
Core::Status markSending(Core::Database &db, qint64 id);
Core::Status markAcked(Core::Database &db, const QueuedMessage &message, const QString &ackCode);
Core::Status markRetry(Core::Database &db, const QueuedMessage &message, const QString &error,
                       const QDateTime &nextAttemptAt);
Core::Status markParked(Core::Database &db, const QueuedMessage &message, const QString &ackCode,
                        const QString &error);
// A person's decisions.
Core::Status setPending(Core::Database &db, qint64 id);
Core::Status setDiscarded(Core::Database &db, qint64 id);

Core::Result<QList<QueueState>> states(Core::Database &db);
// Deletes acked messages older than `before`; returns how many.
Core::Result<int> pruneAcked(Core::Database &db, const QDateTime &before);

} // namespace OutboundQueue

} // namespace Ambulo::Hl7
