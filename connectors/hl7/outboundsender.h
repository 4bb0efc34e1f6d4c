#pragma once

#include "connectors/hl7/mllpclient.h"
#include "connectors/hl7/outboundqueue.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace Ambulo::Core {
class Database;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

struct SenderOptions
{
    int backoffBaseMs = 1000;         // the wait after the first failed try; doubled per try
    int backoffCapMs = 5 * 60 * 1000; // never wait longer than this between tries
    int connectTimeoutMs = 10000;
};

// Delivers each interface's queue strictly in order. The head is sent and its ACK (MSA-2 equal
// to its MSH-10) awaited; AA/CA: acked, on to the next. AR/CR, a timeout or a refused connection:
// the head stays the head and is tried again after an exponential backoff. AE/CE: the message is
// parked for a person and the queue goes on. Every state change is committed before the next
// step, so a restart resumes where it stopped; a message sent but not acknowledged is sent again
// (at-least-once, the receiver deduplicates on MSH-10).
class OutboundSender
{
public:
    enum class Step {
        Empty,   // nothing to send
        Waiting, // the head waits for its next try
        Acked,
        Parked,
        Retry, // this try failed; the head waits for its backoff
    };

    explicit OutboundSender(Core::Database &db, SenderOptions options = {});
    ~OutboundSender();

    // One try at the head of the interface's queue.
    Core::Result<Step> sendNext(const InterfaceConfig &config);

    struct Round
    {
        int acked = 0;
        int parked = 0;
        int retried = 0;
        QDateTime nextAttemptAt; // the earliest head waiting for a retry; invalid when none
        bool drained = true;     // no interface has a message left to send
    };
    // Sends every enabled interface's queue until it is empty or its head must wait.
    Core::Result<Round> runRound();

    int backoffMs(int attempts) const;
    const QString &lastError() const { return m_lastError; }

private:
    MllpClient &clientFor(const InterfaceConfig &config);

    Core::Database &m_db;
    SenderOptions m_options;
    QHash<qint64, std::shared_ptr<MllpClient>> m_clients;
    QHash<qint64, QString> m_endpoints;
    QString m_lastError;
};

} // namespace Ambulo::Hl7
