#include "modules/scheduling/domain/schedulesetupservice.h"

#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/scheduling/domain/conflictcheck.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Ambulo::Scheduling {

namespace {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;

QString recurrenceId(Recurrence r)
{
    switch (r) {
    case Recurrence::None:
        return QStringLiteral("none");
    case Recurrence::Daily:
        return QStringLiteral("daily");
    case Recurrence::Weekly:
        return QStringLiteral("weekly");
    }
    return {};
}

Recurrence recurrenceFromId(const QString &id)
{
    if (id == QLatin1String("daily"))
        return Recurrence::Daily;
    if (id == QLatin1String("weekly"))
        return Recurrence::Weekly;
    return Recurrence::None;
}

AppointmentType readType(const Query &q)
{
    AppointmentType t;
    t.id = q.int64(0);
    t.code = q.text(1);
    t.name = q.text(2);
    t.defaultMinutes = q.integer(3);
    t.colour = q.text(4);
    t.needsRoom = q.integer(5) != 0;
    t.active = q.integer(6) != 0;
    return t;
}

const QString TypeColumns =
    QStringLiteral("SELECT id, code, name, default_minutes, colour, needs_room, active "
                   "FROM appointment_types ");

bool rowExists(Core::Database &db, const QString &sql, qint64 id)
{
    Query q = db.query(sql);
    q.bind(1, id);
    const bool found = q.next();
    q.finish();
    return found;
}

// Deletes blockout `id` with its audit entry and change row, for the set-up page and for the
// FHIR pull alike; `missing` is the answer when there is no such blockout.
Status deleteBlockout(Core::ServiceContext &context, Core::EventHub &events, qint64 id,
                      const QString &detail, const Status &missing)
{
    Core::Database &db = context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("DELETE FROM blockouts WHERE id = ?"));
    q.bind(1, id);
    if (Status s = q.exec(); !s)
        return s;
    if (db.changes() == 0)
        return missing;
    if (Status s = context.record(Constants::Audit::SetupBlockout,
                                  QLatin1String(Core::Constants::OutcomeOk), 0, {}, detail);
        !s)
        return s;
    if (Status s = Core::ChangeLog::record(db, QLatin1String(Constants::Sync::BlockoutEntity), id,
                                           QStringLiteral("delete"), context.origin());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return {};
}

} // namespace

ScheduleSetupService::ScheduleSetupService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Status ScheduleSetupService::validate(const AppointmentType &type)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9-]{1,12}$"));
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!code.match(type.code).hasMatch())
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "A type code is 1 to 12 letters, digits or dashes."));
    if (type.name.trimmed().isEmpty() || type.name.size() > 80)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "A type needs a name of at most 80 characters."));
    if (type.defaultMinutes < Constants::MinAppointmentMinutes
        || type.defaultMinutes > Constants::MaxAppointmentMinutes)
        return Core::invalid(QCoreApplication::translate(
                                 "Ambulo::Scheduling", "A type's length is from %1 to %2 minutes.")
                                 .arg(Constants::MinAppointmentMinutes)
                                 .arg(Constants::MaxAppointmentMinutes));
    if (!colour.match(type.colour).hasMatch())
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "A type's colour is written #rrggbb."));
    return {};
}

Status ScheduleSetupService::validate(const WorkingInterval &i)
{
    if (i.weekday < 1 || i.weekday > 7)
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "A weekday is 1 (Monday) to 7 (Sunday)."));
    if (i.startMinute < 0 || i.endMinute > 24 * 60 || i.endMinute <= i.startMinute)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "Working hours end after they start, within the day."));
    return {};
}

Status ScheduleSetupService::validate(const Blockout &b)
{
    if (!b.date.isValid())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "A blockout needs a date."));
    if (b.startMinute < 0 || b.endMinute > 24 * 60 || b.endMinute <= b.startMinute)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "A blockout ends after it starts, within the day."));
    if (b.recurrence != Recurrence::None && (!b.until.isValid() || b.until < b.date))
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling",
            "A recurring blockout needs an until date on or after its start."));
    if (b.reason.trimmed().isEmpty())
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "A blockout needs a reason (e.g. Lunch)."));
    return {};
}

Result<QList<AppointmentType>> ScheduleSetupService::types(bool includeInactive)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q =
        m_context.db().query(TypeColumns + QStringLiteral("WHERE active = 1 OR ? ORDER BY code"));
    q.bind(1, includeInactive ? 1 : 0);
    QList<AppointmentType> list;
    while (q.next())
        list << readType(q);
    if (q.failed())
        return q.error();
    return list;
}

