#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QList>

namespace Ambulo::Core {
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

class ScheduleSetupService;

// What the calendar, flow board and command line read. Needs schedule.read. Each call is a
// handful of indexed range queries, however many providers or days it covers.
class ScheduleQueries
{
public:
    ScheduleQueries(Core::ServiceContext &context, ScheduleSetupService &setup);

    Core::Result<Appointment> appointment(qint64 id);
    // The patient a clerk names by MRN when booking (not a chart read, so not audited as one).
    Core::Result<qint64> patientIdByMrn(const QString &mrn);
    // One day's appointments (all providers, or one), by start then provider; every status.
    Core::Result<QList<Appointment>> appointments(const QDate &date, qint64 providerId = 0);
    Core::Result<QList<Appointment>> patientAppointments(qint64 patientId, const QDate &from,
                                                         const QDate &to);
    // A day or week view for several providers: appointments, blockouts and working hours.
    Core::Result<Agenda> agenda(const AgendaQuery &query);
    // The day's patients with the time of each workflow step, and the waiting walk-ins.
    Core::Result<FlowBoard> flowBoard(const QDate &date);
    Core::Result<QList<StatusChange>> history(qint64 appointmentId);

    // Free slots, earliest first, then by provider: working hours minus appointments minus
    // blockouts, one range query per table.
    Core::Result<QList<Opening>> openings(const OpeningQuery &query);

private:
    Core::ServiceContext &m_context;
    ScheduleSetupService &m_setup;
};

} // namespace Ambulo::Scheduling
