#include "modules/scheduling/domain/conflictcheck.h"

#include "core/store/database.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ambulo::Scheduling::Internal {

namespace {

using Core::Query;
using Core::Status;

QString range(int start, int end)
{
    return QCoreApplication::translate("Ambulo::Scheduling", "%1–%2")
        .arg(minuteText(start), minuteText(end));
}

// Statuses that no longer hold their slot; kept in SQL so the index scan skips them.
const char InactiveStatuses[] = "('cancelled', 'no-show', 'rescheduled')";

} // namespace

QString practitionerName(const QString &given, const QString &family, const QString &credentials)
{
    const QString name = given + QLatin1Char(' ') + family;
    return credentials.isEmpty()
               ? name
               : QCoreApplication::translate("Ambulo::Scheduling", "%1, %2").arg(name, credentials);
}

QString patientName(const QString &family, const QString &given)
{
    return QCoreApplication::translate("Ambulo::Scheduling", "%1, %2").arg(family, given);
}

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QString appointmentSelect()
{
    return QStringLiteral(
        "SELECT a.id, a.patient_id, a.provider_id, a.room_id, a.type_id, a.start_local, "
        "a.end_local, a.time_zone, a.status, a.reason, a.cancel_reason, a.override_reason, "
        "a.rescheduled_from, a.series_id, a.created_at, a.updated_at, p.mrn, p.family, p.given, "
        "pr.given, pr.family, pr.credentials, r.name, t.code, t.name, t.colour "
        "FROM appointments a JOIN patients p ON p.id = a.patient_id "
        "JOIN practitioners pr ON pr.id = a.provider_id "
        "JOIN appointment_types t ON t.id = a.type_id LEFT JOIN rooms r ON r.id = a.room_id ");
}

Appointment readAppointment(const Query &q)
{
    Appointment a;
    a.id = q.int64(0);
    a.patientId = q.int64(1);
    a.providerId = q.int64(2);
    a.roomId = q.int64(3);
    a.typeId = q.int64(4);
    const QString start = q.text(5);
    const QString end = q.text(6);
    a.date = QDate::fromString(start.left(10), Qt::ISODate);
    a.startMinute = start.mid(11, 2).toInt() * 60 + start.mid(14, 2).toInt();
    a.endMinute = end.mid(11, 2).toInt() * 60 + end.mid(14, 2).toInt();
    a.timeZone = q.text(7);
    a.status = statusFromId(q.text(8)).value_or(AppointmentStatus::Booked);
    a.reason = q.text(9);
    a.cancelReason = q.text(10);
    a.overrideReason = q.text(11);
    a.rescheduledFrom = q.int64(12);
    a.seriesId = q.int64(13);
    a.createdAt = QDateTime::fromString(q.text(14), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(q.text(15), Qt::ISODateWithMs);
    a.patientMrn = q.text(16);
    a.patientName = patientName(q.text(17), q.text(18));
    a.providerName = practitionerName(q.text(19), q.text(20), q.text(21));
    a.roomName = q.text(22);
    a.typeCode = q.text(23);
    a.typeName = q.text(24);
    a.colour = q.text(25);
    return a;
}

Core::Result<Appointment> loadAppointment(Core::Database &db, qint64 id)
{
    Query q = db.query(appointmentSelect() + QStringLiteral("WHERE a.id = ?"));
    q.bind(1, id);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no appointment %1.")
                .arg(id));
    }
    Appointment a = readAppointment(q);
    q.finish();
    return a;
}

Core::Result<PatientRef> loadPatient(Core::Database &db, qint64 id)
{
    Query q = db.query(QStringLiteral("SELECT mrn, family, given FROM patients WHERE id = ?"));
    q.bind(1, id);
    if (!q.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no patient %1.").arg(id));
    PatientRef p{id, q.text(0), patientName(q.text(1), q.text(2))};
    q.finish();
    return p;
}

Core::Result<QString> loadProviderName(Core::Database &db, qint64 id)
{
    Query q = db.query(QStringLiteral(
        "SELECT given, family, credentials, active FROM practitioners WHERE id = ?"));
    q.bind(1, id);
    if (!q.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no provider %1.").arg(id));
    const QString name = practitionerName(q.text(0), q.text(1), q.text(2));
    const bool active = q.integer(3) != 0;
    q.finish();
    if (!active)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "%1 no longer sees patients here.")
                .arg(name));
    return name;
}

