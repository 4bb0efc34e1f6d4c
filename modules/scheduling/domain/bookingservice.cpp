#include "modules/scheduling/domain/bookingservice.h"

#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/scheduling/domain/conflictcheck.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulesetupservice.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>

namespace Ambulo::Scheduling {

namespace {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::ConflictCheck;
using Internal::Slot;

QString joinConflicts(const QList<Conflict> &conflicts)
{
    QStringList parts;
    for (const Conflict &c : conflicts)
        parts << c.message;
    return parts.join(QStringLiteral("; "));
}

Core::Error conflictError(const QList<Conflict> &conflicts)
{
    return Core::conflict(QCoreApplication::translate("Ambulo::Scheduling", "Not booked: %1.")
                              .arg(joinConflicts(conflicts)));
}

QString userName(const Core::ServiceContext &context)
{
    return context.session() ? context.session()->username : QStringLiteral("system");
}

Status writeHistory(Core::ServiceContext &context, qint64 appointmentId,
                    std::optional<AppointmentStatus> from, AppointmentStatus to,
                    const QString &reason, const QString &at)
{
    Query q = context.db().query(
        QStringLiteral("INSERT INTO appointment_status_history (appointment_id, from_status, "
                       "to_status, at, user_name, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(1, appointmentId);
    q.bind(2, from ? QVariant(statusId(*from)) : QVariant());
    q.bind(3, statusId(to)).bind(4, at).bind(5, userName(context)).bind(6, reason);
    if (Status s = q.exec(); !s)
        return s;
    // Every created appointment and every status change passes here: the outbox row goes with it.
    return Core::ChangeLog::record(context.db(), QStringLiteral("Appointment"), appointmentId,
                                   from ? QStringLiteral("update") : QStringLiteral("create"),
                                   context.origin(), statusId(to));
}

} // namespace

// A validated booking: the request resolved against the store.
struct PreparedBooking
{
    Slot slot;
    AppointmentType type;
    Internal::PatientRef patient;
    QString providerName;
    qint64 startUtc = 0;
    QString timeZone;
};

namespace {

Result<PreparedBooking> prepare(Core::Database &db, ScheduleSetupService &setup,
                                const BookingRequest &r)
{
    PreparedBooking p;
    auto patient = Internal::loadPatient(db, r.patientId);
    if (!patient)
        return patient.error();
    p.patient = patient.value();
    auto provider = Internal::loadProviderName(db, r.providerId);
    if (!provider)
        return provider.error();
    p.providerName = provider.value();
    auto type = setup.type(r.typeId);
    if (!type)
        return type.error();
    if (!type->active)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "The appointment type %1 is retired.")
                .arg(type->code));
    p.type = type.value();
    if (!r.date.isValid())
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "The appointment needs a real date."));
    const int minutes = r.minutes > 0 ? r.minutes : p.type.defaultMinutes;
    if (r.minutes < 0 || minutes < Constants::MinAppointmentMinutes
        || minutes > Constants::MaxAppointmentMinutes)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "An appointment lasts from %1 to %2 minutes.")
                .arg(Constants::MinAppointmentMinutes)
                .arg(Constants::MaxAppointmentMinutes));
    if (r.startMinute < 0 || r.startMinute >= 24 * 60)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "The start is not a time of day."));
    if (r.startMinute + minutes > 24 * 60)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "The appointment would end after midnight."));
    if (r.roomId < 0)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no room %1.")
                .arg(r.roomId));
    if (r.roomId != 0) {
        Query q = db.query(QStringLiteral("SELECT 1 FROM rooms WHERE id = ?"));
        q.bind(1, r.roomId);
        if (!q.next())
            return Core::invalid(
                QCoreApplication::translate("Ambulo::Scheduling", "There is no room %1.")
                    .arg(r.roomId));
        q.finish();
    }
    const Internal::PracticeClock clock(setup.timeZone());
    auto start = clock.toUtc(r.date, r.startMinute);
    if (!start)
        return start.error();
    if (auto end = clock.toUtc(r.date, r.startMinute + minutes); !end)
        return end.error();
    p.startUtc = start->toSecsSinceEpoch();
    p.timeZone = QString::fromUtf8(clock.id());
    p.slot = {r.patientId,   r.providerId,           r.roomId, p.type.needsRoom, r.date,
              r.startMinute, r.startMinute + minutes};
    return p;
}

