#include "connectors/sync/syncconstants.h"
#include "core/audit/auditlog.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "tests/connectors/sync/removalsynctest.h"

#include <QJsonArray>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::describe;

namespace {

// The next weekday at least two days ahead (working hours are Mon-Fri).
QDate workday()
{
    QDate d = QDate::currentDate().addDays(2);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace

// Merges made on a workstation reaching the server and the other workstation, and chart entries
// withdrawn rather than deleted. Pulled merges whose survivor is out of reach are in
// tst_syncwaitingmerges.cpp.
class TestSyncRemovals : public Test::RemovalSyncTest
{
    Q_OBJECT

private slots:
    void mergeReachesServerAndOtherWorkstation();
    void mergeOfUnsentPatientSendsNothing();
    void mergeRacingServerEditIsConflict();
    void pulledMergeInSyncProcessMovesChart();
    void problemRemovedShowsRemoved();
    void removalRacingEditIsConflict();
    void deletedRecordIsWithdrawn();

private:
    // Two patients registered on A (the second with a booking and a problem), both on B.
    void twoPatientsOnBoth();

    qint64 m_keepA = 0; // survivor
    qint64 m_goneA = 0; // merged away
    qint64 m_keepB = 0;
    qint64 m_goneB = 0;
    qint64 m_bookingA = 0;
    qint64 m_problemA = 0;
};

void TestSyncRemovals::twoPatientsOnBoth()
{
    m_keepA = m_a->patient(QStringLiteral("Garcia"), QStringLiteral("Ana"));
    m_goneA = m_a->patient(QStringLiteral("Garcia"), QStringLiteral("Anna"));
    QVERIFY(m_keepA > 0 && m_goneA > 0);
    m_bookingA = m_a->book(m_goneA, workday(), 9 * 60);
    QVERIFY(m_bookingA > 0);
    m_problemA = m_a->addProblem(m_goneA);
    QVERIFY(m_problemA > 0);
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    m_keepB = m_b->localOf(PatientType, m_a->serverId(PatientType, m_keepA));
    m_goneB = m_b->localOf(PatientType, m_a->serverId(PatientType, m_goneA));
    QVERIFY(m_keepB > 0 && m_goneB > 0);
}

void TestSyncRemovals::mergeReachesServerAndOtherWorkstation()
{
    twoPatientsOnBoth();
    if (QTest::currentTestFailed())
        return;
    const QString keepId = m_a->serverId(PatientType, m_keepA);
    const QString goneId = m_a->serverId(PatientType, m_goneA);
    const qint64 bookingB =
        m_b->localOf(QStringLiteral("Appointment"), m_a->serverId("Appointment", m_bookingA));
    const qint64 problemB =
        m_b->localOf(QStringLiteral("Condition"), m_a->serverId("Condition", m_problemA));
    QVERIFY(bookingB > 0 && problemB > 0);
    QCOMPARE(m_b->appointmentPatient(bookingB), m_goneB);

    m_a->asAdmin();
    QVERIFY(m_a->core().patients().merge(m_keepA, m_goneA, QStringLiteral("duplicate")));
    ROUND_OK(*m_a);

    // On the server: the old record inactive and replaced by the survivor, which replaces it;
    // the booking and the problem now name the survivor.
    const QJsonObject gone = serverPatient(goneId);
    QCOMPARE(gone["active"].toBool(true), false);
    QCOMPARE(gone["link"].toArray().size(), 1);
    QCOMPARE(gone["link"][0]["type"].toString(), QStringLiteral("replaced-by"));
    QCOMPARE(gone["link"][0]["other"]["reference"].toString(), "Patient/" + keepId);
    const QJsonObject keep = serverPatient(keepId);
    QCOMPARE(keep["link"][0]["type"].toString(), QStringLiteral("replaces"));
    QCOMPARE(keep["link"][0]["other"]["reference"].toString(), "Patient/" + goneId);
    QVERIFY(keep["active"].toBool(true));
    const QJsonObject appointment = m_server.resources("Appointment").constFirst();
    bool bookedForSurvivor = false;
    for (const QJsonValue &p : appointment["participant"].toArray())
        bookedForSurvivor =
            bookedForSurvivor || p["actor"]["reference"].toString() == "Patient/" + keepId;
    QVERIFY(bookedForSurvivor);
    QCOMPARE(m_server.resources("Condition").constFirst()["subject"]["reference"].toString(),
             "Patient/" + keepId);

    // B merges the two: one patient, the booking and the problem moved, audited.
    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.skipped, 0);
    QCOMPARE(m_b->survivorOf(m_goneB), m_keepB);
    QCOMPARE(m_b->appointmentPatient(bookingB), m_keepB);
    QCOMPARE(m_b->problem(problemB)->patientId, m_keepB);
    m_b->asAdmin();
    auto merges = m_b->core().patients().merges(m_keepB);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    QCOMPARE(merges->first().mergedId, m_goneB);
    QCOMPARE(merges->first().source, QLatin1String(Sync::Constants::Origin));
    Core::AuditFilter filter;
    filter.action = QStringLiteral("patient.merge");
    auto entries = m_b->core().audit().list(filter);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().detail.contains(goneId));

