// The sync engine between two workstations through a real FHIR server, patients only:
// registrations and edits travel, one-sided changes merge, a clash waits for a person to resolve
// it, a lost answer, a server fault or a bad page loses and duplicates nothing, MRNs made offline
// on both sides stay two people, and everything sent validates. `ambulo sync` as a process
// (stopped, killed, given bad input): tst_synccli.cpp.

#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/constants.h"
#include "core/session/interfacesession.h"
#include "core/store/database.h"
#include "tests/connectors/sync/patientsynctest.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::PatientWorkstation;
namespace PatientResource = Fhir::PatientResource;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);

} // namespace

class TestSyncEngine : public Test::PatientSyncTest
{
    Q_OBJECT

private slots:
    void registrationAndEditsTravel();
    void phoneHereAddressThereMerges();
    void sameFieldClashIsQueued();
    void pullMergesIntoPendingChanges();
    void conflictResolvedKeepingServer();
    void lostCreateAnswerMakesNoDuplicate();
    void serverFaults_data();
    void serverFaults();
    void truncatedPageResumes();
    void failedPageImportIsRedoneRecordByRecord();
    void offlineMrnCollisionKeepsTwoPeople();
    void pulledMrnMovesAnUnpushedHolder();
    void everythingSentValidates();
    void restrictedPatientTravelsRestricted();

private:
    // Spends faults a resend did not use up, so the next round meets a healthy server.
    void drainFaults()
    {
        for (int i = 0; i < 6 && server("POST", "/$fault", {{"count", 0}}).value("queued").toInt();
             ++i)
            server("GET", "/fhir/R4/Patient?_count=1");
    }
};

void TestSyncEngine::registrationAndEditsTravel()
{
    const QString mrn = m_a->registerPatient("Okafor", "Ada");
    QVERIFY(!mrn.isEmpty());
    QCOMPARE(m_a->state(mrn), QString()); // not on the server yet

    const Sync::RoundResult a1 = m_a->round();
    QVERIFY(a1.ok);
    QCOMPARE(a1.pushed, 1);
    QCOMPARE(m_a->state(mrn), QStringLiteral("synced"));
    const Sync::RoundResult b1 = m_b->round();
    QVERIFY(b1.ok);
    QCOMPARE(b1.pulled, 1);
    QCOMPARE(b1.pushed, 0); // nothing pulled is echoed back
    const Core::Patient onB = m_b->patient(mrn);
    QCOMPARE(onB.family, QStringLiteral("Okafor"));
    QCOMPARE(onB.birthDate, QDate(1975, 3, 14));
    QCOMPARE(onB.city, QStringLiteral("Springfield"));
    QCOMPARE(m_b->state(mrn), QStringLiteral("synced"));

    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) { p.email = QStringLiteral("ada@example.org"); }));
    const Sync::RoundResult b2 = m_b->round();
    QVERIFY(b2.ok);
    QCOMPARE(b2.pushed, 1);
    const Sync::RoundResult a2 = m_a->round();
    QVERIFY(a2.ok);
    QCOMPARE(a2.pulled, 1);
    QCOMPARE(m_a->patient(mrn).email, QStringLiteral("ada@example.org"));

    // Quiet rounds move nothing, and the server holds one copy.
    const Sync::RoundResult a3 = m_a->round();
    QCOMPARE(a3.pushed + a3.pulled, 0);
    QCOMPARE(serverPatients().size(), 1);
    QCOMPARE(m_a->patientCount(), 1);
    QCOMPARE(m_b->patientCount(), 1);
}

