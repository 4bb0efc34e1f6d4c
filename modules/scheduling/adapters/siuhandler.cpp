#include "modules/scheduling/adapters/siuhandler.h"

#include "connectors/hl7/adapters/hl7patient.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Ambulo::Scheduling {

using Hl7::Outcome;
using Hl7::text;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Scheduling::SiuHandler", text);
}

int minutesIn(const QString &amount, const QString &units)
{
    bool ok = false;
    const int n = amount.toInt(&ok);
    if (!ok || n <= 0)
        return 0;
    const QString u = units.toUpper();
    if (u == QLatin1String("HR") || u == QLatin1String("H") || u == QLatin1String("HOUR"))
        return n * 60;
    if (u == QLatin1String("S") || u == QLatin1String("SEC"))
        return n / 60;
    return n;
}

} // namespace

struct SiuHandler::Details
{
    bool hasTime = false;
    QDate date;
    int startMinute = 0;
    int minutes = 0;
    QString timeLocation;
    qint64 providerId = 0;
    qint64 roomId = -1; // -1 not given
    qint64 typeId = 0;
    QString reason;
};

SiuHandler::SiuHandler(Hl7::HandlerContext &context)
    : m_context(context)
    , m_scheduling(context.services, context.events)
{}

QStringList SiuHandler::messageTypes() const
{
    return {QStringLiteral("SIU^S12"), QStringLiteral("SIU^S13"), QStringLiteral("SIU^S14"),
            QStringLiteral("SIU^S15"), QStringLiteral("SIU^S26")};
}

QString SiuHandler::source() const
{
    return QStringLiteral("hl7:") + m_context.interfaceName;
}

std::optional<Outcome> SiuHandler::readDetails(const Hl7::Message &m, bool booking, Details &d)
{
    ScheduleSetupService &setup = m_scheduling.setup();
    // Time: AIS-4 (the service's start), else SCH-11-4 (the older timing quantity).
    d.timeLocation = QStringLiteral("AIS-4");
    QString start = text(m, d.timeLocation);
    if (start.isEmpty()) {
        d.timeLocation = QStringLiteral("SCH-11-4");
        start = text(m, d.timeLocation);
    }
    const QTimeZone zone(setup.timeZone());
    if (!start.isEmpty()) {
        const std::optional<QDateTime> at = Hl7::parseTimestamp(start, zone);
        if (!at)
            return Outcome::failed(QStringLiteral("102"), d.timeLocation,
                                   tr("%1 '%2' is not a date and time (YYYYMMDDHHMM).")
                                       .arg(d.timeLocation, start.left(30)));
        const QDateTime local = at->toTimeZone(zone);
        d.hasTime = true;
        d.date = local.date();
        d.startMinute = local.time().hour() * 60 + local.time().minute();
        d.minutes = minutesIn(text(m, QStringLiteral("AIS-7")), text(m, QStringLiteral("AIS-8")));
        if (d.minutes == 0)
            d.minutes =
                minutesIn(text(m, QStringLiteral("SCH-9")), text(m, QStringLiteral("SCH-10")));
        if (d.minutes == 0) {
            const std::optional<QDateTime> end =
                Hl7::parseTimestamp(text(m, QStringLiteral("SCH-11-5")), zone);
            if (end && *end > *at)
                d.minutes = int(at->secsTo(*end) / 60);
        }
    } else if (booking) {
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("AIS-4"),
                               tr("The appointment has no start time (AIS-4 or SCH-11-4)."));
    }

    // Provider: AIP-3 by NPI (XCN-1), else by name.
    const QString providerId = text(m, QStringLiteral("AIP-3-1"));
    const QString family = text(m, QStringLiteral("AIP-3-2"));
    const QString given = text(m, QStringLiteral("AIP-3-3"));
    if (!providerId.isEmpty() || !family.isEmpty()) {
        Core::Result<QList<Core::Practitioner>> all =
            m_context.services.directory().practitioners();
        if (!all)
            return Outcome::fromError(all.error(), QStringLiteral("AIP-3"));
        int byName = 0;
        qint64 nameMatch = 0;
        for (const Core::Practitioner &p : std::as_const(all.value())) {
            if (!providerId.isEmpty() && p.npi == providerId) {
                d.providerId = p.id;
                break;
            }
            if (!family.isEmpty() && p.family.compare(family, Qt::CaseInsensitive) == 0
                && (given.isEmpty() || p.given.compare(given, Qt::CaseInsensitive) == 0)) {
                ++byName;
                nameMatch = p.id;
            }
        }
        if (d.providerId == 0 && byName == 1)
            d.providerId = nameMatch;
        if (d.providerId == 0)
            return Outcome::failed(QStringLiteral("204"), QStringLiteral("AIP-3"),
                                   tr("No provider here matches %1 %2 %3 (NPI or name).")
                                       .arg(providerId, given, family)
                                       .simplified());
    } else if (booking) {
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("AIP-3"),
                               tr("The appointment names no provider (AIP-3)."));
    }

    // Room: AIL-3's room (PL-2), else its point of care (PL-1), by name.
    QString room = text(m, QStringLiteral("AIL-3-2"));
    if (room.isEmpty())
        room = text(m, QStringLiteral("AIL-3-1"));
    if (!room.isEmpty()) {
        Core::Result<QList<Core::Room>> rooms = m_context.services.directory().rooms();
        if (!rooms)
            return Outcome::fromError(rooms.error(), QStringLiteral("AIL-3"));
        for (const Core::Room &r : std::as_const(rooms.value())) {
            if (r.name.compare(room, Qt::CaseInsensitive) == 0) {
                d.roomId = r.id;
                break;
            }
        }
        if (d.roomId < 0)
            return Outcome::failed(QStringLiteral("204"), QStringLiteral("AIL-3"),
                                   tr("No room here is called '%1'.").arg(room.left(60)));
    }

    // Type: AIS-3's code, else SCH-7's (the appointment reason).
    QString typeLocation = QStringLiteral("AIS-3");
    QString code = text(m, typeLocation);
    if (code.isEmpty()) {
        typeLocation = QStringLiteral("SCH-7");
        code = text(m, typeLocation);
    }
    if (!code.isEmpty()) {
        Core::Result<AppointmentType> type = setup.typeByCode(code);
        if (!type || !type->active)
            return Outcome::failed(
                QStringLiteral("204"), typeLocation,
                tr("No appointment type here has the code '%1'.").arg(code.left(30)));
        d.typeId = type->id;
    } else if (booking) {
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("AIS-3"),
                               tr("The appointment has no type (AIS-3 or SCH-7)."));
    }
    d.reason = text(m, QStringLiteral("SCH-7-2"));
    return std::nullopt;
}

