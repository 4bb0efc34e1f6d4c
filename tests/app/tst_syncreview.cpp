#include "app/sync/conflictwidget.h"
#include "app/sync/syncconstants.h"
#include "app/sync/syncreview.h"
#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncstore.h"
#include "core/audit/auditlog.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "tests/support/testsupport.h"
#include "tests/support/widgetsupport.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace Ambulo;

// The conflict review as a practice admin reads it: records other than patients shown by what
// their FHIR elements say to people (not their JSON), tied to the patient they are about, and
// every look at both versions audited.
class tst_SyncReview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void otherTypesReadable_data();
    void otherTypesReadable();
    void viewingIsAudited();
    void onlyAdminsSeeConflicts();
    void restrictedRecordNeedsReason();
    void refusedRecordsSentAgain();

private:
    qint64 addConflict(const QString &type, const QJsonObject &local, const QJsonObject &server,
                       const QStringList &fields);
    // A problem of the patient (p-77 on the server) named asthma here and COPD there.
    qint64 problemClash();

    std::unique_ptr<Test::TestStore> m_store;
    qint64 m_patient = 0;
    QString m_mrn;
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The conflicts dock on a store, shown, with the contexts the shell would give it.
struct ShownDock
{
    explicit ShownDock(Core::Services &services)
        : context{services, patient, events}
        , dock(context)
    {
        dock.show();
    }

    Core::PatientContext patient;
    Core::EventHub events;
    Core::ModuleContext context;
    App::Internal::ConflictWidget dock;
};

} // namespace

void tst_SyncReview::init()
{
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY(m_store->ok());
    QVERIFY(m_store->signInAdmin());
    auto id = m_store->services().patients().create(
        Test::samplePatient(QStringLiteral("Ortega"), QStringLiteral("Lucia"), QDate(1971, 4, 2)));
    QVERIFY(id);
    m_patient = id.value();
    m_mrn = m_store->services().patients().open(m_patient)->mrn;
    // The patient is on the server as p-77: the records below refer to it there.
    Sync::SyncStore store(m_store->store().db());
    Sync::RecordMap map;
    map.resourceType = QStringLiteral("Patient");
    map.localId = m_patient;
    map.serverId = QStringLiteral("p-77");
    map.versionId = QStringLiteral("1");
    map.state = QLatin1String(Sync::Constants::StateSynced);
    QVERIFY(store.saveRecord(map).ok());
}

void tst_SyncReview::cleanup()
{
    m_store.reset();
}

qint64 tst_SyncReview::addConflict(const QString &type, const QJsonObject &local,
                                   const QJsonObject &server, const QStringList &fields)
{
    Sync::SyncStore store(m_store->store().db());
    Sync::Conflict c;
    c.resourceType = type;
    c.localId = 5;
    c.local = local;
    c.server = server;
    c.serverVersion = QStringLiteral("3");
    c.fields = fields;
    auto id = store.addConflict(c);
    return id ? id.value() : 0;
}

qint64 tst_SyncReview::problemClash()
{
    return addConflict(
        QStringLiteral("Condition"),
        json(
            R"({"resourceType":"Condition","subject":{"reference":"Patient/p-77"},"code":{"text":"asthma"}})"),
        json(
            R"({"resourceType":"Condition","subject":{"reference":"Patient/p-77"},"code":{"text":"COPD"}})"),
        {QStringLiteral("code")});
}

