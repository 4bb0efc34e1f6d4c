#include "modules/scheduling/domain/schedulingdemo.h"

#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingservices.h"

#include <QCoreApplication>

#include <random>

namespace Ambulo::Scheduling {

namespace {

using Core::Status;

struct DemoType
{
    const char *code;
    const char *name;
    int minutes;
    const char *colour;
    bool needsRoom;
    int weight; // how often it is booked
};

constexpr DemoType Types[] = {
    {"FU", "Follow-up", 15, "#2e7d32", false, 40},
    {"SICK", "Sick visit", 20, "#ef6c00", false, 20},
    {"NP", "New patient", 30, "#1565c0", true, 12},
    {"PE", "Annual physical", 45, "#6a1b9a", true, 12},
    {"PROC", "Procedure", 60, "#c62828", true, 6},
    {"TEL", "Telehealth", 15, "#00838f", false, 10},
};

const char *const CancelReasons[] = {"patient called to cancel", "feeling better",
                                     "transport fell through", "insurance question first",
                                     "work conflict"};

// Which status a booked appointment on `offset` days from today ends up in, the way a real
// book looks: the past seen and checked out with some no-shows and cancellations, today a
// mix along the workflow, the future booked or confirmed.
QList<AppointmentStatus> pathFor(int offset, double position, std::mt19937_64 &rng)
{
    using S = AppointmentStatus;
    const int roll = int(rng() % 100);
    if (offset < 0) {
        if (roll < 7)
            return {S::NoShow};
        if (roll < 15)
            return {S::Cancelled};
        return {S::Confirmed, S::Arrived, S::Roomed, S::Seen, S::CheckedOut};
    }
    if (offset == 0) {
        if (position < 0.35)
            return {S::Arrived, S::Roomed, S::Seen, S::CheckedOut};
        if (position < 0.45)
            return {S::Arrived, S::Roomed, S::Seen};
        if (position < 0.55)
            return {S::Arrived, S::Roomed};
        if (position < 0.65)
            return {S::Arrived};
        if (roll < 5)
            return {S::Cancelled};
        return roll < 60 ? QList<S>{S::Confirmed} : QList<S>{};
    }
    if (roll < 5)
        return {S::Cancelled};
    if (offset <= 3 && roll < 70)
        return {S::Confirmed};
    return {};
}

} // namespace

Status SchedulingDemo::seed(SchedulingServices &services, quint64 seed, QDate today)
{
    if (!today.isValid())
        today = Internal::PracticeClock("America/Chicago").today();
    std::mt19937_64 rng(seed ^ 0x5c4ed01eULL);
    ScheduleSetupService &setup = services.setup();
    // Springfield, Illinois.
    if (Status s = setup.setTimeZone("America/Chicago"); !s)
        return s;
    QList<qint64> typeIds;
    QList<int> weights;
    for (const DemoType &t : Types) {
        auto id = setup.saveType({0, QString::fromUtf8(t.code), QString::fromUtf8(t.name),
                                  t.minutes, QString::fromUtf8(t.colour), t.needsRoom, true});
        if (!id)
            return id.error();
        typeIds << id.value();
        weights << t.weight;
    }
    auto providers = services.core().directory().practitioners();
    if (!providers)
        return providers.error();
    auto rooms = services.core().directory().rooms();
    if (!rooms)
        return rooms.error();
    QList<qint64> providerIds;
    for (const Core::Practitioner &p : providers.value())
        providerIds << p.id;
    std::sort(providerIds.begin(), providerIds.end());
    Core::Database &db = services.core().store().db();
    // One outer transaction: each booking below is a savepoint with its own conflict checks and
    // audit entry, but the disk is synced once.
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    for (int i = 0; i < providerIds.size(); ++i) {
        const qint64 provider = providerIds[i];
        const qint64 room = rooms->isEmpty() ? 0 : rooms->at(i % rooms->size()).id;
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            if (Status s =
                    setup.setWorkingHours(provider, day, {{provider, day, 8 * 60, 17 * 60, room}});
                !s)
                return s;
        }
        // Lunch, staggered so the front desk is never empty.
        Blockout lunch;
        lunch.providerId = provider;
        lunch.date = today.addDays(-60);
        lunch.until = today.addDays(365);
        lunch.recurrence = Recurrence::Daily;
        lunch.startMinute = i % 2 == 0 ? 12 * 60 : 12 * 60 + 30;
        lunch.endMinute = lunch.startMinute + 60;
        lunch.reason = QCoreApplication::translate("Ambulo::Scheduling", "Lunch");
        if (auto id = setup.addBlockout(lunch); !id)
            return id.error();
    }
    Blockout meeting;
    meeting.date = today.addDays(-60);
    while (meeting.date.dayOfWeek() != Qt::Wednesday)
        meeting.date = meeting.date.addDays(1);
    meeting.until = today.addDays(365);
    meeting.recurrence = Recurrence::Weekly;
    meeting.startMinute = 8 * 60;
    meeting.endMinute = 8 * 60 + 30;
    meeting.reason = QCoreApplication::translate("Ambulo::Scheduling", "Staff huddle");
    if (auto id = setup.addBlockout(meeting); !id)
        return id.error();