Outcome SiuHandler::apply(const Hl7::Message &message)
{
    const QString trigger = text(message, QStringLiteral("MSH-9-2"));
    const QString placer = text(message, QStringLiteral("SCH-1-1"));
    const QString filler = text(message, QStringLiteral("SCH-2-1"));
    if (placer.isEmpty() && filler.isEmpty())
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("SCH-2"),
                               tr("The appointment has no id (SCH-1 or SCH-2)."));
    Core::Result<qint64> existing = m_scheduling.links().find(source(), placer, filler);
    if (!existing)
        return Outcome::fromError(existing.error());
    if (trigger == QLatin1String("S12")) {
        if (existing.value() != 0)
            return Outcome::done(
                tr("appointment %1 already booked (resend)").arg(existing.value()));
        return book(message, placer, filler);
    }
    if (existing.value() == 0)
        return Outcome::failed(
            QStringLiteral("204"),
            filler.isEmpty() ? QStringLiteral("SCH-1") : QStringLiteral("SCH-2"),
            tr("No appointment here has the id %1.").arg(filler.isEmpty() ? placer : filler));
    if (trigger == QLatin1String("S13"))
        return reschedule(message, existing.value());
    if (trigger == QLatin1String("S14"))
        return modify(message, existing.value());
    if (trigger == QLatin1String("S15"))
        return setStatus(message, existing.value(), AppointmentStatus::Cancelled);
    if (trigger == QLatin1String("S26"))
        return setStatus(message, existing.value(), AppointmentStatus::NoShow);
    return Outcome::rejected(QStringLiteral("201"),
                             tr("SIU^%1 is not handled here.").arg(trigger.left(10)));
}

Outcome SiuHandler::book(const Hl7::Message &message, const QString &placer, const QString &filler)
{
    const QList<Core::PatientIdentifier> ids =
        Hl7::readIdentifiers(message, QStringLiteral("PID-3"));
    if (ids.isEmpty())
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("PID-3"),
                               QCoreApplication::translate("Ambulo::Scheduling::SiuHandler",
                                                           "PID-3 holds no patient identifier."));
    const Hl7::PatientLookup patient =
        Hl7::findPatient(m_context.services.patients(), ids, QStringLiteral("PID-3"));
    if (patient.failure)
        return *patient.failure;
    if (patient.id == 0)
        return Outcome::failed(QStringLiteral("204"), QStringLiteral("PID-3"),
                               tr("No patient is known here by %1 (%2).")
                                   .arg(ids.first().value, ids.first().authority));
    Details d;
    if (std::optional<Outcome> bad = readDetails(message, true, d))
        return *bad;
    BookingRequest request;
    request.patientId = patient.id;
    request.providerId = d.providerId;
    request.typeId = d.typeId;
    request.date = d.date;
    request.startMinute = d.startMinute;
    request.minutes = d.minutes;
    request.roomId = d.roomId < 0 ? 0 : d.roomId;
    request.reason = d.reason;

    Core::Transaction tx(m_context.services.context().db());
    if (!tx.active())
        return Outcome::fromError(tx.error());
    Core::Result<qint64> id = m_scheduling.booking().book(request);
    if (!id)
        return Outcome::fromError(id.error(), d.timeLocation);
    if (Core::Status s = m_scheduling.links().link({id.value(), source(), placer, filler}); !s)
        return Outcome::fromError(s.error(), QStringLiteral("SCH-2"));
    if (Core::Status s = tx.commit(); !s)
        return Outcome::fromError(s.error());
    return Outcome::done(tr("appointment %1 booked").arg(id.value()));
}

