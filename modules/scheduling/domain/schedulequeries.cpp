#include "modules/scheduling/domain/schedulequeries.h"

#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "modules/scheduling/domain/conflictcheck.h"
#include "modules/scheduling/domain/openingsfinder.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulesetupservice.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>
#include <QSet>

namespace Ambulo::Scheduling {

namespace {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;

Status checkRange(const QDate &from, const QDate &to, int maxDays)
{
    if (!from.isValid() || !to.isValid())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Give a real start and end date."));
    if (to < from)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "The end date %1 is before the start date %2.")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) > maxDays)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Ask for at most %1 days at a time.")
                .arg(maxDays + 1));
    return {};
}

Result<QList<Appointment>> readAppointments(Query &q)
{
    QList<Appointment> list;
    while (q.next())
        list << Internal::readAppointment(q);
    if (q.failed())
        return q.error();
    return list;
}

struct ProviderRow
{
    qint64 id = 0;
    QString name;
};

Result<QList<ProviderRow>> activeProviders(Core::Database &db)
{
    Query q = db.query(QStringLiteral(
        "SELECT id, given, family, credentials FROM practitioners WHERE active = 1 ORDER BY id"));
    QList<ProviderRow> list;
    while (q.next())
        list << ProviderRow{q.int64(0),
                            Internal::practitionerName(q.text(1), q.text(2), q.text(3))};
    if (q.failed())
        return q.error();
    return list;
}

} // namespace

ScheduleQueries::ScheduleQueries(Core::ServiceContext &context, ScheduleSetupService &setup)
    : m_context(context)
    , m_setup(setup)
{}

Result<Appointment> ScheduleQueries::appointment(qint64 id)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    return Internal::loadAppointment(m_context.db(), id);
}

Result<qint64> ScheduleQueries::patientIdByMrn(const QString &mrn)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"));
    q.bind(1, mrn.trimmed());
    if (!q.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no patient with MRN '%1'.")
                .arg(mrn.left(40)));
    const qint64 id = q.int64(0);
    q.finish();
    return id;
}

Result<QList<Appointment>> ScheduleQueries::appointments(const QDate &date, qint64 providerId)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    if (!date.isValid())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Give a real date."));
    Query q = m_context.db().query(
        Internal::appointmentSelect()
        + (providerId != 0 ? QStringLiteral("WHERE a.provider_id = ? AND a.start_local >= ? "
                                            "AND a.start_local < ? ")
                           : QStringLiteral("WHERE ? = 0 AND a.start_local >= ? "
                                            "AND a.start_local < ? "))
        + QStringLiteral("ORDER BY a.start_local, a.provider_id, a.id"));
    q.bind(1, providerId).bind(2, wallClockText(date, 0));
    q.bind(3, wallClockText(date.addDays(1), 0));
    return readAppointments(q);
}

Result<QList<Appointment>> ScheduleQueries::patientAppointments(qint64 patientId, const QDate &from,
                                                                const QDate &to)
{
    if (Status s = m_context.require(Permission::ScheduleRead, patientId); !s)
        return s.error();
    if (Status s = checkRange(from, to, 3660); !s)
        return s.error();
    Query q = m_context.db().query(Internal::appointmentSelect()
                                   + QStringLiteral("WHERE a.patient_id = ? AND a.start_local >= ? "
                                                    "AND a.start_local < ? "
                                                    "ORDER BY a.start_local, a.id"));
    q.bind(1, patientId).bind(2, wallClockText(from, 0)).bind(3, wallClockText(to.addDays(1), 0));
    return readAppointments(q);
}

