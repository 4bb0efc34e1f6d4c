#include "connectors/hl7/mllpclient.h"

#include "connectors/hl7/message.h"
#include "connectors/hl7/mllpframing.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace Ambulo::Hl7 {

namespace {

Core::Error failure(QString message)
{
    return Core::invalid(std::move(message));
}

} // namespace

MllpClient::MllpClient() = default;

MllpClient::~MllpClient()
{
    close();
}

bool MllpClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void MllpClient::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

Core::Status MllpClient::connectTo(const QString &host, int port, const TlsOptions &tls,
                                   int timeoutMs)
{
    close();
    if (port <= 0 || port > 65535)
        return failure(QStringLiteral("port %1 is not a TCP port").arg(port));
    m_socket = std::make_unique<QSslSocket>();
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    if (tls.enabled) {
        if (!QSslSocket::supportsSsl())
            return failure(QStringLiteral("TLS to %1 asked for, but this build has no TLS "
                                          "backend")
                               .arg(where));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!tls.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile);
            if (cas.isEmpty())
                return failure(QStringLiteral("no CA certificate in %1").arg(tls.caFile));
            config.setCaCertificates(cas);
        }
        if (!tls.certFile.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(tls.certFile);
            QFile keyFile(tls.keyFile);
            if (certs.isEmpty())
                return failure(QStringLiteral("no certificate in %1").arg(tls.certFile));
            if (!keyFile.open(QIODevice::ReadOnly))
                return failure(QStringLiteral("cannot read the private key %1").arg(tls.keyFile));
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Rsa);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Ec);
            if (key.isNull())
                return failure(QStringLiteral("%1 holds no usable private key").arg(tls.keyFile));
            config.setLocalCertificate(certs.first());
            config.setPrivateKey(key);
        }
        m_socket->setSslConfiguration(config);
        m_socket->connectToHostEncrypted(host, quint16(port));
        if (!m_socket->waitForEncrypted(timeoutMs)) {
            const QString why = m_socket->errorString();
            close();
            return failure(QStringLiteral("TLS connection to %1 failed: %2").arg(where, why));
        }
        // Only a connected socket takes the option (set before, Qt drops it).
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return {};
    }
    m_socket->connectToHost(host, quint16(port));
    if (!m_socket->waitForConnected(timeoutMs)) {
        const QString why = m_socket->error() == QAbstractSocket::SocketTimeoutError
                                ? QStringLiteral("no answer within %1 ms").arg(timeoutMs)
                                : m_socket->errorString();
        close();
        return failure(QStringLiteral("cannot connect to %1: %2").arg(where, why));
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

std::optional<AckReply> MllpClient::parseAck(const QByteArray &bytes)
{
    const std::optional<Message> ack = Message::parse(bytes);
    if (!ack || ack->occurrences("MSA") == 0)
        return std::nullopt;
    AckReply reply;
    reply.code = ack->get(u"MSA-1").value_or(Value()).text();
    reply.controlId = ack->get(u"MSA-2").value_or(Value()).text();
    reply.text = ack->get(u"ERR-8").value_or(Value()).text();
    if (reply.text.isEmpty())
        reply.text = ack->get(u"MSA-3").value_or(Value()).text();
    reply.raw = bytes;
    return reply;
}

Core::Result<AckReply> MllpClient::exchange(const QByteArray &message, const QString &controlId,
                                            int timeoutMs)
{
    m_peerClosed = false;
    if (!isConnected())
        return failure(QStringLiteral("not connected"));
    QDeadlineTimer deadline(timeoutMs);
    const QByteArray framed = Mllp::frame(message);
    if (m_socket->write(framed) != framed.size()) {
        const QString why = m_socket->errorString();
        close();
        m_peerClosed = true;
        return failure(QStringLiteral("write failed: %1").arg(why));
    }
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            const bool expired = deadline.hasExpired();
            const QString why =
                expired ? QStringLiteral("write timed out") : m_socket->errorString();
            close();
            m_peerClosed = !expired;
            return failure(QStringLiteral("write failed: %1").arg(why));
        }
    }
    Mllp::FrameDecoder decoder;
    for (;;) {
        const QByteArray bytes = m_socket->readAll();
        for (const QByteArray &frame : decoder.feed(bytes)) {
            std::optional<AckReply> reply = parseAck(frame);
            if (reply && reply->controlId == controlId)
                return std::move(*reply);
            ++m_skipped;
            qWarning("hl7: skipped a reply that does not acknowledge %s (MSA-2 '%s')",
                     qPrintable(controlId), reply ? qPrintable(reply->controlId) : "none");
        }
        if (decoder.overflowed()) {
            close();
            return failure(QStringLiteral("the peer's reply is too large"));
        }
        if (deadline.hasExpired()) {
            close();
            return failure(QStringLiteral("no ACK within %1 ms").arg(timeoutMs));
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            close();
            m_peerClosed = true;
            return failure(QStringLiteral("the peer closed the connection before its ACK"));
        }
        if (!m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_socket->bytesAvailable() > 0)
                continue;
            if (deadline.hasExpired() || m_socket->error() == QAbstractSocket::SocketTimeoutError) {
                if (!deadline.hasExpired())
                    continue;
                close();
                return failure(QStringLiteral("no ACK within %1 ms").arg(timeoutMs));
            }
            close();
            m_peerClosed = true;
            return failure(QStringLiteral("the peer closed the connection before its ACK"));
        }
    }
}

} // namespace Ambulo::Hl7
