#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Ambulo::Core {
class ServiceContext;
struct MergeEvent;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

// The ids another system knows an appointment by: SIU SCH-1 (placer) and SCH-2 (filler), per
// interface ("hl7:PM").
struct AppointmentLink
{
    qint64 appointmentId = 0;
    QString source;
    QString placerId;
    QString fillerId;
};

class AppointmentLinkService
{
public:
    explicit AppointmentLinkService(Core::ServiceContext &context);

    // The appointment a source's ids name: by filler id when given, else by placer id; 0 when
    // none.
    Core::Result<qint64> find(const QString &source, const QString &placerId,
                              const QString &fillerId);
    Core::Result<std::optional<AppointmentLink>> linkOf(qint64 appointmentId);
    Core::Status link(const AppointmentLink &link);
    // After a reschedule the source's ids name the new appointment (the old keeps its link).
    Core::Status relink(qint64 fromAppointmentId, qint64 toAppointmentId);

private:
    Core::ServiceContext &m_context;
};

// Core's merge hook for scheduling: the merged patient's appointments, waitlist entries and
// walk-ins become the survivor's (each appointment gets a change-log row, so it is sent again).
Core::Status repointMergedPatient(const Core::MergeEvent &event);

} // namespace Ambulo::Scheduling
