#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/syncworkstation.h"
#include "tests/support/testsupport.h"

#include <QTest>

#include <memory>
#include <tuple>

using namespace Ambulo;
using Ambulo::Test::describe;
namespace Ch = Ambulo::Charting;
namespace S = Ambulo::Scheduling;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);
const QDate Monday(2026, 3, 9);

// One workstation (SyncWorkstation: Dr. Moreno, Mon-Fri 08:00-17:00, a follow-up type), and
// what these tests look at.
struct Workstation : Test::SyncWorkstation
{
    QString start(const QUrl &base) { return SyncWorkstation::start(base, Practice::Scheduling); }

    qint64 patientByMrn(const QString &mrn)
    {
        auto id = store.services().patients().findByMrn(mrn);
        return id ? id.value() : 0;
    }
};

// What A held before sync was set up.
struct History
{
    QList<qint64> patients;
    qint64 appointment = 0;
    qint64 location = 0;
    qint64 room = 0;
    qint64 payer = 0;
    qint64 coverage = 0;
    qint64 encounter = 0;
    qint64 problem = 0;
    qint64 vitals = 0;
    qint64 providerBlockout = 0;
    qint64 practiceBlockout = 0;
};

// Resource types and how many of each A's history makes on the server (plus the booking's
// provider-day ledger, a Schedule of its own).
const QList<std::pair<QString, int>> Expected{
    {"Patient", 2},     {"Practitioner", 1}, {"Organization", 1}, {"Location", 2},
    {"Appointment", 1}, {"Schedule", 2},     {"Slot", 1},         {"Encounter", 1},
    {"Condition", 1},   {"Observation", 1},  {"Coverage", 1},
};

} // namespace

class TestSyncBackfill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsFromBeforeSyncAreSentOnce();
    void interruptedBackfillCompletesWithoutDuplicates();
    void pendingCountCoversEveryPushedType();

private:
    // A's practice history, made through the services; then its change rows are taken away,
    // which is what a store from before sync holds (see the comment inside).
    void makeHistory(History &h);
    // Each expected type exactly once on the server.
    void verifyServerHoldsHistoryOnce(int extraPatients);

    Test::FhirPeer m_server;
    std::unique_ptr<Workstation> m_a;
    std::unique_ptr<Workstation> m_b;
};

void TestSyncBackfill::initTestCase()
{
    QVERIFY2(m_server.start(Peers), qPrintable(m_server.error()));
}

void TestSyncBackfill::init()
{
    m_server.reset();
    m_a = std::make_unique<Workstation>();
    m_b = std::make_unique<Workstation>();
    const QString a = m_a->start(m_server.base());
    QVERIFY2(a.isEmpty(), qPrintable(a));
    const QString b = m_b->start(m_server.base());
    QVERIFY2(b.isEmpty(), qPrintable(b));
}

void TestSyncBackfill::cleanup()
{
    // Every resource either workstation wrote validated with @medplum/core on the server.
    QCOMPARE(m_server.invalidCount(), 0);
    m_a.reset();
    m_b.reset();
}

