#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ambulo::Core {
class Database;
} // namespace Ambulo::Core

namespace Ambulo::Hl7 {

// What an inbound listener last reported of itself (table hl7_listeners). The listener runs in
// its own process (`ambulo hl7 listen`), so the monitor dock reads this instead of asking it.
struct ListenerState
{
    QString name;
    QString address;
    int port = 0;
    bool tls = false;
    QString host; // the machine it runs on
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime heartbeatAt;
    QDateTime stoppedAt; // invalid while it runs (or when it died without saying so)
    int connections = 0;
    qint64 received = 0; // messages applied since it started
    QDateTime lastMessageAt;
    QString lastError;

    // Running and heard from within `staleSeconds`.
    bool isAlive(const QDateTime &now, int staleSeconds) const;
};

// The table itself, no permission checks: the listener writes it for the practice, and
// OutboundService checks before reading it for a person.
namespace ListenerStates {

inline constexpr int HeartbeatMs = 5000;
// Three missed heartbeats: the listener is taken for gone.
inline constexpr int StaleSeconds = 3 * HeartbeatMs / 1000;

Core::Status started(Core::Database &db, const ListenerState &state);
Core::Status heartbeat(Core::Database &db, const ListenerState &state);
Core::Status stopped(Core::Database &db, const QString &name);
Core::Result<QList<ListenerState>> all(Core::Database &db);

} // namespace ListenerStates

} // namespace Ambulo::Hl7
