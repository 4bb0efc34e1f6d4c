#include "modules/scheduling/domain/waitlistservice.h"

#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "modules/scheduling/domain/conflictcheck.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>

namespace Ambulo::Scheduling {

namespace {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;

QString weekdaysText(const QList<int> &days)
{
    QStringList parts;
    for (const int d : days)
        parts << QString::number(d);
    return parts.join(QLatin1Char(','));
}

QList<int> weekdaysFrom(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days << part.toInt();
    return days;
}

const QString EntrySelect = QStringLiteral(
    "SELECT w.id, w.patient_id, w.type_id, w.provider_id, w.earliest_date, w.latest_date, "
    "w.weekdays, w.earliest_minute, w.latest_minute, w.note, w.active, w.created_at, p.mrn, "
    "p.family, p.given, t.code FROM waitlist w JOIN patients p ON p.id = w.patient_id "
    "JOIN appointment_types t ON t.id = w.type_id ");

WaitlistEntry readEntry(const Query &q)
{
    WaitlistEntry e;
    e.id = q.int64(0);
    e.patientId = q.int64(1);
    e.typeId = q.int64(2);
    e.providerId = q.int64(3);
    e.earliest = QDate::fromString(q.text(4), Qt::ISODate);
    e.latest = QDate::fromString(q.text(5), Qt::ISODate);
    e.weekdays = weekdaysFrom(q.text(6));
    e.earliestMinute = q.integer(7);
    e.latestMinute = q.integer(8);
    e.note = q.text(9);
    e.active = q.integer(10) != 0;
    e.createdAt = QDateTime::fromString(q.text(11), Qt::ISODateWithMs);
    e.patientMrn = q.text(12);
    e.patientName = Internal::patientName(q.text(13), q.text(14));
    e.typeCode = q.text(15);
    return e;
}

} // namespace

WaitlistService::WaitlistService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Status WaitlistService::validate(const WaitlistEntry &e)
{
    if (e.patientId <= 0 || e.typeId <= 0)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "A waitlist entry needs a patient and an appointment type."));
    if (!e.earliest.isValid() || !e.latest.isValid() || e.latest < e.earliest)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling",
            "A waitlist entry needs a date window that ends after it starts."));
    for (const int d : e.weekdays) {
        if (d < 1 || d > 7)
            return Core::invalid(QCoreApplication::translate(
                "Ambulo::Scheduling", "A weekday is 1 (Monday) to 7 (Sunday)."));
    }
    if (e.earliestMinute < 0 || e.latestMinute > 24 * 60 || e.earliestMinute >= e.latestMinute)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "The time-of-day window ends after it starts."));
    return {};
}

Result<qint64> WaitlistService::add(const WaitlistEntry &e)
{
    if (Status s = m_context.require(Permission::ScheduleWrite, e.patientId); !s)
        return s.error();
    if (Status s = validate(e); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, e.patientId);
    if (!patient)
        return patient.error();
    if (e.providerId != 0) {
        if (auto name = Internal::loadProviderName(db, e.providerId); !name)
            return name.error();
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT INTO waitlist (patient_id, type_id, provider_id, earliest_date, latest_date, "
        "weekdays, earliest_minute, latest_minute, note, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    q.bind(1, e.patientId).bind(2, e.typeId);
    q.bind(3, e.providerId != 0 ? QVariant(e.providerId) : QVariant());
    q.bind(4, e.earliest.toString(Qt::ISODate)).bind(5, e.latest.toString(Qt::ISODate));
    q.bind(6, weekdaysText(e.weekdays)).bind(7, e.earliestMinute).bind(8, e.latestMinute);
    q.bind(9, e.note.trimmed());
    q.bind(10, e.createdAt.isValid() ? e.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                     : Internal::nowText());
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("FOREIGN KEY")))
            return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                             "There is no appointment type %1.")
                                     .arg(e.typeId));
        return s.error();
    }
    const qint64 id = db.lastInsertId();
    if (Status s = m_context.record(
            Constants::Audit::WaitlistAdd, QLatin1String(Core::Constants::OutcomeOk), e.patientId,
            patient->mrn,
            QStringLiteral("%1 type %2 provider %3 %4..%5")
                .arg(id)
                .arg(e.typeId)
                .arg(e.providerId)
                .arg(e.earliest.toString(Qt::ISODate), e.latest.toString(Qt::ISODate)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::WaitlistChanged), {}});
    return id;
}

Result<QList<WaitlistEntry>> WaitlistService::list(bool includeInactive)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(
        EntrySelect + QStringLiteral("WHERE w.active = 1 OR ? ORDER BY w.created_at, w.id"));
    q.bind(1, includeInactive ? 1 : 0);
    QList<WaitlistEntry> list;
    while (q.next())
        list << readEntry(q);
    if (q.failed())
        return q.error();
    return list;
}

Status WaitlistService::remove(qint64 id)
{
    Core::Database &db = m_context.db();
    Query find = db.query(EntrySelect + QStringLiteral("WHERE w.id = ?"));
    find.bind(1, id);
    if (!find.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no waitlist entry %1.")
                .arg(id));
    const WaitlistEntry e = readEntry(find);
    find.finish();
    if (Status s = m_context.require(Permission::ScheduleWrite, e.patientId, e.patientMrn); !s)
        return s;
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("UPDATE waitlist SET active = 0 WHERE id = ?"));
    q.bind(1, id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_context.record(Constants::Audit::WaitlistRemove,
                                    QLatin1String(Core::Constants::OutcomeOk), e.patientId,
                                    e.patientMrn, QString::number(id));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish({QLatin1String(Constants::Events::WaitlistChanged), {}});
    return {};
}

Result<QList<WaitlistEntry>> WaitlistService::candidates(const FreedSlot &slot)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    if (!slot.date.isValid() || slot.endMinute <= slot.startMinute)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "The freed slot needs a date and a time range."));
    const QString day = slot.date.toString(Qt::ISODate);
    Query q = m_context.db().query(
        EntrySelect
        + QStringLiteral("WHERE w.active = 1 AND w.latest_date >= ? AND w.earliest_date <= ? "
                         "AND w.type_id = ? AND (w.provider_id IS NULL OR w.provider_id = ?) "
                         "AND w.earliest_minute <= ? AND w.latest_minute >= ? "
                         "ORDER BY w.created_at, w.id"));
    q.bind(1, day).bind(2, day).bind(3, slot.typeId).bind(4, slot.providerId);
    q.bind(5, slot.startMinute).bind(6, slot.endMinute);
    QList<WaitlistEntry> list;
    while (q.next()) {
        WaitlistEntry e = readEntry(q);
        if (e.weekdays.isEmpty() || e.weekdays.contains(slot.date.dayOfWeek()))
            list << e;
    }
    if (q.failed())
        return q.error();
    return list;
}

Result<QList<WaitlistEntry>> WaitlistService::candidatesFor(qint64 appointmentId)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    auto a = Internal::loadAppointment(m_context.db(), appointmentId);
    if (!a)
        return a.error();
    auto list = candidates({a->date, a->startMinute, a->endMinute, a->providerId, a->typeId});
    if (!list)
        return list;
    // The patient who gave the slot up is not offered it back.
    QList<WaitlistEntry> others;
    for (const WaitlistEntry &e : list.value()) {
        if (e.patientId != a->patientId)
            others << e;
    }
    return others;
}

} // namespace Ambulo::Scheduling
