#include "connectors/hl7/adapters/patientmessages.h"

#include "connectors/hl7/adapters/adthandler.h"
#include "connectors/hl7/adapters/hl7patient.h"
#include "core/session/services.h"

#include <QCoreApplication>

namespace Ambulo::Hl7 {

PatientMessageBuilder::PatientMessageBuilder(HandlerContext &context)
    : m_context(context)
{}

QStringList PatientMessageBuilder::entities() const
{
    return {QStringLiteral("Patient")};
}

Core::Result<QList<OutboundMessage>> PatientMessageBuilder::build(const Core::Change &change)
{
    QString trigger;
    QString structure = QStringLiteral("ADT_A01");
    if (change.op == QLatin1String("create")) {
        trigger = QStringLiteral("A04");
    } else if (change.op == QLatin1String("update")) {
        trigger = QStringLiteral("A08");
    } else if (change.op == QLatin1String("merge")) {
        trigger = QStringLiteral("A40");
        structure = QStringLiteral("ADT_A39");
    } else {
        return QList<OutboundMessage>();
    }
    Core::PatientService &patients = m_context.services.patients();
    Core::Result<Core::Patient> patient = patients.open(change.entityId);
    if (!patient)
        return patient.error();
    // A record merged away since: the survivor's A40 tells the receiver; an A04/A08 now would
    // carry the survivor's data under the old event.
    if (patient->id != change.entityId)
        return QList<OutboundMessage>();
    Core::Result<QList<Core::PatientIdentifier>> ids = patients.identifiers(patient->id);
    if (!ids)
        return ids.error();

    Message m = Message::create();
    m.set(QStringLiteral("MSH-9-1"), QStringLiteral("ADT"));
    m.set(QStringLiteral("MSH-9-2"), trigger);
    m.set(QStringLiteral("MSH-9-3"), structure);
    m.set(QStringLiteral("EVN-1"), trigger);
    m.set(QStringLiteral("EVN-2"), formatTimestamp(change.at));
    writePid(m, 1, patient.value(), ids.value());
    // PD1-12, the protection indicator: the receiver keeps the record as restricted as we do.
    if (patient->restricted)
        m.set(QStringLiteral("PD1-12"), QStringLiteral("Y"));
    if (trigger == QLatin1String("A40")) {
        Core::Result<QList<Core::PatientMerge>> merges = patients.merges(patient->id);
        if (!merges)
            return merges.error();
        const qint64 mergedId = change.detail.toLongLong();
        QString mergedMrn;
        for (const Core::PatientMerge &merge : std::as_const(merges.value())) {
            if (merge.mergedId == mergedId)
                mergedMrn = merge.mergedMrn;
        }
        if (mergedMrn.isEmpty())
            return Core::invalid(
                QCoreApplication::translate("Ambulo::Hl7::PatientMessageBuilder",
                                            "No merge of patient %1 into %2 is recorded.")
                    .arg(change.detail, patient->mrn));
        m.set(QStringLiteral("MRG-1-1"), mergedMrn);
        m.set(QStringLiteral("MRG-1-4"), QLatin1String(OwnAuthority));
        m.set(QStringLiteral("MRG-1-5"), QStringLiteral("MR"));
    } else {
        // PV1 is required in ADT_A01; an outpatient registration has no visit: class N.
        m.set(QStringLiteral("PV1-1"), QStringLiteral("1"));
        m.set(QStringLiteral("PV1-2"), QStringLiteral("N"));
    }
    return QList<OutboundMessage>{{QStringLiteral("ADT^") + trigger, std::move(m), patient->id}};
}

QList<AdapterSet> coreAdapters()
{
    AdapterSet adt;
    adt.inbound = [](HandlerContext &context) -> std::unique_ptr<InboundHandler> {
        return std::make_unique<AdtHandler>(context);
    };
    adt.outbound = [](HandlerContext &context) -> std::unique_ptr<OutboundBuilder> {
        return std::make_unique<PatientMessageBuilder>(context);
    };
    adt.outboundTypes = {QStringLiteral("ADT^A04"), QStringLiteral("ADT^A08"),
                         QStringLiteral("ADT^A40")};
    return {adt};
}

} // namespace Ambulo::Hl7
