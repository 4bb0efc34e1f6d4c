#include "connectors/hl7/mllplistener.h"

#include "connectors/hl7/inboundengine.h"
#include "connectors/hl7/listenerstate.h"
#include "connectors/hl7/mllpframing.h"
#include "core/context/eventhub.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <functional>

namespace Ambulo::Hl7 {

namespace Internal {

namespace {

// QTcpServer hands out plain sockets; this one lets the worker make the socket itself (a
// QSslSocket when TLS is on).
class Server : public QTcpServer
{
public:
    explicit Server(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

Core::Result<QByteArray> readFile(const QString &path, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::invalid(QStringLiteral("cannot read the %1 %2: %3")
                                 .arg(QLatin1String(what), path, file.errorString()));
    return file.readAll();
}

Core::Result<QSslConfiguration> tlsConfiguration(const ListenerOptions &options)
{
    if (!QSslSocket::supportsSsl())
        return Core::invalid(QStringLiteral("TLS is not available (no TLS backend)"));
    if (options.privateKeyFile.isEmpty())
        return Core::invalid(QStringLiteral("a TLS certificate needs its private key file"));
    auto certBytes = readFile(options.certificateFile, "certificate");
    if (!certBytes)
        return certBytes.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certBytes, QSsl::Pem);
    if (chain.isEmpty())
        return Core::invalid(
            QStringLiteral("%1 holds no PEM certificate").arg(options.certificateFile));
    auto keyBytes = readFile(options.privateKeyFile, "private key");
    if (!keyBytes)
        return keyBytes.error();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyBytes, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Core::invalid(
            QStringLiteral("%1 holds no usable PEM private key").arg(options.privateKeyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!options.clientCaFile.isEmpty()) {
        auto caBytes = readFile(options.clientCaFile, "client CA");
        if (!caBytes)
            return caBytes.error();
        const QList<QSslCertificate> cas = QSslCertificate::fromData(*caBytes, QSsl::Pem);
        if (cas.isEmpty())
            return Core::invalid(
                QStringLiteral("%1 holds no PEM certificate").arg(options.clientCaFile));
        config.setCaCertificates(cas);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return config;
}

} // namespace

// Lives on the listener's thread and owns everything used there.
class ListenerWorker : public QObject
{
    Q_OBJECT

public:
    ListenerWorker(Core::Store &store, QList<AdapterSet> adapters, ListenerOptions options,
                   std::atomic<qint64> &commits, std::atomic<qint64> &messages)
        : m_commits(commits)
        , m_messagesApplied(messages)
        , m_store(store)
        , m_adapters(std::move(adapters))
        , m_options(std::move(options))
    {}

    Core::Result<quint16> open()
    {
        if (!m_options.certificateFile.isEmpty()) {
            auto config = tlsConfiguration(m_options);
            if (!config)
                return config.error();
            m_tls = std::move(config.value());
            m_useTls = true;
        }
        auto db = m_store.openConnection();
        if (!db)
            return db.error();
        m_db = std::move(db.value());
        m_services =
            std::make_unique<Core::Services>(m_store, *m_db, Core::Services::thisWorkstation());
        auto session = m_services->users().signInInterface(QStringLiteral("hl7:") + m_options.name,
                                                           m_options.startedBy);
        if (!session)
            return session.error();
        m_events = std::make_unique<Core::EventHub>();
        m_engine = std::make_unique<InboundEngine>(*m_db, *m_services, *m_events, m_options.name,
                                                   m_adapters);
        m_server = new Server([this](qintptr descriptor) { accept(descriptor); }, this);
        if (!m_server->listen(m_options.bindAddress, m_options.port))
            return Core::invalid(QStringLiteral("cannot listen on %1:%2: %3")
                                     .arg(m_options.bindAddress.toString())
                                     .arg(m_options.port)
                                     .arg(m_server->errorString()));
        m_state.name = m_options.name;
        m_state.address = m_options.bindAddress.toString();
        m_state.port = m_server->serverPort();
        m_state.tls = m_useTls;
        m_state.host = QSysInfo::machineHostName();
        m_state.pid = QCoreApplication::applicationPid();
        if (Core::Status s = ListenerStates::started(*m_db, m_state); !s)
            return s.error();
        m_heartbeat = new QTimer(this);
        connect(m_heartbeat, &QTimer::timeout, this, &ListenerWorker::reportState);
        m_heartbeat->start(ListenerStates::HeartbeatMs);
        return m_server->serverPort();
    }

    void close()
    {
        delete m_heartbeat;
        m_heartbeat = nullptr;
        if (m_server && m_db) {
            if (Core::Status s = ListenerStates::stopped(*m_db, m_state.name); !s)
                qWarning("hl7 listener %s: stop not recorded: %s", qPrintable(m_options.name),
                         qPrintable(s.error().message));
        }
        if (m_server)
            m_server->close();
        // What was read but not yet committed gets no ACK; the senders resend it.
        m_pending.clear();
        const QList<QTcpSocket *> sockets = m_connections.keys();
        m_connections.clear();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
        delete m_server;
        m_server = nullptr;
        m_engine.reset();
        m_events.reset();
        if (m_services)
            m_services->users().signOut();
        m_services.reset();
        m_db.reset();
    }

signals:
    void messageReceived(const QString &controlId, const QString &messageType);
    void messageApplied(const QString &controlId, const QString &messageType, const QString &code,
                        const QString &text, bool duplicate);
    void connectionsChanged(int count);
    void errorOccurred(const QString &text);

private:
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        QByteArray bytes;
    };

    void fail(const QString &text)
    {
        qWarning("hl7 listener %s: %s", qPrintable(m_options.name), qPrintable(text));
        m_state.lastError = QStringLiteral("%1 %2").arg(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate), text);
        emit errorOccurred(text);
    }