Result<AppointmentType> ScheduleSetupService::type(qint64 id)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(TypeColumns + QStringLiteral("WHERE id = ?"));
    q.bind(1, id);
    if (!q.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no appointment type %1.")
                .arg(id));
    AppointmentType t = readType(q);
    q.finish();
    return t;
}

Result<AppointmentType> ScheduleSetupService::typeByCode(const QString &code)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(TypeColumns + QStringLiteral("WHERE code = ?"));
    q.bind(1, code);
    if (!q.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no appointment type '%1'.")
                .arg(code.left(20)));
    AppointmentType t = readType(q);
    q.finish();
    return t;
}

Result<qint64> ScheduleSetupService::saveType(const AppointmentType &type)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (Status s = validate(type); !s)
        return s.error();
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q =
        db.query(type.id == 0 ? QStringLiteral("INSERT INTO appointment_types (code, name, "
                                               "default_minutes, colour, needs_room, active) "
                                               "VALUES (?, ?, ?, ?, ?, ?)")
                              : QStringLiteral("UPDATE appointment_types SET code = ?, name = ?, "
                                               "default_minutes = ?, colour = ?, needs_room = ?, "
                                               "active = ? WHERE id = ?"));
    q.bind(1, type.code).bind(2, type.name.trimmed()).bind(3, type.defaultMinutes);
    q.bind(4, type.colour).bind(5, type.needsRoom ? 1 : 0).bind(6, type.active ? 1 : 0);
    if (type.id != 0)
        q.bind(7, type.id);
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("UNIQUE")))
            return Core::conflict(
                QCoreApplication::translate("Ambulo::Scheduling", "The type code '%1' is taken.")
                    .arg(type.code));
        return s.error();
    }
    if (type.id != 0 && db.changes() == 0)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no appointment type %1.")
                .arg(type.id));
    const qint64 id = type.id != 0 ? type.id : db.lastInsertId();
    if (Status s = m_context.record(
            Constants::Audit::SetupType, QLatin1String(Core::Constants::OutcomeOk), 0, {},
            QStringLiteral("%1 %2 %3 min").arg(type.code).arg(id).arg(type.defaultMinutes));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return id;
}

Status ScheduleSetupService::setTypeActive(qint64 id, bool active)
{
    auto t = type(id);
    if (!t)
        return t.error();
    t->active = active;
    auto saved = saveType(t.value());
    return saved ? Status() : Status(saved.error());
}

Result<QList<WorkingInterval>> ScheduleSetupService::workingHours(qint64 providerId)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT provider_id, weekday, start_minute, end_minute, room_id "
                       "FROM working_hours WHERE ? = 0 OR provider_id = ? "
                       "ORDER BY provider_id, weekday, start_minute"));
    q.bind(1, providerId).bind(2, providerId);
    QList<WorkingInterval> list;
    while (q.next())
        list << WorkingInterval{q.int64(0), q.integer(1), q.integer(2), q.integer(3), q.int64(4)};
    if (q.failed())
        return q.error();
    return list;
}

Result<QList<WorkingInterval>>
ScheduleSetupService::checkedDay(qint64 providerId, int weekday,
                                 const QList<WorkingInterval> &intervals)
{
    Core::Database &db = m_context.db();
    QList<WorkingInterval> sorted = intervals;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.startMinute < b.startMinute; });
    for (int i = 0; i < sorted.size(); ++i) {
        sorted[i].providerId = providerId;
        sorted[i].weekday = weekday;
        if (Status s = validate(sorted[i]); !s)
            return s.error();
        if (i > 0 && sorted[i].startMinute < sorted[i - 1].endMinute)
            return Core::invalid(
                QCoreApplication::translate("Ambulo::Scheduling",
                                            "Working hours %1–%2 overlap %3–%4.")
                    .arg(minuteText(sorted[i - 1].startMinute), minuteText(sorted[i - 1].endMinute),
                         minuteText(sorted[i].startMinute), minuteText(sorted[i].endMinute)));
        if (sorted[i].roomId != 0
            && !rowExists(db, QStringLiteral("SELECT 1 FROM rooms WHERE id = ?"), sorted[i].roomId))
            return Core::invalid(
                QCoreApplication::translate("Ambulo::Scheduling", "There is no room %1.")
                    .arg(sorted[i].roomId));
    }
    if (weekday < 1 || weekday > 7)
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "A weekday is 1 (Monday) to 7 (Sunday)."));
    return sorted;
}

