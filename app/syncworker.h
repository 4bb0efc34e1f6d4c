#pragma once

#include "connectors/fhir/fhirclient.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

namespace Ambulo::Core {
class Store;
}

namespace Ambulo::App {

// The workstation's FHIR sync for one store: a thread of its own with its own connection, signed
// in as the sync principal, whose Fhir::Client and SyncEngine live in that thread. It runs a round
// on the interval, on demand (syncNow), soon after local changes (localChanged, debounced; it
// also notices new change-log rows by itself, since not every change publishes a domain event)
// and, after a failure, with exponential backoff from 2 s to 5 min (or the server's Retry-After),
// at once when told the network is back. Conflict settlements run here too, never on the GUI
// thread. Everything it reports reaches the receiver's thread through queued signals.
class SyncWorker : public QThread
{
    Q_OBJECT
public:
    struct Status
    {
        enum class State { Starting, Syncing, Synced, Offline, Error };
        State state = State::Starting;
        QString message;       // why the last round failed (Offline/Error), readable
        QDateTime lastSuccess; // the end of the last round that reached the server, UTC
        QDateTime nextAttempt; // when the next round is due after a failure, UTC
        int pending = 0;       // local records not yet on the server
        int conflicts = 0;     // open conflicts waiting for a person
        // Patients merged on the server whose survivor could not be taken here yet (tried again
        // with backoff; `ambulo sync status` lists them).
        int waitingMerges = 0;
    };

    struct Timing
    {
        int intervalMs = 60000;
        int debounceMs = 1000;     // after a local change, before its round
        int changePollMs = 1000;   // how often the change log is looked at
        int firstBackoffMs = 2000; // doubled after every further failure
        int maxBackoffMs = 300000;
        int requestTimeoutMs = 30000;
    };

    SyncWorker(Core::Store &store, Fhir::ClientOptions options, Timing timing, QString startedBy,
               QObject *parent = nullptr);
    ~SyncWorker() override; // stops after the record in progress and waits

    void syncNow();
    // Something may have changed here: the worker looks at the change log at once.
    void localChanged();
    // The network came back: a worker in backoff tries at once.
    void networkReachable();
    // Settles a conflict on the worker thread; resolveFinished reports it.
    void resolve(qint64 conflictId, bool keepLocal);
    void stop();

    Status status() const;
    const Fhir::ClientOptions &options() const { return m_options; }

signals:
    void statusChanged(const Ambulo::App::SyncWorker::Status &status);
    // After a round that moved or queued something (the GUI refreshes what it shows).
    void dataChanged();
    void resolveFinished(qint64 conflictId, qint64 patientId, bool keepLocal, bool ok,
                         const QString &message);

protected:
    void run() override;

private:
    struct Resolution
    {
        qint64 conflictId;
        bool keepLocal;
    };
    void publish(const Status &status);

    Core::Store &m_store;
    const Fhir::ClientOptions m_options;
    const Timing m_timing;
    const QString m_startedBy;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    // Guarded by m_mutex.
    bool m_stop = false;
    bool m_now = false;
    bool m_changed = false;
    bool m_reachable = false;
    QList<Resolution> m_resolutions;
    Status m_status;
    Fhir::Client *m_client = nullptr; // lives in the worker thread; cancel() is thread-safe

    std::atomic_bool m_stopFlag = false;
};

} // namespace Ambulo::App

Q_DECLARE_METATYPE(Ambulo::App::SyncWorker::Status)