Result<qint64> insertAppointment(Core::ServiceContext &context, const PreparedBooking &p,
                                 const BookingRequest &r, AppointmentStatus status,
                                 qint64 rescheduledFrom, qint64 seriesId, const QString &now)
{
    Core::Database &db = context.db();
    Query q = db.query(QStringLiteral(
        "INSERT INTO appointments (patient_id, provider_id, room_id, type_id, start_local, "
        "end_local, time_zone, start_utc, status, reason, override_reason, rescheduled_from, "
        "series_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, p.slot.patientId).bind(2, p.slot.providerId);
    q.bind(3, p.slot.roomId != 0 ? QVariant(p.slot.roomId) : QVariant());
    q.bind(4, p.type.id).bind(5, wallClockText(p.slot.date, p.slot.startMinute));
    q.bind(6, wallClockText(p.slot.date, p.slot.endMinute)).bind(7, p.timeZone);
    q.bind(8, p.startUtc).bind(9, statusId(status)).bind(10, r.reason.trimmed());
    q.bind(11, r.overrideReason.trimmed());
    q.bind(12, rescheduledFrom != 0 ? QVariant(rescheduledFrom) : QVariant());
    q.bind(13, seriesId != 0 ? QVariant(seriesId) : QVariant());
    q.bind(14, now).bind(15, now);
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (Status s = writeHistory(context, id, std::nullopt, status, r.overrideReason.trimmed(), now);
        !s)
        return s.error();
    return id;
}

} // namespace

BookingService::BookingService(Core::ServiceContext &context, Core::EventHub &events,
                               ScheduleSetupService &setup)
    : m_context(context)
    , m_events(events)
    , m_setup(setup)
{}

Result<QList<Conflict>> BookingService::check(const BookingRequest &request,
                                              qint64 ignoreAppointmentId)
{
    if (Status s = m_context.require(Permission::ScheduleRead, request.patientId); !s)
        return s.error();
    auto prepared = prepare(m_context.db(), m_setup, request);
    if (!prepared)
        return prepared.error();
    return ConflictCheck(m_context.db()).check(prepared->slot, ignoreAppointmentId);
}

// Shared by book, reschedule and walk-in conversion: checks and inserts inside the caller's
// transaction. Conflicts are refused unless overridden (the caller checked the permission).
static Result<qint64> bookInTransaction(Core::ServiceContext &context, ScheduleSetupService &setup,
                                        const BookingRequest &request, AppointmentStatus status,
                                        qint64 ignoreId, qint64 rescheduledFrom,
                                        QList<Conflict> *overridden, PreparedBooking *out)
{
    auto prepared = prepare(context.db(), setup, request);
    if (!prepared)
        return prepared.error();
    auto conflicts = ConflictCheck(context.db()).check(prepared->slot, ignoreId);
    if (!conflicts)
        return conflicts.error();
    if (!conflicts->isEmpty() && request.overrideReason.trimmed().isEmpty())
        return conflictError(conflicts.value());
    *overridden = conflicts.value();
    *out = prepared.value();
    return insertAppointment(context, prepared.value(), request, status, rescheduledFrom, 0,
                             Internal::nowText());
}

static Status requireOverride(Core::ServiceContext &context, const QString &reason,
                              qint64 patientId)
{
    if (reason.trimmed().isEmpty())
        return {};
    // Checked before the transaction so the refusal's audit entry is kept.
    return context.require(Permission::PracticeAdmin, patientId);
}

Result<qint64> BookingService::book(const BookingRequest &request)
{
    if (Status s = m_context.require(Permission::ScheduleWrite, request.patientId); !s)
        return s.error();
    if (Status s = requireOverride(m_context, request.overrideReason, request.patientId); !s)
        return s.error();
    Core::Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    QList<Conflict> overridden;
    PreparedBooking p;
    auto id = bookInTransaction(m_context, m_setup, request, AppointmentStatus::Booked, 0, 0,
                                &overridden, &p);
    if (!id)
        return id.error();
    const bool flagged = !overridden.isEmpty();
    const QString detail =
        flagged ? QStringLiteral("%1 %2 provider %3 type %4 OVERRIDE '%5': %6")
                      .arg(id.value())
                      .arg(wallClockText(p.slot.date, p.slot.startMinute))
                      .arg(p.slot.providerId)
                      .arg(p.type.code, request.overrideReason.trimmed(), joinConflicts(overridden))
                : QStringLiteral("%1 %2 provider %3 type %4")
                      .arg(id.value())
                      .arg(wallClockText(p.slot.date, p.slot.startMinute))
                      .arg(p.slot.providerId)
                      .arg(p.type.code);
    if (Status s =
            m_context.record(flagged ? Constants::Audit::BookOverride : Constants::Audit::Book,
                             QLatin1String(Core::Constants::OutcomeOk), p.patient.id, p.patient.mrn,
                             detail, flagged);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::AppointmentBooked),
                      {{QLatin1String(Constants::Events::KeyAppointmentId), id.value()},
                       {QLatin1String(Constants::Events::KeyPatientId), p.patient.id},
                       {QLatin1String(Constants::Events::KeyProviderId), p.slot.providerId},
                       {QLatin1String(Constants::Events::KeyStart),
                        wallClockText(p.slot.date, p.slot.startMinute)}}});
    return id;
}

