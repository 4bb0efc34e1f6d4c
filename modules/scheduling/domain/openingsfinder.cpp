#include "modules/scheduling/domain/openingsfinder.h"

#include <algorithm>

namespace Ambulo::Scheduling::Internal {

namespace {

// The end of the first busy interval that overlaps [start, end), or -1 when none does.
int overlapEnd(const QList<Busy> &busy, int start, int end)
{
    int until = -1;
    for (const Busy &b : busy) {
        if (b.start < end && b.end > start)
            until = std::max(until, b.end);
    }
    return until;
}

QList<Busy> blockedOn(const QList<Blockout> &blockouts, const QDate &day, qint64 providerId,
                      qint64 roomId)
{
    QList<Busy> out;
    for (const Blockout &b : blockouts) {
        const bool practiceWide = b.providerId == 0 && b.roomId == 0;
        const bool applies = practiceWide || (providerId != 0 && b.providerId == providerId)
                             || (roomId != 0 && b.roomId == roomId);
        if (applies && b.occursOn(day))
            out << Busy{b.startMinute, b.endMinute};
    }
    return out;
}

} // namespace

QList<Opening> OpeningsFinder::find(const Input &in, const OpeningQuery &query)
{
    QList<Opening> result;
    const int step = query.stepMinutes > 0 ? query.stepMinutes : 15;
    const int limit = std::max(1, query.limit);
    QHash<qint64, QList<WorkingInterval>> hoursByProvider;
    for (const WorkingInterval &w : in.hours)
        hoursByProvider[w.providerId] << w;

    for (QDate day = query.from; day.isValid() && day <= query.to; day = day.addDays(1)) {
        if (!query.weekdays.isEmpty() && !query.weekdays.contains(day.dayOfWeek()))
            continue;
        if (in.notBeforeDate.isValid() && day < in.notBeforeDate)
            continue;
        const int dayFloor = day == in.notBeforeDate ? in.notBeforeMinute : 0;
        QList<Opening> todays;
        // Room availability of the day, shared by every provider's candidates.
        QHash<qint64, QList<Busy>> roomBlocked;
        if (in.needsRoom) {
            for (const qint64 room : in.rooms) {
                QList<Busy> busy = in.roomBusy.value(room).value(day);
                busy += blockedOn(in.blockouts, day, 0, room);
                roomBlocked.insert(room, busy);
            }
        }
        for (const qint64 provider : in.providers) {
            QList<Busy> busy = in.providerBusy.value(provider).value(day);
            busy += blockedOn(in.blockouts, day, provider, 0);
            for (const WorkingInterval &w : hoursByProvider.value(provider)) {
                if (w.weekday != day.dayOfWeek())
                    continue;
                const int lo = std::max({w.startMinute, query.earliestMinute, dayFloor});
                const int hi = std::min(w.endMinute, query.latestMinute);
                // Candidates sit on the step grid counted from the interval's start.
                int start =
                    w.startMinute + ((std::max(lo - w.startMinute, 0) + step - 1) / step) * step;
                while (start + in.minutes <= hi) {
                    const int end = start + in.minutes;
                    const int blockedUntil = overlapEnd(busy, start, end);
                    if (blockedUntil >= 0) {
                        const int next = std::max(blockedUntil, start + step);
                        start = w.startMinute + ((next - w.startMinute + step - 1) / step) * step;
                        continue;
                    }
                    qint64 room = 0;
                    if (in.needsRoom) {
                        QList<qint64> order;
                        if (w.roomId != 0)
                            order << w.roomId;
                        for (const qint64 r : in.rooms) {
                            if (r != w.roomId)
                                order << r;
                        }
                        for (const qint64 r : order) {
                            if (overlapEnd(roomBlocked.value(r), start, end) < 0) {
                                room = r;
                                break;
                            }
                        }
                        if (room == 0) {
                            start += step;
                            continue;
                        }
                    } else {
                        room = w.roomId;
                    }
                    todays << Opening{day,
                                      start,
                                      end,
                                      provider,
                                      in.providerNames.value(provider),
                                      room,
                                      in.roomNames.value(room)};
                    start += step;
                }
            }
        }
        std::stable_sort(todays.begin(), todays.end(), [&](const Opening &a, const Opening &b) {
            if (a.startMinute != b.startMinute)
                return a.startMinute < b.startMinute;
            return in.providers.indexOf(a.providerId) < in.providers.indexOf(b.providerId);
        });
        for (const Opening &o : std::as_const(todays)) {
            result << o;
            if (result.size() >= limit)
                return result;
        }
    }
    return result;
}

} // namespace Ambulo::Scheduling::Internal