    // The heartbeat the monitor dock reads; a failure to write it is only logged (the messages
    // themselves do not depend on it).
    void reportState()
    {
        m_state.connections = int(m_connections.size());
        m_state.received = m_messagesApplied;
        if (Core::Status s = ListenerStates::heartbeat(*m_db, m_state); !s)
            qWarning("hl7 listener %s: heartbeat not recorded: %s", qPrintable(m_options.name),
                     qPrintable(s.error().message));
    }

    static QString peerName(QTcpSocket *socket)
    {
        return QStringLiteral("%1:%2")
            .arg(socket->peerAddress().toString())
            .arg(socket->peerPort());
    }

    void accept(qintptr descriptor)
    {
        QTcpSocket *socket = nullptr;
        if (m_useTls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(m_tls);
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
        }
        if (!socket->setSocketDescriptor(descriptor)) {
            fail(QStringLiteral("cannot take a connection: %1").arg(socket->errorString()));
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, Mllp::FrameDecoder(m_options.maxMessageBytes));
        const QString peer = peerName(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, socket, peer](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::RemoteHostClosedError)
                        return;
                    fail(QStringLiteral("connection from %1: %2").arg(peer, socket->errorString()));
                    socket->abort();
                });
        if (m_useTls) {
            auto *ssl = static_cast<QSslSocket *>(socket);
            connect(ssl, &QSslSocket::sslErrors, this,
                    [this, peer](const QList<QSslError> &errors) {
                        QStringList texts;
                        for (const QSslError &e : errors)
                            texts << e.errorString();
                        fail(QStringLiteral("TLS peer %1 refused: %2")
                                 .arg(peer, texts.join(QStringLiteral("; "))));
                    });
            ssl->startServerEncryption();
        }
        emit connectionsChanged(int(m_connections.size()));
    }

    void drop(QTcpSocket *socket)
    {
        if (m_connections.remove(socket) == 0)
            return;
        socket->deleteLater();
        emit connectionsChanged(int(m_connections.size()));
    }

    void read(QTcpSocket *socket)
    {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        const QList<QByteArray> frames = it->feed(socket->readAll());
        for (const QByteArray &frame : frames)
            m_pending.append({socket, frame});
        if (it->overflowed()) {
            fail(QStringLiteral("a frame from %1 is larger than %2 bytes; connection closed")
                     .arg(peerName(socket))
                     .arg(m_options.maxMessageBytes));
            socket->abort();
        }
        if (!m_pending.isEmpty() && !m_flushQueued) {
            m_flushQueued = true;
            // While several connections are sending, their next frames follow the ACKs of the
            // last batch by microseconds: waiting a millisecond gathers them into one commit
            // instead of committing the first alone (a commit costs several). A lone sender
            // gets no delay.
            QTimer::singleShot(m_busyConnections > 1 ? 1 : 0, Qt::PreciseTimer, this,
                               [this] { flush(); });
        }
    }