Result<qint64> BookingService::reschedule(qint64 appointmentId, BookingRequest to)
{
    Core::Database &db = m_context.db();
    auto old = Internal::loadAppointment(db, appointmentId);
    if (!old)
        return old.error();
    if (Status s = m_context.require(Permission::ScheduleWrite, old->patientId, old->patientMrn);
        !s)
        return s.error();
    if (!allowedTransitions(old->status).contains(AppointmentStatus::Rescheduled))
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "A %1 appointment cannot be rescheduled.")
                                 .arg(statusDisplayName(old->status).toLower()));
    to.patientId = old->patientId;
    if (to.providerId == 0)
        to.providerId = old->providerId;
    if (to.typeId == 0)
        to.typeId = old->typeId;
    if (to.reason.isEmpty())
        to.reason = old->reason;
    if (Status s = requireOverride(m_context, to.overrideReason, to.patientId); !s)
        return s.error();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    QList<Conflict> overridden;
    PreparedBooking p;
    // The old slot is being given up, so it does not collide with its replacement.
    auto id = bookInTransaction(m_context, m_setup, to, AppointmentStatus::Booked, appointmentId,
                                appointmentId, &overridden, &p);
    if (!id)
        return id.error();
    const QString now = Internal::nowText();
    Query q =
        db.query(QStringLiteral("UPDATE appointments SET status = ?, updated_at = ? WHERE id = ?"));
    q.bind(1, Constants::Status::Rescheduled).bind(2, now).bind(3, appointmentId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (Status s =
            writeHistory(m_context, appointmentId, old->status, AppointmentStatus::Rescheduled,
                         QCoreApplication::translate("Ambulo::Scheduling", "to %1")
                             .arg(wallClockText(p.slot.date, p.slot.startMinute)),
                         now);
        !s)
        return s.error();
    if (Status s = m_context.record(
            Constants::Audit::Reschedule, QLatin1String(Core::Constants::OutcomeOk), old->patientId,
            old->patientMrn,
            QStringLiteral("%1 %2 -> %3 %4%5")
                .arg(appointmentId)
                .arg(old->startText())
                .arg(id.value())
                .arg(wallClockText(p.slot.date, p.slot.startMinute),
                     overridden.isEmpty()
                         ? QString()
                         : QStringLiteral(" OVERRIDE '%1': %2")
                               .arg(to.overrideReason.trimmed(), joinConflicts(overridden))),
            !overridden.isEmpty());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::AppointmentRescheduled),
                      {{QLatin1String(Constants::Events::KeyAppointmentId), id.value()},
                       {QLatin1String(Constants::Events::KeyPreviousId), appointmentId},
                       {QLatin1String(Constants::Events::KeyPatientId), old->patientId}}});
    m_events.publish({QLatin1String(Constants::Events::AppointmentStatusChanged),
                      {{QLatin1String(Constants::Events::KeyAppointmentId), appointmentId},
                       {QLatin1String(Constants::Events::KeyPatientId), old->patientId},
                       {QLatin1String(Constants::Events::KeyFrom), statusId(old->status)},
                       {QLatin1String(Constants::Events::KeyTo),
                        QLatin1String(Constants::Status::Rescheduled)}}});
    return id;
}

