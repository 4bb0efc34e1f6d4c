#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QList>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

class BookingService;

// Patients who arrived without an appointment, queued until a provider can see them.
class WalkInService
{
public:
    WalkInService(Core::ServiceContext &context, Core::EventHub &events, BookingService &booking);

    Core::Result<qint64> add(const WalkIn &walkIn);
    // The waiting walk-ins of a day (arrival in the practice's zone), by arrival.
    Core::Result<QList<WalkIn>> waiting(const QDate &date);
    // Books the walk-in (conflict rules apply) and marks the appointment arrived.
    Core::Result<qint64> convert(qint64 walkInId, BookingRequest request);
    Core::Status remove(qint64 walkInId, const QString &reason = {});

private:
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
    BookingService &m_booking;
};

} // namespace Ambulo::Scheduling