void TestSyncEngine::phoneHereAddressThereMerges()
{
    const QString mrn = m_a->registerPatient("Lind", "Bo");
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);

    QVERIFY(m_a->edit(mrn, [](Core::Patient &p) { p.phoneHome = QStringLiteral("217-555-0111"); }));
    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) {
        p.addressLine = QStringLiteral("9 Elm St");
        p.city = QStringLiteral("Chatham");
    }));
    QVERIFY(m_a->round().ok);
    const Sync::RoundResult b = m_b->round(); // 412, merged, pushed
    QVERIFY(b.ok);
    QCOMPARE(b.pushed, 1);
    QCOMPARE(b.openConflicts, 0);
    QVERIFY(m_a->round().ok);

    for (PatientWorkstation *ws : {m_a.get(), m_b.get()}) {
        const Core::Patient p = ws->patient(mrn);
        QCOMPARE(p.phoneHome, QStringLiteral("217-555-0111"));
        QCOMPARE(p.addressLine, QStringLiteral("9 Elm St"));
        QCOMPARE(p.city, QStringLiteral("Chatham"));
        QCOMPARE(ws->state(mrn), QStringLiteral("synced"));
    }
    const QList<QJsonObject> onServer = serverPatients();
    QCOMPARE(onServer.size(), 1);
    auto fromServer = PatientResource::fromFhir(onServer.first(), m_a->engine->mrnSystem());
    QVERIFY(fromServer);
    QCOMPARE(fromServer->phoneHome, QStringLiteral("217-555-0111"));
    QCOMPARE(fromServer->city, QStringLiteral("Chatham"));
    QCOMPARE(fromServer->mrn, mrn);
}

void TestSyncEngine::sameFieldClashIsQueued()
{
    const QString mrn = m_a->registerPatient("Ruiz", "Eva");
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QVERIFY(m_a->edit(mrn, [](Core::Patient &p) { p.phoneHome = QStringLiteral("217-555-0111"); }));
    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) {
        p.phoneHome = QStringLiteral("217-555-0122");
        p.email = QStringLiteral("eva@example.org");
    }));
    QVERIFY(m_a->round().ok);

    // B's round through the command line, the way a practice runs it.
    auto [code, out, err] =
        Test::runAmbulo(m_b->store, {"sync", "--server", base().toString(), "--once"});
    QVERIFY2(code == 3, qPrintable(out + err));
    QVERIFY2(out.contains("conflicts 1"), qPrintable(out));

    // Nothing overwritten: B keeps its phone, the server keeps A's.
    QCOMPARE(m_b->patient(mrn).phoneHome, QStringLiteral("217-555-0122"));
    QCOMPARE(m_b->patient(mrn).email, QStringLiteral("eva@example.org"));
    QCOMPARE(m_b->state(mrn), QStringLiteral("conflict"));
    const QList<QJsonObject> onServer = serverPatients();
    QCOMPARE(onServer.size(), 1);
    auto fromServer = PatientResource::fromFhir(onServer.first(), m_a->engine->mrnSystem());
    QVERIFY(fromServer);
    QCOMPARE(fromServer->phoneHome, QStringLiteral("217-555-0111"));
    QVERIFY(fromServer->email.isEmpty());

    auto conflicts = m_b->engine->store().conflicts(true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().fields, QStringList{"phoneHome"});
    QCOMPARE(conflicts->first().localId, m_b->patient(mrn).id);
    QVERIFY(conflicts->first().local.value("telecom").toArray().contains(
        QJsonObject{{"system", "phone"}, {"value", "217-555-0122"}, {"use", "home"}}));
    QVERIFY(conflicts->first().server.value("telecom").toArray().contains(
        QJsonObject{{"system", "phone"}, {"value", "217-555-0111"}, {"use", "home"}}));

    // Further rounds leave it queued, not overwritten, and say so.
    const Sync::RoundResult again = m_b->round();
    QVERIFY(again.ok);
    QCOMPARE(again.openConflicts, 1);
    QCOMPARE(m_b->patient(mrn).phoneHome, QStringLiteral("217-555-0122"));

    auto [statusCode, status, statusErr] = Test::runAmbulo(m_b->store, {"sync", "status"});
    QVERIFY2(statusCode == 3, qPrintable(status + statusErr));
    QVERIFY2(status.contains("conflicts\t1"), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Patient/%1\tphoneHome").arg(m_b->patient(mrn).id)),
             qPrintable(status));

    // A person keeps this workstation's phone; the email only B changed goes along as always.
    auto [resolveCode, resolved, resolveErr] =
        Test::runAmbulo(m_b->store, {"sync", "resolve", QString::number(conflicts->first().id),
                                     "--keep", "local", "--server", base().toString()});
    QVERIFY2(resolveCode == 0, qPrintable(resolved + resolveErr));
    QCOMPARE(m_b->state(mrn), QStringLiteral("synced"));
    QVERIFY(m_a->round().ok);
    QCOMPARE(m_a->patient(mrn).phoneHome, QStringLiteral("217-555-0122"));
    QCOMPARE(m_a->patient(mrn).email, QStringLiteral("eva@example.org"));
    auto [afterCode, after, afterErr] = Test::runAmbulo(m_b->store, {"sync", "status"});
    QVERIFY2(afterCode == 0, qPrintable(after + afterErr));
    QVERIFY2(after.contains("conflicts\t0"), qPrintable(after));
}