Status BookingService::move(const MoveRequest &request)
{
    Core::Database &db = m_context.db();
    auto old = Internal::loadAppointment(db, request.appointmentId);
    if (!old)
        return old.error();
    if (Status s = m_context.require(Permission::ScheduleWrite, old->patientId, old->patientMrn);
        !s)
        return s;
    if (!holdsSlot(old->status) || old->status == AppointmentStatus::CheckedOut)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "A %1 appointment cannot be moved.")
                .arg(statusDisplayName(old->status).toLower()));
    if (Status s = requireOverride(m_context, request.overrideReason, old->patientId); !s)
        return s;
    BookingRequest r;
    r.patientId = old->patientId;
    r.providerId = request.providerId != 0 ? request.providerId : old->providerId;
    r.typeId = old->typeId;
    r.date = request.date.isValid() ? request.date : old->date;
    r.startMinute = request.startMinute;
    r.minutes = request.endMinute != 0 ? request.endMinute - request.startMinute : old->minutes();
    if (request.endMinute != 0 && request.endMinute <= request.startMinute)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "The end %1 is not after the start %2.")
                .arg(minuteText(request.endMinute), minuteText(request.startMinute)));
    r.roomId = request.roomId >= 0 ? request.roomId : old->roomId;
    r.overrideReason = request.overrideReason;
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    auto prepared = prepare(db, m_setup, r);
    if (!prepared)
        return prepared.error();
    // Moving keeps the type's room rule: a room is picked only when none is given.
    prepared->slot.needsRoom = prepared->type.needsRoom && r.roomId == 0;
    auto conflicts = ConflictCheck(db).check(prepared->slot, request.appointmentId);
    if (!conflicts)
        return conflicts.error();
    if (!conflicts->isEmpty() && request.overrideReason.trimmed().isEmpty())
        return conflictError(conflicts.value());
    const Slot &slot = prepared->slot;
    Query q = db.query(QStringLiteral(
        "UPDATE appointments SET provider_id = ?, room_id = ?, start_local = ?, end_local = ?, "
        "start_utc = ?, time_zone = ?, updated_at = ?, override_reason = CASE WHEN ? = '' THEN "
        "override_reason ELSE ? END WHERE id = ?"));
    q.bind(1, slot.providerId).bind(2, slot.roomId != 0 ? QVariant(slot.roomId) : QVariant());
    q.bind(3, wallClockText(slot.date, slot.startMinute));
    q.bind(4, wallClockText(slot.date, slot.endMinute)).bind(5, prepared->startUtc);
    q.bind(6, prepared->timeZone).bind(7, Internal::nowText());
    q.bind(8, request.overrideReason.trimmed()).bind(9, request.overrideReason.trimmed());
    q.bind(10, request.appointmentId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = Core::ChangeLog::record(db, QStringLiteral("Appointment"), request.appointmentId,
                                           QStringLiteral("update"), m_context.origin(),
                                           statusId(old->status));
        !s)
        return s;
    const bool flagged = !conflicts->isEmpty();
    if (Status s = m_context.record(
            Constants::Audit::Move, QLatin1String(Core::Constants::OutcomeOk), old->patientId,
            old->patientMrn,
            QStringLiteral("%1 %2-%3 provider %4 -> %5-%6 provider %7%8")
                .arg(request.appointmentId)
                .arg(old->startText(), minuteText(old->endMinute))
                .arg(old->providerId)
                .arg(wallClockText(slot.date, slot.startMinute), minuteText(slot.endMinute))
                .arg(slot.providerId)
                .arg(flagged ? QStringLiteral(" OVERRIDE '%1': %2")
                                   .arg(request.overrideReason.trimmed(),
                                        joinConflicts(conflicts.value()))
                             : QString()),
            flagged);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish(
        {QLatin1String(Constants::Events::AppointmentMoved),
         {{QLatin1String(Constants::Events::KeyAppointmentId), request.appointmentId},
          {QLatin1String(Constants::Events::KeyPatientId), old->patientId},
          {QLatin1String(Constants::Events::KeyStart), wallClockText(slot.date, slot.startMinute)},
          {QLatin1String(Constants::Events::KeyEnd), wallClockText(slot.date, slot.endMinute)}}});
    return {};
}