    // Nothing is echoed back, and a second round on either side sends nothing new.
    const Sync::RoundResult again = m_b->round();
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.pushed, 0);
    const Sync::RoundResult onA = m_a->round();
    QVERIFY2(onA.ok, qPrintable(describe(onA)));
    QCOMPARE(onA.pushed, 0);
    QCOMPARE(m_server.resources(PatientType).size(), 2);
    const QJsonObject after = serverPatient(goneId);
    QCOMPARE(after["meta"]["versionId"].toString(), gone["meta"]["versionId"].toString());
}

void TestSyncRemovals::mergeOfUnsentPatientSendsNothing()
{
    const qint64 keep = m_a->patient(QStringLiteral("Lee"), QStringLiteral("Min"));
    ROUND_OK(*m_a);
    const qint64 gone = m_a->patient(QStringLiteral("Lee"), QStringLiteral("Minh"));
    m_a->asAdmin();
    QVERIFY(m_a->core().patients().merge(keep, gone, QStringLiteral("registered twice")));
    ROUND_OK(*m_a);
    const QList<QJsonObject> patients = m_server.resources(PatientType);
    QCOMPARE(patients.size(), 1);
    QVERIFY(!patients.first().contains(QStringLiteral("link")));
    QVERIFY(m_a->serverId(PatientType, gone).isEmpty());
}

void TestSyncRemovals::mergeRacingServerEditIsConflict()
{
    twoPatientsOnBoth();
    if (QTest::currentTestFailed())
        return;
    const QString goneId = m_a->serverId(PatientType, m_goneA);
    // B changes the phone of the record A merges away, and reaches the server first.
    m_b->asAdmin();
    auto onB = m_b->core().patients().open(m_goneB);
    QVERIFY(onB);
    Core::Patient edited = onB.value();
    edited.phoneMobile = QStringLiteral("555-0199");
    QVERIFY(m_b->core().patients().update(edited));
    ROUND_OK(*m_b);
    m_a->asAdmin();
    QVERIFY(m_a->core().patients().merge(m_keepA, m_goneA, QStringLiteral("duplicate")));
    const Sync::RoundResult r = m_a->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.newConflicts, 1);
    const std::optional<Sync::Conflict> c = m_a->conflict(PatientType, m_goneA);
    QVERIFY(c);
    QVERIFY(c->fields.contains(QStringLiteral("phoneMobile")));
    // Not withdrawn over B's change: a person decides.
    QVERIFY(serverPatient(goneId)["active"].toBool(true));

    // Keep server cannot undo a merge; keep local withdraws it, B's change staying in its history.
    m_a->core().context().setSession(m_a->syncSession);
    QVERIFY(!m_a->engine->resolve(c->id, false));
    const Core::Status kept = m_a->engine->resolve(c->id, true);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    const QJsonObject gone = serverPatient(goneId);
    QCOMPARE(gone["active"].toBool(true), false);
    QCOMPARE(gone["link"][0]["type"].toString(), QStringLiteral("replaced-by"));
    ROUND_OK(*m_b);
    QCOMPARE(m_b->survivorOf(m_goneB), m_keepB);
}

