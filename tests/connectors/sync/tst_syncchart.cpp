#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingservices.h"
#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/syncworkstation.h"
#include "tests/support/testsupport.h"

#include <QTest>

#include <memory>

using namespace Ambulo;
using Ambulo::Test::describe;
namespace Ch = Ambulo::Charting;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);

// One workstation (SyncWorkstation: Dr. Moreno, no working hours), pulled in pages of 20, and
// what these tests look at.
struct Workstation : Test::SyncWorkstation
{
    QString start(const QUrl &base)
    {
        Sync::EngineOptions options;
        options.pageSize = 20;
        return SyncWorkstation::start(base, Practice::Chart, options);
    }

    Ch::ChartSummary chart(qint64 patientId)
    {
        asProvider();
        auto s = charting->queries().summary(patientId);
        if (!s)
            qWarning("summary: %s", qPrintable(s.error().message));
        return s ? s.value() : Ch::ChartSummary();
    }

    QList<Ch::Allergy> allergies(qint64 patientId)
    {
        asProvider();
        auto list = charting->allergies().list(patientId);
        return list ? list.value() : QList<Ch::Allergy>();
    }
};

} // namespace

class TestSyncChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartTravelsBothWays();
    void signedEncounterIsNotChangedByPull();
    void encounterSignedLaterArrivesSigned();
    void oneSidedChangesMergeSameFieldClashes();
    void lostCreateMakesOneCopy();
    void badPulledDataIsSkipped_data();
    void badPulledDataIsSkipped();

private:
    // Charts on A a problem, an allergy, a medication, vitals and a lab result, and a signed
    // encounter (the vitals taken in it); both workstations sync.
    void chartOnAAndSync();

    Test::FhirPeer m_server;
    std::unique_ptr<Workstation> m_a;
    std::unique_ptr<Workstation> m_b;
    qint64 m_patientA = 0;
    qint64 m_patientB = 0; // the same patient on B, pulled
    qint64 m_encounter = 0;
    qint64 m_allergy = 0;
    QDateTime m_visit;
};

void TestSyncChart::initTestCase()
{
    QVERIFY2(m_server.start(Peers), qPrintable(m_server.error()));
}

void TestSyncChart::init()
{
    m_server.reset();
    m_a = std::make_unique<Workstation>();
    m_b = std::make_unique<Workstation>();
    const QString a = m_a->start(m_server.base());
    QVERIFY2(a.isEmpty(), qPrintable(a));
    const QString b = m_b->start(m_server.base());
    QVERIFY2(b.isEmpty(), qPrintable(b));
    // The patient is registered on A and reaches B through the server.
    auto patient = m_a->store.services().patients().create(
        Test::samplePatient(QStringLiteral("Garcia"), QStringLiteral("Ana"), QDate(1980, 5, 17)));
    QVERIFY(patient);
    m_patientA = patient.value();
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    auto onB = m_b->engine->localIdOf(QStringLiteral("Patient"),
                                      m_a->serverId(QStringLiteral("Patient"), m_patientA));
    QVERIFY(onB);
    QVERIFY(onB.value() > 0);
    m_patientB = onB.value();
    m_visit = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_visit.setTime(QTime(m_visit.time().hour(), m_visit.time().minute(), 0, 250));
}

void TestSyncChart::cleanup()
{
    // Every resource either workstation wrote validated with @medplum/core on the server.
    QCOMPARE(m_server.invalidCount(), 0);
    m_a.reset();
    m_b.reset();
}

