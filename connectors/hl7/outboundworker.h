#pragma once

#include "connectors/hl7/outboundsender.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <functional>

namespace Ambulo::Core {
class Database;
class Store;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// Runs the OutboundSender on a thread of its own with its own store connection, so the GUI (or
// the command line's dispatcher) never waits on a peer. Sleeps until the earliest retry is due
// or wake() is called (e.g. after the dispatcher queued something).
class OutboundWorker : public QThread
{
    Q_OBJECT
public:
    enum class Mode {
        Forever, // until stop()
        Drain,   // until no interface has a message it can still send (parked ones wait for a
                 // person)
        Once,    // one round: every queue until it is empty or its head must wait
    };

    OutboundWorker(const Core::Store &store, SenderOptions options, Mode mode,
                   QObject *parent = nullptr);
    ~OutboundWorker() override;

    // Work done before every round on the worker's own connection, e.g. queueing what the change
    // log holds (the builders live in the modules, so the application supplies them). Called once
    // in the worker thread with its connection; what it returns runs before each round. Its
    // failure is reported in error() and the sender still runs. Set before start().
    using Round = std::function<Core::Result<int>()>;
    using Prepare = std::function<Core::Result<Round>(Core::Database &db)>;
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    // How long an idle worker sleeps before it looks again without being woken (default 60 s).
    void setIdleMs(int ms) { m_idleMs = ms; }

    void wake();
    // Ends after the exchange in progress; the thread then finishes.
    void stop();

    // Counts so far (final once the thread finished).
    int acked() const { return m_acked; }
    int parked() const { return m_parked; }
    int retried() const { return m_retried; }
    int queued() const { return m_queued; }
    QString error() const;

signals:
    // After a round that changed some message's state (queued to the receiver's thread).
    void queueChanged();

protected:
    void run() override;

private:
    void sleepUnlessWoken(qint64 ms);

    const Core::Store &m_store;
    SenderOptions m_options;
    Mode m_mode;
    Prepare m_prepare;
    int m_idleMs = 60000;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false;
    bool m_woken = false;
    // Written by the worker, read from other threads.
    std::atomic<int> m_acked = 0;
    std::atomic<int> m_parked = 0;
    std::atomic<int> m_retried = 0;
    std::atomic<int> m_queued = 0;
    QString m_error; // guarded by m_mutex: a running worker's last error is read from the GUI
};

} // namespace Ambulo::Hl7
