#pragma once

#include "connectors/hl7/outboundsender.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace Ambulo::Core {
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

    void wake();
    // Ends after the exchange in progress; the thread then finishes.
    void stop();

    // After the thread finished.
    int acked() const { return m_acked; }
    int parked() const { return m_parked; }
    int retried() const { return m_retried; }
    QString error() const { return m_error; }

signals:
    // After a round that changed some message's state (queued to the receiver's thread).
    void queueChanged();

protected:
    void run() override;

private:
    const Core::Store &m_store;
    SenderOptions m_options;
    Mode m_mode;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false;
    bool m_woken = false;
    int m_acked = 0;
    int m_parked = 0;
    int m_retried = 0;
    QString m_error;
};

} // namespace Ambulo::Hl7