void TestSyncEngine::pullMergesIntoPendingChanges()
{
    const QString mrn = m_a->registerPatient("Weber", "Jan");
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QVERIFY(m_a->edit(mrn, [](Core::Patient &p) {
        p.phoneHome = QStringLiteral("217-555-0111");
        p.email = QStringLiteral("jan@example.org");
    }));
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) {
        p.city = QStringLiteral("Chatham");
        p.email = QStringLiteral("weber@example.org");
    }));

    // B pulls before pushing: the phone comes in, B's city stays pending, and the email both
    // changed is queued rather than overwritten.
    const Sync::RoundResult pulled = m_b->engine->pull();
    QVERIFY2(pulled.ok, qPrintable(pulled.message));
    QCOMPARE(pulled.newConflicts, 1);
    Core::Patient onB = m_b->patient(mrn);
    QCOMPARE(onB.email, QStringLiteral("weber@example.org"));
    QCOMPARE(onB.city, QStringLiteral("Chatham"));
    QCOMPARE(m_b->state(mrn), QStringLiteral("conflict"));
    auto conflicts = m_b->engine->store().conflicts(true);
    QVERIFY(conflicts && conflicts->size() == 1);
    QCOMPARE(conflicts->first().fields, QStringList{"email"});

    // Without the clash the same pull merges: B takes the server's email, keeps its city
    // pending, and the next round pushes it on top of A's version without a 412.
    QVERIFY(m_b->engine->resolve(conflicts->first().id, false));
    QCOMPARE(m_b->patient(mrn).email, QStringLiteral("jan@example.org"));
    QVERIFY(
        m_a->edit(mrn, [](Core::Patient &p) { p.phoneMobile = QStringLiteral("217-555-0177"); }));
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) { p.state = QStringLiteral("NJ"); }));
    const Sync::RoundResult merged = m_b->engine->pull();
    QVERIFY2(merged.ok, qPrintable(merged.message));
    QCOMPARE(merged.newConflicts, 0);
    onB = m_b->patient(mrn);
    QCOMPARE(onB.phoneMobile, QStringLiteral("217-555-0177"));
    QCOMPARE(onB.state, QStringLiteral("NJ"));
    QCOMPARE(m_b->state(mrn), QStringLiteral("pending"));
    QVERIFY(m_b->round().ok);
    QCOMPARE(m_b->state(mrn), QStringLiteral("synced"));
    QVERIFY(m_a->round().ok);
    const Core::Patient onA = m_a->patient(mrn);
    QCOMPARE(onA.state, QStringLiteral("NJ"));
    QCOMPARE(onA.city, QStringLiteral("Chatham"));
    QCOMPARE(onA.phoneHome, QStringLiteral("217-555-0111"));
    QCOMPARE(onA.phoneMobile, QStringLiteral("217-555-0177"));
    QCOMPARE(onA.email, QStringLiteral("jan@example.org"));
}