void TestSyncBackfill::makeHistory(History &h)
{
    Workstation &a = *m_a;
    Core::Services &core = a.store.services();
    Core::ServiceContext &context = core.context();
    // The directory and a practice-wide blockout are the admin's to set up.
    QVERIFY(a.store.signInAdmin());
    auto payer = core.directory().addPayer({0, "Aetna", "60054"});
    QVERIFY(payer);
    h.payer = payer.value();
    auto location = core.directory().addLocation(
        {0, "Main Street Clinic", "12 Main St, Springfield, IL 62704", "217-555-0142"});
    QVERIFY(location);
    h.location = location.value();
    auto room = core.directory().addRoom({0, h.location, "Exam 1"});
    QVERIFY(room);
    h.room = room.value();
    S::Blockout meeting;
    meeting.date = Monday;
    meeting.startMinute = 12 * 60;
    meeting.endMinute = 13 * 60;
    meeting.reason = QStringLiteral("Staff meeting");
    auto practiceWide = a.scheduling->setup().addBlockout(meeting);
    QVERIFY(practiceWide);
    h.practiceBlockout = practiceWide.value();
    S::Blockout rounds = meeting;
    rounds.providerId = a.moreno;
    rounds.startMinute = 15 * 60;
    rounds.endMinute = 17 * 60;
    rounds.reason = QStringLiteral("Hospital rounds");
    auto providerBlockout = a.scheduling->setup().addBlockout(rounds);
    QVERIFY(providerBlockout);
    h.providerBlockout = providerBlockout.value();

    // Registrations, a booking and a coverage at the front desk (the admin may do all three).
    qint64 first = 0;
    for (const QString &given : {QStringLiteral("Ada"), QStringLiteral("Ben")}) {
        auto id = core.patients().create(
            Test::samplePatient(QStringLiteral("Okafor"), given, QDate(1969, 7, 1)));
        QVERIFY(id);
        if (first == 0)
            first = id.value();
        h.patients << id.value();
    }
    S::BookingRequest booking;
    booking.patientId = first;
    booking.providerId = a.moreno;
    booking.typeId = a.visitType;
    booking.date = Monday;
    booking.startMinute = 9 * 60;
    auto appointment = a.scheduling->booking().book(booking);
    QVERIFY2(appointment, qPrintable(appointment.error().message));
    h.appointment = appointment.value();
    Core::Coverage coverage;
    coverage.patientId = first;
    coverage.rank = 1;
    coverage.payerId = h.payer;
    coverage.memberId = QStringLiteral("W123456789");
    coverage.subscriberName = QStringLiteral("Ada Okafor");
    coverage.subscriberRelationship = QStringLiteral("self");
    coverage.subscriberBirthDate = QDate(1969, 7, 1);
    coverage.start = QDate(2026, 1, 1);
    auto coverageId = core.directory().addCoverage(coverage);
    QVERIFY2(coverageId, qPrintable(coverageId.error().message));
    h.coverage = coverageId.value();

    // The chart: a visit with vitals and a problem, as the provider.
    context.setSession(a.provider);
    const QDateTime visit(Monday, QTime(9, 5));
    auto encounter = a.charting->encounters().openAdHoc(first, a.moreno, 0, "office",
                                                        QStringLiteral("Headache"), visit);
    QVERIFY2(encounter, qPrintable(encounter.error().message));
    h.encounter = encounter.value();
    Ch::VitalsEntry v;
    v.patientId = first;
    v.encounterId = h.encounter;
    v.takenAt = visit.addSecs(300);
    v.systolic = 142;
    v.diastolic = 91;
    v.pulse = 76;
    auto vitals = a.charting->vitals().record(v);
    QVERIFY2(vitals, qPrintable(vitals.error().message));
    h.vitals = vitals.value();
    Ch::Problem problem;
    problem.patientId = first;
    problem.code = QStringLiteral("I10");
    problem.onset = QDate(2019, 4, 2);
    auto problemId = a.charting->problems().add(problem);
    QVERIFY(problemId);
    h.problem = problemId.value();
    context.setSession(a.syncSession);

    // A store that predates sync: its services wrote no change rows. The sync migrations run at
    // every store's open (the TestStore is made with all of them), so the test makes that state
    // by deleting the rows the services just wrote, in its own SQL. This is also what an
    // upgrade meets for a type mapped only in a later release: its old records' rows lie
    // before the push cursor, and nothing marks the type as backfilled yet.
    QVERIFY(a.db().exec(QStringLiteral("DELETE FROM change_log")));
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_record")), 0);
}

void TestSyncBackfill::verifyServerHoldsHistoryOnce(int extraPatients)
{
    for (const auto &[type, n] : Expected) {
        const int expected = type == QLatin1String("Patient") ? n + extraPatients : n;
        QVERIFY2(m_server.resources(type).size() == expected,
                 qPrintable(QStringLiteral("%1: %2 on the server, expected %3")
                                .arg(type)
                                .arg(m_server.resources(type).size())
                                .arg(expected)));
    }
}

