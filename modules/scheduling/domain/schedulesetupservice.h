#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

// A blockout the practice's FHIR server sent, as applied here.
struct RemoteBlockout
{
    qint64 id = 0;
    // Bookings that hold their time inside it (found by the conflict check that flags them in the
    // calendar): left booked, for a person to move; also named in the audit entry.
    QList<qint64> affected;
};

// The practice's scheduling set-up: appointment types, working hours, blockouts and the time zone.
// Reading needs schedule.read; changing needs practice.admin.
class ScheduleSetupService
{
public:
    ScheduleSetupService(Core::ServiceContext &context, Core::EventHub &events);

    Core::Result<QList<AppointmentType>> types(bool includeInactive = false);
    Core::Result<AppointmentType> type(qint64 id);
    Core::Result<AppointmentType> typeByCode(const QString &code);
    // Adds (id 0) or updates a type; codes are unique regardless of case.
    Core::Result<qint64> saveType(const AppointmentType &type);
    // Types are never deleted (appointments keep pointing at them); they are retired.
    Core::Status setTypeActive(qint64 id, bool active);

    // Every provider's intervals, or one provider's (providerId != 0).
    Core::Result<QList<WorkingInterval>> workingHours(qint64 providerId = 0);
    // Replaces one provider's intervals on one weekday (an empty list: the day off).
    Core::Status setWorkingHours(qint64 providerId, int weekday,
                                 const QList<WorkingInterval> &intervals);

    // Blockouts that touch [from, to].
    Core::Result<QList<Blockout>> blockouts(const QDate &from, const QDate &to);
    Core::Result<qint64> addBlockout(const Blockout &blockout);
    Core::Status removeBlockout(qint64 id);

    // What the practice's FHIR server holds (the sync engine's pull, change origin "fhir"): the
    // server is the practice's truth, so these need schedule.write (the sync principal's), not
    // practice.admin; each is checked as the GUI's change is, audited, and in the change log.
    // A provider's whole week: refused as a whole when a day's intervals overlap or leave it.
    Core::Status applyRemoteWorkingHours(qint64 providerId, const QList<WorkingInterval> &week);
    // Inserted (id 0) or replaced in place; bookings it covers stay and are reported.
    Core::Result<RemoteBlockout> applyRemoteBlockout(const Blockout &blockout);
    // Removed on the server; one not here (any more) is no error.
    Core::Status applyRemoteRemoveBlockout(qint64 id);
    // The bookings holding their time inside `blockout`'s occurrences.
    Core::Result<QList<qint64>> bookingsInside(const Blockout &blockout);

    // The practice's IANA time zone; the system zone until an admin sets one.
    QByteArray timeZone();
    Core::Status setTimeZone(const QByteArray &ianaId);

    static Core::Status validate(const AppointmentType &type);
    static Core::Status validate(const WorkingInterval &interval);
    static Core::Status validate(const Blockout &blockout);

private:
    // One weekday's intervals sorted and checked: within the day, not overlapping, rooms known.
    Core::Result<QList<WorkingInterval>> checkedDay(qint64 providerId, int weekday,
                                                    const QList<WorkingInterval> &intervals);
    Core::Status writeDay(qint64 providerId, int weekday, const QList<WorkingInterval> &sorted,
                          QStringList &described);
    Core::Status checkBlockoutRefs(const Blockout &blockout);

    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Scheduling