Status ScheduleSetupService::writeDay(qint64 providerId, int weekday,
                                      const QList<WorkingInterval> &sorted, QStringList &described)
{
    Core::Database &db = m_context.db();
    Query del =
        db.query(QStringLiteral("DELETE FROM working_hours WHERE provider_id = ? AND weekday = ?"));
    del.bind(1, providerId).bind(2, weekday);
    if (Status s = del.exec(); !s)
        return s;
    for (const WorkingInterval &i : sorted) {
        Query q = db.query(QStringLiteral("INSERT INTO working_hours (provider_id, weekday, "
                                          "start_minute, end_minute, room_id) "
                                          "VALUES (?, ?, ?, ?, ?)"));
        q.bind(1, providerId).bind(2, weekday).bind(3, i.startMinute).bind(4, i.endMinute);
        q.bind(5, i.roomId != 0 ? QVariant(i.roomId) : QVariant());
        if (Status s = q.exec(); !s)
            return s;
        described << minuteText(i.startMinute) + QLatin1Char('-') + minuteText(i.endMinute);
    }
    return {};
}

Status ScheduleSetupService::setWorkingHours(qint64 providerId, int weekday,
                                             const QList<WorkingInterval> &intervals)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    Core::Database &db = m_context.db();
    if (!rowExists(db, QStringLiteral("SELECT 1 FROM practitioners WHERE id = ?"), providerId))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no provider %1.")
                .arg(providerId));
    Result<QList<WorkingInterval>> sorted = checkedDay(providerId, weekday, intervals);
    if (!sorted)
        return sorted.error();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    QStringList described;
    if (Status s = writeDay(providerId, weekday, sorted.value(), described); !s)
        return s;
    if (Status s = m_context.record(
            Constants::Audit::SetupHours, QLatin1String(Core::Constants::OutcomeOk), 0, {},
            QStringLiteral("provider %1 day %2: %3")
                .arg(providerId)
                .arg(weekday)
                .arg(described.isEmpty() ? QStringLiteral("off")
                                         : described.join(QLatin1Char(' '))));
        !s)
        return s;
    // A provider's week is one FHIR Schedule (the sync engine's outbox).
    if (Status s =
            Core::ChangeLog::record(db, QLatin1String(Constants::Sync::HoursEntity), providerId,
                                    QStringLiteral("update"), m_context.origin());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return {};
}

Status ScheduleSetupService::applyRemoteWorkingHours(qint64 providerId,
                                                     const QList<WorkingInterval> &week)
{
    if (Status s = m_context.require(Permission::ScheduleWrite); !s)
        return s;
    Core::Database &db = m_context.db();
    if (!rowExists(db, QStringLiteral("SELECT 1 FROM practitioners WHERE id = ?"), providerId))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no provider %1.")
                .arg(providerId));
    // Every day checked before any is written: a bad week changes nothing.
    QList<QList<WorkingInterval>> days;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QList<WorkingInterval> day;
        for (const WorkingInterval &i : week) {
            if (i.weekday == weekday)
                day << i;
        }
        Result<QList<WorkingInterval>> sorted = checkedDay(providerId, weekday, day);
        if (!sorted)
            return sorted.error();
        days << sorted.value();
    }
    for (const WorkingInterval &i : week) {
        if (i.weekday < 1 || i.weekday > 7)
            return Core::invalid(QCoreApplication::translate(
                "Ambulo::Scheduling", "A weekday is 1 (Monday) to 7 (Sunday)."));
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    QStringList described;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QStringList day;
        if (Status s = writeDay(providerId, weekday, days.at(weekday - 1), day); !s)
            return s;
        if (!day.isEmpty())
            described << QStringLiteral("%1: %2").arg(weekday).arg(day.join(QLatin1Char(' ')));
    }
    if (Status s = m_context.record(
            Constants::Audit::SetupHours, QLatin1String(Core::Constants::OutcomeOk), 0, {},
            QStringLiteral("provider %1 week from %2: %3")
                .arg(providerId)
                .arg(m_context.origin(), described.isEmpty()
                                             ? QStringLiteral("off")
                                             : described.join(QStringLiteral("; "))));
        !s)
        return s;
    if (Status s =
            Core::ChangeLog::record(db, QLatin1String(Constants::Sync::HoursEntity), providerId,
                                    QStringLiteral("update"), m_context.origin());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return {};
}

