#include "modules/charting/adapters/chartingsync.h"

#include "core/session/services.h"
#include "core/store/database.h"
#include "modules/charting/adapters/chartingsyncsupport.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"

namespace Ambulo::Charting {

using namespace SyncSupport;
namespace C = Constants;

namespace {

// Persisted on the server; defined once.
constexpr char ActCodeSystem[] = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
constexpr char ParticipationSystem[] = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
constexpr char KindSystem[] = "https://ambulo.example/fhir/CodeSystem/encounter-kind";
constexpr char SignedByExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/encounter-signed-by";
constexpr char Icd10CmSystem[] = "http://hl7.org/fhir/sid/icd-10-cm";
constexpr char ConditionClinical[] = "http://terminology.hl7.org/CodeSystem/condition-clinical";
constexpr char ConditionVerification[] =
    "http://terminology.hl7.org/CodeSystem/condition-ver-status";
constexpr char ConditionCategory[] = "http://terminology.hl7.org/CodeSystem/condition-category";
constexpr char AllergyClinical[] =
    "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
constexpr char AllergyVerification[] =
    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
constexpr char AllergySeverityExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/allergy-severity";
constexpr char DoseExtension[] = "https://ambulo.example/fhir/StructureDefinition/dosage-dose";

const QString AppointmentType = QStringLiteral("Appointment");
const QString EnteredInError = QLatin1String(C::ListStatus::EnteredInError);

// A refusal of the record by the service (its data), not a failure of the store: skipped.
Core::Result<Sync::Applied> skipOrFail(const Core::Error &error)
{
    if (error.code == Core::ErrorCode::Invalid || error.code == Core::ErrorCode::Conflict)
        return Sync::Applied{0, error.message, false};
    return error;
}

Sync::Applied skip(const QString &why)
{
    return Sync::Applied{0, why, false};
}

// `extensions` without those of `url`, plus `add` when it is not empty.
QJsonArray replaceExtension(const QJsonValue &extensions, const char *url, const QJsonObject &add)
{
    QJsonArray out;
    for (const QJsonValue &e : extensions.toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString() != QLatin1String(url))
            out.append(e);
    }
    if (!add.isEmpty())
        out.append(add);
    return out;
}

QJsonValue extensionValue(const QJsonValue &extensions, const char *url, const char *key)
{
    for (const QJsonValue &e : extensions.toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString() == QLatin1String(url))
            return e.toObject().value(QLatin1String(key));
    }
    return {};
}

// Clinical and verification status of a Condition or an AllergyIntolerance: entered-in-error is
// a verification status, and then no clinical status may be given.
void putStatus(QJsonObject &r, const QString &status, const char *clinical,
               const char *verification)
{
    if (status == EnteredInError) {
        r.remove(QLatin1String("clinicalStatus"));
        r.insert(QLatin1String("verificationStatus"), codeable(verification, EnteredInError));
    } else {
        r.insert(QLatin1String("clinicalStatus"), codeable(clinical, status));
        r.insert(QLatin1String("verificationStatus"),
                 codeable(verification, QStringLiteral("confirmed")));
    }
}

// The list status of a pulled Condition or AllergyIntolerance; empty when it has none we keep.
QString statusOf(const QJsonObject &r, const char *clinical, const char *verification)
{
    if (codeIn(r.value(QLatin1String("verificationStatus")), verification) == EnteredInError)
        return EnteredInError;
    const QString s = codeIn(r.value(QLatin1String("clinicalStatus")), clinical);
    if (s == QLatin1String("active") || s == QLatin1String("recurrence")
        || s == QLatin1String("relapse"))
        return QStringLiteral("active");
    if (s == QLatin1String("remission"))
        return QStringLiteral("resolved");
    if (s == QLatin1String("inactive") || s == QLatin1String("resolved"))
        return s;
    return {};
}

