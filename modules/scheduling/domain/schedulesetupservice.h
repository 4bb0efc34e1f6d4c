#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QByteArray>
#include <QList>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

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

    // The practice's IANA time zone; the system zone until an admin sets one.
    QByteArray timeZone();
    Core::Status setTimeZone(const QByteArray &ianaId);

    static Core::Status validate(const AppointmentType &type);
    static Core::Status validate(const WorkingInterval &interval);
    static Core::Status validate(const Blockout &blockout);

private:
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Scheduling
