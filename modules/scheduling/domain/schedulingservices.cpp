#include "modules/scheduling/domain/schedulingservices.h"

#include "core/session/services.h"

namespace Ambulo::Scheduling {

SchedulingServices::SchedulingServices(Core::Services &core, Core::EventHub &events)
    : m_core(core)
    , m_events(events)
    , m_setup(core.context(), events)
    , m_booking(core.context(), events, m_setup)
    , m_queries(core.context(), m_setup)
    , m_waitlist(core.context(), events)
    , m_walkIns(core.context(), events, m_booking)
{}

} // namespace Ambulo::Scheduling