void TestSyncEngine::conflictResolvedKeepingServer()
{
    const QString mrn = m_a->registerPatient("Sato", "Yui");
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QVERIFY(m_a->edit(mrn, [](Core::Patient &p) { p.family = QStringLiteral("Sato-Lee"); }));
    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) {
        p.family = QStringLiteral("Satoh");
        p.phoneMobile = QStringLiteral("217-555-0188");
    }));
    QVERIFY(m_a->round().ok);
    const Sync::RoundResult clash = m_b->round();
    QCOMPARE(clash.newConflicts, 1);
    auto conflicts = m_b->engine->store().conflicts(true);
    QVERIFY(conflicts && conflicts->size() == 1);

    QVERIFY(m_b->engine->resolve(conflicts->first().id, false));
    QVERIFY(!m_b->engine->resolve(conflicts->first().id, false)); // settled once
    QCOMPARE(m_b->patient(mrn).family, QStringLiteral("Sato-Lee"));
    QCOMPARE(m_b->patient(mrn).phoneMobile, QStringLiteral("217-555-0188"));
    QVERIFY(m_a->round().ok);
    QCOMPARE(m_a->patient(mrn).family, QStringLiteral("Sato-Lee"));
    QCOMPARE(m_a->patient(mrn).phoneMobile, QStringLiteral("217-555-0188"));
    const Sync::RoundResult quiet = m_b->round();
    QCOMPARE(quiet.openConflicts, 0);
    QCOMPARE(quiet.pushed, 0);
}

void TestSyncEngine::lostCreateAnswerMakesNoDuplicate()
{
    const QString mrn = m_a->registerPatient("Nakamura", "Ken");
    // The server creates the patient, then the connection drops before the answer. Qt resends
    // a request on a dropped keep-alive connection, so every resend is lost too: each reaches
    // the server, and If-None-Exist keeps it to one copy.
    injectFault({{"mode", "lost"}, {"match", "Patient"}, {"method", "POST"}, {"count", 3}});
    const Sync::RoundResult lost = m_a->engine->round();
    QVERIFY(!lost.ok);
    QVERIFY(lost.transient);
    QVERIFY(!lost.message.isEmpty());
    QCOMPARE(serverPatients().size(), 1);
    QCOMPARE(m_a->state(mrn), QString()); // nothing recorded as done

    const Sync::RoundResult retry = m_a->round();
    QVERIFY(retry.ok);
    QCOMPARE(retry.pushed, 1);
    QCOMPARE(serverPatients().size(), 1);
    QCOMPARE(m_a->state(mrn), QStringLiteral("synced"));
    // Pulled back, it is recognised as A's own record, not a second person.
    QVERIFY(m_a->round().ok);
    QCOMPARE(m_a->patientCount(), 1);
}

void TestSyncEngine::serverFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("503 on create")
        << QJsonObject{{"status", 503}, {"match", "Patient"}, {"method", "POST"}} << -1;
    QTest::newRow("429 with Retry-After")
        << QJsonObject{{"status", 429}, {"retryAfter", 7}, {"match", "Patient"}} << 7;
    QTest::newRow("500 on the MRN lookup")
        << QJsonObject{{"status", 500}, {"match", "identifier"}, {"method", "GET"}} << -1;
    QTest::newRow("malformed JSON")
        << QJsonObject{{"mode", "malformed"}, {"match", "Patient"}, {"method", "POST"}} << -1;
    // Qt resends a request on a dropped keep-alive connection: drop it three times.
    QTest::newRow("connection dropped")
        << QJsonObject{{"mode", "close"}, {"match", "Patient"}, {"count", 3}} << -1;
}

void TestSyncEngine::serverFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, retryAfter);
    const QString mrn = m_a->registerPatient("Haddad", "Lina");
    injectFault(fault);
    const Sync::RoundResult failed = m_a->engine->round();
    QVERIFY(!failed.ok);
    QVERIFY(failed.transient);
    QCOMPARE(failed.retryAfterSeconds, retryAfter);
    QVERIFY2(failed.message.contains("Patient") || failed.message.contains(mrn),
             qPrintable(failed.message));
    QCOMPARE(m_a->patient(mrn).family, QStringLiteral("Haddad")); // nothing lost here
    drainFaults();

    const Sync::RoundResult next = m_a->round();
    QVERIFY(next.ok);
    QCOMPARE(serverPatients().size(), 1);
    QCOMPARE(m_a->state(mrn), QStringLiteral("synced"));
    QVERIFY(m_b->round().ok);
    QCOMPARE(m_b->patient(mrn).family, QStringLiteral("Haddad"));
}