Result<QList<Blockout>> ScheduleSetupService::blockouts(const QDate &from, const QDate &to)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id, provider_id, room_id, start_date, until_date, recurrence, start_minute, "
        "end_minute, reason FROM blockouts WHERE until_date >= ? AND start_date <= ? "
        "ORDER BY start_date, start_minute, id"));
    q.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<Blockout> list;
    while (q.next()) {
        Blockout b;
        b.id = q.int64(0);
        b.providerId = q.int64(1);
        b.roomId = q.int64(2);
        b.date = QDate::fromString(q.text(3), Qt::ISODate);
        b.recurrence = recurrenceFromId(q.text(5));
        b.until =
            b.recurrence == Recurrence::None ? QDate() : QDate::fromString(q.text(4), Qt::ISODate);
        b.startMinute = q.integer(6);
        b.endMinute = q.integer(7);
        b.reason = q.text(8);
        list << b;
    }
    if (q.failed())
        return q.error();
    return list;
}

Result<qint64> ScheduleSetupService::addBlockout(const Blockout &b)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (Status s = validate(b); !s)
        return s.error();
    if (Status s = checkBlockoutRefs(b); !s)
        return s.error();
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT INTO blockouts (provider_id, room_id, start_date, until_date, recurrence, "
        "start_minute, end_minute, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, b.providerId != 0 ? QVariant(b.providerId) : QVariant());
    q.bind(2, b.roomId != 0 ? QVariant(b.roomId) : QVariant());
    q.bind(3, b.date.toString(Qt::ISODate)).bind(4, b.lastDay().toString(Qt::ISODate));
    q.bind(5, recurrenceId(b.recurrence)).bind(6, b.startMinute).bind(7, b.endMinute);
    q.bind(8, b.reason.trimmed()).bind(9, Internal::nowText());
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (Status s = m_context.record(Constants::Audit::SetupBlockout,
                                    QLatin1String(Core::Constants::OutcomeOk), 0, {},
                                    QStringLiteral("add %1: %2 %3 %4-%5")
                                        .arg(id)
                                        .arg(b.reason.trimmed(), b.date.toString(Qt::ISODate),
                                             minuteText(b.startMinute), minuteText(b.endMinute)));
        !s)
        return s.error();
    if (Status s = Core::ChangeLog::record(db, QLatin1String(Constants::Sync::BlockoutEntity), id,
                                           QStringLiteral("create"), m_context.origin());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return id;
}

Status ScheduleSetupService::removeBlockout(qint64 id)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    return deleteBlockout(
        m_context, m_events, id, QStringLiteral("remove %1").arg(id),
        Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no blockout %1.").arg(id)));
}

Status ScheduleSetupService::checkBlockoutRefs(const Blockout &b)
{
    Core::Database &db = m_context.db();
    if (b.providerId != 0
        && !rowExists(db, QStringLiteral("SELECT 1 FROM practitioners WHERE id = ?"), b.providerId))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no provider %1.")
                .arg(b.providerId));
    if (b.roomId != 0
        && !rowExists(db, QStringLiteral("SELECT 1 FROM rooms WHERE id = ?"), b.roomId))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no room %1.")
                .arg(b.roomId));
    return {};
}

Result<QList<qint64>> ScheduleSetupService::bookingsInside(const Blockout &b)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Core::Database &db = m_context.db();
    // Candidates by day range; the conflict check then decides, as it does for the calendar.
    Query q = db.query(Internal::appointmentSelect()
                       + QStringLiteral("WHERE a.start_local >= ? AND a.start_local < ? "
                                        "AND (? = 0 OR a.provider_id = ?) ORDER BY a.start_local"));
    q.bind(1, b.date.toString(Qt::ISODate)).bind(2, b.lastDay().addDays(1).toString(Qt::ISODate));
    q.bind(3, b.providerId).bind(4, b.providerId);
    QList<Appointment> candidates;
    while (q.next())
        candidates << Internal::readAppointment(q);
    if (q.failed())
        return q.error();
    QList<qint64> inside;
    for (const Appointment &a : std::as_const(candidates)) {
        if (!holdsSlot(a.status) || !b.occursOn(a.date) || a.startMinute >= b.endMinute
            || a.endMinute <= b.startMinute)
            continue;
        Internal::Slot slot{a.patientId, a.providerId,  a.roomId,   false,
                            a.date,      a.startMinute, a.endMinute};
        Result<QList<Conflict>> conflicts = Internal::ConflictCheck(db).check(slot, a.id);
        if (!conflicts)
            return conflicts.error();
        for (const Conflict &c : std::as_const(conflicts.value())) {
            if (c.kind == ConflictKind::Blockout && c.blockoutId == b.id) {
                inside << a.id;
                break;
            }
        }
    }
    return inside;
}