void TestSyncChart::chartOnAAndSync()
{
    Workstation &a = *m_a;
    a.asProvider();
    auto encounter = a.charting->encounters().openAdHoc(m_patientA, a.moreno, 0, "office",
                                                        QStringLiteral("Cough and fever"), m_visit);
    QVERIFY2(encounter, qPrintable(encounter.error().message));
    m_encounter = encounter.value();
    Ch::VitalsEntry v;
    v.patientId = m_patientA;
    v.encounterId = m_encounter;
    v.takenAt = m_visit.addSecs(300);
    v.systolic = 128;
    v.diastolic = 82;
    v.pulse = 72;
    v.temperature = 100.4;
    v.weight = 170;
    v.height = 68;
    v.spo2 = 97;
    v.respRate = 16;
    auto vitals = a.charting->vitals().record(v);
    QVERIFY2(vitals, qPrintable(vitals.error().message));
    Ch::Problem problem;
    problem.patientId = m_patientA;
    problem.code = QStringLiteral("I10");
    problem.onset = QDate(2019, 4, 2);
    QVERIFY(a.charting->problems().add(problem));
    Ch::Allergy allergy;
    allergy.patientId = m_patientA;
    allergy.substance = QStringLiteral("Penicillin");
    allergy.reaction = QStringLiteral("Hives");
    allergy.severity = QStringLiteral("severe");
    auto allergyId = a.charting->allergies().add(allergy);
    QVERIFY(allergyId);
    m_allergy = allergyId.value();
    Ch::Medication med;
    med.patientId = m_patientA;
    med.name = QStringLiteral("Lisinopril 10 mg tablet");
    med.dose = QStringLiteral("10 mg");
    med.route = QStringLiteral("oral");
    med.frequency = QStringLiteral("once daily");
    med.start = QDate(2024, 1, 15);
    QVERIFY(a.charting->medications().add(med));
    Ch::ResultOrder order;
    order.source = QStringLiteral("ACME LAB");
    order.fillerNumber = QStringLiteral("F-1001");
    order.testCode = QStringLiteral("4548-4");
    order.testName = QStringLiteral("Hemoglobin A1c");
    order.status = QStringLiteral("F");
    order.collectedAt = m_visit.addSecs(-86400);
    order.reportedAt = m_visit.addSecs(-3600);
    Ch::Observation o;
    o.setId = 1;
    o.code = QStringLiteral("4548-4");
    o.name = QStringLiteral("Hemoglobin A1c");
    o.valueType = QStringLiteral("NM");
    o.value = QStringLiteral("7.20");
    o.numericValue = 7.2;
    o.units = QStringLiteral("%");
    o.referenceRange = QStringLiteral("4.0-5.6");
    o.abnormalFlag = QStringLiteral("H");
    o.status = QStringLiteral("F");
    o.performedAt = order.collectedAt;
    order.observations = {o};
    auto filed = a.charting->results().file(m_patientA, order);
    QVERIFY2(filed, qPrintable(filed.error().message));
    Ch::Note note;
    note.subjective = QStringLiteral("Three days of cough.");
    note.assessment = QStringLiteral("Viral bronchitis.");
    QVERIFY(a.charting->notes().save(m_encounter, note));
    const Core::Status signedIt = a.charting->signing().sign(m_encounter);
    QVERIFY2(signedIt, qPrintable(signedIt.error().message));

    ROUND_OK(a);
    ROUND_OK(*m_b);
}

