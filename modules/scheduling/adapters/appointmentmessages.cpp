#include "modules/scheduling/adapters/appointmentmessages.h"

#include "connectors/hl7/adapters/hl7patient.h"
#include "core/session/services.h"
#include "modules/scheduling/adapters/siuhandler.h"

#include <QTimeZone>

namespace Ambulo::Scheduling {

namespace {

// HL7 table 0278, filler status codes.
QString fillerStatus(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled:
        return QStringLiteral("Cancelled");
    case AppointmentStatus::NoShow:
        return QStringLiteral("Noshow");
    case AppointmentStatus::Arrived:
    case AppointmentStatus::Roomed:
        return QStringLiteral("Started");
    case AppointmentStatus::Seen:
    case AppointmentStatus::CheckedOut:
        return QStringLiteral("Complete");
    case AppointmentStatus::Booked:
    case AppointmentStatus::Confirmed:
        break;
    }
    return QStringLiteral("Booked");
}

} // namespace

AppointmentMessageBuilder::AppointmentMessageBuilder(Hl7::HandlerContext &context)
    : m_context(context)
    , m_scheduling(context.services, context.events)
{}

QStringList AppointmentMessageBuilder::entities() const
{
    return {QStringLiteral("Appointment")};
}

Core::Result<QList<Hl7::OutboundMessage>>
AppointmentMessageBuilder::build(const Core::Change &change)
{
    ScheduleQueries &queries = m_scheduling.queries();
    Core::Result<Appointment> a = queries.appointment(change.entityId);
    if (!a)
        return a.error();
    QString trigger;
    if (change.op == QLatin1String("create")) {
        trigger = a->rescheduledFrom != 0 ? QStringLiteral("S13") : QStringLiteral("S12");
    } else if (change.op == QLatin1String("update")) {
        const std::optional<AppointmentStatus> status = statusFromId(change.detail);
        if (status == AppointmentStatus::Booked || status == AppointmentStatus::Confirmed)
            trigger = QStringLiteral("S14");
        else if (status == AppointmentStatus::Cancelled)
            trigger = QStringLiteral("S15");
        else if (status == AppointmentStatus::NoShow)
            trigger = QStringLiteral("S26");
    }
    if (trigger.isEmpty())
        return QList<Hl7::OutboundMessage>();

    qint64 placer = a->id;
    for (qint64 previous = a->rescheduledFrom; previous != 0;) {
        Core::Result<Appointment> earlier = queries.appointment(previous);
        if (!earlier)
            return earlier.error();
        placer = earlier->id;
        previous = earlier->rescheduledFrom;
    }
    Core::Result<std::optional<AppointmentLink>> link = m_scheduling.links().linkOf(a->id);
    if (!link)
        return link.error();
    Core::PatientService &patients = m_context.services.patients();
    Core::Result<Core::Patient> patient = patients.open(a->patientId);
    if (!patient)
        return patient.error();
    Core::Result<QList<Core::PatientIdentifier>> ids = patients.identifiers(patient->id);
    if (!ids)
        return ids.error();
    Core::Result<QList<Core::Practitioner>> practitioners =
        m_context.services.directory().practitioners();
    if (!practitioners)
        return practitioners.error();
    Core::Practitioner provider;
    for (const Core::Practitioner &p : std::as_const(practitioners.value())) {
        if (p.id == a->providerId)
            provider = p;
    }

    const QTimeZone zone(a->timeZone.toUtf8());
    const QDateTime start = a->startUtc().toTimeZone(zone);
    const QDateTime end = start.addSecs(qint64(a->minutes()) * 60);
    Hl7::Message m = Hl7::Message::create();
    const auto set = [&m](const char *path, const QString &value) {
        if (!value.isEmpty())
            m.set(QString::fromLatin1(path), value);
    };
    set("MSH-9-1", QStringLiteral("SIU"));
    set("MSH-9-2", trigger);
    set("MSH-9-3", QStringLiteral("SIU_S12"));
    set("SCH-1-1", QString::number(placer));
    set("SCH-1-2", QLatin1String(Hl7::OwnAuthority));
    if (link.value())
        set("SCH-2-1", link.value()->fillerId);
    if (trigger == QLatin1String("S15"))
        set("SCH-6-2", a->cancelReason);
    set("SCH-7-1", a->typeCode);
    set("SCH-7-2", a->reason.isEmpty() ? a->typeName : a->reason);
    set("SCH-9", QString::number(a->minutes()));
    set("SCH-10", QStringLiteral("MIN"));
    set("SCH-11-3", QString::number(a->minutes()));
    set("SCH-11-4", Hl7::formatTimestamp(start));
    set("SCH-11-5", Hl7::formatTimestamp(end));
    set("SCH-25-1", fillerStatus(a->status));
    Hl7::writePid(m, 1, patient.value(), ids.value());
    set("RGS-1", QStringLiteral("1"));
    set("AIS-1", QStringLiteral("1"));
    set("AIS-3-1", a->typeCode);
    set("AIS-3-2", a->typeName);
    set("AIS-4", Hl7::formatTimestamp(start));
    set("AIS-7", QString::number(a->minutes()));
    set("AIS-8", QStringLiteral("MIN"));
    set("AIP-1", QStringLiteral("1"));
    set("AIP-3-1", provider.npi);
    set("AIP-3-2", provider.family);
    set("AIP-3-3", provider.given);
    if (a->roomId != 0) {
        set("AIL-1", QStringLiteral("1"));
        set("AIL-3-2", a->roomName);
    }
    return QList<Hl7::OutboundMessage>{
        {QStringLiteral("SIU^") + trigger, std::move(m), patient->id}};
}

Hl7::AdapterSet hl7Adapters()
{
    Hl7::AdapterSet set;
    set.inbound = [](Hl7::HandlerContext &context) -> std::unique_ptr<Hl7::InboundHandler> {
        return std::make_unique<SiuHandler>(context);
    };
    set.outbound = [](Hl7::HandlerContext &context) -> std::unique_ptr<Hl7::OutboundBuilder> {
        return std::make_unique<AppointmentMessageBuilder>(context);
    };
    set.outboundTypes = {QStringLiteral("SIU^S12"), QStringLiteral("SIU^S13"),
                         QStringLiteral("SIU^S14"), QStringLiteral("SIU^S15"),
                         QStringLiteral("SIU^S26")};
    return set;
}

} // namespace Ambulo::Scheduling