Result<Agenda> ScheduleQueries::agenda(const AgendaQuery &query)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    if (Status s = checkRange(query.from, query.to, 62); !s)
        return s.error();
    Agenda agenda;
    agenda.timeZone = QString::fromUtf8(m_setup.timeZone());
    const QSet<qint64> wanted(query.providerIds.begin(), query.providerIds.end());
    auto want = [&](qint64 provider) {
        return wanted.isEmpty() || wanted.contains(provider);
    };

    // One range scan over the day index; a few providers of a busy practice is still cheaper
    // read together than one scan per provider.
    Query q =
        m_context.db().query(Internal::appointmentSelect()
                             + QStringLiteral("WHERE a.start_local >= ? AND a.start_local < ? "
                                              "ORDER BY a.start_local, a.provider_id, a.id"));
    q.bind(1, wallClockText(query.from, 0)).bind(2, wallClockText(query.to.addDays(1), 0));
    auto all = readAppointments(q);
    if (!all)
        return all.error();
    for (const Appointment &a : all.value()) {
        if (want(a.providerId) && (query.includeInactive || holdsSlot(a.status)))
            agenda.appointments << a;
    }
    auto blockouts = m_setup.blockouts(query.from, query.to);
    if (!blockouts)
        return blockouts.error();
    for (QDate day = query.from; day <= query.to; day = day.addDays(1)) {
        for (const Blockout &b : blockouts.value()) {
            if (b.occursOn(day) && (b.providerId == 0 || want(b.providerId)))
                agenda.blockouts << BlockoutOccurrence{b, day};
        }
    }
    auto hours = m_setup.workingHours();
    if (!hours)
        return hours.error();
    for (const WorkingInterval &w : hours.value()) {
        if (want(w.providerId))
            agenda.workingHours << w;
    }
    return agenda;
}

Result<FlowBoard> ScheduleQueries::flowBoard(const QDate &date)
{
    auto list = appointments(date);
    if (!list)
        return list.error();
    FlowBoard board;
    board.date = date;
    QHash<qint64, int> index;
    for (const Appointment &a : list.value()) {
        if (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::Rescheduled)
            continue;
        index.insert(a.id, int(board.entries.size()));
        board.entries << FlowEntry{a, {}, {}, {}, {}};
    }
    // The day's transitions, in one scan of the appointments' history rows.
    Query q = m_context.db().query(QStringLiteral(
        "SELECT h.appointment_id, h.to_status, h.at FROM appointment_status_history h "
        "JOIN appointments a ON a.id = h.appointment_id "
        "WHERE a.start_local >= ? AND a.start_local < ? ORDER BY h.id"));
    q.bind(1, wallClockText(date, 0)).bind(2, wallClockText(date.addDays(1), 0));
    while (q.next()) {
        const auto it = index.constFind(q.int64(0));
        if (it == index.constEnd())
            continue;
        FlowEntry &e = board.entries[*it];
        const QDateTime at = QDateTime::fromString(q.text(2), Qt::ISODateWithMs);
        const auto to = statusFromId(q.text(1));
        if (to == AppointmentStatus::Arrived)
            e.arrivedAt = at;
        else if (to == AppointmentStatus::Roomed)
            e.roomedAt = at;
        else if (to == AppointmentStatus::Seen)
            e.seenAt = at;
        else if (to == AppointmentStatus::CheckedOut)
            e.checkedOutAt = at;
    }
    if (q.failed())
        return q.error();
    Query w = m_context.db().query(QStringLiteral(
        "SELECT w.id, w.patient_id, w.provider_id, w.type_id, w.reason, w.arrived_at, "
        "w.appointment_id, p.mrn, p.family, p.given FROM walk_ins w "
        "JOIN patients p ON p.id = w.patient_id WHERE w.arrived_date = ? AND w.state = 'waiting' "
        "ORDER BY w.arrived_at, w.id"));
    w.bind(1, date.toString(Qt::ISODate));
    while (w.next()) {
        WalkIn in;
        in.id = w.int64(0);
        in.patientId = w.int64(1);
        in.providerId = w.int64(2);
        in.typeId = w.int64(3);
        in.reason = w.text(4);
        in.arrivedAt = QDateTime::fromString(w.text(5), Qt::ISODateWithMs);
        in.appointmentId = w.int64(6);
        in.patientMrn = w.text(7);
        in.patientName = Internal::patientName(w.text(8), w.text(9));
        board.walkIns << in;
    }
    if (w.failed())
        return w.error();
    return board;
}