Result<SeriesReport> BookingService::bookSeries(const SeriesRequest &request)
{
    if (Status s = m_context.require(Permission::ScheduleWrite, request.first.patientId); !s)
        return s.error();
    if (request.everyWeeks < 1 || request.everyWeeks > 52)
        return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                         "A series repeats every 1 to 52 weeks."));
    if (request.count < 1 || request.count > Constants::MaxSeriesOccurrences)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "A series has 1 to %1 occurrences.")
                .arg(Constants::MaxSeriesOccurrences));
    if (Status s =
            requireOverride(m_context, request.first.overrideReason, request.first.patientId);
        !s)
        return s.error();
    Core::Database &db = m_context.db();
    // Bad input (unknown patient, type, provider) fails the whole series up front.
    auto first = prepare(db, m_setup, request.first);
    if (!first)
        return first.error();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const QString now = Internal::nowText();
    Query series = db.query(QStringLiteral(
        "INSERT INTO appointment_series (every_weeks, count, created_at) VALUES (?, ?, ?)"));
    series.bind(1, request.everyWeeks).bind(2, request.count).bind(3, now);
    if (Status s = series.exec(); !s)
        return s.error();
    SeriesReport report;
    report.seriesId = db.lastInsertId();
    QStringList booked;
    bool flagged = false;
    for (int k = 0; k < request.count; ++k) {
        BookingRequest r = request.first;
        r.date = request.first.date.addDays(qint64(7) * request.everyWeeks * k);
        SeriesOccurrence occurrence;
        occurrence.date = r.date;
        occurrence.startMinute = r.startMinute;
        auto p = prepare(db, m_setup, r);
        if (!p) {
            occurrence.error = p.error().message;
            report.occurrences << occurrence;
            continue;
        }
        auto conflicts = ConflictCheck(db).check(p->slot);
        if (!conflicts)
            return conflicts.error();
        occurrence.conflicts = conflicts.value();
        if (conflicts->isEmpty() || !r.overrideReason.trimmed().isEmpty()) {
            auto id = insertAppointment(m_context, p.value(), r, AppointmentStatus::Booked, 0,
                                        report.seriesId, now);
            if (!id)
                return id.error();
            occurrence.appointmentId = id.value();
            booked << QStringLiteral("%1@%2").arg(id.value()).arg(r.date.toString(Qt::ISODate));
            flagged = flagged || !conflicts->isEmpty();
        }
        report.occurrences << occurrence;
    }
    if (Status s = m_context.record(
            Constants::Audit::Series, QLatin1String(Core::Constants::OutcomeOk), first->patient.id,
            first->patient.mrn,
            QStringLiteral("series %1 every %2 weeks x%3 at %4: booked %5 of %3 [%6]%7")
                .arg(report.seriesId)
                .arg(request.everyWeeks)
                .arg(request.count)
                .arg(minuteText(request.first.startMinute))
                .arg(report.bookedCount())
                .arg(booked.join(QLatin1Char(' ')),
                     flagged ? QStringLiteral(" OVERRIDE '%1'")
                                   .arg(request.first.overrideReason.trimmed())
                             : QString()),
            flagged);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::SeriesBooked),
                      {{QLatin1String(Constants::Events::KeySeriesId), report.seriesId},
                       {QLatin1String(Constants::Events::KeyPatientId), first->patient.id},
                       {QLatin1String(Constants::Events::KeyCount), report.bookedCount()}}});
    return report;
}