// The text of a CodeableConcept: its text, else its first coding's display.
QString textOf(const QJsonValue &value)
{
    const QJsonObject c = value.toObject();
    const QString text = c.value(QLatin1String("text")).toString().trimmed();
    if (!text.isEmpty())
        return text;
    return c.value(QLatin1String("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("display"))
        .toString()
        .trimmed();
}

} // namespace

ChartSyncAdapter::ChartSyncAdapter(Core::Services &services)
    : m_services(services)
    , m_charting(services, m_events)
{}

ChartSyncAdapter::~ChartSyncAdapter() = default;

std::vector<std::unique_ptr<Sync::ResourceAdapter>> chartAdapters(Core::Services &services)
{
    std::vector<std::unique_ptr<Sync::ResourceAdapter>> adapters;
    adapters.push_back(std::make_unique<EncounterSyncAdapter>(services));
    adapters.push_back(std::make_unique<ConditionSyncAdapter>(services));
    adapters.push_back(std::make_unique<AllergySyncAdapter>(services));
    adapters.push_back(std::make_unique<MedicationSyncAdapter>(services));
    adapters.push_back(std::make_unique<ObservationSyncAdapter>(services));
    return adapters;
}

void addChartAdapters(Sync::SyncEngine &engine, Core::Services &services)
{
    for (std::unique_ptr<Sync::ResourceAdapter> &adapter : chartAdapters(services))
        engine.addAdapter(std::move(adapter));
}

// --- Encounter ---

QString EncounterSyncAdapter::resourceType() const
{
    return QLatin1String(C::Entity::Encounter);
}

QStringList EncounterSyncAdapter::mergeUnits() const
{
    return {
        QStringLiteral("status"),     QStringLiteral("class"),       QStringLiteral("type"),
        QStringLiteral("subject"),    QStringLiteral("participant"), QStringLiteral("period"),
        QStringLiteral("reasonCode"), QStringLiteral("appointment"), QStringLiteral("extension")};
}

Core::Result<Sync::Built> EncounterSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                      const QJsonObject &base)
{
    Core::Result<Encounter> e = Internal::loadEncounter(m_services.context().db(), localId);
    if (!e)
        return Sync::Built{{}, {}, true};
    Core::Result<Ref> patient = referTo(engine, PatientType, e->patientId);
    if (!patient)
        return patient.error();
    if (patient->wait)
        return *patient->wait;
    Core::Result<Ref> provider = referTo(engine, PractitionerType, e->providerId);
    if (!provider)
        return provider.error();
    if (provider->wait)
        return *provider->wait;
    const bool isSigned = e->status == EncounterStatus::Signed;

    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), EncounterType);
    r.insert(QLatin1String("status"),
             isSigned ? QStringLiteral("finished") : QStringLiteral("in-progress"));
    r.insert(QLatin1String("class"),
             coding(ActCodeSystem, QStringLiteral("AMB"), QStringLiteral("ambulatory")));
    QJsonObject type = codeable(KindSystem, e->kind);
    type.insert(QLatin1String("text"), e->kind);
    r.insert(QLatin1String("type"), QJsonArray{type});
    r.insert(QLatin1String("subject"), reference(patient->reference));
    r.insert(QLatin1String("participant"),
             QJsonArray{QJsonObject{
                 {"type", QJsonArray{codeable(ParticipationSystem, QStringLiteral("PPRF"),
                                              QStringLiteral("primary performer"))}},
                 {"individual", reference(provider->reference)}}});
    QJsonObject period{{"start", instant(e->startedAt)}};
    if (isSigned && e->signedAt.isValid())
        period.insert(QLatin1String("end"), instant(e->signedAt));
    r.insert(QLatin1String("period"), period);
    put(r, QStringLiteral("reasonCode"),
        e->reason.trimmed().isEmpty() ? QJsonArray()
                                      : QJsonArray{QJsonObject{{"text", e->reason.trimmed()}}});
    QJsonArray appointment;
    if (e->appointmentId > 0) {
        // Only when the booking is on the server already; the visit does not wait for it.
        Core::Result<QString> ref = engine.reference(AppointmentType, e->appointmentId);
        if (!ref)
            return ref.error();
        if (!ref->isEmpty())
            appointment.append(reference(ref.value()));
    }
    put(r, QStringLiteral("appointment"), appointment);
    QJsonObject signer;
    if (isSigned && !e->signedBy.isEmpty())
        signer =
            QJsonObject{{"url", QLatin1String(SignedByExtension)}, {"valueString", e->signedBy}};
    put(r, QStringLiteral("extension"),
        replaceExtension(base.value(QLatin1String("extension")), SignedByExtension, signer));
    r.remove(QLatin1String("text")); // a narrative of an older version would mislead
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied> EncounterSyncAdapter::apply(Sync::SyncEngine &engine,
                                                        const QJsonObject &resource, qint64 localId)
{
    const QString status = resource.value(QLatin1String("status")).toString();
    Encounter e;
    if (status == QLatin1String("finished"))
        e.status = EncounterStatus::Signed;
    else if (status == QLatin1String("in-progress") || status == QLatin1String("arrived")
             || status == QLatin1String("triaged") || status == QLatin1String("onleave"))
        e.status = EncounterStatus::Open;
    else
        return skip(QStringLiteral("status '%1' is not a visit Ambulo charts").arg(status));
    Core::Result<qint64> patient = localOf(engine, PatientType, resource.value("subject"));
    if (!patient)
        return patient.error();
    qint64 provider = 0;
    for (const QJsonValue &p : resource.value(QLatin1String("participant")).toArray()) {
        Core::Result<qint64> id =
            localOf(engine, PractitionerType, p.toObject().value(QLatin1String("individual")));
        if (!id)
            return id.error();
        if (id.value() != 0) {
            provider = id.value();
            break;
        }
    }
    if (patient.value() == 0 || provider == 0)
        return skip(QStringLiteral("its patient or provider is not known here"));
    const QJsonObject period = resource.value(QLatin1String("period")).toObject();
    e.startedAt = parseInstant(period.value(QLatin1String("start")).toString());
    if (!e.startedAt.isValid())
        return skip(QStringLiteral("it has no start"));
    e.patientId = patient.value();
    e.providerId = provider;
    const QJsonValue type = resource.value(QLatin1String("type")).toArray().at(0);
    e.kind = codeIn(type, KindSystem);
    if (e.kind.isEmpty())
        e.kind = QStringLiteral("office");
    e.reason = textOf(resource.value(QLatin1String("reasonCode")).toArray().at(0));
    if (e.status == EncounterStatus::Signed) {
        e.signedBy = extensionValue(resource.value(QLatin1String("extension")), SignedByExtension,
                                    "valueString")
                         .toString();
        e.signedAt = parseInstant(period.value(QLatin1String("end")).toString());
    }
    Core::Result<qint64> appointment = localOf(
        engine, AppointmentType, resource.value(QLatin1String("appointment")).toArray().at(0));
    if (!appointment)
        return appointment.error();
    e.appointmentId = appointment.value();

    if (localId != 0) {
        Core::Result<Encounter> current =
            Internal::loadEncounter(m_services.context().db(), localId);
        if (current) {
            e.id = localId;
            if (current->status == EncounterStatus::Signed) {
                // Signed notes are immutable: the same visit again is fine, a change is refused.
                const bool same =
                    e.status == EncounterStatus::Signed && current->patientId == e.patientId
                    && current->providerId == e.providerId && current->kind == e.kind
                    && current->startedAt == e.startedAt && current->reason == e.reason.trimmed();
                if (same)
                    return Sync::Applied{localId, {}, false};
                return skip(QStringLiteral("encounter %1 is signed here; a signed encounter is "
                                           "not changed by another system (add an addendum)")
                                .arg(localId));
            }
        }
    }
    FhirOrigin origin(m_services.context());
    Core::Result<qint64> id = m_charting.encounters().applyRemote(e);
    if (!id)
        return skipOrFail(id.error());
    return Sync::Applied{id.value(), {}, false};
}