Outcome SiuHandler::reschedule(const Hl7::Message &message, qint64 appointmentId)
{
    Core::Result<Appointment> current = m_scheduling.queries().appointment(appointmentId);
    if (!current)
        return Outcome::fromError(current.error(), QStringLiteral("SCH-2"));
    Details d;
    if (std::optional<Outcome> bad = readDetails(message, false, d))
        return *bad;
    if (!d.hasTime)
        return Outcome::failed(QStringLiteral("101"), QStringLiteral("AIS-4"),
                               tr("A reschedule needs the new start time (AIS-4 or SCH-11-4)."));
    const int minutes = d.minutes > 0 ? d.minutes : current->minutes();
    // A resend finds the appointment at the new time already.
    if (current->date == d.date && current->startMinute == d.startMinute
        && current->minutes() == minutes)
        return Outcome::done(tr("appointment %1 already at %2 (resend)")
                                 .arg(appointmentId)
                                 .arg(current->startText()));
    BookingRequest to;
    to.providerId = d.providerId;
    to.typeId = d.typeId;
    to.date = d.date;
    to.startMinute = d.startMinute;
    to.minutes = minutes;
    to.roomId = d.roomId < 0 ? current->roomId : d.roomId;
    to.reason = d.reason.isEmpty() ? current->reason : d.reason;
    Core::Transaction tx(m_context.services.context().db());
    if (!tx.active())
        return Outcome::fromError(tx.error());
    Core::Result<qint64> id = m_scheduling.booking().reschedule(appointmentId, to);
    if (!id)
        return Outcome::fromError(id.error(), d.timeLocation);
    if (Core::Status s = m_scheduling.links().relink(appointmentId, id.value()); !s)
        return Outcome::fromError(s.error());
    if (Core::Status s = tx.commit(); !s)
        return Outcome::fromError(s.error());
    return Outcome::done(tr("appointment %1 rescheduled as %2").arg(appointmentId).arg(id.value()));
}

Outcome SiuHandler::modify(const Hl7::Message &message, qint64 appointmentId)
{
    Core::Result<Appointment> current = m_scheduling.queries().appointment(appointmentId);
    if (!current)
        return Outcome::fromError(current.error(), QStringLiteral("SCH-2"));
    Details d;
    if (std::optional<Outcome> bad = readDetails(message, false, d))
        return *bad;
    MoveRequest move;
    move.appointmentId = appointmentId;
    move.date = d.hasTime ? d.date : current->date;
    move.startMinute = d.hasTime ? d.startMinute : current->startMinute;
    const int minutes = d.minutes > 0 ? d.minutes : current->minutes();
    move.endMinute = move.startMinute + minutes;
    move.providerId = d.providerId;
    move.roomId = d.roomId;
    const bool unchanged = move.date == current->date && move.startMinute == current->startMinute
                           && move.endMinute == current->endMinute
                           && (d.providerId == 0 || d.providerId == current->providerId)
                           && (d.roomId < 0 || d.roomId == current->roomId);
    if (unchanged)
        return Outcome::done(tr("appointment %1 unchanged").arg(appointmentId));
    if (Core::Status s = m_scheduling.booking().move(move); !s)
        return Outcome::fromError(s.error(), d.timeLocation);
    return Outcome::done(tr("appointment %1 modified").arg(appointmentId));
}

Outcome SiuHandler::setStatus(const Hl7::Message &message, qint64 appointmentId,
                              AppointmentStatus status)
{
    Core::Result<Appointment> current = m_scheduling.queries().appointment(appointmentId);
    if (!current)
        return Outcome::fromError(current.error(), QStringLiteral("SCH-2"));
    if (current->status == status)
        return Outcome::done(
            tr("appointment %1 already %2 (resend)").arg(appointmentId).arg(statusId(status)));
    QString reason;
    if (status == AppointmentStatus::Cancelled) {
        reason = text(message, QStringLiteral("SCH-6-2"));
        if (reason.isEmpty())
            reason = text(message, QStringLiteral("SCH-6-1"));
        if (reason.isEmpty())
            reason = tr("Cancelled by interface %1").arg(m_context.interfaceName);
    }
    if (Core::Status s = m_scheduling.booking().setStatus(appointmentId, status, reason); !s)
        return Outcome::fromError(s.error(), QStringLiteral("SCH-25"));
    return Outcome::done(tr("appointment %1 %2").arg(appointmentId).arg(statusId(status)));
}

} // namespace Ambulo::Scheduling
