#include "core/store/checkpointer.h"

#include "core/store/database.h"
#include "core/store/store.h"

namespace Ambulo::Core {

namespace {
// SQLite's default threshold, restored when the worker stops.
const QString AutoCheckpointOn = QStringLiteral("PRAGMA wal_autocheckpoint = 1000");
const QString AutoCheckpointOff = QStringLiteral("PRAGMA wal_autocheckpoint = 0");
} // namespace

Checkpointer::Checkpointer(Store &store, std::chrono::milliseconds interval, Database *committer)
    : m_store(store)
    , m_committer(committer)
    , m_interval(interval)
{}

Database &Checkpointer::committer() const
{
    return m_committer ? *m_committer : m_store.db();
}

Checkpointer::~Checkpointer()
{
    stop();
}

Status Checkpointer::start()
{
    if (m_thread.joinable())
        return {};
    Result<std::unique_ptr<Database>> db = m_store.openConnection();
    if (!db)
        return db.error();
    if (Status s = committer().exec(AutoCheckpointOff); !s)
        return s;
    m_stopping = false;
    m_thread = std::thread(&Checkpointer::run, this, std::move(db.value()));
    return {};
}

void Checkpointer::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    (void)committer().exec(AutoCheckpointOn);
}

void Checkpointer::run(std::unique_ptr<Database> db)
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
        lock.unlock();
        // Passive: copies what no reader still needs and never blocks a writer.
        if (db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            ++m_passes;
        lock.lock();
    }
}

} // namespace Ambulo::Core