// --- Condition ---

QString ConditionSyncAdapter::resourceType() const
{
    return QLatin1String(C::Entity::Condition);
}

QStringList ConditionSyncAdapter::mergeUnits() const
{
    return {QStringLiteral("clinicalStatus"), QStringLiteral("verificationStatus"),
            QStringLiteral("category"),       QStringLiteral("code"),
            QStringLiteral("onsetDateTime"),  QStringLiteral("subject")};
}

QJsonObject ConditionSyncAdapter::buildRemoved(const QJsonObject &base) const
{
    QJsonObject r = base;
    putStatus(r, EnteredInError, ConditionClinical, ConditionVerification);
    return r;
}

bool ConditionSyncAdapter::removedOnServer(const QJsonObject &resource) const
{
    return statusOf(resource, ConditionClinical, ConditionVerification) == EnteredInError;
}

Core::Result<Sync::Built> ConditionSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                      const QJsonObject &base)
{
    Core::Result<std::optional<Problem>> found =
        ProblemService::byId(m_services.context().db(), localId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Sync::Built{{}, {}, true};
    const Problem &p = found->value();
    Core::Result<Ref> patient = referTo(engine, PatientType, p.patientId);
    if (!patient)
        return patient.error();
    if (patient->wait)
        return *patient->wait;
    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), QLatin1String(C::Entity::Condition));
    putStatus(r, p.status, ConditionClinical, ConditionVerification);
    r.insert(QLatin1String("category"),
             QJsonArray{codeable(ConditionCategory, QStringLiteral("problem-list-item"),
                                 QStringLiteral("Problem List Item"))});
    QJsonObject code = codeable(Icd10CmSystem, p.code, p.description);
    put(code, QStringLiteral("text"), p.description);
    r.insert(QLatin1String("code"), code);
    put(r, QStringLiteral("onsetDateTime"), dateText(p.onset));
    r.insert(QLatin1String("subject"), reference(patient->reference));
    r.remove(QLatin1String("text"));
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied> ConditionSyncAdapter::apply(Sync::SyncEngine &engine,
                                                        const QJsonObject &resource, qint64 localId)
{
    Core::Result<qint64> patient = localOf(engine, PatientType, resource.value("subject"));
    if (!patient)
        return patient.error();
    if (patient.value() == 0)
        return skip(QStringLiteral("its patient is not known here"));
    Problem p;
    p.patientId = patient.value();
    p.code = codeIn(resource.value(QLatin1String("code")), Icd10CmSystem);
    if (p.code.isEmpty())
        return skip(QStringLiteral("it has no ICD-10-CM code"));
    p.description = textOf(resource.value(QLatin1String("code")));
    p.onset = parseDate(resource.value(QLatin1String("onsetDateTime")).toString());
    p.status = statusOf(resource, ConditionClinical, ConditionVerification);
    if (p.status.isEmpty())
        return skip(QStringLiteral("it has no clinical status Ambulo keeps"));
    Core::Database &db = m_services.context().db();
    if (localId != 0) {
        Core::Result<std::optional<Problem>> current = ProblemService::byId(db, localId);
        if (!current)
            return current.error();
        if (current->has_value() && current->value().patientId == p.patientId)
            p.id = localId;
    }
    FhirOrigin origin(m_services.context());
    if (p.id != 0) {
        if (Core::Status s = m_charting.problems().update(p); !s)
            return skipOrFail(s.error());
        return Sync::Applied{p.id, {}, false};
    }
    Core::Result<qint64> id = m_charting.problems().add(p);
    if (!id)
        return skipOrFail(id.error());
    return Sync::Applied{id.value(), {}, false};
}

