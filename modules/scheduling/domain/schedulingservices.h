#pragma once

#include "modules/scheduling/domain/appointmentlinks.h"
#include "modules/scheduling/domain/bookingservice.h"
#include "modules/scheduling/domain/schedulequeries.h"
#include "modules/scheduling/domain/schedulesetupservice.h"
#include "modules/scheduling/domain/waitlistservice.h"
#include "modules/scheduling/domain/walkinservice.h"

namespace Ambulo::Core {
class EventHub;
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

// The scheduling services over one store connection and session; made once per connection (like
// Core::Services) and handed to the docks and commands that need it.
class SchedulingServices
{
public:
    SchedulingServices(Core::Services &core, Core::EventHub &events);
    SchedulingServices(const SchedulingServices &) = delete;
    SchedulingServices &operator=(const SchedulingServices &) = delete;

    Core::Services &core() { return m_core; }
    Core::EventHub &events() { return m_events; }
    ScheduleSetupService &setup() { return m_setup; }
    BookingService &booking() { return m_booking; }
    ScheduleQueries &queries() { return m_queries; }
    WaitlistService &waitlist() { return m_waitlist; }
    WalkInService &walkIns() { return m_walkIns; }
    AppointmentLinkService &links() { return m_links; }

private:
    Core::Services &m_core;
    Core::EventHub &m_events;
    ScheduleSetupService m_setup;
    BookingService m_booking;
    ScheduleQueries m_queries;
    WaitlistService m_waitlist;
    WalkInService m_walkIns;
    AppointmentLinkService m_links;
};

} // namespace Ambulo::Scheduling