// A merge pulled by the `ambulo sync` process (not this test's, whose services the modules'
// hooks are registered on): the hooks run there too, so a problem B recorded on the merged-away
// patient, which no pulled record re-points, moves to the survivor.
void TestSyncRemovals::pulledMergeInSyncProcessMovesChart()
{
    twoPatientsOnBoth();
    if (QTest::currentTestFailed())
        return;
    const qint64 ownProblem = m_b->addProblem(m_goneB); // B's own, pushed by the binary below
    QVERIFY(ownProblem > 0);
    m_a->asAdmin();
    QVERIFY(m_a->core().patients().merge(m_keepA, m_goneA, QStringLiteral("duplicate")));
    ROUND_OK(*m_a);

    const auto [code, out] =
        runCli(*m_b, {"sync", "--server", m_server.base().toString(), "--once"});
    QVERIFY2(code == 0, qPrintable(out));
    QCOMPARE(m_b->survivorOf(m_goneB), m_keepB);
    QCOMPARE(m_b->problem(ownProblem)->patientId, m_keepB);

    // B's problem reached the server under the merged-away record (pushed before the pull
    // brought the merge). The move is B's to send: the next round puts it under the survivor,
    // and the round after that has nothing left to send.
    const QString conditionId = m_b->serverId(QStringLiteral("Condition"), ownProblem);
    QVERIFY(!conditionId.isEmpty());
    const QString keepId = m_a->serverId(PatientType, m_keepA);
    const QString goneId = m_a->serverId(PatientType, m_goneA);
    const auto subjectOnServer = [&] {
        return m_server.request("GET", QStringLiteral("/fhir/R4/Condition/") + conditionId)
            .value("subject")
            .toObject()
            .value("reference")
            .toString();
    };
    QCOMPARE(subjectOnServer(), QStringLiteral("Patient/") + goneId);
    const auto [second, secondOut] =
        runCli(*m_b, {"sync", "--server", m_server.base().toString(), "--once"});
    QVERIFY2(second == 0, qPrintable(secondOut));
    QVERIFY2(secondOut.contains(QStringLiteral("pushed 1,")), qPrintable(secondOut));
    QCOMPARE(subjectOnServer(), QStringLiteral("Patient/") + keepId);
    const auto [third, thirdOut] =
        runCli(*m_b, {"sync", "--server", m_server.base().toString(), "--once"});
    QVERIFY2(third == 0, qPrintable(thirdOut));
    QVERIFY2(thirdOut.contains(QStringLiteral("pushed 0,")), qPrintable(thirdOut));

    // A, which made the merge but never held B's problem, takes it under the survivor.
    ROUND_OK(*m_a);
    const qint64 problemA = m_a->localOf(QStringLiteral("Condition"), conditionId);
    QVERIFY(problemA > 0);
    QCOMPARE(m_a->problem(problemA)->patientId, m_keepA);
}

void TestSyncRemovals::problemRemovedShowsRemoved()
{
    const qint64 patient = m_a->patient(QStringLiteral("Silva"), QStringLiteral("Rui"));
    const qint64 problem = m_a->addProblem(patient);
    const qint64 allergy = m_a->addAllergy(patient);
    QVERIFY(problem > 0 && allergy > 0);
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const qint64 problemB = m_b->localOf(QStringLiteral("Condition"),
                                         m_a->serverId(QStringLiteral("Condition"), problem));
    const qint64 allergyB =
        m_b->localOf(QStringLiteral("AllergyIntolerance"),
                     m_a->serverId(QStringLiteral("AllergyIntolerance"), allergy));
    QVERIFY(problemB > 0 && allergyB > 0);
    QCOMPARE(m_b->problem(problemB)->status, QStringLiteral("active"));
    QCOMPARE(m_b->allergy(allergyB)->status, QStringLiteral("active"));

    QVERIFY(m_a->setProblemStatus(problem, QStringLiteral("entered-in-error")));
    QVERIFY(m_a->setAllergyStatus(allergy, QStringLiteral("entered-in-error")));
    ROUND_OK(*m_a);
    // Withdrawn, not deleted: the history stays on the server.
    for (const QString &type :
         {QStringLiteral("Condition"), QStringLiteral("AllergyIntolerance")}) {
        const QList<QJsonObject> resources = m_server.resources(type);
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.first()["verificationStatus"]["coding"][0]["code"].toString(),
                 QStringLiteral("entered-in-error"));
        QVERIFY(!resources.first().contains(QStringLiteral("clinicalStatus")));
    }
    ROUND_OK(*m_b);
    QCOMPARE(m_b->problem(problemB)->status, QStringLiteral("entered-in-error"));
    QCOMPARE(m_b->allergy(allergyB)->status, QStringLiteral("entered-in-error"));
}

