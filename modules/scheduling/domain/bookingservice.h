#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QList>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

class ScheduleSetupService;

// Books, moves and advances appointments. Every change needs schedule.write, runs in one
// BEGIN IMMEDIATE transaction (so two workstations cannot both take a slot), is audited with the
// patient, timestamped in the status history, and published on the event hub after commit.
class BookingService
{
public:
    BookingService(Core::ServiceContext &context, Core::EventHub &events,
                   ScheduleSetupService &setup);

    // The hard conflicts a booking would meet, without booking (e.g. while dragging).
    // `ignoreAppointmentId` leaves out the appointment being moved.
    Core::Result<QList<Conflict>> check(const BookingRequest &request,
                                        qint64 ignoreAppointmentId = 0);

    // Refused with ErrorCode::Conflict (every collision in the message) unless an admin gives an
    // override reason; with ErrorCode::Denied when a non-admin asks to override.
    Core::Result<qint64> book(const BookingRequest &request);

    // A new appointment at the new time, linked to the old one, which becomes "rescheduled".
    // The patient comes from the old appointment; provider/type 0 keep the old ones.
    Core::Result<qint64> reschedule(qint64 appointmentId, BookingRequest to);

    // Moves or resizes in place under the same conflict rules; unchanged when refused.
    Core::Status move(const MoveRequest &request);

    // Every `everyWeeks` weeks, `count` times, in one transaction: books what fits and reports
    // each occurrence that collides. Fails as a whole only on bad input or permission.
    Core::Result<SeriesReport> bookSeries(const SeriesRequest &request);

    // Advances the workflow; impossible transitions are refused (ErrorCode::Invalid) with a
    // message naming both statuses. Cancelling needs a reason.
    Core::Status setStatus(qint64 appointmentId, AppointmentStatus to, const QString &reason = {});

    // Bulk load from another system (or the demo): one transaction and one audit entry for the
    // batch, fields validated, conflicts not checked (the source's book is taken as it was).
    Core::Status importAppointments(const QList<Appointment> &appointments);

    // A booking as the practice's FHIR server holds it (the sync engine's pull, change origin
    // "fhir"): inserted when `appointment.id` is 0, else brought up to that state (time, provider,
    // type, status, reason; the room stays). The server's booking ledger already decided who holds
    // the time, so no conflict check here; audited, in the status history and the change log.
    Core::Result<qint64> applyRemote(const Appointment &appointment);

private:
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
    ScheduleSetupService &m_setup;
};

} // namespace Ambulo::Scheduling
