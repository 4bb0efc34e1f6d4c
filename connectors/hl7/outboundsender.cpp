#include "connectors/hl7/outboundsender.h"

#include "core/store/database.h"

#include <algorithm>

namespace Ambulo::Hl7 {

OutboundSender::OutboundSender(Core::Database &db, SenderOptions options)
    : m_db(db)
    , m_options(options)
{}

OutboundSender::~OutboundSender() = default;

int OutboundSender::backoffMs(int attempts) const
{
    qint64 wait = m_options.backoffBaseMs;
    for (int i = 1; i < attempts && wait < m_options.backoffCapMs; ++i)
        wait *= 2;
    return int(qMin<qint64>(wait, m_options.backoffCapMs));
}

MllpClient &OutboundSender::clientFor(const InterfaceConfig &config)
{
    // A changed host, port or TLS setting takes effect with a new connection.
    const QString endpoint = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                 .arg(config.host)
                                 .arg(config.port)
                                 .arg(config.tls.enabled)
                                 .arg(config.tls.caFile, config.tls.certFile, config.tls.keyFile);
    std::shared_ptr<MllpClient> &client = m_clients[config.id];
    if (!client || m_endpoints.value(config.id) != endpoint) {
        client = std::make_shared<MllpClient>();
        m_endpoints.insert(config.id, endpoint);
    }
    return *client;
}

Core::Result<OutboundSender::Step> OutboundSender::sendNext(const InterfaceConfig &config)
{
    Core::Result<std::optional<QueuedMessage>> head = OutboundQueue::head(m_db, config.id);
    if (!head)
        return head.error();
    if (!head.value())
        return Step::Empty;
    const QueuedMessage message = *head.value();
    // A retry stamped further away than the longest backoff was stamped before the clock went
    // back (a correction, a wrong time set by hand): it is due, or the queue would stall that long.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (message.nextAttemptAt.isValid() && message.nextAttemptAt > now
        && now.msecsTo(message.nextAttemptAt) <= m_options.backoffCapMs)
        return Step::Waiting;

    // Counted before the bytes leave, so a crash during the exchange still shows the try.
    if (Core::Status s = OutboundQueue::markSending(m_db, message.id); !s)
        return s.error();
    const int attempts = message.attempts + 1;
    auto retry = [&](const QString &error) -> Core::Result<Step> {
        m_lastError = error;
        const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(backoffMs(attempts));
        if (Core::Status s = OutboundQueue::markRetry(m_db, message, error, next); !s)
            return s.error();
        return Step::Retry;
    };

    MllpClient &client = clientFor(config);
    const bool reused = client.isConnected();
    if (!reused) {
        if (Core::Status s =
                client.connectTo(config.host, config.port, config.tls, m_options.connectTimeoutMs);
            !s)
            return retry(s.error().message);
    }
    Core::Result<AckReply> reply =
        client.exchange(message.raw, message.controlId, config.ackTimeoutMs);
    // Peers drop idle connections; a kept connection found closed is not a failed try, so a
    // new one is made at once (the message may arrive twice; the receiver deduplicates).
    if (!reply && reused && client.peerClosed()) {
        if (Core::Status s =
                client.connectTo(config.host, config.port, config.tls, m_options.connectTimeoutMs);
            !s)
            return retry(s.error().message);
        reply = client.exchange(message.raw, message.controlId, config.ackTimeoutMs);
    }
    if (!reply)
        return retry(reply.error().message);
    const QString code = reply->code;
    if (code == QLatin1String("AA") || code == QLatin1String("CA")) {
        if (Core::Status s = OutboundQueue::markAcked(m_db, message, code); !s)
            return s.error();
        return Step::Acked;
    }
    const QString said = reply->text.isEmpty() ? QString() : QStringLiteral(": ") + reply->text;
    if (code == QLatin1String("AE") || code == QLatin1String("CE")) {
        m_lastError = code + said;
        if (Core::Status s = OutboundQueue::markParked(m_db, message, code, m_lastError); !s)
            return s.error();
        return Step::Parked;
    }
    if (code == QLatin1String("AR") || code == QLatin1String("CR"))
        return retry(code + said);
    return retry(QStringLiteral("unknown acknowledgement code '%1'").arg(code.left(10)));
}

Core::Result<OutboundSender::Round> OutboundSender::runRound()
{
    Core::Result<QList<InterfaceConfig>> configs = OutboundQueue::interfaces(m_db);
    if (!configs)
        return configs.error();
    Round round;
    for (const InterfaceConfig &config : configs.value()) {
        if (!config.enabled)
            continue;
        for (;;) {
            Core::Result<Step> step = sendNext(config);
            if (!step)
                return step.error();
            if (step.value() == Step::Acked) {
                ++round.acked;
                continue;
            }
            if (step.value() == Step::Parked) {
                ++round.parked;
                continue;
            }
            if (step.value() == Step::Empty)
                break;
            if (step.value() == Step::Retry)
                ++round.retried;
            // Waiting or Retry: the head waits; so does the rest of this interface's queue.
            round.drained = false;
            Core::Result<std::optional<QueuedMessage>> head = OutboundQueue::head(m_db, config.id);
            if (!head)
                return head.error();
            if (head.value() && head.value()->nextAttemptAt.isValid()
                && (!round.nextAttemptAt.isValid()
                    || head.value()->nextAttemptAt < round.nextAttemptAt))
                round.nextAttemptAt = head.value()->nextAttemptAt;
            break;
        }
    }
    // Connections of interfaces removed meanwhile are dropped.
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        const bool known = std::any_of(configs->cbegin(), configs->cend(),
                                       [&](const InterfaceConfig &c) { return c.id == it.key(); });
        it = known ? std::next(it) : m_clients.erase(it);
    }
    return round;
}

} // namespace Ambulo::Hl7
