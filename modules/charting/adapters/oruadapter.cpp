#include "modules/charting/adapters/oruadapter.h"

#include "connectors/hl7/adapters/hl7patient.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingservices.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Ambulo::Charting {

namespace {

// Messages are translated with QCoreApplication::translate("Ambulo::Charting", ...) spelled out
// at each call: lupdate files a free function's tr() under whatever qualifies the call.

QString get(const Hl7::Message &m, const QString &path)
{
    const auto v = m.get(QStringView(path));
    return v ? v->text() : QString();
}

// HL7 DTM: YYYY[MM[DD[HH[MM[SS[.S...]]]]]][+/-ZZZZ]. Without an offset, the practice's local
// time (this workstation's zone).
QDateTime parseDtm(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    int offsetSeconds = 0;
    bool hasOffset = false;
    const qsizetype sign = std::max(t.indexOf(QLatin1Char('+')), t.indexOf(QLatin1Char('-')));
    if (sign > 0) {
        const QString z = t.mid(sign + 1);
        if (z.size() != 4)
            return {};
        offsetSeconds = (z.left(2).toInt() * 60 + z.mid(2).toInt()) * 60;
        if (t.at(sign) == QLatin1Char('-'))
            offsetSeconds = -offsetSeconds;
        hasOffset = true;
        t = t.left(sign);
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0)
        t = t.left(dot);
    static const char *formats[] = {"yyyyMMddHHmmss", "yyyyMMddHHmm", "yyyyMMddHH", "yyyyMMdd"};
    for (const char *f : formats) {
        if (t.size() != qsizetype(qstrlen(f)))
            continue;
        QDateTime dt = QDateTime::fromString(t, QString::fromLatin1(f));
        if (!dt.isValid())
            return {};
        if (hasOffset)
            dt = QDateTime(dt.date(), dt.time(), QTimeZone(offsetSeconds));
        return dt;
    }
    return {};
}

class OruHandler : public Hl7::InboundHandler
{
public:
    explicit OruHandler(Hl7::HandlerContext &context)
        : m_services(context.services)
        , m_charting(context.services, context.events)
    {}

    QStringList messageTypes() const override { return {QStringLiteral("ORU^R01")}; }

