#pragma once

#include "connectors/hl7/outboundqueue.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QSslSocket;

namespace Ambulo::Hl7 {

// An acknowledgement read back from the peer.
struct AckReply
{
    QString code;      // MSA-1: AA, AE, AR, CA, CE, CR
    QString controlId; // MSA-2
    QString text;      // ERR-8, else MSA-3: what the peer says was wrong
    QByteArray raw;
};

// The sending side of MLLP, blocking: meant for a worker thread or a command-line run, never the
// GUI thread. One connection, kept open between messages; a timeout or a broken link closes it,
// and the next exchange connects again.
class MllpClient
{
public:
    MllpClient();
    ~MllpClient();
    MllpClient(const MllpClient &) = delete;
    MllpClient &operator=(const MllpClient &) = delete;

    Core::Status connectTo(const QString &host, int port, const TlsOptions &tls, int timeoutMs);
    bool isConnected() const;
    void close();

    // Writes one framed message and waits up to `timeoutMs` for the ACK whose MSA-2 is
    // `controlId`. ACKs for other messages (a late answer to an earlier try) are skipped and
    // counted; unparsable frames too.
    Core::Result<AckReply> exchange(const QByteArray &message, const QString &controlId,
                                    int timeoutMs);

    int skippedReplies() const { return m_skipped; }
    // The last exchange failed because the peer had closed the connection (e.g. an idle
    // timeout on its side), not because it took too long.
    bool peerClosed() const { return m_peerClosed; }

    static std::optional<AckReply> parseAck(const QByteArray &bytes);

private:
    std::unique_ptr<QSslSocket> m_socket;
    int m_skipped = 0;
    bool m_peerClosed = false;
};

} // namespace Ambulo::Hl7