void TestSyncBackfill::recordsFromBeforeSyncAreSentOnce()
{
    // B registers a patient the ordinary way; A pulls it before its first push: a record that
    // came from the server must not be sent back.
    auto zed = m_b->store.services().patients().create(
        Test::samplePatient(QStringLiteral("Zed"), QStringLiteral("Zoe"), QDate(1990, 1, 2)));
    QVERIFY(zed);
    const QString zedMrn = m_b->store.services().patients().open(zed.value())->mrn;
    QVERIFY2(m_b->round().ok, "B's first round");
    const QString zedVersion =
        m_b->engine->store().record("Patient", zed.value()).value()->versionId;
    QVERIFY(!zedVersion.isEmpty());

    History h;
    makeHistory(h);
    if (QTest::currentTestFailed())
        return;
    Workstation &a = *m_a;
    const Sync::RoundResult pulled = a.engine->pull();
    QVERIFY2(pulled.ok, qPrintable(describe(pulled)));
    QVERIFY(a.patientByMrn(zedMrn) > 0);

    const Sync::RoundResult first = a.round();
    QVERIFY2(first.ok, qPrintable(describe(first)));
    QCOMPARE(first.rejected, 0);
    QCOMPARE(first.newConflicts, 0);
    verifyServerHoldsHistoryOnce(1);
    const QList<QJsonObject> zeds = m_server.resources("Patient", "family=Zed");
    QCOMPARE(zeds.size(), 1);

    // Everything A held is synced; the practice-wide blockout stays here, unqueued.
    for (const qint64 id : std::as_const(h.patients))
        QCOMPARE(a.state("Patient", id), QStringLiteral("synced"));
    QCOMPARE(a.state("Appointment", h.appointment), QStringLiteral("synced"));
    QCOMPARE(a.state("Location", h.location), QStringLiteral("synced"));
    QCOMPARE(a.state("Location", Core::roomEntityId(h.room)), QStringLiteral("synced"));
    QCOMPARE(a.state("Organization", h.payer), QStringLiteral("synced"));
    QCOMPARE(a.state("Coverage", h.coverage), QStringLiteral("synced"));
    QCOMPARE(a.state("Encounter", h.encounter), QStringLiteral("synced"));
    QCOMPARE(a.state("Condition", h.problem), QStringLiteral("synced"));
    QCOMPARE(a.state("Observation", -h.vitals), QStringLiteral("synced"));
    QCOMPARE(a.state("Slot", h.providerBlockout), QStringLiteral("synced"));
    QCOMPARE(a.state("Slot", h.practiceBlockout), QString());
    QCOMPARE(a.state("Schedule", a.moreno), QStringLiteral("synced"));
    // The pulled patient kept its one version: A did not send it back.
    const qint64 zedHere = a.patientByMrn(zedMrn);
    QVERIFY(zedHere > 0);
    QCOMPARE(a.engine->store().record("Patient", zedHere).value()->versionId, zedVersion);
    QCOMPARE(zeds.first()["meta"]["versionId"].toString(), zedVersion);
    // One audit entry per type queued, with its count, by the sync principal. (Ada's MRN went
    // to B's Zed, so her renumbering wrote a change row that sends her; Ben alone was queued.)
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.backfill' "
                                    "AND detail = 'Patient queued for the server: 1' "
                                    "AND user_name = 'fhir-sync'")),
             1);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'sync.backfill' AND detail = 'Location queued for the "
                                    "server: 2'")),
             1);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'sync.backfill'")),
             9);

    // A second round sends nothing, and nothing is queued again.
    const Sync::RoundResult second = a.round();
    QVERIFY2(second.ok, qPrintable(describe(second)));
    QCOMPARE(second.pushed, 0);
    auto again = a.engine->backfill();
    QVERIFY(again);
    QCOMPARE(again.value(), 0);
    verifyServerHoldsHistoryOnce(1);

    // B receives A's history with the same values.
    const Sync::RoundResult onB = m_b->round();
    QVERIFY2(onB.ok && onB.skipped == 0, qPrintable(describe(onB)));
    for (const qint64 idOnA : std::as_const(h.patients)) {
        // A's MRNs may have been renumbered at the first push (B's Zed took the first number).
        auto onAPatient = a.store.services().patients().open(idOnA);
        const qint64 id = m_b->patientByMrn(onAPatient->mrn);
        QVERIFY2(id > 0, qPrintable(onAPatient->mrn));
        auto onBPatient = m_b->store.services().patients().open(id);
        QCOMPARE(onBPatient->given, onAPatient->given);
        QCOMPARE(onBPatient->birthDate, onAPatient->birthDate);
    }
    auto locations = m_b->store.services().directory().locations();
    QVERIFY(locations);
    QCOMPARE(locations->size(), 1);
    QCOMPARE(locations->first().name, QStringLiteral("Main Street Clinic"));
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM appointments")), 1);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM problems WHERE code = 'I10'")), 1);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM vitals WHERE systolic = 142")), 1);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM coverages WHERE member_id = "
                                       "'W123456789'")),
             1);
}