void TestSyncChart::chartTravelsBothWays()
{
    chartOnAAndSync();
    if (QTest::currentTestFailed())
        return;
    const Ch::ChartSummary onA = m_a->chart(m_patientA);
    const Ch::ChartSummary onB = m_b->chart(m_patientB);

    QCOMPARE(onB.problems.size(), 1);
    QCOMPARE(onB.problems[0].code, onA.problems[0].code);
    QCOMPARE(onB.problems[0].description, onA.problems[0].description);
    QCOMPARE(onB.problems[0].onset, QDate(2019, 4, 2));
    QCOMPARE(onB.problems[0].status, QStringLiteral("active"));

    QCOMPARE(onB.allergies.size(), 1);
    QCOMPARE(onB.allergies[0].substance, QStringLiteral("Penicillin"));
    QCOMPARE(onB.allergies[0].reaction, QStringLiteral("Hives"));
    QCOMPARE(onB.allergies[0].severity, QStringLiteral("severe"));
    QCOMPARE(onB.allergies[0].status, QStringLiteral("active"));

    QCOMPARE(onB.medications.size(), 1);
    const Ch::Medication &ma = onA.medications[0];
    const Ch::Medication &mb = onB.medications[0];
    QCOMPARE(mb.name, ma.name);
    QCOMPARE(mb.dose, ma.dose);
    QCOMPARE(mb.route, ma.route);
    QCOMPARE(mb.frequency, ma.frequency);
    QCOMPARE(mb.start, ma.start);
    QCOMPARE(mb.stop, QDate());
    QCOMPARE(mb.status, ma.status);

    QCOMPARE(onB.recentVitals.size(), 1);
    const Ch::Vitals &va = onA.recentVitals[0];
    const Ch::Vitals &vb = onB.recentVitals[0];
    QCOMPARE(vb.takenAt, va.takenAt);
    QCOMPARE(vb.systolic, va.systolic);
    QCOMPARE(vb.diastolic, va.diastolic);
    QCOMPARE(vb.pulse, va.pulse);
    QCOMPARE(vb.temperatureC, va.temperatureC);
    QCOMPARE(vb.weightKg, va.weightKg);
    QCOMPARE(vb.heightCm, va.heightCm);
    QCOMPARE(vb.bmi, va.bmi);
    QCOMPARE(vb.spo2, va.spo2);
    QCOMPARE(vb.respRate, va.respRate);
    QVERIFY(vb.encounterId > 0);

    QCOMPARE(onB.recentResults.size(), 1);
    const Ch::Observation &ra = onA.recentResults[0];
    const Ch::Observation &rb = onB.recentResults[0];
    QCOMPARE(rb.code, ra.code);
    QCOMPARE(rb.name, ra.name);
    QCOMPARE(rb.value, ra.value);
    QCOMPARE(rb.numericValue, ra.numericValue);
    QCOMPARE(rb.units, ra.units);
    QCOMPARE(rb.referenceRange, ra.referenceRange);
    QCOMPARE(rb.abnormalFlag, ra.abnormalFlag);
    QCOMPARE(rb.status, ra.status);
    QCOMPARE(rb.performedAt, ra.performedAt);

    QCOMPARE(onB.encounters.size(), 1);
    const Ch::Encounter &ea = onA.encounters[0];
    const Ch::Encounter &eb = onB.encounters[0];
    QCOMPARE(eb.id, vb.encounterId);
    QCOMPARE(eb.status, Ch::EncounterStatus::Signed);
    QCOMPARE(eb.kind, ea.kind);
    QCOMPARE(eb.reason, ea.reason);
    QCOMPARE(eb.startedAt, ea.startedAt);
    QCOMPARE(eb.providerId, m_b->moreno);
    QCOMPARE(eb.signedBy, ea.signedBy);
    QCOMPARE(eb.signedAt, ea.signedAt);

    // On the server: one resource per record, vitals as one vital-signs panel.
    QCOMPARE(m_server.resources("Encounter").size(), 1);
    QCOMPARE(m_server.resources("Condition").size(), 1);
    QCOMPARE(m_server.resources("AllergyIntolerance").size(), 1);
    QCOMPARE(m_server.resources("MedicationStatement").size(), 1);
    QCOMPARE(m_server.resources("Observation").size(), 2);
    const QJsonObject encounter = m_server.resources("Encounter").constFirst();
    QCOMPARE(encounter["status"].toString(), QStringLiteral("finished"));
    QCOMPARE(encounter["class"]["code"].toString(), QStringLiteral("AMB"));

    // What B pulled came in through the services as origin fhir (audited), and is not sent back.
    const QString chartTypes = QStringLiteral("('Encounter', 'Condition', 'AllergyIntolerance', "
                                              "'MedicationStatement', 'Observation')");
    const QList<std::pair<QString, qint64>> counts{
        {"SELECT count(*) FROM change_log WHERE origin = 'fhir' AND entity IN " + chartTypes, 6},
        {"SELECT count(*) FROM change_log WHERE origin <> 'fhir' AND entity IN " + chartTypes, 0},
        {"SELECT count(*) FROM audit_log WHERE action = 'encounter.remote'", 1}};
    for (const auto &[sql, expected] : counts) {
        Core::Query q = m_b->store.services().context().db().query(sql);
        QVERIFY(q.next());
        QCOMPARE(q.int64(0), expected);
        q.finish();
    }
    const Sync::RoundResult again = m_b->round();
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.pushed, 0);

    // An allergy edited on B comes back to A.
    Ch::Allergy edited = onB.allergies[0];
    edited.reaction = QStringLiteral("Hives and wheezing");
    edited.severity = QStringLiteral("moderate");
    m_b->asProvider();
    QVERIFY(m_b->charting->allergies().update(edited));
    ROUND_OK(*m_b);
    ROUND_OK(*m_a);
    const QList<Ch::Allergy> back = m_a->allergies(m_patientA);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].id, m_allergy);
    QCOMPARE(back[0].reaction, QStringLiteral("Hives and wheezing"));
    QCOMPARE(back[0].severity, QStringLiteral("moderate"));
    QCOMPARE(m_server.resources("AllergyIntolerance").size(), 1);
    const Sync::RoundResult quiet = m_a->round();
    QVERIFY2(quiet.ok, qPrintable(describe(quiet)));
    QCOMPARE(quiet.pushed, 0);
}