void tst_SyncReview::otherTypesReadable_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("local");
    QTest::addColumn<QJsonObject>("server");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("localText");
    QTest::addColumn<QString>("serverText");

    QTest::newRow("problem status (coding)")
        << QStringLiteral("Condition")
        << json(R"({"resourceType":"Condition","subject":{"reference":"Patient/p-77"},
                   "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]}})")
        << json(R"({"resourceType":"Condition","subject":{"reference":"Patient/p-77"},
                   "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]}})")
        << QStringLiteral("clinicalStatus") << QStringLiteral("Clinical status")
        << QStringLiteral("active") << QStringLiteral("resolved");
    QTest::newRow("lab value (Quantity)")
        << QStringLiteral("Observation")
        << json(R"({"resourceType":"Observation","subject":{"reference":"Patient/p-77"},
                   "valueQuantity":{"value":7.2,"unit":"%","system":"http://unitsofmeasure.org","code":"%"}})")
        << json(R"({"resourceType":"Observation","subject":{"reference":"Patient/p-77"},
                   "valueQuantity":{"value":6.9,"unit":"%"}})")
        << QStringLiteral("valueQuantity") << QStringLiteral("Value") << QStringLiteral("7.2 %")
        << QStringLiteral("6.9 %");
    QTest::newRow("reference range (Range in an array)")
        << QStringLiteral("Observation")
        << json(R"({"resourceType":"Observation","subject":{"reference":"Patient/p-77"},
                   "referenceRange":[{"low":{"value":4,"unit":"%"},"high":{"value":5.6,"unit":"%"}}]})")
        << json(R"({"resourceType":"Observation","subject":{"reference":"Patient/p-77"},
                   "referenceRange":[{"text":"below 5.7 %"}]})")
        << QStringLiteral("referenceRange") << QStringLiteral("Reference range")
        << QStringLiteral("4 % – 5.6 %") << QStringLiteral("below 5.7 %");
    QTest::newRow("medication (CodeableConcept text)")
        << QStringLiteral("MedicationStatement")
        << json(R"({"resourceType":"MedicationStatement","subject":{"reference":"Patient/p-77"},
                   "medicationCodeableConcept":{"text":"metformin 500 mg"}})")
        << json(R"({"resourceType":"MedicationStatement","subject":{"reference":"Patient/p-77"},
                   "medicationCodeableConcept":{"coding":[{"code":"860975","display":"metformin 1000 mg"}]}})")
        << QStringLiteral("medicationCodeableConcept") << QStringLiteral("Medication")
        << QStringLiteral("metformin 500 mg") << QStringLiteral("metformin 1000 mg");
    QTest::newRow("coverage member id (string), patient as beneficiary")
        << QStringLiteral("Coverage")
        << json(R"({"resourceType":"Coverage","beneficiary":{"reference":"Patient/p-77"},
                   "subscriberId":"XJ-100"})")
        << json(R"({"resourceType":"Coverage","beneficiary":{"reference":"Patient/p-77"},
                   "subscriberId":"XJ-101"})")
        << QStringLiteral("subscriberId") << QStringLiteral("Member ID") << QStringLiteral("XJ-100")
        << QStringLiteral("XJ-101");
    QTest::newRow("visit period, patient among the participants")
        << QStringLiteral("Appointment")
        << json(
               R"({"resourceType":"Appointment","participant":[{"actor":{"reference":"Practitioner/d1"}},
                   {"actor":{"reference":"Patient/p-77"}}],
                   "start":"2026-12-03T09:00:00Z"})")
        << json(
               R"({"resourceType":"Appointment","participant":[{"actor":{"reference":"Patient/p-77"}}],
                   "start":"2026-12-03T09:30:00Z"})")
        << QStringLiteral("start") << QStringLiteral("Start")
        << QStringLiteral("2026-12-03T09:00:00Z") << QStringLiteral("2026-12-03T09:30:00Z");
}

void tst_SyncReview::otherTypesReadable()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, local);
    QFETCH(QJsonObject, server);
    QFETCH(QString, field);
    QFETCH(QString, label);
    QFETCH(QString, localText);
    QFETCH(QString, serverText);
    const qint64 id = addConflict(type, local, server, {field});
    QVERIFY(id > 0);
    App::SyncReview review(m_store->services());
    auto views = review.openConflictViews();
    QVERIFY2(views, qPrintable(views ? QString() : views.error().message));
    QCOMPARE(views->size(), 1);
    const App::ConflictView &v = views->first();
    QCOMPARE(v.id, id);
    QCOMPARE(v.patientId, m_patient);
    QCOMPARE(v.fields.size(), 1);
    QCOMPARE(v.fields.first().field, field);
    QCOMPARE(v.fields.first().label, label);
    QCOMPARE(v.fields.first().local, localText);
    QCOMPARE(v.fields.first().server, serverText);
}

void tst_SyncReview::viewingIsAudited()
{
    const qint64 id = problemClash();
    App::SyncReview review(m_store->services());
    auto views = review.openConflictViews();
    QVERIFY(views && views->size() == 1);
    Core::AuditFilter filter;
    filter.action = QLatin1String(App::SyncConstants::AuditView);
    QCOMPARE(m_store->services().audit().list(filter)->size(), 0); // listing alone is not a view
    QVERIFY(review.recordViewed(views->first()).ok());
    filter.patientMrn = m_mrn;
    auto entries = m_store->services().audit().list(filter);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const Core::AuditEntry &e = entries->first();
    QCOMPARE(e.patientId, m_patient);
    QCOMPARE(e.user, Test::AdminName);
    QVERIFY2(e.detail.contains(QStringLiteral("conflict %1").arg(id)), qPrintable(e.detail));
    QVERIFY2(e.detail.contains(QStringLiteral("Condition")), qPrintable(e.detail));
    QVERIFY(m_store->services().audit().verify().ok);
}

