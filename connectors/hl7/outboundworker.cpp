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

void OutboundWorker::run()
{
    Core::Result<std::unique_ptr<Core::Database>> db = m_store.openConnection();
    if (!db) {
        m_error = db.error().message;
        return;
    }
    OutboundSender sender(*db.value(), m_options);
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop)
                break;
            m_woken = false;
        }
        Core::Result<OutboundSender::Round> round = sender.runRound();
        if (!round) {
            m_error = round.error().message;
            break;
        }
        m_acked += round->acked;
        m_parked += round->parked;
        m_retried += round->retried;
        if (round->acked + round->parked + round->retried > 0)
            emit queueChanged();
        if (m_mode == Mode::Once || (m_mode == Mode::Drain && round->drained))
            break;
        // Sleep until the earliest retry, or a while when nothing waits (new messages wake us).
        qint64 sleepMs = 60000;
        if (round->nextAttemptAt.isValid())
            sleepMs =
                qBound(qint64(1), QDateTime::currentDateTimeUtc().msecsTo(round->nextAttemptAt) + 1,
                       qint64(60000));
        QMutexLocker lock(&m_mutex);
        if (!m_stop && !m_woken)
            m_wake.wait(&m_mutex, QDeadlineTimer(sleepMs));
    }
}

} // namespace Ambulo::Hl7