void TestSyncChart::signedEncounterIsNotChangedByPull()
{
    chartOnAAndSync();
    if (QTest::currentTestFailed())
        return;
    // Another system changes the signed visit's reason on the server.
    const QString id = m_a->serverId(QStringLiteral("Encounter"), m_encounter);
    QVERIFY(!id.isEmpty());
    QJsonObject changed = m_server.request("GET", "/fhir/R4/Encounter/" + id);
    changed.insert("reasonCode", QJsonArray{QJsonObject{{"text", "Rewritten elsewhere"}}});
    const QJsonObject written = m_server.request("PUT", "/fhir/R4/Encounter/" + id, changed);
    QCOMPARE(written["resourceType"].toString(), QStringLiteral("Encounter"));

    const Sync::RoundResult r = m_a->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.skipped, 1);
    QVERIFY2(r.message.contains(QLatin1String("is signed here")), qPrintable(r.message));
    m_a->asProvider();
    auto e = m_a->charting->encounters().encounter(m_encounter);
    QVERIFY(e);
    QCOMPARE(e->reason, QStringLiteral("Cough and fever"));
    QCOMPARE(e->status, Ch::EncounterStatus::Signed);
}

void TestSyncChart::encounterSignedLaterArrivesSigned()
{
    Workstation &a = *m_a;
    a.asProvider();
    auto encounter = a.charting->encounters().openAdHoc(m_patientA, a.moreno, 0, "walk-in",
                                                        QStringLiteral("Sprained ankle"), m_visit);
    QVERIFY(encounter);
    ROUND_OK(a);
    ROUND_OK(*m_b);
    QList<Ch::Encounter> onB = m_b->chart(m_patientB).encounters;
    QCOMPARE(onB.size(), 1);
    QCOMPARE(onB[0].status, Ch::EncounterStatus::Open);
    QCOMPARE(onB[0].kind, QStringLiteral("walk-in"));
    QCOMPARE(m_server.resources("Encounter").constFirst()["status"].toString(),
             QStringLiteral("in-progress"));

    a.asProvider();
    Ch::Note note;
    note.plan = QStringLiteral("Rest, ice, compression.");
    QVERIFY(a.charting->notes().save(encounter.value(), note));
    QVERIFY(a.charting->signing().sign(encounter.value()));
    ROUND_OK(a);
    ROUND_OK(*m_b);
    onB = m_b->chart(m_patientB).encounters;
    QCOMPARE(onB.size(), 1);
    QCOMPARE(onB[0].status, Ch::EncounterStatus::Signed);
    QCOMPARE(onB[0].signedBy, QStringLiteral("Alicia Moreno"));
    QCOMPARE(m_server.resources("Encounter").size(), 1);
}

