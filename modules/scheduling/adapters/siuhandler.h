#pragma once

#include "connectors/hl7/adapter.h"
#include "modules/scheduling/domain/schedulingservices.h"

#include <memory>

namespace Ambulo::Scheduling {

// Schedules from another system, through the same booking services the calendar uses, so a
// collision is refused and named in the application ACK:
//   S12 book (the patient of PID-3, provider AIP-3, room AIL-3, type AIS-3 or SCH-7, time AIS-4
//       or SCH-11-4); SCH-1/SCH-2 are kept so a resent S12 books nothing new;
//   S13 reschedule, S14 modify (time, provider, room), S15 cancel (reason SCH-6), S26 no-show,
//       each finding the appointment by its filler id (SCH-2), else its placer id (SCH-1).
class SiuHandler : public Hl7::InboundHandler
{
public:
    explicit SiuHandler(Hl7::HandlerContext &context);

    QStringList messageTypes() const override;
    Hl7::Outcome apply(const Hl7::Message &message) override;

private:
    struct Details; // what SCH/AIS/AIP/AIL ask for
    std::optional<Hl7::Outcome> readDetails(const Hl7::Message &message, bool booking,
                                            Details &details);
    Hl7::Outcome book(const Hl7::Message &message, const QString &placer, const QString &filler);
    Hl7::Outcome reschedule(const Hl7::Message &message, qint64 appointmentId);
    Hl7::Outcome modify(const Hl7::Message &message, qint64 appointmentId);
    Hl7::Outcome setStatus(const Hl7::Message &message, qint64 appointmentId,
                           AppointmentStatus status);
    QString source() const;

    Hl7::HandlerContext &m_context;
    SchedulingServices m_scheduling;
};

} // namespace Ambulo::Scheduling
