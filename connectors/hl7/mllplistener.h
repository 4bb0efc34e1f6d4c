#pragma once

#include "connectors/hl7/adapter.h"
#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace Ambulo::Core {
class Store;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

namespace Internal {
class ListenerWorker;
} // namespace Internal

struct ListenerOptions
{
    QString name = QStringLiteral("default"); // the interface; it acts as "hl7:<name>"
    QString startedBy;                        // the person who started it, for the audit trail
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port (see MllpListener::port())
    // TLS when a certificate is given (PEM files). With a client CA, a client must present a
    // certificate signed by it or the connection is refused.
    QString certificateFile;
    QString privateKeyFile;
    QString clientCaFile;
    qsizetype maxMessageBytes = 16 * 1024 * 1024; // a larger frame closes the connection
};

// Where a listener's time went since start(), in ns, and the pages it wrote (for the ingest
// benchmark).
struct ListenerTimings
{
    std::atomic<qint64> apply{0};  // inside the transaction: parse, dedupe, handlers, replies
    std::atomic<qint64> commit{0}; // COMMIT: pages encrypted, written to the WAL, fsync
    std::atomic<qint64> reply{0};  // the ACKs framed and written to their connections
    std::atomic<qint64> pages{0};  // database pages the commits wrote (WAL frames)
};

// An inbound MLLP interface. Accepts any number of connections on a worker thread with its own
// store connection and services (signed in as the interface principal), and applies what it
// receives through an InboundEngine. Frames that complete in the same event-loop turn, on any
// connection, are applied as one batch with one durable commit (group commit); each ACK is
// written to its connection only after that commit returned.
class MllpListener : public QObject
{
    Q_OBJECT

public:
    MllpListener(Core::Store &store, QList<AdapterSet> adapters, ListenerOptions options,
                 QObject *parent = nullptr);
    ~MllpListener() override; // stops

    // Opens the worker's connection and binds; returns the port bound.
    Core::Result<quint16> start();
    void stop();
    bool isListening() const { return m_worker != nullptr; }
    const ListenerOptions &options() const { return m_options; }
    quint16 port() const { return m_port; }
    // Commits made and messages they held since start(): their ratio is the group-commit size.
    qint64 commits() const { return m_commits.load(); }
    qint64 messages() const { return m_messages.load(); }
    const ListenerTimings &timings() const { return m_timings; }

signals:
    // Emitted on the listener's thread (queued from the worker), for a monitor.
    void messageReceived(const QString &controlId, const QString &messageType);
    // `code` is the application outcome (AA/AE/AR); `duplicate` when only replayed.
    void messageApplied(const QString &controlId, const QString &messageType, const QString &code,
                        const QString &text, bool duplicate);
    void connectionsChanged(int count);
    void errorOccurred(const QString &text); // the last error: a refused peer, an oversize frame

private:
    Core::Store &m_store;
    QList<AdapterSet> m_adapters;
    ListenerOptions m_options;
    QThread *m_thread = nullptr;
    Internal::ListenerWorker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<qint64> m_commits{0};
    std::atomic<qint64> m_messages{0};
    ListenerTimings m_timings;
};

} // namespace Ambulo::Hl7
