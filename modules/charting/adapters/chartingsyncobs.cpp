// The Observation adapter: vitals sets and lab results, one FHIR type (chartingsync.h).
#include "modules/charting/adapters/chartingsync.h"

#include "core/session/services.h"
#include "core/store/database.h"
#include "modules/charting/adapters/chartingsyncsupport.h"
#include "modules/charting/domain/chartingconstants.h"

#include <QRegularExpression>

#include <cmath>

namespace Ambulo::Charting {

using namespace SyncSupport;
namespace C = Constants;

namespace {

// Persisted on the server; defined once.
constexpr char LoincSystem[] = "http://loinc.org";
constexpr char UcumSystem[] = "http://unitsofmeasure.org";
constexpr char CategorySystem[] = "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr char InterpretationSystem[] =
    "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
constexpr char LocalCodeSystem[] = "https://ambulo.example/fhir/CodeSystem/lab-code";
constexpr char OrderExtension[] = "https://ambulo.example/fhir/StructureDefinition/result-order";
constexpr char VitalSigns[] = "vital-signs";
constexpr char Laboratory[] = "laboratory";
constexpr char VitalsPanel[] = "85353-1";

// LOINC codes of the readings a vitals set holds.
constexpr char Systolic[] = "8480-6";
constexpr char Diastolic[] = "8462-4";
constexpr char HeartRate[] = "8867-4";
constexpr char BodyTemperature[] = "8310-5";
constexpr char BodyWeight[] = "29463-7";
constexpr char BodyHeight[] = "8302-2";
constexpr char Bmi[] = "39156-5";
constexpr char SpO2Pulse[] = "59408-5";
constexpr char SpO2[] = "2708-6";
constexpr char RespiratoryRate[] = "9279-1";

QJsonObject quantity(double value, const char *ucum, const QString &unit)
{
    return QJsonObject{{"value", value},
                       {"unit", unit},
                       {"system", QLatin1String(UcumSystem)},
                       {"code", QLatin1String(ucum)}};
}

QJsonObject component(const char *code, const QString &display, const QJsonObject &value)
{
    return QJsonObject{{"code", codeable(LoincSystem, QLatin1String(code), display)},
                       {"valueQuantity", value}};
}

QString fhirStatus(const QString &hl7)
{
    if (hl7 == QLatin1String("P") || hl7 == QLatin1String("R"))
        return QStringLiteral("preliminary");
    if (hl7 == QLatin1String("C"))
        return QStringLiteral("corrected");
    if (hl7 == QLatin1String("X"))
        return QStringLiteral("cancelled");
    if (hl7 == QLatin1String("W"))
        return QStringLiteral("entered-in-error");
    if (hl7 == QLatin1String("I"))
        return QStringLiteral("registered");
    return QStringLiteral("final");
}

QString hl7Status(const QString &fhir)
{
    if (fhir == QLatin1String("preliminary"))
        return QStringLiteral("P");
    if (fhir == QLatin1String("corrected") || fhir == QLatin1String("amended"))
        return QStringLiteral("C");
    if (fhir == QLatin1String("cancelled"))
        return QStringLiteral("X");
    if (fhir == QLatin1String("entered-in-error"))
        return QStringLiteral("W");
    if (fhir == QLatin1String("registered"))
        return QStringLiteral("I");
    return QStringLiteral("F");
}

QString categoryOf(const QJsonObject &r)
{
    for (const QJsonValue &c : r.value(QLatin1String("category")).toArray()) {
        const QString code = codeIn(c, CategorySystem);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

// The first coding's code of a CodeableConcept.
QString anyCode(const QJsonValue &value)
{
    return value.toObject()
        .value(QLatin1String("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

// Every LOINC code a CodeableConcept carries.
QStringList loincCodes(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &c : value.toObject().value(QLatin1String("coding")).toArray()) {
        if (c.toObject().value(QLatin1String("system")).toString() == QLatin1String(LoincSystem))
            out << c.toObject().value(QLatin1String("code")).toString();
    }
    return out;
}

std::optional<int> whole(std::optional<double> v)
{
    return v ? std::optional<int>(int(std::lround(*v))) : std::nullopt;
}

} // namespace

QString ObservationSyncAdapter::resourceType() const
{
    return QLatin1String(C::Entity::Observation);
}

QStringList ObservationSyncAdapter::mergeUnits() const
{
    return {QStringLiteral("status"),         QStringLiteral("category"),
            QStringLiteral("code"),           QStringLiteral("subject"),
            QStringLiteral("encounter"),      QStringLiteral("effectiveDateTime"),
            QStringLiteral("issued"),         QStringLiteral("valueQuantity"),
            QStringLiteral("valueString"),    QStringLiteral("component"),
            QStringLiteral("referenceRange"), QStringLiteral("interpretation"),
            QStringLiteral("extension")};
}

QJsonObject ObservationSyncAdapter::buildRemoved(const QJsonObject &base) const
{
    QJsonObject r = base;
    r.insert(QLatin1String("status"), QStringLiteral("entered-in-error"));
    return r;
}

bool ObservationSyncAdapter::removedOnServer(const QJsonObject &resource) const
{
    return resource.value(QLatin1String("status")).toString() == QLatin1String("entered-in-error");
}

Core::Result<Sync::Built> ObservationSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                        const QJsonObject &base)
{
    if (localId < 0)
        return buildVitals(engine, -localId, base);
    return buildResult(engine, localId, base);
}

Core::Result<Sync::Built> ObservationSyncAdapter::buildVitals(Sync::SyncEngine &engine,
                                                              qint64 vitalsId,
                                                              const QJsonObject &base)
{
    Core::Result<std::optional<Vitals>> found =
        VitalsService::byId(m_services.context().db(), vitalsId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Sync::Built{{}, {}, true};
    const Vitals &v = found->value();
    Core::Result<Ref> patient = referTo(engine, PatientType, v.patientId);
    if (!patient)
        return patient.error();
    if (patient->wait)
        return *patient->wait;
    QString encounter;
    if (v.encounterId > 0) {
        Core::Result<Ref> ref = referTo(engine, EncounterType, v.encounterId);
        if (!ref)
            return ref.error();
        if (ref->wait)
            return *ref->wait;
        encounter = ref->reference;
    }
    QJsonArray components;
    if (v.systolic && v.diastolic) {
        components.append(component(Systolic, QStringLiteral("Systolic blood pressure"),
                                    quantity(*v.systolic, "mm[Hg]", QStringLiteral("mmHg"))));
        components.append(component(Diastolic, QStringLiteral("Diastolic blood pressure"),
                                    quantity(*v.diastolic, "mm[Hg]", QStringLiteral("mmHg"))));
    }
    if (v.pulse)
        components.append(component(HeartRate, QStringLiteral("Heart rate"),
                                    quantity(*v.pulse, "/min", QStringLiteral("/min"))));
    if (v.temperatureC)
        components.append(component(BodyTemperature, QStringLiteral("Body temperature"),
                                    quantity(*v.temperatureC, "Cel", QStringLiteral("°C"))));
    if (v.weightKg)
        components.append(component(BodyWeight, QStringLiteral("Body weight"),
                                    quantity(*v.weightKg, "kg", QStringLiteral("kg"))));
    if (v.heightCm)
        components.append(component(BodyHeight, QStringLiteral("Body height"),
                                    quantity(*v.heightCm, "cm", QStringLiteral("cm"))));
    if (v.bmi)
        components.append(component(Bmi, QStringLiteral("Body mass index"),
                                    quantity(*v.bmi, "kg/m2", QStringLiteral("kg/m2"))));
    if (v.spo2) {
        QJsonObject spo2 =
            component(SpO2Pulse, QStringLiteral("Oxygen saturation by pulse oximetry"),
                      quantity(*v.spo2, "%", QStringLiteral("%")));
        QJsonObject code = spo2.value(QLatin1String("code")).toObject();
        QJsonArray codings = code.value(QLatin1String("coding")).toArray();
        codings.append(
            coding(LoincSystem, QLatin1String(SpO2), QStringLiteral("Oxygen saturation")));
        code.insert(QLatin1String("coding"), codings);
        spo2.insert(QLatin1String("code"), code);
        components.append(spo2);
    }
    if (v.respRate)
        components.append(component(RespiratoryRate, QStringLiteral("Respiratory rate"),
                                    quantity(*v.respRate, "/min", QStringLiteral("/min"))));

    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), QLatin1String(C::Entity::Observation));
    r.insert(QLatin1String("status"), QStringLiteral("final"));
    r.insert(QLatin1String("category"),
             QJsonArray{codeable(CategorySystem, QLatin1String(VitalSigns),
                                 QStringLiteral("Vital Signs"))});
    QJsonObject code =
        codeable(LoincSystem, QLatin1String(VitalsPanel), QStringLiteral("Vital signs panel"));
    code.insert(QLatin1String("text"), QStringLiteral("Vital signs"));
    r.insert(QLatin1String("code"), code);
    r.insert(QLatin1String("subject"), reference(patient->reference));
    put(r, QStringLiteral("encounter"), encounter.isEmpty() ? QJsonObject() : reference(encounter));
    r.insert(QLatin1String("effectiveDateTime"), instant(v.takenAt));
    put(r, QStringLiteral("component"), components);
    for (const char *unit : {"issued", "valueQuantity", "valueString", "referenceRange",
                             "interpretation", "extension", "text"})
        r.remove(QLatin1String(unit));
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Built> ObservationSyncAdapter::buildResult(Sync::SyncEngine &engine,
                                                              qint64 observationId,
                                                              const QJsonObject &base)
{
    Core::Result<std::optional<ResultOrder>> found =
        ResultService::observationOrder(m_services.context().db(), observationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Sync::Built{{}, {}, true};
    const ResultOrder &order = found->value();
    const Observation &o = order.observations.constFirst();
    Core::Result<Ref> patient = referTo(engine, PatientType, order.patientId);
    if (!patient)
        return patient.error();
    if (patient->wait)
        return *patient->wait;

    static const QRegularExpression loinc(QStringLiteral("^[0-9]{1,7}-[0-9]$"));
    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), QLatin1String(C::Entity::Observation));
    r.insert(QLatin1String("status"), fhirStatus(o.status));
    r.insert(QLatin1String("category"),
             QJsonArray{codeable(CategorySystem, QLatin1String(Laboratory),
                                 QStringLiteral("Laboratory"))});
    QJsonObject code =
        codeable(loinc.match(o.code).hasMatch() ? LoincSystem : LocalCodeSystem, o.code, o.name);
    put(code, QStringLiteral("text"), o.name);
    r.insert(QLatin1String("code"), code);
    r.insert(QLatin1String("subject"), reference(patient->reference));
    put(r, QStringLiteral("effectiveDateTime"), instant(o.performedAt));
    put(r, QStringLiteral("issued"), instant(order.reportedAt));
    if (o.numericValue) {
        QJsonObject q{{"value", *o.numericValue}};
        put(q, QStringLiteral("unit"), o.units);
        r.insert(QLatin1String("valueQuantity"), q);
        r.remove(QLatin1String("valueString"));
    } else {
        r.remove(QLatin1String("valueQuantity"));
        put(r, QStringLiteral("valueString"), o.value);
    }
    put(r, QStringLiteral("referenceRange"),
        o.referenceRange.isEmpty() ? QJsonArray()
                                   : QJsonArray{QJsonObject{{"text", o.referenceRange}}});
    put(r, QStringLiteral("interpretation"),
        o.abnormalFlag.isEmpty() ? QJsonArray()
                                 : QJsonArray{codeable(InterpretationSystem, o.abnormalFlag)});
    // The order this observation was filed under, so a pulled one files under the same order
    // (and a resend of it by the lab updates the same rows).
    QJsonArray parts;
    const auto part = [&](const char *name, const QJsonValue &value, const char *key) {
        if (!(value.isString() && value.toString().isEmpty()))
            parts.append(QJsonObject{{"url", QLatin1String(name)}, {QLatin1String(key), value}});
    };
    part("source", order.source, "valueString");
    part("filler", order.fillerNumber, "valueString");
    part("placer", order.placerNumber, "valueString");
    part("testCode", order.testCode, "valueString");
    part("testName", order.testName, "valueString");
    part("orderStatus", order.status, "valueString");
    part("collected", instant(order.collectedAt), "valueDateTime");
    part("setId", o.setId, "valueInteger");
    part("valueType", o.valueType, "valueString");
    part("valueText", o.value, "valueString");
    QJsonArray extensions;
    for (const QJsonValue &e : base.value(QLatin1String("extension")).toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString() != QLatin1String(OrderExtension))
            extensions.append(e);
    }
    extensions.append(QJsonObject{{"url", QLatin1String(OrderExtension)}, {"extension", parts}});
    r.insert(QLatin1String("extension"), extensions);
    r.remove(QLatin1String("component"));
    r.remove(QLatin1String("encounter"));
    r.remove(QLatin1String("text"));
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied>
ObservationSyncAdapter::apply(Sync::SyncEngine &engine, const QJsonObject &resource, qint64 localId)
{
    Core::Result<qint64> patient = localOf(engine, PatientType, resource.value("subject"));
    if (!patient)
        return patient.error();
    if (patient.value() == 0)
        return Sync::Applied{0, QStringLiteral("its patient is not known here"), false};
    const QString category = categoryOf(resource);
    if (category == QLatin1String(VitalSigns))
        return applyVitals(engine, resource, patient.value(), localId < 0 ? -localId : 0);
    if (category == QLatin1String(Laboratory))
        return applyResult(resource, patient.value(), localId > 0 ? localId : 0);
    return Sync::Applied{
        0, QStringLiteral("category '%1' is neither vital signs nor a lab result").arg(category),
        false};
}

Core::Result<Sync::Applied> ObservationSyncAdapter::applyVitals(Sync::SyncEngine &engine,
                                                                const QJsonObject &resource,
                                                                qint64 patientId, qint64 vitalsId)
{
    Vitals v;
    v.id = vitalsId;
    v.patientId = patientId;
    v.takenAt = parseInstant(resource.value(QLatin1String("effectiveDateTime")).toString());
    if (!v.takenAt.isValid())
        return Sync::Applied{0, QStringLiteral("the vital signs have no time"), false};
    Core::Result<qint64> encounter = localOf(engine, EncounterType, resource.value("encounter"));
    if (!encounter)
        return encounter.error();
    v.encounterId = encounter.value();
    // The panel's components, or the resource itself when it is one reading (US Core style).
    QJsonArray readings = resource.value(QLatin1String("component")).toArray();
    if (resource.contains(QLatin1String("valueQuantity")))
        readings.append(resource);
    std::optional<double> systolic, diastolic, pulse, spo2, resp;
    for (const QJsonValue &value : std::as_const(readings)) {
        const QJsonObject reading = value.toObject();
        const QJsonObject q = reading.value(QLatin1String("valueQuantity")).toObject();
        if (!q.value(QLatin1String("value")).isDouble())
            continue;
        const double x = q.value(QLatin1String("value")).toDouble();
        const QString unit = q.value(QLatin1String("code")).toString();
        const QStringList codes = loincCodes(reading.value(QLatin1String("code")));
        if (codes.contains(QLatin1String(Systolic)))
            systolic = x;
        else if (codes.contains(QLatin1String(Diastolic)))
            diastolic = x;
        else if (codes.contains(QLatin1String(HeartRate)))
            pulse = x;
        else if (codes.contains(QLatin1String(BodyTemperature)))
            v.temperatureC = unit == QLatin1String("[degF]") ? (x - 32.0) * 5.0 / 9.0 : x;
        else if (codes.contains(QLatin1String(BodyWeight)))
            v.weightKg = unit == QLatin1String("[lb_av]") ? x * 0.45359237 : x;
        else if (codes.contains(QLatin1String(BodyHeight)))
            v.heightCm = unit == QLatin1String("[in_i]") ? x * 2.54 : x;
        else if (codes.contains(QLatin1String(SpO2Pulse)) || codes.contains(QLatin1String(SpO2)))
            spo2 = x;
        else if (codes.contains(QLatin1String(RespiratoryRate)))
            resp = x;
    }
    v.systolic = whole(systolic);
    v.diastolic = whole(diastolic);
    v.pulse = whole(pulse);
    v.spo2 = whole(spo2);
    v.respRate = whole(resp);
    if (vitalsId != 0) {
        Core::Result<std::optional<Vitals>> current =
            VitalsService::byId(m_services.context().db(), vitalsId);
        if (!current)
            return current.error();
        if (!current->has_value() || current->value().patientId != patientId)
            v.id = 0;
        else
            v.recordedBy = current->value().recordedBy;
    }
    FhirOrigin origin(m_services.context());
    Core::Result<qint64> id = m_charting.vitals().applyRemote(v);
    if (!id) {
        if (id.error().code == Core::ErrorCode::Denied)
            return id.error();
        return Sync::Applied{0, id.error().message, false};
    }
    return Sync::Applied{VitalsService::changeId(id.value()), {}, false};
}

Core::Result<Sync::Applied> ObservationSyncAdapter::applyResult(const QJsonObject &resource,
                                                                qint64 patientId, qint64)
{
    Observation o;
    o.code = anyCode(resource.value(QLatin1String("code")));
    if (o.code.isEmpty())
        return Sync::Applied{0, QStringLiteral("the result has no code"), false};
    const QJsonObject codeConcept = resource.value(QLatin1String("code")).toObject();
    o.name = codeConcept.value(QLatin1String("text")).toString();
    if (o.name.isEmpty())
        o.name = codeConcept.value("coding").toArray().at(0).toObject().value("display").toString();
    o.status = hl7Status(resource.value(QLatin1String("status")).toString());
    o.performedAt = parseInstant(resource.value(QLatin1String("effectiveDateTime")).toString());
    const QJsonObject quantityValue = resource.value(QLatin1String("valueQuantity")).toObject();
    if (quantityValue.value(QLatin1String("value")).isDouble()) {
        o.numericValue = quantityValue.value(QLatin1String("value")).toDouble();
        o.value = QString::number(*o.numericValue);
        o.units = quantityValue.value(QLatin1String("unit")).toString();
        if (o.units.isEmpty())
            o.units = quantityValue.value(QLatin1String("code")).toString();
        o.valueType = QStringLiteral("NM");
    } else if (resource.value(QLatin1String("valueString")).isString()) {
        o.value = resource.value(QLatin1String("valueString")).toString();
        o.valueType = QStringLiteral("ST");
    }
    const QJsonObject range =
        resource.value(QLatin1String("referenceRange")).toArray().at(0).toObject();
    o.referenceRange = range.value(QLatin1String("text")).toString();
    if (o.referenceRange.isEmpty() && range.contains(QLatin1String("low"))
        && range.contains(QLatin1String("high")))
        o.referenceRange = QStringLiteral("%1-%2")
                               .arg(range.value("low").toObject().value("value").toDouble())
                               .arg(range.value("high").toObject().value("value").toDouble());
    o.abnormalFlag = codeIn(resource.value(QLatin1String("interpretation")).toArray().at(0),
                            InterpretationSystem);

    ResultOrder order;
    order.patientId = patientId;
    order.source = QStringLiteral("fhir");
    order.fillerNumber = resource.value(QLatin1String("id")).toString();
    order.testCode = o.code;
    order.testName = o.name;
    order.status = o.status;
    order.collectedAt = o.performedAt;
    order.reportedAt = parseInstant(resource.value(QLatin1String("issued")).toString());
    o.setId = 1;
    for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString() != QLatin1String(OrderExtension))
            continue;
        for (const QJsonValue &p : e.toObject().value(QLatin1String("extension")).toArray()) {
            const QJsonObject part = p.toObject();
            const QString name = part.value(QLatin1String("url")).toString();
            const QString text = part.value(QLatin1String("valueString")).toString();
            if (name == QLatin1String("source"))
                order.source = text;
            else if (name == QLatin1String("filler"))
                order.fillerNumber = text;
            else if (name == QLatin1String("placer"))
                order.placerNumber = text;
            else if (name == QLatin1String("testCode"))
                order.testCode = text;
            else if (name == QLatin1String("testName"))
                order.testName = text;
            else if (name == QLatin1String("orderStatus"))
                order.status = text;
            else if (name == QLatin1String("collected"))
                order.collectedAt = parseInstant(part.value("valueDateTime").toString());
            else if (name == QLatin1String("setId"))
                o.setId = part.value(QLatin1String("valueInteger")).toInt(1);
            else if (name == QLatin1String("valueType"))
                o.valueType = text;
            else if (name == QLatin1String("valueText"))
                o.value = text;
        }
    }
    order.observations = {o};
    FhirOrigin origin(m_services.context());
    Core::Result<qint64> id = m_charting.results().applyRemote(patientId, order);
    if (!id) {
        if (id.error().code == Core::ErrorCode::Denied)
            return id.error();
        return Sync::Applied{0, id.error().message, false};
    }
    return Sync::Applied{id.value(), {}, false};
}

Core::Result<QList<qint64>> ObservationSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    // Vitals sets under their change-log ids (below zero), then lab observations.
    Core::Result<QList<qint64>> vitals =
        Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM vitals ORDER BY id"));
    if (!vitals)
        return vitals;
    Core::Result<QList<qint64>> ids =
        Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM observations ORDER BY id"));
    if (!ids)
        return ids;
    QList<qint64> all;
    for (const qint64 id : std::as_const(vitals.value()))
        all.append(VitalsService::changeId(id));
    all.append(ids.value());
    return all;
}

} // namespace Ambulo::Charting