// --- AllergyIntolerance ---

QString AllergySyncAdapter::resourceType() const
{
    return QLatin1String(C::Entity::Allergy);
}

QStringList AllergySyncAdapter::mergeUnits() const
{
    return {QStringLiteral("clinicalStatus"), QStringLiteral("verificationStatus"),
            QStringLiteral("code"),           QStringLiteral("reaction"),
            QStringLiteral("criticality"),    QStringLiteral("patient"),
            QStringLiteral("extension")};
}

QJsonObject AllergySyncAdapter::buildRemoved(const QJsonObject &base) const
{
    QJsonObject r = base;
    putStatus(r, EnteredInError, AllergyClinical, AllergyVerification);
    return r;
}

bool AllergySyncAdapter::removedOnServer(const QJsonObject &resource) const
{
    return statusOf(resource, AllergyClinical, AllergyVerification) == EnteredInError;
}

Core::Result<Sync::Built> AllergySyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                    const QJsonObject &base)
{
    Core::Result<std::optional<Allergy>> found =
        AllergyService::byId(m_services.context().db(), localId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Sync::Built{{}, {}, true};
    const Allergy &a = found->value();
    Core::Result<Ref> patient = referTo(engine, PatientType, a.patientId);
    if (!patient)
        return patient.error();
    if (patient->wait)
        return *patient->wait;
    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), QLatin1String(C::Entity::Allergy));
    putStatus(r, a.status, AllergyClinical, AllergyVerification);
    r.insert(QLatin1String("code"), QJsonObject{{"text", a.substance}});
    r.insert(QLatin1String("patient"), reference(patient->reference));
    QJsonArray reaction;
    if (!a.reaction.trimmed().isEmpty()) {
        QJsonObject one{{"manifestation", QJsonArray{QJsonObject{{"text", a.reaction.trimmed()}}}}};
        put(one, QStringLiteral("severity"), a.severity);
        reaction.append(one);
    }
    put(r, QStringLiteral("reaction"), reaction);
    put(r, QStringLiteral("criticality"),
        a.severity.isEmpty() ? QString()
                             : (a.severity == QLatin1String("severe") ? QStringLiteral("high")
                                                                      : QStringLiteral("low")));
    // The severity travels whole even without a reaction text (criticality alone cannot say
    // mild from moderate).
    QJsonObject severity;
    if (!a.severity.isEmpty())
        severity = QJsonObject{{"url", QLatin1String(AllergySeverityExtension)},
                               {"valueCode", a.severity}};
    put(r, QStringLiteral("extension"),
        replaceExtension(base.value(QLatin1String("extension")), AllergySeverityExtension,
                         severity));
    r.remove(QLatin1String("text"));
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied> AllergySyncAdapter::apply(Sync::SyncEngine &engine,
                                                      const QJsonObject &resource, qint64 localId)
{
    Core::Result<qint64> patient = localOf(engine, PatientType, resource.value("patient"));
    if (!patient)
        return patient.error();
    if (patient.value() == 0)
        return skip(QStringLiteral("its patient is not known here"));
    Allergy a;
    a.patientId = patient.value();
    a.substance = textOf(resource.value(QLatin1String("code")));
    if (a.substance.isEmpty())
        return skip(QStringLiteral("it names no substance"));
    a.status = statusOf(resource, AllergyClinical, AllergyVerification);
    if (a.status.isEmpty())
        return skip(QStringLiteral("it has no clinical status Ambulo keeps"));
    const QJsonObject reaction =
        resource.value(QLatin1String("reaction")).toArray().at(0).toObject();
    a.reaction = textOf(reaction.value(QLatin1String("manifestation")).toArray().at(0));
    a.severity = extensionValue(resource.value(QLatin1String("extension")),
                                AllergySeverityExtension, "valueCode")
                     .toString();
    if (a.severity.isEmpty())
        a.severity = reaction.value(QLatin1String("severity")).toString();
    if (a.severity.isEmpty()
        && resource.value(QLatin1String("criticality")).toString() == QLatin1String("high"))
        a.severity = QStringLiteral("severe");
    Core::Database &db = m_services.context().db();
    if (localId != 0) {
        Core::Result<std::optional<Allergy>> current = AllergyService::byId(db, localId);
        if (!current)
            return current.error();
        if (current->has_value() && current->value().patientId == a.patientId)
            a.id = localId;
    }
    FhirOrigin origin(m_services.context());
    if (a.id != 0) {
        if (Core::Status s = m_charting.allergies().update(a); !s)
            return skipOrFail(s.error());
        return Sync::Applied{a.id, {}, false};
    }
    Core::Result<qint64> id = m_charting.allergies().add(a);
    if (!id)
        return skipOrFail(id.error());
    return Sync::Applied{id.value(), {}, false};
}