Status BookingService::setStatus(qint64 appointmentId, AppointmentStatus to, const QString &reason)
{
    Core::Database &db = m_context.db();
    auto a = Internal::loadAppointment(db, appointmentId);
    if (!a)
        return a.error();
    if (Status s = m_context.require(Permission::ScheduleWrite, a->patientId, a->patientMrn); !s)
        return s;
    if (to == AppointmentStatus::Rescheduled)
        return Core::invalid(QCoreApplication::translate(
            "Ambulo::Scheduling", "Reschedule an appointment by giving it a new time."));
    if (!allowedTransitions(a->status).contains(to))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "Appointment %1 is %2; it cannot become %3.")
                .arg(appointmentId)
                .arg(statusDisplayName(a->status).toLower(), statusDisplayName(to).toLower()));
    if (transitionNeedsReason(to) && reason.trimmed().isEmpty())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Say why the appointment is %1.")
                .arg(statusDisplayName(to).toLower()));
    // A no-show who turns up late takes the slot back only if it is still free.
    if (!holdsSlot(a->status) && holdsSlot(to)) {
        Slot slot{a->patientId, a->providerId,  a->roomId,   false,
                  a->date,      a->startMinute, a->endMinute};
        auto conflicts = ConflictCheck(db).check(slot, appointmentId);
        if (!conflicts)
            return conflicts.error();
        QList<Conflict> busy;
        for (const Conflict &c : conflicts.value()) {
            if (c.kind != ConflictKind::OutsideWorkingHours && c.kind != ConflictKind::Blockout)
                busy << c;
        }
        if (!busy.isEmpty())
            return conflictError(busy);
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const QString now = Internal::nowText();
    Query q = db.query(QStringLiteral(
        "UPDATE appointments SET status = ?, cancel_reason = CASE WHEN ? THEN ? ELSE "
        "cancel_reason END, updated_at = ? WHERE id = ? AND status = ?"));
    const bool cancelling = to == AppointmentStatus::Cancelled;
    q.bind(1, statusId(to)).bind(2, cancelling ? 1 : 0).bind(3, reason.trimmed());
    q.bind(4, now).bind(5, appointmentId).bind(6, statusId(a->status));
    if (Status s = q.exec(); !s)
        return s;
    if (db.changes() == 0)
        return Core::conflict(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "Appointment %1 was changed meanwhile; look again.")
                .arg(appointmentId));
    if (Status s = writeHistory(m_context, appointmentId, a->status, to, reason.trimmed(), now); !s)
        return s;
    if (Status s = m_context.record(
            Constants::Audit::StatusChange, QLatin1String(Core::Constants::OutcomeOk), a->patientId,
            a->patientMrn,
            QStringLiteral("%1 %2 -> %3%4")
                .arg(appointmentId)
                .arg(statusId(a->status), statusId(to),
                     reason.trimmed().isEmpty() ? QString()
                                                : QStringLiteral(": ") + reason.trimmed()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    QVariantMap data{{QLatin1String(Constants::Events::KeyAppointmentId), appointmentId},
                     {QLatin1String(Constants::Events::KeyPatientId), a->patientId},
                     {QLatin1String(Constants::Events::KeyProviderId), a->providerId},
                     {QLatin1String(Constants::Events::KeyFrom), statusId(a->status)},
                     {QLatin1String(Constants::Events::KeyTo), statusId(to)}};
    m_events.publish({QLatin1String(Constants::Events::AppointmentStatusChanged), data});
    if (to == AppointmentStatus::Cancelled || to == AppointmentStatus::NoShow) {
        data.insert(QLatin1String(Constants::Events::KeyReason), reason.trimmed());
        data.insert(QLatin1String(Constants::Events::KeyStart), a->startText());
        data.insert(QLatin1String(Constants::Events::KeyEnd), a->endText());
        m_events.publish({QLatin1String(to == AppointmentStatus::Cancelled
                                            ? Constants::Events::AppointmentCancelled
                                            : Constants::Events::AppointmentNoShow),
                          data});
    }
    return {};
}

Status BookingService::importAppointments(const QList<Appointment> &appointments)
{
    if (Status s = m_context.require(Permission::ScheduleWrite); !s)
        return s;
    if (appointments.isEmpty())
        return {};
    const Internal::PracticeClock clock(m_setup.timeZone());
    for (const Appointment &a : appointments) {
        if (!a.date.isValid() || a.startMinute < 0 || a.endMinute > 24 * 60
            || a.endMinute - a.startMinute < Constants::MinAppointmentMinutes
            || a.endMinute - a.startMinute > Constants::MaxAppointmentMinutes)
            return Core::invalid(
                QCoreApplication::translate("Ambulo::Scheduling",
                                            "Imported appointment at %1 has no valid time.")
                    .arg(a.startText()));
        if (a.patientId <= 0 || a.providerId <= 0 || a.typeId <= 0)
            return Core::invalid(
                QCoreApplication::translate(
                    "Ambulo::Scheduling",
                    "Imported appointment at %1 lacks a patient, provider or type.")
                    .arg(a.startText()));
    }
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const QString now = Internal::nowText();
    const QString zone = QString::fromUtf8(clock.id());
    for (const Appointment &a : appointments) {
        auto utc = clock.toUtc(a.date, a.startMinute);
        if (!utc)
            return utc.error();
        Query q = db.query(QStringLiteral(
            "INSERT INTO appointments (patient_id, provider_id, room_id, type_id, start_local, "
            "end_local, time_zone, start_utc, status, reason, cancel_reason, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(1, a.patientId).bind(2, a.providerId);
        q.bind(3, a.roomId != 0 ? QVariant(a.roomId) : QVariant()).bind(4, a.typeId);
        q.bind(5, a.startText()).bind(6, a.endText()).bind(7, zone);
        q.bind(8, utc->toSecsSinceEpoch()).bind(9, statusId(a.status)).bind(10, a.reason);
        q.bind(11, a.cancelReason).bind(12, now).bind(13, now);
        if (Status s = q.exec(); !s)
            return Core::invalid(
                QCoreApplication::translate("Ambulo::Scheduling",
                                            "Imported appointment at %1 was refused: %2")
                    .arg(a.startText(), s.error().message));
        if (Status s =
                writeHistory(m_context, db.lastInsertId(), std::nullopt, a.status,
                             QCoreApplication::translate("Ambulo::Scheduling", "imported"), now);
            !s)
            return s;
    }
    if (Status s = m_context.record(
            Constants::Audit::Import, QLatin1String(Core::Constants::OutcomeOk), 0, {},
            QStringLiteral("%1 appointments %2 .. %3")
                .arg(appointments.size())
                .arg(appointments.first().startText(), appointments.last().startText()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish({QLatin1String(Constants::Events::AppointmentsImported),
                      {{QLatin1String(Constants::Events::KeyCount), int(appointments.size())}}});
    return {};
}

Result<qint64> BookingService::applyRemote(const Appointment &a)
{
    if (Status s = m_context.require(Permission::ScheduleWrite, a.patientId); !s)
        return s.error();
    if (!a.date.isValid() || a.startMinute < 0 || a.endMinute > 24 * 60
        || a.endMinute <= a.startMinute || a.patientId <= 0 || a.providerId <= 0 || a.typeId <= 0)
        return Core::invalid(QCoreApplication::translate(
                                 "Ambulo::Scheduling",
                                 "The server's appointment at %1 lacks a time, patient, provider "
                                 "or type.")
                                 .arg(a.startText()));
    const Internal::PracticeClock clock(m_setup.timeZone());
    auto utc = clock.toUtc(a.date, a.startMinute);
    if (!utc)
        return utc.error();
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const QString now = Internal::nowText();
    qint64 id = a.id;
    std::optional<AppointmentStatus> from;
    if (id == 0) {
        Query q = db.query(QStringLiteral(
            "INSERT INTO appointments (patient_id, provider_id, type_id, start_local, end_local, "
            "time_zone, start_utc, status, reason, cancel_reason, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(1, a.patientId).bind(2, a.providerId).bind(3, a.typeId);
        q.bind(4, a.startText()).bind(5, a.endText()).bind(6, QString::fromUtf8(clock.id()));
        q.bind(7, utc->toSecsSinceEpoch()).bind(8, statusId(a.status)).bind(9, a.reason);
        q.bind(10, a.cancelReason).bind(11, now).bind(12, now);
        if (Status s = q.exec(); !s)
            return s.error();
        id = db.lastInsertId();
    } else {
        auto old = Internal::loadAppointment(db, id);
        if (!old)
            return old.error();
        from = old->status;
        Query q = db.query(QStringLiteral(
            "UPDATE appointments SET patient_id = ?, provider_id = ?, type_id = ?, "
            "start_local = ?, end_local = ?, time_zone = ?, start_utc = ?, status = ?, "
            "reason = ?, cancel_reason = ?, updated_at = ? WHERE id = ?"));
        q.bind(1, a.patientId).bind(2, a.providerId).bind(3, a.typeId);
        q.bind(4, a.startText()).bind(5, a.endText()).bind(6, QString::fromUtf8(clock.id()));
        q.bind(7, utc->toSecsSinceEpoch()).bind(8, statusId(a.status)).bind(9, a.reason);
        q.bind(10, a.cancelReason).bind(11, now).bind(12, id);
        if (Status s = q.exec(); !s)
            return s.error();
    }
    if (!from || *from != a.status) {
        if (Status s = writeHistory(m_context, id, from, a.status, a.cancelReason, now); !s)
            return s.error();
    } else if (Status s = Core::ChangeLog::record(db, QStringLiteral("Appointment"), id,
                                                  QStringLiteral("update"), m_context.origin(),
                                                  statusId(a.status));
               !s) {
        return s.error();
    }
    auto patient = Internal::loadPatient(db, a.patientId);
    if (!patient)
        return patient.error();
    if (Status s =
            m_context.record(Constants::Audit::Remote, QLatin1String(Core::Constants::OutcomeOk),
                             a.patientId, patient->mrn,
                             QStringLiteral("%1 %2 provider %3 %4")
                                 .arg(id)
                                 .arg(a.startText())
                                 .arg(a.providerId)
                                 .arg(statusId(a.status)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!from)
        m_events.publish({QLatin1String(Constants::Events::AppointmentBooked),
                          {{QLatin1String(Constants::Events::KeyAppointmentId), id},
                           {QLatin1String(Constants::Events::KeyPatientId), a.patientId},
                           {QLatin1String(Constants::Events::KeyProviderId), a.providerId},
                           {QLatin1String(Constants::Events::KeyStart), a.startText()}}});
    return id;
}

} // namespace Ambulo::Scheduling