void TestSyncEngine::truncatedPageResumes()
{
    QStringList mrns;
    for (const char *family : {"Aalto", "Berg", "Cruz", "Diaz", "Eke"})
        mrns << m_a->registerPatient(family, "Test");
    QVERIFY(m_a->round().ok);

    // B reads two per page; the second page breaks off mid-body.
    injectFault({{"mode", "truncated"}, {"match", "_offset=2"}});
    const Sync::RoundResult broken = m_b->engine->round();
    QVERIFY(!broken.ok);
    QVERIFY(broken.transient);
    QCOMPARE(broken.pulled, 2); // the first page, whole
    QCOMPARE(m_b->patientCount(), 2);

    const Sync::RoundResult resumed = m_b->round();
    QVERIFY(resumed.ok);
    QCOMPARE(m_b->patientCount(), 5);
    for (const QString &mrn : std::as_const(mrns))
        QCOMPARE(m_b->state(mrn), QStringLiteral("synced"));

    // Malformed JSON on the search: the same.
    QVERIFY(m_a->edit(mrns.first(), [](Core::Patient &p) { p.given = QStringLiteral("Tina"); }));
    QVERIFY(m_a->round().ok);
    injectFault({{"mode", "malformed"}, {"match", "_sort"}});
    QVERIFY(!m_b->engine->round().ok);
    QCOMPARE(m_b->patient(mrns.first()).given, QStringLiteral("Test"));
    QVERIFY(m_b->round().ok);
    QCOMPARE(m_b->patient(mrns.first()).given, QStringLiteral("Tina"));
    QCOMPARE(m_b->patientCount(), 5);
}

// A page's new patients go in with one import that joins the open group's transaction (no
// savepoint). When such an import fails, the whole group is spoiled: it must be rolled back and
// its pages applied again, each import in a savepoint of its own, so that the failed page's
// records go in one by one and the pages before it in the group are not lost.
void TestSyncEngine::failedPageImportIsRedoneRecordByRecord()
{
    QStringList mrns;
    for (const char *family : {"Aalto", "Berg", "Cruz", "Diaz", "Eke", "Fox", "Gil", "Holm"})
        mrns << m_a->registerPatient(family, "Test");
    QVERIFY(m_a->round().ok);

    // B reads two per page (a page of one would come in one by one anyway); the import of the
    // second page (Cruz, Diaz) fails at its audit entry, after its patients were written. Creating
    // them one by one still works. The first page's import is slow and the group is not closed
    // by time, so the next pages have arrived when it is done: the spoiled group holds the first
    // page too, which must be applied again.
    Sync::EngineOptions options;
    options.pageSize = 2;
    options.commitMs = 60000;
    m_b->engine = std::make_unique<Sync::SyncEngine>(m_b->store.services(), *m_b->client, options);
    Core::Database &db = m_b->store.store().db();
    QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_import BEFORE INSERT ON audit_log "
                                   "WHEN NEW.action = 'patient.import' AND NEW.detail LIKE '%%1%' "
                                   "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
                        .arg(mrns.at(2))));
    QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER slow_import BEFORE INSERT ON audit_log "
                                   "WHEN NEW.action = 'patient.import' AND NEW.detail LIKE '%%1%' "
                                   "BEGIN SELECT count(*) FROM main.sqlite_master a, "
                                   "main.sqlite_master b, main.sqlite_master c; END")
                        .arg(mrns.at(0))));
    const Sync::RoundResult pulled = m_b->round();
    QVERIFY(pulled.ok);
    QCOMPARE(pulled.pulled, 8);
    QCOMPARE(m_b->patientCount(), 8);
    for (const QString &mrn : std::as_const(mrns)) {
        QCOMPARE(m_b->state(mrn), QStringLiteral("synced"));
        Core::Query created = db.query(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'patient.create' AND patient_mrn = ?"));
        created.bind(1, mrn);
        QVERIFY(created.next());
        // Only the refused page's records came in one by one.
        QCOMPARE(created.integer(0), mrn == mrns.at(2) || mrn == mrns.at(3) ? 1 : 0);
    }
    Core::Query records = db.query(QStringLiteral(
        "SELECT count(*), count(DISTINCT server_id), count(DISTINCT local_id) FROM sync_record "
        "WHERE resource_type = 'Patient'"));
    QVERIFY(records.next());
    QCOMPARE(records.integer(0), 8);
    QCOMPARE(records.integer(1), 8);
    QCOMPARE(records.integer(2), 8);
    Core::Query found =
        db.query(QStringLiteral("SELECT count(*) FROM patient_search WHERE tokens MATCH 'cruz'"));
    QVERIFY(found.next());
    QCOMPARE(found.integer(0), 1);

    // The stamp covers the whole pull: nothing comes twice.
    const Sync::RoundResult again = m_b->round();
    QVERIFY(again.ok);
    QCOMPARE(m_b->patientCount(), 8);
}