void TestSyncBackfill::interruptedBackfillCompletesWithoutDuplicates()
{
    History h;
    makeHistory(h);
    if (QTest::currentTestFailed())
        return;
    Workstation &a = *m_a;
    a.store.services().context().setSession(a.syncSession);

    // 1. The enqueue rolled back whole (a failure after it, in the same transaction): nothing
    //    of it stays, not even the marks.
    {
        Core::Transaction outer(a.db());
        QVERIFY(outer.active());
        auto queued = a.engine->backfill();
        QVERIFY2(queued, qPrintable(queued.error().message));
        QVERIFY(queued.value() >= 12);
    }
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_record")), 0);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_type WHERE backfilled_at <> ''")),
             0);

    // 2. The enqueue fails half-way (Coverage, the last type, cannot be written): the types
    //    before it are queued and marked, Coverage is not, and nothing was sent yet.
    QVERIFY(a.db().exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_coverage BEFORE INSERT ON sync_record WHEN "
        "NEW.resource_type = 'Coverage' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    const Sync::RoundResult broken = a.round();
    QVERIFY(!broken.ok);
    QVERIFY2(broken.message.contains("injected failure"), qPrintable(broken.message));
    QCOMPARE(m_server.resources("Patient").size(), 0);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_record WHERE resource_type = "
                                    "'Patient' AND state = 'pending'")),
             2);
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_type WHERE resource_type = "
                                    "'Coverage' AND backfilled_at <> ''")),
             0);
    QVERIFY(a.db().exec(QStringLiteral("DROP TRIGGER fail_coverage")));

    // 3. The push is cut off: the booking's create is carried out but its answer is lost, and
    //    the server then refuses the condition's create once.
    m_server.request("POST", "/$fault",
                     {{"mode", "lost"}, {"match", "/Appointment"}, {"method", "POST"}});
    m_server.request("POST", "/$fault",
                     {{"status", 503}, {"match", "/Condition"}, {"method", "POST"}});
    int failures = 0;
    Sync::RoundResult r;
    for (int i = 0; i < 5; ++i) {
        r = a.round();
        if (r.ok)
            break;
        QVERIFY2(r.transient, qPrintable(describe(r)));
        ++failures;
    }
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QVERIFY(failures >= 1);
    verifyServerHoldsHistoryOnce(0);
    QCOMPARE(a.state("Coverage", h.coverage), QStringLiteral("synced"));
    QCOMPARE(a.state("Appointment", h.appointment), QStringLiteral("synced"));
    QCOMPARE(a.state("Condition", h.problem), QStringLiteral("synced"));
    QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_record WHERE state <> 'synced'")),
             0);

    // A restart (a new engine on the same store) queues nothing again and sends nothing.
    a.engine = App::makeSyncEngine(a.store.services(), *a.client);
    const Sync::RoundResult after = a.round();
    QVERIFY2(after.ok, qPrintable(describe(after)));
    QCOMPARE(after.pushed, 0);
    verifyServerHoldsHistoryOnce(0);
}