    QList<qint64> patients;
    {
        Core::Query q = db.query(QStringLiteral("SELECT id FROM patients ORDER BY id LIMIT 5000"));
        while (q.next())
            patients << q.int64(0);
    }
    if (patients.isEmpty() || providerIds.isEmpty())
        return tx.commit();
    std::discrete_distribution<int> pickType(weights.begin(), weights.end());
    for (int offset = -30; offset <= 30; ++offset) {
        const QDate date = today.addDays(offset);
        if (date.dayOfWeek() > Qt::Friday)
            continue;
        struct Booked
        {
            qint64 id;
            int start;
        };
        QList<Booked> booked;
        for (const qint64 provider : providerIds) {
            for (int minute = 8 * 60; minute < 17 * 60;) {
                const int t = pickType(rng);
                if (rng() % 100 < 25) { // an unbooked gap
                    minute += 15;
                    continue;
                }
                BookingRequest r;
                r.patientId = patients[int(rng() % patients.size())];
                r.providerId = provider;
                r.typeId = typeIds[t];
                r.date = date;
                r.startMinute = minute;
                auto id = services.booking().book(r);
                if (id) {
                    booked << Booked{id.value(), minute};
                    minute += Types[t].minutes;
                } else if (id.error().code == Core::ErrorCode::Conflict) {
                    minute += 15; // lunch, a huddle, no room, or the patient is busy elsewhere
                } else {
                    return id.error();
                }
            }
        }
        for (const Booked &b : booked) {
            const double position = (b.start - 8 * 60) / double(9 * 60);
            const QList<AppointmentStatus> path = pathFor(offset, position, rng);
            for (const AppointmentStatus step : path) {
                const QString reason =
                    step == AppointmentStatus::Cancelled
                        ? QString::fromUtf8(CancelReasons[rng() % std::size(CancelReasons)])
                        : QString();
                if (Status s = services.booking().setStatus(b.id, step, reason); !s)
                    return s;
            }
        }
    }
    // A few patients hoping for an earlier slot, and one walk-in waiting today.
    for (int i = 0; i < 5 && i < patients.size(); ++i) {
        WaitlistEntry e;
        e.patientId = patients[int(rng() % patients.size())];
        e.typeId = typeIds[i % typeIds.size()];
        e.providerId = i % 2 == 0 ? providerIds[i % providerIds.size()] : 0;
        e.earliest = today;
        e.latest = today.addDays(21);
        e.note = QCoreApplication::translate("Ambulo::Scheduling", "Call on a cancellation");
        if (auto id = services.waitlist().add(e); !id)
            return id.error();
    }
    WalkIn walkIn;
    walkIn.patientId = patients[int(rng() % patients.size())];
    walkIn.typeId = typeIds[1];
    walkIn.reason = QCoreApplication::translate("Ambulo::Scheduling", "Sore throat");
    if (auto id = services.walkIns().add(walkIn); !id)
        return id.error();
    return tx.commit();
}

} // namespace Ambulo::Scheduling