void TestSyncEngine::offlineMrnCollisionKeepsTwoPeople()
{
    // Both workstations register someone while offline; both give out the first number.
    const QString onA = m_a->registerPatient("Adams", "Amy");
    const QString onB = m_b->registerPatient("Brown", "Ben");
    QCOMPARE(onA, onB);

    QVERIFY(m_a->round().ok);
    const Sync::RoundResult b = m_b->round();
    QVERIFY(b.ok);
    QCOMPARE(b.renumbered, 1);
    QCOMPARE(b.openConflicts, 0);
    QVERIFY(m_a->round().ok);

    // The first on the server kept the number; the other person has a new one, everywhere.
    const QString bens = m_b->patients()
                             .search("Brown", 5, Core::PatientService::SearchUse::TypeAhead)
                             ->matches.value(0)
                             .mrn;
    QVERIFY(!bens.isEmpty());
    QVERIFY(bens != onA);
    for (PatientWorkstation *ws : {m_a.get(), m_b.get()}) {
        QCOMPARE(ws->patientCount(), 2);
        QCOMPARE(ws->patient(onA).family, QStringLiteral("Adams"));
        QCOMPARE(ws->patient(bens).family, QStringLiteral("Brown"));
    }
    QStringList serverMrns;
    for (const QJsonObject &p : serverPatients())
        serverMrns << PatientResource::fromFhir(p, m_a->engine->mrnSystem())->mrn;
    serverMrns.sort();
    QStringList expected{onA, bens};
    expected.sort();
    QCOMPARE(serverMrns, expected);
}

void TestSyncEngine::pulledMrnMovesAnUnpushedHolder()
{
    const QString onA = m_a->registerPatient("Adams", "Amy");
    const QString onB = m_b->registerPatient("Brown", "Ben");
    QCOMPARE(onA, onB);
    QVERIFY(m_a->round().ok);

    // B pulls before its own record has been pushed: the server's Amy keeps the number, Ben
    // moves to a free one and is not merged with her.
    const Sync::RoundResult pulled = m_b->engine->pull();
    QVERIFY2(pulled.ok, qPrintable(pulled.message));
    QCOMPARE(pulled.renumbered, 1);
    QCOMPARE(m_b->patientCount(), 2);
    QCOMPARE(m_b->patient(onA).family, QStringLiteral("Adams"));
    const QString bens = m_b->patients()
                             .search("Brown", 5, Core::PatientService::SearchUse::TypeAhead)
                             ->matches.value(0)
                             .mrn;
    QVERIFY(!bens.isEmpty() && bens != onA);

    QVERIFY(m_b->round().ok);
    QVERIFY(m_a->round().ok);
    QCOMPARE(m_a->patient(bens).family, QStringLiteral("Brown"));
    QCOMPARE(serverPatients().size(), 2);
}

