#include "app/syncworker.h"

#include "app/syncsetup.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/sync/changelog.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Ambulo::App {

namespace {

Q_LOGGING_CATEGORY(lcSync, "ambulo.sync.worker")

constexpr qint64 Never = std::numeric_limits<qint64>::max();

// The newest change-log row, or `fallback` when it cannot be read (tried again later).
qint64 headOr(Core::Database &db, qint64 fallback)
{
    Core::Result<qint64> head = Core::ChangeLog::head(db);
    return head ? head.value() : fallback;
}

} // namespace

SyncWorker::SyncWorker(Core::Store &store, Fhir::ClientOptions options, Timing timing,
                       QString startedBy, QObject *parent)
    : QThread(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_timing(timing)
    , m_startedBy(std::move(startedBy))
{
    qRegisterMetaType<Ambulo::App::SyncWorker::Status>();
}

SyncWorker::~SyncWorker()
{
    stop();
    wait();
}

void SyncWorker::syncNow()
{
    QMutexLocker lock(&m_mutex);
    m_now = true;
    m_wake.wakeAll();
}

void SyncWorker::localChanged()
{
    QMutexLocker lock(&m_mutex);
    m_changed = true;
    m_wake.wakeAll();
}

void SyncWorker::networkReachable()
{
    QMutexLocker lock(&m_mutex);
    m_reachable = true;
    m_wake.wakeAll();
}

void SyncWorker::resolve(qint64 conflictId, bool keepLocal)
{
    QMutexLocker lock(&m_mutex);
    m_resolutions.append({conflictId, keepLocal});
    m_wake.wakeAll();
}

void SyncWorker::stop()
{
    m_stopFlag.store(true);
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    if (m_client)
        m_client->cancel();
    m_wake.wakeAll();
}

SyncWorker::Status SyncWorker::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void SyncWorker::publish(const Status &status)
{
    {
        QMutexLocker lock(&m_mutex);
        m_status = status;
    }
    emit statusChanged(status);
}

void SyncWorker::run()
{
#ifdef Q_OS_LINUX
    // QThread's priorities mean nothing to Linux's default scheduler; a nicer thread does yield
    // the CPU to the GUI thread when both want it (the person's clicks come first).
    (void)setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
#endif
    Status status;
    // A worker that cannot start says why and waits to be stopped (the settings may be fixed).
    auto failToStart = [&](const QString &message) {
        qCWarning(lcSync) << "sync worker not started:" << message;
        status.state = Status::State::Error;
        status.message = message;
        publish(status);
        QMutexLocker lock(&m_mutex);
        while (!m_stop)
            m_wake.wait(&m_mutex);
    };

    Core::Result<std::unique_ptr<Core::Database>> db = m_store.openConnection();
    if (!db)
        return failToStart(db.error().message);
    Core::Services services(m_store, *db.value(), Core::Services::thisWorkstation());
    if (auto s = services.users().signInInterface(QLatin1String(Sync::Constants::Principal),
                                                  m_startedBy);
        !s)
        return failToStart(s.error().message);
    Fhir::ClientOptions options = m_options;
    options.timeoutMs = m_timing.requestTimeoutMs;
    Core::Result<std::unique_ptr<Fhir::Client>> client = Fhir::Client::create(options);
    if (!client)
        return failToStart(client.error().message);
    {
        QMutexLocker lock(&m_mutex);
        m_client = client.value().get();
    }
    const std::unique_ptr<Sync::SyncEngine> engine = makeSyncEngine(services, *client.value());
    engine->setStopFlag(&m_stopFlag);
    Sync::SyncStore &store = engine->store();
    Core::Database &conn = *db.value();

    auto recount = [&] {
        if (Core::Result<qint64> cursor = store.cursor()) {
            if (Core::Result<int> pending =
                    store.pendingCount(cursor.value(), engine->pushedTypes()))
                status.pending = pending.value();
        }
        if (Core::Result<int> open = store.openConflictCount())
            status.conflicts = open.value();
        if (Core::Result<QList<Sync::PendingMerge>> merges = store.pendingMerges())
            status.waitingMerges = int(merges->size());
    };
    // Local changes after the push cursor (what a pull applied does not count).
    auto localChangesWaiting = [&] {
        Core::Result<qint64> cursor = store.cursor();
        if (!cursor)
            return false;
        Core::Result<QList<Core::Change>> rows = Core::ChangeLog::since(conn, cursor.value(), 200);
        if (!rows)
            return false;
        return std::any_of(rows->cbegin(), rows->cend(), [](const Core::Change &c) {
            return c.origin != QLatin1String(Sync::Constants::Origin);
        });
    };
    if (Core::Result<QList<Sync::TypeStatus>> types = store.types()) {
        for (const Sync::TypeStatus &t : std::as_const(types.value())) {
            if (t.lastPull.isValid()
                && (!status.lastSuccess.isValid() || t.lastPull > status.lastSuccess))
                status.lastSuccess = t.lastPull.toUTC();
        }
    }
    recount();
    publish(status);

    QElapsedTimer clock;
    clock.start();
    qint64 seenHead = headOr(conn, 0);
    qint64 nextRoundAt = 0; // a round at once
    qint64 changeDueAt = Never;
    qint64 nextPollAt = m_timing.changePollMs;
    int failures = 0;

    for (;;) {
        bool now = false;
        bool changed = false;
        bool reachable = false;
        QList<Resolution> resolutions;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stop)
                break;
            std::swap(now, m_now);
            std::swap(changed, m_changed);
            std::swap(reachable, m_reachable);
            resolutions.swap(m_resolutions);
        }
        qint64 t = clock.elapsed();
        if (now) {
            failures = 0;
            nextRoundAt = t;
        }
        if (reachable && failures > 0)
            nextRoundAt = t;
        // A domain event only says "look now": the change log decides whether there is
        // anything to send, so events that change nothing cost no round.
        if (changed)
            nextPollAt = t;
        bool moved = false;
        if (t >= nextPollAt) {
            const qint64 head = headOr(conn, seenHead);
            if (head > seenHead) {
                seenHead = head;
                moved = true;
            }
            nextPollAt = t + m_timing.changePollMs;
        }
        if (moved) {
            // While the server is failing, a change waits for the backoff; the count still moves.
            if (failures == 0 && changeDueAt == Never)
                changeDueAt = t + m_timing.debounceMs;
            const Status before = status;
            recount();
            if (status.pending != before.pending || status.conflicts != before.conflicts)
                publish(status);
        }
        if (t >= changeDueAt) {
            changeDueAt = Never;
            nextRoundAt = std::min(nextRoundAt, t);
        }

        for (const Resolution &r : std::as_const(resolutions)) {
            qint64 patientId = 0;
            if (Core::Result<QList<Sync::Conflict>> open = store.conflicts(true)) {
                for (const Sync::Conflict &c : std::as_const(open.value()))
                    if (c.id == r.conflictId)
                        patientId = c.localId;
            }
            const Core::Status done = engine->resolve(r.conflictId, r.keepLocal);
            if (m_stopFlag.load())
                break;
            emit resolveFinished(r.conflictId, patientId, r.keepLocal, done.ok(),
                                 done ? QString() : done.error().message);
            recount();
            publish(status);
            emit dataChanged();
            nextRoundAt = std::min(nextRoundAt, t);
        }
        if (m_stopFlag.load())
            break;

        if (t >= nextRoundAt) {
            status.state = Status::State::Syncing;
            publish(status);
            const Sync::RoundResult r = engine->round();
            if (m_stopFlag.load())
                break;
            t = clock.elapsed();
            if (r.ok) {
                failures = 0;
                status.state = Status::State::Synced;
                status.message.clear();
                status.lastSuccess = QDateTime::currentDateTimeUtc();
                status.nextAttempt = {};
                nextRoundAt = t + m_timing.intervalMs;
                // What the round applied is in the change log too; only later local edits count.
                seenHead = headOr(conn, seenHead);
                if (localChangesWaiting())
                    changeDueAt = t + m_timing.debounceMs;
            } else {
                ++failures;
                qint64 wait =
                    std::min<qint64>(m_timing.maxBackoffMs, qint64(m_timing.firstBackoffMs)
                                                                << std::min(failures - 1, 20));
                if (r.retryAfterSeconds >= 0)
                    wait = std::min<qint64>(3600, r.retryAfterSeconds) * 1000;
                status.state = r.transient ? Status::State::Offline : Status::State::Error;
                status.message = r.message;
                status.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(wait);
                nextRoundAt = t + wait;
                changeDueAt = Never;
                qCInfo(lcSync) << "sync round failed:" << r.message << "; next try in" << wait
                               << "ms";
            }
            recount();
            publish(status);
            if (r.pushed + r.pulled + r.newConflicts + r.rejected + r.renumbered > 0)
                emit dataChanged();
            continue; // look at what arrived meanwhile before sleeping
        }

        const qint64 wakeAt = std::min({nextRoundAt, changeDueAt, nextPollAt});
        QMutexLocker lock(&m_mutex);
        if (!m_stop && !m_now && !m_changed && !m_reachable && m_resolutions.isEmpty())
            m_wake.wait(&m_mutex, QDeadlineTimer(std::max<qint64>(1, wakeAt - clock.elapsed())));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_client = nullptr;
    }
    services.users().signOut();
}

} // namespace Ambulo::App