void TestSyncBackfill::pendingCountCoversEveryPushedType()
{
    Workstation &a = *m_a;
    QVERIFY2(a.round().ok, "first round");
    // After a round everything is on the server (the practitioner, hours): nothing pending.
    auto [code0, status0, err0] = Test::runAmbulo(a.store, {"sync", "status"});
    QVERIFY2(code0 == 0, qPrintable(status0 + err0));
    QVERIFY2(status0.contains("pending\t0\n"), qPrintable(status0));

    // A location, a room and a problem made now are pending, in the engine's count and in
    // `sync status` (which has no engine: App::pushedSyncTypes).
    QVERIFY(a.store.signInAdmin());
    auto location = a.store.services().directory().addLocation({0, "Annex", "", ""});
    QVERIFY(location);
    QVERIFY(a.store.services().directory().addRoom({0, location.value(), "Exam 9"}));
    auto patient = a.store.services().patients().create(
        Test::samplePatient(QStringLiteral("Lee"), QStringLiteral("Kim"), QDate(1975, 3, 4)));
    QVERIFY(patient);
    a.store.services().context().setSession(a.provider);
    Ch::Problem problem;
    problem.patientId = patient.value();
    problem.code = QStringLiteral("I10");
    problem.onset = QDate(2020, 1, 1);
    const auto problemId = a.charting->problems().add(problem);
    QVERIFY(problemId);
    a.store.services().context().setSession(a.syncSession);

    QCOMPARE(App::pushedSyncTypes(a.store.services()), a.engine->pushedTypes());
    QVERIFY(a.engine->pushedTypes().contains("Location"));
    QVERIFY(a.engine->pushedTypes().contains("Condition"));
    auto cursor = a.engine->store().cursor();
    QVERIFY(cursor);
    auto pending = a.engine->store().pendingCount(cursor.value(), a.engine->pushedTypes());
    QVERIFY(pending);
    QCOMPARE(pending.value(), 4); // patient, location, room, problem
    auto [code, status, err] = Test::runAmbulo(a.store, {"sync", "status"});
    QVERIFY2(code == 0, qPrintable(status + err));
    QVERIFY2(status.contains("pending\t4\n"), qPrintable(status));

    // A record the server refuses stays counted: the problem's Condition is refused once.
    m_server.request("POST", "/$fault",
                     {{"status", 422}, {"match", "/Condition"}, {"method", "POST"}});
    const Sync::RoundResult r = a.round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.rejected, 1);
    auto [code2, status2, err2] = Test::runAmbulo(a.store, {"sync", "status"});
    QVERIFY2(status2.contains("pending\t1\n"), qPrintable(status2 + err2));
    QVERIFY2(status2.contains("rejected\t1\n"), qPrintable(status2 + err2));
    const QString refused = QStringLiteral("Condition/%1").arg(problemId.value());
    QVERIFY2(status2.contains(QStringLiteral("rejected %1\t").arg(refused)), qPrintable(status2));

    // The server's fault is mended: an admin sends the refused record again, and the next round
    // takes it. Bad words are usage errors; a record that was not refused is named.
    auto [code3, out3, err3] = Test::runAmbulo(a.store, {"sync", "send-again"});
    QCOMPARE(code3, 2);
    std::tie(code3, out3, err3) = Test::runAmbulo(a.store, {"sync", "send-again", "Condition"});
    QCOMPARE(code3, 2);
    QVERIFY2(err3.contains(QStringLiteral("is not TYPE/ID")), qPrintable(err3));
    std::tie(code3, out3, err3) = Test::runAmbulo(
        a.store, {"sync", "send-again", QStringLiteral("Patient/%1").arg(patient.value())});
    QCOMPARE(code3, 1);
    QVERIFY2(err3.contains(QStringLiteral("is not a record the server refused")), qPrintable(err3));
    std::tie(code3, out3, err3) = Test::runAmbulo(a.store, {"sync", "send-again", "--all"});
    QVERIFY2(code3 == 0, qPrintable(err3));
    QVERIFY2(out3.contains(refused + QStringLiteral(" goes to the server again")),
             qPrintable(out3));
    QVERIFY2(out3.contains(QStringLiteral("sent again\t1")), qPrintable(out3));
    Core::Query audited = a.store.store().db().query(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.send-again' AND "
                       "detail LIKE ?"));
    audited.bind(1, refused + QStringLiteral(", refused: %"));
    QVERIFY(audited.next());
    QCOMPARE(audited.int64(0), qint64(1));
    audited.finish();
    const Sync::RoundResult again = a.round();
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.rejected, 0);
    QVERIFY(again.pushed >= 1);
    auto record = a.engine->store().record(QStringLiteral("Condition"), problemId.value());
    QVERIFY(record && record->has_value());
    QCOMPARE(record->value().state, QStringLiteral("synced"));
    QVERIFY(!record->value().serverId.isEmpty());
    QCOMPARE(
        m_server.request("GET", QStringLiteral("/fhir/R4/Condition/") + record->value().serverId)
            .value(QLatin1String("id"))
            .toString(),
        record->value().serverId);
    auto [code4, status4, err4] = Test::runAmbulo(a.store, {"sync", "status"});
    QVERIFY2(status4.contains("rejected\t0\n"), qPrintable(status4 + err4));
    QVERIFY2(status4.contains("pending\t0\n"), qPrintable(status4 + err4));
}

QTEST_GUILESS_MAIN(TestSyncBackfill)
#include "tst_syncbackfill.moc"