Result<QList<StatusChange>> ScheduleQueries::history(qint64 appointmentId)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT from_status, to_status, at, user_name, reason FROM "
                       "appointment_status_history WHERE appointment_id = ? ORDER BY id"));
    q.bind(1, appointmentId);
    QList<StatusChange> list;
    while (q.next()) {
        StatusChange c;
        c.appointmentId = appointmentId;
        if (!q.isNull(0))
            c.from = statusFromId(q.text(0));
        c.to = statusFromId(q.text(1)).value_or(AppointmentStatus::Booked);
        c.at = QDateTime::fromString(q.text(2), Qt::ISODateWithMs);
        c.user = q.text(3);
        c.reason = q.text(4);
        list << c;
    }
    if (q.failed())
        return q.error();
    return list;
}

Result<QList<Opening>> ScheduleQueries::openings(const OpeningQuery &query)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    if (Status s = checkRange(query.from, query.to, 366); !s)
        return s.error();
    if (query.limit < 1 || query.limit > 1000)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Ask for 1 to 1000 openings."));
    if (query.earliestMinute < 0 || query.latestMinute > 24 * 60
        || query.earliestMinute >= query.latestMinute)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "The time-of-day window ends after it starts."));
    auto type = m_setup.type(query.typeId);
    if (!type)
        return type.error();
    Internal::OpeningsFinder::Input in;
    in.minutes = query.minutes > 0 ? query.minutes : type->defaultMinutes;
    if (in.minutes > Constants::MaxAppointmentMinutes)
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "An appointment lasts at most %1 minutes.")
                                 .arg(Constants::MaxAppointmentMinutes));
    in.needsRoom = type->needsRoom;
    Core::Database &db = m_context.db();

    auto providers = activeProviders(db);
    if (!providers)
        return providers.error();
    for (const qint64 wanted : query.providerIds) {
        if (auto name = Internal::loadProviderName(db, wanted); !name)
            return name.error();
    }
    for (const ProviderRow &p : providers.value()) {
        if (query.providerIds.isEmpty() || query.providerIds.contains(p.id)) {
            in.providers << p.id;
            in.providerNames.insert(p.id, p.name);
        }
    }
    Query rooms = db.query(QStringLiteral("SELECT id, name FROM rooms ORDER BY location_id, id"));
    while (rooms.next()) {
        in.rooms << rooms.int64(0);
        in.roomNames.insert(rooms.int64(0), rooms.text(1));
    }
    auto hours = m_setup.workingHours();
    if (!hours)
        return hours.error();
    in.hours = hours.value();
    auto blockouts = m_setup.blockouts(query.from, query.to);
    if (!blockouts)
        return blockouts.error();
    in.blockouts = blockouts.value();

    // Parsed from the raw bytes: in this SQLite, substr() and friends per row cost more than the
    // scan itself, and so would a QString per column.
    Query busy = db.query(
        QStringLiteral("SELECT provider_id, room_id, start_local, end_local FROM appointments "
                       "WHERE start_local >= ? AND start_local < ? "
                       "AND status NOT IN ('cancelled', 'no-show', 'rescheduled')"));
    busy.bind(1, wallClockText(query.from, 0)).bind(2, wallClockText(query.to.addDays(1), 0));
    auto number = [](const char *p, int digits) {
        int n = 0;
        for (int i = 0; i < digits; ++i)
            n = n * 10 + (p[i] - '0');
        return n;
    };
    while (busy.next()) {
        const QByteArray start = busy.blob(2);
        const QByteArray end = busy.blob(3);
        if (start.size() < 16 || end.size() < 16)
            continue;
        const char *s = start.constData();
        const char *e = end.constData();
        const QDate day(number(s, 4), number(s + 5, 2), number(s + 8, 2));
        const Internal::Busy b{number(s + 11, 2) * 60 + number(s + 14, 2),
                               number(e + 11, 2) * 60 + number(e + 14, 2)};
        in.providerBusy[busy.int64(0)][day] << b;
        if (!busy.isNull(1))
            in.roomBusy[busy.int64(1)][day] << b;
    }
    if (busy.failed())
        return busy.error();
    if (query.notBefore.isValid()) {
        const Internal::PracticeClock clock(m_setup.timeZone());
        const QDateTime local = query.notBefore.toTimeZone(clock.zone());
        in.notBeforeDate = local.date();
        in.notBeforeMinute = local.time().hour() * 60 + local.time().minute();
    }
    return Internal::OpeningsFinder::find(in, query);
}

} // namespace Ambulo::Scheduling
