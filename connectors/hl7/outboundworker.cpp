#include "connectors/hl7/outboundworker.h"

#include "core/store/database.h"
#include "core/store/store.h"

namespace Ambulo::Hl7 {

OutboundWorker::OutboundWorker(const Core::Store &store, SenderOptions options, Mode mode,
                               QObject *parent)
    : QThread(parent)
    , m_store(store)
    , m_options(options)
    , m_mode(mode)
{}

OutboundWorker::~OutboundWorker()
{
    stop();
    wait();
}

void OutboundWorker::wake()
{
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_wake.wakeAll();
}

void OutboundWorker::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeAll();
}

QString OutboundWorker::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void OutboundWorker::run()
{
    auto fail = [this](const QString &message) {
        QMutexLocker lock(&m_mutex);
        m_error = message;
    };
    Core::Result<std::unique_ptr<Core::Database>> db = m_store.openConnection();
    if (!db) {
        fail(db.error().message);
        return;
    }
    Round prepare;
    if (m_prepare) {
        Core::Result<Round> made = m_prepare(*db.value());
        if (!made) {
            fail(made.error().message);
            return;
        }
        prepare = std::move(made.value());
    }
    OutboundSender sender(*db.value(), m_options);
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop)
                break;
            m_woken = false;
        }
        if (prepare) {
            // A failed dispatch leaves its changes for the next round; the sender still delivers
            // what is already queued.
            if (Core::Result<int> queued = prepare(); !queued) {
                fail(queued.error().message);
            } else {
                m_queued += queued.value();
                if (queued.value() > 0)
                    emit queueChanged();
            }
        }
        Core::Result<OutboundSender::Round> round = sender.runRound();
        if (!round) {
            fail(round.error().message);
            if (m_mode != Mode::Forever)
                break;
            // A worker meant to run for the whole session outlives a busy or failing store: it
            // says why in error() and tries again a little later.
            sleepUnlessWoken(5000);
            continue;
        }
        m_acked += round->acked;
        m_parked += round->parked;
        m_retried += round->retried;
        if (round->acked + round->parked + round->retried > 0)
            emit queueChanged();
        if (m_mode == Mode::Once || (m_mode == Mode::Drain && round->drained))
            break;
        // Sleep until the earliest retry, or a while when nothing waits (new messages wake us).
        qint64 sleepMs = m_idleMs;
        if (round->nextAttemptAt.isValid())
            sleepMs =
                qBound(qint64(1), QDateTime::currentDateTimeUtc().msecsTo(round->nextAttemptAt) + 1,
                       qint64(m_idleMs));
        sleepUnlessWoken(sleepMs);
    }
}

void OutboundWorker::sleepUnlessWoken(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stop && !m_woken)
        m_wake.wait(&m_mutex, QDeadlineTimer(ms));
}

} // namespace Ambulo::Hl7