void TestSyncChart::oneSidedChangesMergeSameFieldClashes()
{
    chartOnAAndSync();
    if (QTest::currentTestFailed())
        return;
    const qint64 onB = m_b->allergies(m_patientB).value(0).id;
    QVERIFY(onB > 0);
    auto change = [](Workstation &ws, qint64 id, const std::function<void(Ch::Allergy &)> &edit) {
        ws.asProvider();
        auto item = Ch::AllergyService::byId(ws.store.services().context().db(), id);
        if (!item || !item->has_value())
            return false;
        Ch::Allergy a = item->value();
        edit(a);
        return bool(ws.charting->allergies().update(a));
    };

    // A makes it inactive, B rewrites the reaction: both changes survive on both sides.
    QVERIFY(change(*m_a, m_allergy, [](Ch::Allergy &a) { a.status = "inactive"; }));
    QVERIFY(change(*m_b, onB, [](Ch::Allergy &a) { a.reaction = "Rash"; }));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    ROUND_OK(*m_a);
    for (const auto &[ws, id] : {std::pair{m_a.get(), m_allergy}, std::pair{m_b.get(), onB}}) {
        auto a = Ch::AllergyService::byId(ws->store.services().context().db(), id);
        QVERIFY(a && a->has_value());
        QCOMPARE(a->value().status, QStringLiteral("inactive"));
        QCOMPARE(a->value().reaction, QStringLiteral("Rash"));
        QVERIFY(!ws->conflict(QStringLiteral("AllergyIntolerance"), id));
    }

    // Both rewrite the reaction: the later one is a conflict, nothing is overwritten.
    QVERIFY(change(*m_a, m_allergy, [](Ch::Allergy &a) { a.reaction = "Anaphylaxis"; }));
    QVERIFY(change(*m_b, onB, [](Ch::Allergy &a) { a.reaction = "Itching"; }));
    ROUND_OK(*m_a);
    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.newConflicts, 1);
    const std::optional<Sync::Conflict> c =
        m_b->conflict(QStringLiteral("AllergyIntolerance"), onB);
    QVERIFY(c);
    QVERIFY(c->fields.contains(QStringLiteral("reaction")));
    auto mine = Ch::AllergyService::byId(m_b->store.services().context().db(), onB);
    QCOMPARE(mine->value().reaction, QStringLiteral("Itching"));
    const QJsonObject server = m_server.resources("AllergyIntolerance").constFirst();
    QCOMPARE(server["reaction"][0]["manifestation"][0]["text"].toString(),
             QStringLiteral("Anaphylaxis"));
}

void TestSyncChart::lostCreateMakesOneCopy()
{
    Workstation &a = *m_a;
    a.asProvider();
    Ch::Problem problem;
    problem.patientId = m_patientA;
    problem.code = QStringLiteral("E11.9");
    QVERIFY(a.charting->problems().add(problem));
    // The create is carried out and its answer never arrives (every resend too).
    m_server.request("POST", "/$fault",
                     {{"mode", "lost"}, {"match", "/Condition"}, {"method", "POST"}, {"count", 3}});
    const Sync::RoundResult broken = a.round();
    QVERIFY(!broken.ok);
    QVERIFY(broken.transient);
    QCOMPARE(m_server.resources("Condition").size(), 1);
    Sync::RoundResult retry;
    for (int i = 0; i < 4 && !(retry = a.round()).ok; ++i)
        QCOMPARE(m_server.resources("Condition").size(), 1);
    QVERIFY2(retry.ok, qPrintable(describe(retry)));
    QCOMPARE(m_server.resources("Condition").size(), 1);
    ROUND_OK(*m_b);
    QCOMPARE(m_b->chart(m_patientB).problems.size(), 1);
}

