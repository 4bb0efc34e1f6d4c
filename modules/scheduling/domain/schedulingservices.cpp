#include "modules/scheduling/domain/schedulingservices.h"

#include "core/session/services.h"
#include "modules/scheduling/domain/schedulingconstants.h"

namespace Ambulo::Scheduling {

SchedulingServices::SchedulingServices(Core::Services &core, Core::EventHub &events)
    : m_core(core)
    , m_events(events)
    , m_setup(core.context(), events)
    , m_booking(core.context(), events, m_setup)
    , m_queries(core.context(), m_setup)
    , m_waitlist(core.context(), events)
    , m_walkIns(core.context(), events, m_booking)
    , m_links(core.context())
{
    // A patient merge re-points scheduling's rows in the merge's own transaction.
    core.patients().addMergeHook(QLatin1String(Constants::MigrationComponent),
                                 &repointMergedPatient);
}

} // namespace Ambulo::Scheduling