// --- MedicationStatement ---

QString MedicationSyncAdapter::resourceType() const
{
    return QLatin1String(C::Entity::Medication);
}

QStringList MedicationSyncAdapter::mergeUnits() const
{
    return {QStringLiteral("status"), QStringLiteral("medicationCodeableConcept"),
            QStringLiteral("dosage"), QStringLiteral("effectivePeriod"), QStringLiteral("subject")};
}

QJsonObject MedicationSyncAdapter::buildRemoved(const QJsonObject &base) const
{
    QJsonObject r = base;
    r.insert(QLatin1String("status"), EnteredInError);
    return r;
}

bool MedicationSyncAdapter::removedOnServer(const QJsonObject &resource) const
{
    return resource.value(QLatin1String("status")).toString() == EnteredInError;
}

Core::Result<Sync::Built> MedicationSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                       const QJsonObject &base)
{
    Core::Result<std::optional<Medication>> found =
        MedicationService::byId(m_services.context().db(), localId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Sync::Built{{}, {}, true};
    const Medication &m = found->value();
    Core::Result<Ref> patient = referTo(engine, PatientType, m.patientId);
    if (!patient)
        return patient.error();
    if (patient->wait)
        return *patient->wait;
    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), QLatin1String(C::Entity::Medication));
    r.insert(QLatin1String("status"), m.status);
    r.insert(QLatin1String("medicationCodeableConcept"), QJsonObject{{"text", m.name}});
    r.insert(QLatin1String("subject"), reference(patient->reference));
    QJsonObject period;
    put(period, QStringLiteral("start"), dateText(m.start));
    put(period, QStringLiteral("end"), dateText(m.stop));
    put(r, QStringLiteral("effectivePeriod"), period);
    QJsonArray dosage;
    if (!m.dose.isEmpty() || !m.route.isEmpty() || !m.frequency.isEmpty()) {
        QStringList words{m.dose, m.route, m.frequency};
        words.removeAll(QString());
        QJsonObject d{{"text", words.join(u' ')}};
        if (!m.dose.isEmpty())
            d.insert(QLatin1String("extension"),
                     QJsonArray{QJsonObject{{"url", QLatin1String(DoseExtension)},
                                            {"valueString", m.dose}}});
        if (!m.frequency.isEmpty())
            d.insert(QLatin1String("timing"),
                     QJsonObject{{"code", QJsonObject{{"text", m.frequency}}}});
        if (!m.route.isEmpty())
            d.insert(QLatin1String("route"), QJsonObject{{"text", m.route}});
        dosage.append(d);
    }
    put(r, QStringLiteral("dosage"), dosage);
    r.remove(QLatin1String("text"));
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied>
MedicationSyncAdapter::apply(Sync::SyncEngine &engine, const QJsonObject &resource, qint64 localId)
{
    Core::Result<qint64> patient = localOf(engine, PatientType, resource.value("subject"));
    if (!patient)
        return patient.error();
    if (patient.value() == 0)
        return skip(QStringLiteral("its patient is not known here"));
    Medication m;
    m.patientId = patient.value();
    m.name = textOf(resource.value(QLatin1String("medicationCodeableConcept")));
    if (m.name.isEmpty())
        return skip(QStringLiteral("it names no medication as text"));
    const QString status = resource.value(QLatin1String("status")).toString();
    if (status == QLatin1String("active") || status == QLatin1String("intended")
        || status == QLatin1String("on-hold"))
        m.status = QStringLiteral("active");
    else if (status == QLatin1String("completed") || status == QLatin1String("stopped")
             || status == EnteredInError)
        m.status = status;
    else
        return skip(QStringLiteral("status '%1' is not one Ambulo keeps").arg(status));
    const QJsonObject period = resource.value(QLatin1String("effectivePeriod")).toObject();
    m.start = parseDate(period.value(QLatin1String("start")).toString());
    m.stop = parseDate(period.value(QLatin1String("end")).toString());
    const QJsonObject dosage = resource.value(QLatin1String("dosage")).toArray().at(0).toObject();
    m.route = textOf(dosage.value(QLatin1String("route")));
    m.frequency = textOf(dosage.value(QLatin1String("timing")).toObject().value("code"));
    const QJsonValue dose =
        extensionValue(dosage.value(QLatin1String("extension")), DoseExtension, "valueString");
    m.dose = dose.isString() ? dose.toString()
             : (m.route.isEmpty() && m.frequency.isEmpty())
                 ? dosage.value(QLatin1String("text")).toString()
                 : QString();
    Core::Database &db = m_services.context().db();
    if (localId != 0) {
        Core::Result<std::optional<Medication>> current = MedicationService::byId(db, localId);
        if (!current)
            return current.error();
        if (current->has_value() && current->value().patientId == m.patientId)
            m.id = localId;
    }
    FhirOrigin origin(m_services.context());
    if (m.id != 0) {
        if (Core::Status s = m_charting.medications().update(m); !s)
            return skipOrFail(s.error());
        return Sync::Applied{m.id, {}, false};
    }
    Core::Result<qint64> id = m_charting.medications().add(m);
    if (!id)
        return skipOrFail(id.error());
    return Sync::Applied{id.value(), {}, false};
}

Core::Result<QList<qint64>> EncounterSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    return Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM encounters ORDER BY id"));
}

Core::Result<QList<qint64>> ConditionSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    return Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM problems ORDER BY id"));
}

Core::Result<QList<qint64>> AllergySyncAdapter::localIds(Sync::SyncEngine &engine)
{
    return Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM allergies ORDER BY id"));
}

Core::Result<QList<qint64>> MedicationSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    return Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM medications ORDER BY id"));
}

} // namespace Ambulo::Charting