Result<RemoteBlockout> ScheduleSetupService::applyRemoteBlockout(const Blockout &b)
{
    if (Status s = m_context.require(Permission::ScheduleWrite); !s)
        return s.error();
    if (Status s = validate(b); !s)
        return s.error();
    if (Status s = checkBlockoutRefs(b); !s)
        return s.error();
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const bool adding = b.id == 0
                        || !rowExists(db,
                                      QStringLiteral("SELECT 1 FROM blockouts "
                                                     "WHERE id = ?"),
                                      b.id);
    Query q = db.query(
        adding ? QStringLiteral("INSERT INTO blockouts (provider_id, room_id, start_date, "
                                "until_date, recurrence, start_minute, end_minute, reason, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE blockouts SET provider_id = ?, room_id = ?, "
                                "start_date = ?, until_date = ?, recurrence = ?, start_minute = ?, "
                                "end_minute = ?, reason = ? WHERE id = ?"));
    q.bind(1, b.providerId != 0 ? QVariant(b.providerId) : QVariant());
    q.bind(2, b.roomId != 0 ? QVariant(b.roomId) : QVariant());
    q.bind(3, b.date.toString(Qt::ISODate)).bind(4, b.lastDay().toString(Qt::ISODate));
    q.bind(5, recurrenceId(b.recurrence)).bind(6, b.startMinute).bind(7, b.endMinute);
    q.bind(8, b.reason.trimmed()).bind(9, adding ? QVariant(Internal::nowText()) : QVariant(b.id));
    if (Status s = q.exec(); !s)
        return s.error();
    RemoteBlockout out;
    out.id = adding ? db.lastInsertId() : b.id;
    Blockout stored = b;
    stored.id = out.id;
    Result<QList<qint64>> inside = bookingsInside(stored);
    if (!inside)
        return inside.error();
    out.affected = inside.value();
    QStringList affected;
    for (qint64 id : std::as_const(out.affected))
        affected << QString::number(id);
    if (Status s = m_context.record(
            Constants::Audit::SetupBlockout, QLatin1String(Core::Constants::OutcomeOk), 0, {},
            QStringLiteral("%1 %2 from %3: %4 %5 %6-%7%8")
                .arg(adding ? QStringLiteral("add") : QStringLiteral("update"))
                .arg(out.id)
                .arg(m_context.origin(), b.reason.trimmed(), b.date.toString(Qt::ISODate),
                     minuteText(b.startMinute), minuteText(b.endMinute),
                     affected.isEmpty()
                         ? QString()
                         : QStringLiteral("; bookings inside: ") + affected.join(u',')));
        !s)
        return s.error();
    if (Status s = Core::ChangeLog::record(
            db, QLatin1String(Constants::Sync::BlockoutEntity), out.id,
            adding ? QStringLiteral("create") : QStringLiteral("update"), m_context.origin());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return out;
}

Status ScheduleSetupService::applyRemoteRemoveBlockout(qint64 id)
{
    if (Status s = m_context.require(Permission::ScheduleWrite); !s)
        return s;
    // Gone here already: nothing to do.
    return deleteBlockout(m_context, m_events, id,
                          QStringLiteral("remove %1 from %2").arg(id).arg(m_context.origin()), {});
}

QByteArray ScheduleSetupService::timeZone()
{
    Query q =
        m_context.db().query(QStringLiteral("SELECT value FROM scheduling_settings WHERE key = ?"));
    q.bind(1, Constants::SettingTimeZone);
    QByteArray id = q.next() ? q.text(0).toUtf8() : QByteArray();
    q.finish();
    if (id.isEmpty() || !QTimeZone(id).isValid())
        id = QTimeZone::systemTimeZoneId();
    return id;
}

Status ScheduleSetupService::setTimeZone(const QByteArray &ianaId)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s;
    if (!QTimeZone::isTimeZoneIdAvailable(ianaId))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "'%1' is not a time zone this system knows (e.g. "
                                        "America/New_York).")
                .arg(QString::fromUtf8(ianaId.left(60))));
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(
        QStringLiteral("INSERT OR REPLACE INTO scheduling_settings (key, value) VALUES (?, ?)"));
    q.bind(1, Constants::SettingTimeZone).bind(2, QString::fromUtf8(ianaId));
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_context.record(Constants::Audit::SetupTimeZone,
                                    QLatin1String(Core::Constants::OutcomeOk), 0, {},
                                    QString::fromUtf8(ianaId));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish({QLatin1String(Constants::Events::ScheduleSetupChanged), {}});
    return {};
}

} // namespace Ambulo::Scheduling