    Hl7::Outcome apply(const Hl7::Message &m) override
    {
        const QList<Core::PatientIdentifier> ids = Hl7::readIdentifiers(m, QStringLiteral("PID-3"));
        if (ids.isEmpty())
            return Hl7::Outcome::failed(
                QStringLiteral("101"), QStringLiteral("PID-3"),
                QCoreApplication::translate("Ambulo::Charting",
                                            "PID-3 holds no patient identifier."));
        const Hl7::PatientLookup found =
            Hl7::findPatient(m_services.patients(), ids, QStringLiteral("PID-3"));
        if (found.failure)
            return *found.failure;
        qint64 patientId = found.id;
        if (patientId == 0) {
            // Many labs echo the number the order carried under their own namespace: the
            // MR-typed (or first) value is tried as our MRN.
            auto byMrn = m_services.patients().findByMrn(patientMrn(ids));
            if (!byMrn)
                return Hl7::Outcome::fromError(byMrn.error(), QStringLiteral("PID-3"));
            patientId = byMrn.value(); // follows a merge to the surviving record
        }
        if (patientId == 0) {
            QStringList named;
            for (const Core::PatientIdentifier &id : ids)
                named << (id.authority.isEmpty()
                              ? id.value
                              : QStringLiteral("%1 (%2)").arg(id.value, id.authority));
            return Hl7::Outcome::failed(
                QStringLiteral("204"), QStringLiteral("PID-3"),
                QCoreApplication::translate(
                    "Ambulo::Charting",
                    "No patient is known here by %1, nor has that MRN; results are filed only "
                    "for registered patients.")
                    .arg(named.join(QLatin1String(", "))));
        }
        auto mrnOf = m_services.patients().mrnOf(patientId);
        if (!mrnOf)
            return Hl7::Outcome::fromError(mrnOf.error(), QStringLiteral("PID-3"));
        const QString mrn = mrnOf.value();
        const QString facility = get(m, QStringLiteral("MSH-4-1"));
        const QString application = get(m, QStringLiteral("MSH-3-1"));
        QList<ResultOrder> orders;
        int obr = 0;
        int obx = 0;
        for (int i = 0; i < m.segmentCount(); ++i) {
            const QByteArray name = m.segmentName(i);
            if (name == "OBR") {
                ++obr;
                const QString p = QStringLiteral("OBR(%1)-").arg(obr);
                ResultOrder o;
                o.placerNumber = get(m, p + QStringLiteral("2-1"));
                o.fillerNumber = get(m, p + QStringLiteral("3-1"));
                o.source = get(m, p + QStringLiteral("3-2"));
                if (o.source.isEmpty())
                    o.source = facility.isEmpty() ? application : facility;
                o.testCode = get(m, p + QStringLiteral("4-1"));
                o.testName = get(m, p + QStringLiteral("4-2"));
                o.collectedAt = parseDtm(get(m, p + QStringLiteral("7")));
                o.reportedAt = parseDtm(get(m, p + QStringLiteral("22")));
                o.status = get(m, p + QStringLiteral("25"));
                if (o.fillerNumber.isEmpty())
                    return Hl7::Outcome::failed(
                        QStringLiteral("101"), QStringLiteral("OBR(%1)-3").arg(obr),
                        QCoreApplication::translate("Ambulo::Charting",
                                                    "The order has no filler order number."));
                orders << o;
            } else if (name == "OBX") {
                ++obx;
                if (orders.isEmpty())
                    return Hl7::Outcome::failed(
                        QStringLiteral("100"), QStringLiteral("OBX(%1)").arg(obx),
                        QCoreApplication::translate("Ambulo::Charting",
                                                    "An OBX segment comes before any OBR."));
                const QString p = QStringLiteral("OBX(%1)-").arg(obx);
                Observation o;
                bool ok = false;
                o.setId = get(m, p + QStringLiteral("1")).toInt(&ok);
                if (!ok || o.setId <= 0)
                    o.setId = int(orders.last().observations.size()) + 1;
                o.valueType = get(m, p + QStringLiteral("2"));
                o.code = get(m, p + QStringLiteral("3-1"));
                o.name = get(m, p + QStringLiteral("3-2"));
                if (o.code.isEmpty())
                    return Hl7::Outcome::failed(
                        QStringLiteral("101"), p + QStringLiteral("3"),
                        QCoreApplication::translate("Ambulo::Charting",
                                                    "The observation has no code."));
                if (o.valueType == QLatin1String("CE") || o.valueType == QLatin1String("CWE")) {
                    const QString text = get(m, p + QStringLiteral("5-2"));
                    o.value = text.isEmpty() ? get(m, p + QStringLiteral("5-1")) : text;
                } else if (o.valueType == QLatin1String("NM")) {
                    o.value = get(m, p + QStringLiteral("5")).trimmed();
                    const double v = o.value.toDouble(&ok);
                    if (!o.value.isEmpty() && !ok)
                        return Hl7::Outcome::failed(
                            QStringLiteral("102"), p + QStringLiteral("5"),
                            QCoreApplication::translate("Ambulo::Charting",
                                                        "'%1' is not a number (OBX-2 is NM).")
                                .arg(o.value.left(40)));
                    if (ok)
                        o.numericValue = v;
                } else {
                    o.value = get(m, p + QStringLiteral("5"));
                }
                o.units = get(m, p + QStringLiteral("6-1"));
                o.referenceRange = get(m, p + QStringLiteral("7"));
                o.abnormalFlag = get(m, p + QStringLiteral("8"));
                o.status = get(m, p + QStringLiteral("11"));
                o.performedAt = parseDtm(get(m, p + QStringLiteral("14")));
                orders.last().observations << o;
            }
        }
        if (orders.isEmpty())
            return Hl7::Outcome::failed(
                QStringLiteral("100"), QStringLiteral("OBR"),
                QCoreApplication::translate("Ambulo::Charting",
                                            "The message holds no OBR segment."));
        int observations = 0;
        for (const ResultOrder &o : std::as_const(orders)) {
            auto id = m_charting.results().file(patientId, o);
            if (!id)
                return Hl7::Outcome::fromError(id.error(), QStringLiteral("PID-3"));
            observations += int(o.observations.size());
        }
        return Hl7::Outcome::done(QStringLiteral("patient %1: %2 orders, %3 observations filed")
                                      .arg(mrn)
                                      .arg(orders.size())
                                      .arg(observations));
    }

private:
    static QString patientMrn(const QList<Core::PatientIdentifier> &ids)
    {
        for (const Core::PatientIdentifier &id : ids) {
            if (id.typeCode == QLatin1String("MR"))
                return id.value;
        }
        return ids.first().value;
    }

    Core::Services &m_services;
    ChartingServices m_charting;
};

} // namespace

Hl7::AdapterSet oruAdapter()
{
    Hl7::AdapterSet set;
    set.inbound = [](Hl7::HandlerContext &context) -> std::unique_ptr<Hl7::InboundHandler> {
        return std::make_unique<OruHandler>(context);
    };
    return set;
}

} // namespace Ambulo::Charting