void tst_SyncReview::onlyAdminsSeeConflicts()
{
    QVERIFY(addConflict(QStringLiteral("Condition"),
                        json(R"({"resourceType":"Condition","code":{"text":"a"}})"),
                        json(R"({"resourceType":"Condition","code":{"text":"b"}})"),
                        {QStringLiteral("code")})
            > 0);
    App::SyncReview admin(m_store->services());
    auto views = admin.openConflictViews();
    QVERIFY(views && views->size() == 1);
    QCOMPARE(views->first().patientId, qint64(0)); // no patient reference: none named
    const QString password = m_store->addUser(QStringLiteral("desk"), Core::Role::FrontDesk);
    m_store->services().users().signOut();
    QVERIFY(m_store->services().users().signIn(QStringLiteral("desk"), password));
    App::SyncReview desk(m_store->services());
    auto denied = desk.openConflictViews();
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, Core::ErrorCode::Denied);
    QVERIFY(!desk.recordViewed(views->first()).ok());
}

void tst_SyncReview::restrictedRecordNeedsReason()
{
    // Both versions of a restricted record's data are seen as its chart is: after a reason, the
    // look flagged for review; until then the dock names no one and offers no settlement.
    const qint64 condition = problemClash();
    QVERIFY(condition > 0);
    Core::PatientService &patients = m_store->services().patients();
    Core::Patient lucia = patients.open(m_patient).value();
    lucia.restricted = true;
    lucia.phoneHome = QStringLiteral("217-555-0100");
    QVERIFY(patients.update(lucia));
    Core::Patient theirs = lucia;
    theirs.phoneHome = QStringLiteral("217-555-0199");
    const QString system = Fhir::PatientResource::mrnSystem(QString());
    Sync::SyncStore store(m_store->store().db());
    Sync::Conflict onPatient;
    onPatient.resourceType = QStringLiteral("Patient");
    onPatient.localId = m_patient;
    onPatient.local = Fhir::PatientResource::toFhir(lucia, system);
    onPatient.server = Fhir::PatientResource::toFhir(theirs, system);
    onPatient.serverVersion = QStringLiteral("2");
    onPatient.fields = {QStringLiteral("phoneHome")};
    QVERIFY(store.addConflict(onPatient));

    App::SyncReview review(m_store->services());
    auto views = review.openConflictViews();
    QVERIFY(views && views->size() == 2);
    for (const App::ConflictView &v : std::as_const(views.value())) {
        QVERIFY(v.restricted);
        QCOMPARE(v.patientId, m_patient);
        QVERIFY2(!v.title.contains(QStringLiteral("Ortega")), qPrintable(v.title));
    }
    const App::ConflictView first = views->first();
    QCOMPARE(review.recordViewed(first).error().code, Core::ErrorCode::Invalid);
    QCOMPARE(review.recordViewed(first, QStringLiteral("why not")).error().code,
             Core::ErrorCode::Invalid);
    const auto flagged = [this] {
        Core::Query q = m_store->store().db().query(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = ? AND flagged = 1 AND patient_id = ?"));
        q.bind(1, QString::fromLatin1(App::SyncConstants::AuditView)).bind(2, m_patient);
        return q.next() ? q.int64(0) : -1;
    };
    QCOMPARE(flagged(), 0);

    // The dock: nothing shown or settled until the person gives a reason.
    ShownDock shown(m_store->services());
    std::optional<QString> answer;
    shown.patient.setBreakGlassPrompt([&answer](qint64) { return answer; });
    App::Internal::ConflictWidget &dock = shown.dock;
    namespace Names = App::SyncConstants::ObjectNames;
    auto list = Test::child<QListWidget>(&dock, Names::ConflictList);
    auto fields = Test::child<QTableWidget>(&dock, Names::ConflictFields);
    auto reveal = Test::child<QPushButton>(&dock, Names::ConflictReveal);
    auto keep = Test::child<QPushButton>(&dock, Names::KeepLocal);
    QVERIFY(list && fields && reveal && keep);
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    QCOMPARE(fields->rowCount(), 0);
    QVERIFY(reveal->isVisible());
    QVERIFY(!keep->isEnabled());
    reveal->click(); // declined
    QCOMPARE(fields->rowCount(), 0);
    QCOMPARE(flagged(), 0);
    answer = QStringLiteral("settling her record's clash");
    reveal->click();
    QCOMPARE(fields->rowCount(), 1);
    QVERIFY(!reveal->isVisible());
    QVERIFY(keep->isEnabled());
    QCOMPARE(flagged(), 1);
}

void tst_SyncReview::refusedRecordsSentAgain()
{
    // The server refused the patient (a profile it enforces) and one of their problems. Once the
    // server is mended, the admin sends them again from the dock: each gets a change row for the
    // next push, an audit entry, and leaves the list; the banner's state turns to pending.
    Sync::SyncStore store(m_store->store().db());
    Sync::RecordMap patient = store.record(QStringLiteral("Patient"), m_patient)->value();
    patient.state = QLatin1String(Sync::Constants::StateRejected);
    patient.lastError = QStringLiteral("HTTP 422: Patient.telecom is required by this server");
    QVERIFY(store.saveRecord(patient));
    Sync::RecordMap problem;
    problem.resourceType = QStringLiteral("Condition");
    problem.localId = 7;
    problem.state = QLatin1String(Sync::Constants::StateRejected);
    problem.lastError = QStringLiteral("HTTP 400: Condition.code: unknown code system");
    QVERIFY(store.saveRecord(problem));
    QVERIFY(store.setCursor(Core::ChangeLog::head(m_store->store().db()).value()));

    App::SyncReview review(m_store->services());
    QCOMPARE(review.patientState(m_patient)->state, App::RecordSyncState::Rejected);
    auto refused = review.refusedRecords();
    QVERIFY(refused);
    QCOMPARE(refused->size(), 2);
    QCOMPARE(refused->at(0).resourceType, QStringLiteral("Condition"));
    QCOMPARE(refused->at(1).title, QStringLiteral("Patient · MRN %1").arg(m_mrn));
    QCOMPARE(review.sendAgain(QStringLiteral("Condition"), 8).error().code,
             Core::ErrorCode::Invalid); // not refused

    ShownDock shown(m_store->services());
    App::Internal::ConflictWidget &dock = shown.dock;
    namespace Names = App::SyncConstants::ObjectNames;
    auto box = Test::child<QGroupBox>(&dock, Names::RefusedBox);
    auto list = Test::child<QListWidget>(&dock, Names::RefusedList);
    auto send = Test::child<QPushButton>(&dock, Names::SendAgain);
    QVERIFY(box && list && send);
    QVERIFY(box->isVisible());
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("telecom is required")),
             qPrintable(list->item(1)->text()));
    // The shell takes the dock's event for a local change and wakes its sync worker.
    int wakes = 0;
    connect(&shown.events, &Core::EventHub::published, this, [&wakes](const Core::DomainEvent &e) {
        if (e.type == QLatin1String(App::SyncConstants::EventSentAgain)
            && !e.type.startsWith(QLatin1String(App::SyncConstants::EventPrefix)))
            ++wakes;
    });
    list->setCurrentRow(1);
    send->click();
    QCOMPARE(wakes, 1);
    QCOMPARE(list->count(), 1);
    QVERIFY(box->isVisible());
    bool said = false;
    for (QLabel *label : box->findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("goes to the server again"));
    QVERIFY(said);
    QCOMPARE(review.patientState(m_patient)->state, App::RecordSyncState::Pending);
    auto changes = Core::ChangeLog::since(m_store->store().db(), store.cursor().value(), 10);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().entity, QStringLiteral("Patient"));
    QCOMPARE(changes->first().entityId, m_patient);
    QVERIFY(!changes->first().fromServer());

    // Only an admin may; the front desk is refused and nothing is queued.
    const QString password = m_store->addUser(QStringLiteral("desk"), Core::Role::FrontDesk);
    m_store->services().users().signOut();
    QVERIFY(m_store->services().users().signIn(QStringLiteral("desk"), password));
    QCOMPARE(review.sendAgain(QStringLiteral("Condition"), 7).error().code,
             Core::ErrorCode::Denied);
    QVERIFY(!review.refusedRecords());
    m_store->services().users().signOut();
    QVERIFY(m_store->signInAdmin());
    send->click();
    QCOMPARE(list->count(), 0);
    Core::Query audited = m_store->store().db().query(
        QStringLiteral("SELECT count(*), sum(patient_id = ?) FROM audit_log WHERE action = ?"));
    audited.bind(1, m_patient).bind(2, QString::fromLatin1(App::SyncConstants::AuditSendAgain));
    QVERIFY(audited.next());
    QCOMPARE(audited.int64(0), qint64(2));
    QCOMPARE(audited.int64(1), qint64(1));
}

QTEST_MAIN(tst_SyncReview)
#include "tst_syncreview.moc"
