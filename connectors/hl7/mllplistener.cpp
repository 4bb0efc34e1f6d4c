#include "connectors/hl7/mllplistener.h"

#include "connectors/hl7/inboundengine.h"
#include "connectors/hl7/listenerstate.h"
#include "connectors/hl7/mllpframing.h"
#include "core/context/eventhub.h"
#include "core/session/services.h"
#include "core/store/checkpointer.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

#include <sqlcipher/sqlite3.h>

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
                   std::atomic<qint64> &commits, std::atomic<qint64> &messages,
                   ListenerTimings &timings)
        : m_commits(commits)
        , m_messagesApplied(messages)
        , m_timings(timings)
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
        // Checkpoints run beside the listener, not inside whichever commit crosses SQLite's
        // threshold: that commit's ACK would wait for the copy of a thousand pages back into
        // the database and two more fsyncs.
        m_checkpointer = std::make_unique<Core::Checkpointer>(
            m_store, std::chrono::milliseconds(500), m_db.get());
        if (Core::Status s = m_checkpointer->start(); !s)
            return s.error();
        m_services =
            std::make_unique<Core::Services>(m_store, *m_db, Core::Services::thisWorkstation());
        auto session = m_services->users().signInInterface(QStringLiteral("hl7:") + m_options.name,
                                                           m_options.startedBy);
        if (!session)
            return session.error();
        m_events = std::make_unique<Core::EventHub>();
        m_engine = std::make_unique<InboundEngine>(*m_db, *m_services, *m_events, m_options.name,
                                                   m_adapters);
        m_gather = new QTimer(this);
        m_gather->setSingleShot(true);
        m_gather->setTimerType(Qt::PreciseTimer);
        m_gather->setInterval(1);
        connect(m_gather, &QTimer::timeout, this, &ListenerWorker::flush);
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
        int unused = 0;
        int written = 0; // counted from here on, per commit (see flush())
        sqlite3_db_status(m_db->handle(), SQLITE_DBSTATUS_CACHE_WRITE, &written, &unused, 1);
        m_heartbeat = new QTimer(this);
        connect(m_heartbeat, &QTimer::timeout, this, &ListenerWorker::reportState);
        m_heartbeat->start(ListenerStates::HeartbeatMs);
        return m_server->serverPort();
    }

    void close()
    {
        delete m_heartbeat;
        m_heartbeat = nullptr;
        if (m_gather)
            m_gather->stop();
        if (m_server && m_db) {
            if (Core::Status s = ListenerStates::stopped(*m_db, m_state.name); !s)
                qWarning("hl7 listener %s: stop not recorded: %s", qPrintable(m_options.name),
                         qPrintable(s.error().message));
        }
        if (m_server)
            m_server->close();
        // What was read but not yet committed gets no ACK; the senders resend it.
        m_pending.clear();
        m_pendingSenders.clear();
        m_lastBatch.clear();
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
        m_checkpointer.reset();
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
        m_lastBatch.remove(socket);
        m_pendingSenders.remove(socket);
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
        if (m_pending.isEmpty())
            return;
        if (!frames.isEmpty()) {
            m_pendingSenders.insert(socket);
            m_lastBatch.insert(socket, m_batches);
        }
        // A connection that sent lately sends its next message as soon as it has its ACK: the
        // batch is complete when every such connection has a frame in it. A lone sender
        // therefore commits at once, and several are gathered into one commit without a fixed
        // window; one that has stopped sending holds the others up by at most 1 ms.
        if (m_pendingSenders.size() >= activeSenders()) {
            m_gather->stop();
            flush();
        } else if (!m_gather->isActive()) {
            m_gather->start();
        }
    }

    // Connections that had a message in the last batch or have one in the next.
    qsizetype activeSenders() const
    {
        qsizetype n = 0;
        for (qint64 batch : m_lastBatch) {
            if (batch >= m_batches - 1)
                ++n;
        }
        return n;
    }

    // Everything read in this turn of the event loop, from all connections: one transaction,
    // one durable commit, then the ACKs.
    void flush()
    {
        m_gather->stop();
        m_pendingSenders.clear();
        const QList<Pending> batch = std::exchange(m_pending, {});
        if (batch.isEmpty() || !m_engine)
            return;
        ++m_batches;
        QList<QByteArray> messages;
        messages.reserve(batch.size());
        for (const Pending &p : batch)
            messages.append(p.bytes);
        const qint64 appliedBefore = m_engine->applyNanos();
        const qint64 committedBefore = m_engine->commitNanos();
        auto results = m_engine->apply(messages);
        m_timings.apply += m_engine->applyNanos() - appliedBefore;
        m_timings.commit += m_engine->commitNanos() - committedBefore;
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
        // Pages this commit wrote to the WAL (SQLite counts them per connection).
        int written = 0;
        int unused = 0;
        sqlite3_db_status(m_db->handle(), SQLITE_DBSTATUS_CACHE_WRITE, &written, &unused, 1);
        m_timings.pages += written;
        m_state.lastMessageAt = QDateTime::currentDateTimeUtc();
        QElapsedTimer replying;
        replying.start();
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
        m_timings.reply += replying.nsecsElapsed();
    }

    std::atomic<qint64> &m_commits;
    std::atomic<qint64> &m_messagesApplied;
    ListenerTimings &m_timings;
    Core::Store &m_store;
    QList<AdapterSet> m_adapters;
    ListenerOptions m_options;
    bool m_useTls = false;
    QSslConfiguration m_tls;
    std::unique_ptr<Core::Database> m_db;
    std::unique_ptr<Core::Services> m_services;
    std::unique_ptr<Core::EventHub> m_events;
    std::unique_ptr<Core::Checkpointer> m_checkpointer;
    std::unique_ptr<InboundEngine> m_engine;
    Server *m_server = nullptr;
    QHash<QTcpSocket *, Mllp::FrameDecoder> m_connections;
    QList<Pending> m_pending;
    QSet<QTcpSocket *> m_pendingSenders; // connections with a frame in m_pending
    QTimer *m_gather = nullptr;          // the longest a batch waits for the last of them
    ListenerState m_state;
    QTimer *m_heartbeat = nullptr;
    QHash<QTcpSocket *, qint64> m_lastBatch; // the batch each connection last had a message in
    qint64 m_batches = 0;                    // batches flushed so far
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
    m_timings.apply = 0;
    m_timings.commit = 0;
    m_timings.reply = 0;
    m_timings.pages = 0;
    m_worker = new Internal::ListenerWorker(m_store, m_adapters, m_options, m_commits, m_messages,
                                            m_timings);
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