void TestSyncRemovals::removalRacingEditIsConflict()
{
    const qint64 patient = m_a->patient(QStringLiteral("Silva"), QStringLiteral("Rui"));
    const qint64 problem = m_a->addProblem(patient);
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const qint64 problemB = m_b->localOf(QStringLiteral("Condition"),
                                         m_a->serverId(QStringLiteral("Condition"), problem));
    QVERIFY(problemB > 0);
    // B resolves it, A withdraws it; B reaches the server first.
    QVERIFY(m_b->setProblemStatus(problemB, QStringLiteral("resolved")));
    QVERIFY(m_a->setProblemStatus(problem, QStringLiteral("entered-in-error")));
    ROUND_OK(*m_b);
    const Sync::RoundResult r = m_a->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.newConflicts, 1);
    QVERIFY(m_a->conflict(QStringLiteral("Condition"), problem));
    // Neither side lost: the server keeps B's, A keeps its own until a person decides.
    const QJsonObject server = m_server.resources(QStringLiteral("Condition")).constFirst();
    QCOMPARE(server["clinicalStatus"]["coding"][0]["code"].toString(), QStringLiteral("resolved"));
    QCOMPARE(m_a->problem(problem)->status, QStringLiteral("entered-in-error"));
}

void TestSyncRemovals::deletedRecordIsWithdrawn()
{
    const qint64 patient = m_a->patient(QStringLiteral("Costa"), QStringLiteral("Ines"));
    const qint64 problem = m_a->addProblem(patient);
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const QString serverId = m_a->serverId(QStringLiteral("Condition"), problem);
    const qint64 problemB = m_b->localOf(QStringLiteral("Condition"), serverId);
    QVERIFY(problemB > 0);
    // No service deletes a problem today (the list withdraws it by status); a row that goes
    // away (a purge, a future delete) is withdrawn on the server the adapter's way, not left
    // active there and not deleted.
    Core::Database &db = m_a->core().context().db();
    {
        Core::Transaction tx(db);
        QVERIFY(tx.active());
        Core::Query q = db.query(QStringLiteral("DELETE FROM problems WHERE id = ?"));
        q.bind(1, problem);
        QVERIFY(q.exec());
        QVERIFY(Core::ChangeLog::record(db, QStringLiteral("Condition"), problem,
                                        QStringLiteral("delete"), QStringLiteral("local")));
        QVERIFY(tx.commit());
    }
    const Sync::RoundResult r = m_a->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.pushed, 1);
    const QJsonObject server =
        m_server.request("GET", QStringLiteral("/fhir/R4/Condition/") + serverId);
    QCOMPARE(server["verificationStatus"]["coding"][0]["code"].toString(),
             QStringLiteral("entered-in-error"));
    QVERIFY(!server.contains(QStringLiteral("clinicalStatus")));
    QCOMPARE(server["code"]["coding"][0]["code"].toString(), QStringLiteral("I10"));
    ROUND_OK(*m_b);
    QCOMPARE(m_b->problem(problemB)->status, QStringLiteral("entered-in-error"));
    // Withdrawn once: a later change row of the gone record sends nothing more.
    QVERIFY(Core::ChangeLog::record(db, QStringLiteral("Condition"), problem,
                                    QStringLiteral("delete"), QStringLiteral("local")));
    const Sync::RoundResult again = m_a->round();
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.pushed, 0);
}
QTEST_GUILESS_MAIN(TestSyncRemovals)
#include "tst_syncremovals.moc"