ConflictCheck::ConflictCheck(Core::Database &db)
    : m_db(db)
{}

Status ConflictCheck::busy(ConflictKind kind, const Slot &slot, qint64 ignoreId,
                           QList<Conflict> &out)
{
    const char *column = kind == ConflictKind::ProviderBusy ? "a.provider_id"
                         : kind == ConflictKind::RoomBusy   ? "a.room_id"
                                                            : "a.patient_id";
    const qint64 key = kind == ConflictKind::ProviderBusy ? slot.providerId
                       : kind == ConflictKind::RoomBusy   ? slot.roomId
                                                          : slot.patientId;
    Query q = m_db.query(
        QStringLiteral("SELECT a.id, a.start_local, a.end_local, p.family, p.given, pr.given, "
                       "pr.family, pr.credentials, r.name FROM appointments a "
                       "JOIN patients p ON p.id = a.patient_id "
                       "JOIN practitioners pr ON pr.id = a.provider_id "
                       "LEFT JOIN rooms r ON r.id = a.room_id "
                       "WHERE %1 = ? AND a.start_local >= ? AND a.start_local < ? "
                       "AND a.end_local > ? AND a.id <> ? AND a.status NOT IN %2 "
                       "ORDER BY a.start_local")
            .arg(QLatin1String(column), QLatin1String(InactiveStatuses)));
    q.bind(1, key).bind(2, wallClockText(slot.date, 0));
    q.bind(3, wallClockText(slot.date, slot.endMinute));
    q.bind(4, wallClockText(slot.date, slot.startMinute)).bind(5, ignoreId);
    while (q.next()) {
        const QString when = QCoreApplication::translate("Ambulo::Scheduling", "%1–%2")
                                 .arg(q.text(1).mid(11, 5), q.text(2).mid(11, 5));
        const QString patient = patientName(q.text(3), q.text(4));
        const QString provider = practitionerName(q.text(5), q.text(6), q.text(7));
        Conflict c;
        c.kind = kind;
        c.appointmentId = q.int64(0);
        switch (kind) {
        case ConflictKind::ProviderBusy:
            c.message = QCoreApplication::translate("Ambulo::Scheduling", "%1 already has %2 %3")
                            .arg(provider, patient, when);
            break;
        case ConflictKind::RoomBusy:
            c.message = QCoreApplication::translate("Ambulo::Scheduling",
                                                    "Room %1 is taken by %2 with %3 %4")
                            .arg(q.text(8), patient, provider, when);
            break;
        default:
            c.message =
                QCoreApplication::translate("Ambulo::Scheduling", "%1 is already booked with %2 %3")
                    .arg(patient, provider, when);
            break;
        }
        out << c;
    }
    return q.failed() ? Status(q.error()) : Status();
}

Status ConflictCheck::roomBlocked(const Slot &slot, qint64 roomId, QList<Conflict> *out,
                                  bool *blocked)
{
    *blocked = false;
    Query q = m_db.query(QStringLiteral(
        "SELECT id, provider_id, room_id, start_date, until_date, recurrence, start_minute, "
        "end_minute, reason FROM blockouts WHERE until_date >= ? AND start_date <= ? "
        "AND ((provider_id IS NULL AND room_id IS NULL) OR provider_id = ? OR room_id = ?) "
        "AND start_minute < ? AND end_minute > ?"));
    const QString day = slot.date.toString(Qt::ISODate);
    q.bind(1, day).bind(2, day).bind(3, roomId == 0 ? slot.providerId : qint64(-1));
    q.bind(4, roomId == 0 ? qint64(-1) : roomId).bind(5, slot.endMinute).bind(6, slot.startMinute);
    while (q.next()) {
        Blockout b;
        b.date = QDate::fromString(q.text(3), Qt::ISODate);
        const QString recurrence = q.text(5);
        b.recurrence = recurrence == QLatin1String("weekly")  ? Recurrence::Weekly
                       : recurrence == QLatin1String("daily") ? Recurrence::Daily
                                                              : Recurrence::None;
        b.until = QDate::fromString(q.text(4), Qt::ISODate);
        if (!b.occursOn(slot.date))
            continue;
        // A practice-wide blockout is reported once, with the provider's check.
        if (roomId != 0 && q.isNull(1) && q.isNull(2))
            continue;
        *blocked = true;
        if (out) {
            Conflict c;
            c.kind = ConflictKind::Blockout;
            c.blockoutId = q.int64(0);
            c.message =
                roomId != 0
                    ? QCoreApplication::translate("Ambulo::Scheduling", "Room blocked: %1 %2")
                          .arg(q.text(8), range(q.integer(6), q.integer(7)))
                    : QCoreApplication::translate("Ambulo::Scheduling", "Inside a blockout: %1 %2")
                          .arg(q.text(8), range(q.integer(6), q.integer(7)));
            *out << c;
        }
    }
    return q.failed() ? Status(q.error()) : Status();
}

