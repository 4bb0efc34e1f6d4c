#pragma once

#include "connectors/hl7/adapter.h"
#include "modules/scheduling/domain/schedulingservices.h"

namespace Ambulo::Scheduling {

// Appointment changes as SIU, from the appointment's current state:
//   create → S12 (S13 when it replaces a rescheduled one), update with status booked/confirmed
//   (a move or confirmation) → S14, cancelled → S15, no-show → S26; other statuses (arrived,
//   seen, the old half of a reschedule) send nothing.
// SCH-1, the placer id, is the first appointment of a reschedule chain, so the receiver keeps one
// key for it; SCH-2 is the other system's filler id when the appointment came from it.
class AppointmentMessageBuilder : public Hl7::OutboundBuilder
{
public:
    explicit AppointmentMessageBuilder(Hl7::HandlerContext &context);

    QStringList entities() const override;
    Core::Result<QList<Hl7::OutboundMessage>> build(const Core::Change &change) override;

private:
    Hl7::HandlerContext &m_context;
    SchedulingServices m_scheduling;
};

// The scheduling module's HL7 adapters (SIU in, SIU out), for App::ModuleCatalog::hl7Adapters().
Hl7::AdapterSet hl7Adapters();

} // namespace Ambulo::Scheduling
