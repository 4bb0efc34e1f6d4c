#pragma once

#include "core/result.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Ambulo::Core {

class Database;
class Store;

// Moves WAL checkpoints off the connection that commits. SQLite otherwise copies the WAL back
// into the database inside whichever commit crosses the threshold, and that commit (a booking,
// a sign-in) takes ten times as long. While running, the committing connection (the store's own
// unless another is given) does no automatic checkpoints and a worker thread with its own
// connection runs passive ones. start() and stop() run on the committing connection's thread.
class Checkpointer
{
public:
    explicit Checkpointer(Store &store,
                          std::chrono::milliseconds interval = std::chrono::milliseconds(500),
                          Database *committer = nullptr);
    ~Checkpointer(); // stops the worker and gives checkpoints back to the store's connection
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    Status start();
    void stop();
    int passes() const { return m_passes.load(); }

private:
    void run(std::unique_ptr<Database> db);

    Database &committer() const;

    Store &m_store;
    Database *m_committer;
    std::chrono::milliseconds m_interval;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<int> m_passes{0};
};

} // namespace Ambulo::Core