void TestSyncChart::badPulledDataIsSkipped_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("resource");
    QTest::addColumn<QString>("reason");
    const QJsonObject allergyStatus{
        {"coding",
         QJsonArray{QJsonObject{
             {"system", "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"},
             {"code", "active"}}}}};
    const QJsonObject conditionStatus{
        {"coding", QJsonArray{QJsonObject{
                       {"system", "http://terminology.hl7.org/CodeSystem/condition-clinical"},
                       {"code", "active"}}}}};
    QTest::newRow("allergy without substance")
        << "AllergyIntolerance"
        << QJsonObject{{"resourceType", "AllergyIntolerance"}, {"clinicalStatus", allergyStatus}}
        << "names no substance";
    QTest::newRow("condition without ICD-10-CM")
        << "Condition"
        << QJsonObject{{"resourceType", "Condition"},
                       {"clinicalStatus", conditionStatus},
                       {"code", QJsonObject{{"text", "Back pain"}}}}
        << "no ICD-10-CM code";
    QTest::newRow("condition with an unknown code")
        << "Condition"
        << QJsonObject{{"resourceType", "Condition"},
                       {"clinicalStatus", conditionStatus},
                       {"code",
                        QJsonObject{{"coding", QJsonArray{QJsonObject{
                                                   {"system", "http://hl7.org/fhir/sid/icd-10-cm"},
                                                   {"code", "Z99.89"}}}}}}}
        << "Z99.89";
    QTest::newRow("medication by code only")
        << "MedicationStatement"
        << QJsonObject{{"resourceType", "MedicationStatement"},
                       {"status", "active"},
                       {"medicationCodeableConcept",
                        QJsonObject{{"coding",
                                     QJsonArray{QJsonObject{
                                         {"system", "http://www.nlm.nih.gov/research/umls/rxnorm"},
                                         {"code", "314076"}}}}}}}
        << "names no medication";
    QTest::newRow("vitals without a time")
        << "Observation"
        << QJsonObject{{"resourceType", "Observation"},
                       {"status", "final"},
                       {"category",
                        QJsonArray{QJsonObject{
                            {"coding",
                             QJsonArray{QJsonObject{
                                 {"system",
                                  "http://terminology.hl7.org/CodeSystem/observation-category"},
                                 {"code", "vital-signs"}}}}}}},
                       {"code", QJsonObject{{"coding",
                                             QJsonArray{QJsonObject{{"system", "http://loinc.org"},
                                                                    {"code", "8867-4"}}}}}},
                       {"valueQuantity", QJsonObject{{"value", 70}, {"unit", "/min"}}}}
        << "no time";
    QTest::newRow("planned encounter")
        << "Encounter"
        << QJsonObject{{"resourceType", "Encounter"},
                       {"status", "planned"},
                       {"class",
                        QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                                    {"code", "AMB"}}}}
        << "not a visit";
}

void TestSyncChart::badPulledDataIsSkipped()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, resource);
    QFETCH(QString, reason);
    const QString patient = "Patient/" + m_a->serverId(QStringLiteral("Patient"), m_patientA);
    resource.insert(type == QLatin1String("AllergyIntolerance") ? "patient" : "subject",
                    QJsonObject{{"reference", patient}});
    if (type == QLatin1String("Encounter"))
        resource.insert("period", QJsonObject{{"start", "2026-03-09T14:00:00Z"}});
    const QJsonObject made = m_server.request("POST", "/fhir/R4/" + type, resource);
    QVERIFY2(made.contains("id"), qPrintable(QJsonDocument(made).toJson()));

    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.skipped, 1);
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
    const Ch::ChartSummary chart = m_b->chart(m_patientB);
    QVERIFY(chart.problems.isEmpty());
    QVERIFY(chart.allergies.isEmpty());
    QVERIFY(chart.medications.isEmpty());
    QVERIFY(chart.recentVitals.isEmpty());
    QVERIFY(chart.encounters.isEmpty());
    QVERIFY(m_b->engine->localIdOf(type, made["id"].toString()).value() == 0);
}

QTEST_GUILESS_MAIN(TestSyncChart)
#include "tst_syncchart.moc"
