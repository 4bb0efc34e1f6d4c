#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QList>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

// Patients who want an earlier slot. Reading needs schedule.read, changing schedule.write.
class WaitlistService
{
public:
    WaitlistService(Core::ServiceContext &context, Core::EventHub &events);

    Core::Result<qint64> add(const WaitlistEntry &entry);
    Core::Result<QList<WaitlistEntry>> list(bool includeInactive = false);
    Core::Status remove(qint64 id);

    // Who could take a freed slot: active entries whose type, provider, date window, weekdays and
    // time of day all fit, longest waiting first.
    Core::Result<QList<WaitlistEntry>> candidates(const FreedSlot &slot);
    // The same for an appointment that was cancelled or not shown.
    Core::Result<QList<WaitlistEntry>> candidatesFor(qint64 appointmentId);

    static Core::Status validate(const WaitlistEntry &entry);

private:
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Scheduling