void TestSyncEngine::everythingSentValidates()
{
    const QString mrn = m_a->registerPatient("Núñez", "María");
    QVERIFY(m_a->edit(mrn, [](Core::Patient &p) {
        p.phoneMobile = QStringLiteral("217-555-0199");
        p.preferredContact = QStringLiteral("sms");
        p.language = QStringLiteral("es");
    }));
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QVERIFY(m_b->edit(mrn, [](Core::Patient &p) { p.email = QStringLiteral("m@example.org"); }));
    QVERIFY(m_b->round().ok);

    // What the server holds is exactly what we sent; check it with the validator as well.
    QTemporaryDir dir;
    QStringList files;
    for (const QJsonObject &p : serverPatients()) {
        QVERIFY(!PatientResource::fromFhir(p, m_a->engine->mrnSystem())->mrn.isEmpty());
        const QString name = dir.filePath(QStringLiteral("p%1.json").arg(files.size()));
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(p).toJson());
        files << name;
    }
    QCOMPARE(files.size(), 1);
    QProcess node;
    node.start("node", QStringList{Peers + "/fhir_validate.mjs"} + files);
    QVERIFY(node.waitForFinished(60000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardOutput().constData());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
void TestSyncEngine::restrictedPatientTravelsRestricted()
{
    // The restriction keeps people out of the chart, not the practice's other workstations: the
    // engine, as the sync principal (as the worker and `ambulo sync` run it), pushes and pulls a
    // restricted record, and it stays restricted everywhere.
    const QString reason = QStringLiteral("checking the synced copy in a test");
    Core::Patient vip = Test::samplePatient("Sterling", "Vera", QDate(1961, 7, 4));
    vip.restricted = true;
    vip.phoneMobile = QStringLiteral("217-555-0190");
    auto made = m_a->patients().createRecord(vip);
    QVERIFY2(made, qPrintable(made.error().message));
    const auto asSync = [](PatientWorkstation &w) {
        w.store.services().context().setSession(
            Core::interfaceSession(QLatin1String(Sync::Constants::Principal)));
    };
    asSync(*m_a);
    const Sync::RoundResult a1 = m_a->round();
    QVERIFY(a1.ok);
    QCOMPARE(a1.pushed, 1);
    QCOMPARE(a1.rejected, 0);
    auto mapA = m_a->engine->store().record(QStringLiteral("Patient"), made->id);
    QVERIFY(mapA && mapA->has_value());
    QCOMPARE(mapA->value().state, QStringLiteral("synced"));
    QList<QJsonObject> onServer = serverPatients();
    QCOMPARE(onServer.size(), 1);
    const QJsonArray security =
        onServer.first().value("meta").toObject().value("security").toArray();
    QCOMPARE(security.size(), 1);
    QCOMPARE(security.first()["code"].toString(), QStringLiteral("R"));
    // The sync principal's reads are in the audit log, not flagged: no person saw the chart.
    Core::Query audit = m_a->store.store().db().query(
        QStringLiteral("SELECT count(*), sum(flagged) FROM audit_log WHERE action = ? AND "
                       "patient_id = ? AND user_name = ?"));
    audit.bind(1, Core::Constants::Audit::PatientRead)
        .bind(2, made->id)
        .bind(3, QString::fromLatin1(Sync::Constants::Principal));
    QVERIFY(audit.next());
    QVERIFY(audit.int64(0) >= 1);
    QCOMPARE(audit.int64(1), 0);
    audit.finish();

    asSync(*m_b);
    const Sync::RoundResult b1 = m_b->round();
    QVERIFY(b1.ok);
    QCOMPARE(b1.pulled, 1);
    QCOMPARE(b1.skipped, 0);
    QVERIFY(m_b->store.signInAdmin());
    Core::PatientService &onB = m_b->patients();
    auto idB = onB.findByMrn(made->mrn);
    QVERIFY(idB && idB.value() > 0);
    auto refused = onB.open(idB.value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    auto seen = onB.open(idB.value(), reason);
    QVERIFY2(seen, qPrintable(seen.error().message));
    QVERIFY(seen->restricted);
    QCOMPARE(seen->phoneMobile, QStringLiteral("217-555-0190"));

    // An edit made on B under break-glass comes back to A.
    Core::Patient edited = seen.value();
    edited.phoneMobile = QStringLiteral("217-555-0191");
    QVERIFY(onB.update(edited));
    asSync(*m_b);
    const Sync::RoundResult b2 = m_b->round();
    QVERIFY(b2.ok);
    QCOMPARE(b2.pushed, 1);
    QCOMPARE(b2.rejected, 0);
    QVERIFY(m_a->round().ok);
    QVERIFY(m_a->store.signInAdmin());
    auto back = m_a->patients().open(made->id, reason);
    QVERIFY2(back, qPrintable(back.error().message));
    QCOMPARE(back->phoneMobile, QStringLiteral("217-555-0191"));
    QVERIFY(back->restricted);
}

#include "tst_syncengine.moc"