Core::Result<bool> ConflictCheck::roomFree(const Slot &slot, qint64 roomId, qint64 ignoreId)
{
    Slot probe = slot;
    probe.roomId = roomId;
    QList<Conflict> found;
    if (Status s = busy(ConflictKind::RoomBusy, probe, ignoreId, found); !s)
        return s.error();
    if (!found.isEmpty())
        return false;
    bool blocked = false;
    if (Status s = roomBlocked(probe, roomId, nullptr, &blocked); !s)
        return s.error();
    return !blocked;
}

Core::Result<QList<Conflict>> ConflictCheck::check(Slot &slot, qint64 ignoreId)
{
    QList<Conflict> conflicts;
    if (Status s = busy(ConflictKind::ProviderBusy, slot, ignoreId, conflicts); !s)
        return s.error();
    if (Status s = busy(ConflictKind::PatientBusy, slot, ignoreId, conflicts); !s)
        return s.error();

    // Working hours: the slot must lie inside one interval of the provider's weekday.
    Query hours =
        m_db.query(QStringLiteral("SELECT start_minute, end_minute, room_id FROM working_hours "
                                  "WHERE provider_id = ? AND weekday = ? ORDER BY start_minute"));
    hours.bind(1, slot.providerId).bind(2, slot.date.dayOfWeek());
    QStringList intervals;
    bool inside = false;
    qint64 usualRoom = 0;
    while (hours.next()) {
        const int start = hours.integer(0);
        const int end = hours.integer(1);
        intervals << range(start, end);
        if (start <= slot.startMinute && slot.endMinute <= end) {
            inside = true;
            usualRoom = hours.int64(2);
        }
    }
    if (hours.failed())
        return hours.error();
    if (!inside) {
        Conflict c;
        c.kind = ConflictKind::OutsideWorkingHours;
        c.message = intervals.isEmpty()
                        ? QCoreApplication::translate(
                              "Ambulo::Scheduling",
                              "Outside working hours: the provider does not work on %1s")
                              .arg(weekdayName(slot.date.dayOfWeek()))
                        : QCoreApplication::translate("Ambulo::Scheduling",
                                                      "Outside working hours: %1 on %2 (%3)")
                              .arg(range(slot.startMinute, slot.endMinute),
                                   weekdayName(slot.date.dayOfWeek()),
                                   intervals.join(QStringLiteral(", ")));
        conflicts << c;
    }

    bool blocked = false;
    if (Status s = roomBlocked(slot, 0, &conflicts, &blocked); !s)
        return s.error();

    if (slot.roomId != 0) {
        if (Status s = busy(ConflictKind::RoomBusy, slot, ignoreId, conflicts); !s)
            return s.error();
        if (Status s = roomBlocked(slot, slot.roomId, &conflicts, &blocked); !s)
            return s.error();
    } else if (slot.needsRoom) {
        QList<qint64> candidates;
        if (usualRoom != 0)
            candidates << usualRoom;
        Query rooms = m_db.query(QStringLiteral("SELECT id FROM rooms ORDER BY location_id, id"));
        while (rooms.next()) {
            if (rooms.int64(0) != usualRoom)
                candidates << rooms.int64(0);
        }
        for (const qint64 room : candidates) {
            auto free = roomFree(slot, room, ignoreId);
            if (!free)
                return free.error();
            if (free.value()) {
                slot.roomId = room;
                break;
            }
        }
        if (slot.roomId == 0) {
            Conflict c;
            c.kind = ConflictKind::NoRoomFree;
            c.message = QCoreApplication::translate("Ambulo::Scheduling", "No room is free %1")
                            .arg(range(slot.startMinute, slot.endMinute));
            conflicts << c;
        }
    }
    return conflicts;
}

} // namespace Ambulo::Scheduling::Internal