    // Everything read in this turn of the event loop, from all connections: one transaction,
    // one durable commit, then the ACKs.
    void flush()
    {
        m_flushQueued = false;
        const QList<Pending> batch = std::exchange(m_pending, {});
        if (batch.isEmpty() || !m_engine)
            return;
        QList<QByteArray> messages;
        messages.reserve(batch.size());
        QSet<QTcpSocket *> senders;
        for (const Pending &p : batch) {
            messages.append(p.bytes);
            senders.insert(p.socket.data());
        }
        m_busyConnections = int(senders.size());
        auto results = m_engine->apply(messages);
        if (!results) {
            // Nothing was kept: close the connections so their senders resend.
            fail(QStringLiteral("could not store %1 message(s): %2")
                     .arg(batch.size())
                     .arg(results.error().message));
            for (const Pending &p : batch) {
                if (p.socket)
                    p.socket->abort();
            }
            return;
        }
        ++m_commits;
        m_messagesApplied += batch.size();
        m_state.lastMessageAt = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const InboundResult &r = results->at(i);
            emit messageReceived(r.controlId, r.messageType);
            emit messageApplied(r.controlId, r.messageType, r.code, r.text, r.duplicate);
            QTcpSocket *socket = batch[i].socket;
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                continue;
            for (const QByteArray &reply : r.replies)
                socket->write(Mllp::frame(reply));
        }
    }

    std::atomic<qint64> &m_commits;
    std::atomic<qint64> &m_messagesApplied;
    Core::Store &m_store;
    QList<AdapterSet> m_adapters;
    ListenerOptions m_options;
    bool m_useTls = false;
    QSslConfiguration m_tls;
    std::unique_ptr<Core::Database> m_db;
    std::unique_ptr<Core::Services> m_services;
    std::unique_ptr<Core::EventHub> m_events;
    std::unique_ptr<InboundEngine> m_engine;
    Server *m_server = nullptr;
    QHash<QTcpSocket *, Mllp::FrameDecoder> m_connections;
    QList<Pending> m_pending;
    bool m_flushQueued = false;
    ListenerState m_state;
    QTimer *m_heartbeat = nullptr;
    int m_busyConnections = 0; // connections that sent in the last batch
};

} // namespace Internal

MllpListener::MllpListener(Core::Store &store, QList<AdapterSet> adapters, ListenerOptions options,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_adapters(std::move(adapters))
    , m_options(std::move(options))
{}

MllpListener::~MllpListener()
{
    stop();
}

Core::Result<quint16> MllpListener::start()
{
    if (m_worker)
        return m_port;
    if (m_options.startedBy.isEmpty())
        return Core::Error{Core::ErrorCode::Usage,
                           QStringLiteral("an HL7 listener needs the name of who starts it")};
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("hl7-listener-") + m_options.name);
    m_commits = 0;
    m_messages = 0;
    m_worker = new Internal::ListenerWorker(m_store, m_adapters, m_options, m_commits, m_messages);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &Internal::ListenerWorker::messageReceived, this,
            &MllpListener::messageReceived);
    connect(m_worker, &Internal::ListenerWorker::messageApplied, this,
            &MllpListener::messageApplied);
    connect(m_worker, &Internal::ListenerWorker::connectionsChanged, this,
            &MllpListener::connectionsChanged);
    connect(m_worker, &Internal::ListenerWorker::errorOccurred, this, &MllpListener::errorOccurred);
    m_thread->start();
    Core::Result<quint16> opened = Core::invalid(QStringLiteral("the listener thread did not run"));
    QMetaObject::invokeMethod(
        m_worker, [this, &opened] { opened = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return opened.error();
    }
    m_port = *opened;
    return m_port;
}

void MllpListener::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

} // namespace Ambulo::Hl7

#include "mllplistener.moc"
