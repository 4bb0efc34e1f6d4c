#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/audit/auditlog.h"
#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/syncworkstation.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Ambulo;
using Ambulo::Test::describe;
namespace Ch = Ambulo::Charting;
namespace S = Ambulo::Scheduling;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);
const QString PatientType = QStringLiteral("Patient");

// The next weekday at least two days ahead (working hours are Mon-Fri).
QDate workday()
{
    QDate d = QDate::currentDate().addDays(2);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

// One workstation (SyncWorkstation: Dr. Moreno, Mon-Fri 08:00-17:00, a follow-up type), pulled
// in pages of 20, and what these tests do on it.
struct Workstation : Test::SyncWorkstation
{
    QString start(const QUrl &base)
    {
        Sync::EngineOptions options;
        options.pageSize = 20;
        return SyncWorkstation::start(base, Practice::Scheduling, options);
    }

    qint64 patient(const QString &family, const QString &given)
    {
        asAdmin();
        auto id = core().patients().create(Test::samplePatient(family, given, QDate(1980, 5, 17)));
        return id ? id.value() : 0;
    }

    qint64 book(qint64 patientId, const QDate &date, int minute)
    {
        asAdmin();
        S::BookingRequest r;
        r.patientId = patientId;
        r.providerId = moreno;
        r.typeId = visitType;
        r.date = date;
        r.startMinute = minute;
        auto id = scheduling->booking().book(r);
        return id ? id.value() : 0;
    }

    qint64 appointmentPatient(qint64 id)
    {
        asAdmin();
        auto a = scheduling->queries().appointment(id);
        return a ? a->patientId : 0;
    }

    qint64 addProblem(qint64 patientId)
    {
        asProvider();
        Ch::Problem problem;
        problem.patientId = patientId;
        problem.code = QStringLiteral("I10");
        problem.onset = QDate(2019, 4, 2);
        auto id = charting->problems().add(problem);
        return id ? id.value() : 0;
    }

    qint64 addAllergy(qint64 patientId)
    {
        asProvider();
        Ch::Allergy allergy;
        allergy.patientId = patientId;
        allergy.substance = QStringLiteral("Penicillin");
        allergy.reaction = QStringLiteral("Hives");
        allergy.severity = QStringLiteral("severe");
        auto id = charting->allergies().add(allergy);
        return id ? id.value() : 0;
    }

    std::optional<Ch::Allergy> allergy(qint64 id)
    {
        auto a = Ch::AllergyService::byId(core().context().db(), id);
        return a ? a.value() : std::nullopt;
    }

    bool setAllergyStatus(qint64 id, const QString &status)
    {
        std::optional<Ch::Allergy> a = allergy(id);
        if (!a)
            return false;
        a->status = status;
        asProvider();
        return bool(charting->allergies().update(*a));
    }

    std::optional<Ch::Problem> problem(qint64 id)
    {
        auto p = Ch::ProblemService::byId(core().context().db(), id);
        return p ? p.value() : std::nullopt;
    }

    bool setProblemStatus(qint64 id, const QString &status)
    {
        std::optional<Ch::Problem> p = problem(id);
        if (!p)
            return false;
        p->status = status;
        asProvider();
        return bool(charting->problems().update(*p));
    }

    qint64 survivorOf(qint64 patientId)
    {
        asAdmin();
        auto p = core().patients().open(patientId);
        return p ? p->id : 0;
    }
};

} // namespace

class TestSyncRemovals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mergeReachesServerAndOtherWorkstation();
    void mergeOfUnsentPatientSendsNothing();
    void mergeRacingServerEditIsConflict();
    void mergedIntoUnknownSurvivorFetchesIt();
    void mergedIntoMissingSurvivorIsSkipped();
    void waitingMergeBacksOff();
    void pulledMergeInSyncProcessMovesChart();
    void unreadableSurvivorIsRetried_data();
    void unreadableSurvivorIsRetried();
    void problemRemovedShowsRemoved();
    void removalRacingEditIsConflict();
    void deletedRecordIsWithdrawn();

private:
    // Two patients registered on A (the second with a booking and a problem), both on B.
    void twoPatientsOnBoth();
    QJsonObject serverPatient(const QString &id);
    // Another system registers a survivor for Patient `goneId` (Novak, Jan), merges `goneId`
    // into it, then edits the survivor, so a pull meets the merged-away record first. The
    // survivor's id; empty when the server did not take one of the steps.
    QString mergeIntoNewSurvivorOnServer(const QString &goneId);
    // The real binary on a workstation's store: its exit code and output (stdout, then stderr).
    std::pair<int, QString> runCli(Workstation &ws, const QStringList &args);
    // `ambulo sync status` of a workstation, its output.
    QString syncStatus(Workstation &ws) { return runCli(ws, {"sync", "status"}).second; }

    Test::FhirPeer m_server;
    std::unique_ptr<Workstation> m_a;
    std::unique_ptr<Workstation> m_b;
    qint64 m_keepA = 0; // survivor
    qint64 m_goneA = 0; // merged away
    qint64 m_keepB = 0;
    qint64 m_goneB = 0;
    qint64 m_bookingA = 0;
    qint64 m_problemA = 0;
};

void TestSyncRemovals::initTestCase()
{
    QVERIFY2(m_server.start(Peers), qPrintable(m_server.error()));
}

void TestSyncRemovals::init()
{
    m_server.reset();
    m_a = std::make_unique<Workstation>();
    m_b = std::make_unique<Workstation>();
    const QString a = m_a->start(m_server.base());
    QVERIFY2(a.isEmpty(), qPrintable(a));
    const QString b = m_b->start(m_server.base());
    QVERIFY2(b.isEmpty(), qPrintable(b));
}

void TestSyncRemovals::cleanup()
{
    // Every resource either workstation wrote validated with @medplum/core on the server.
    QCOMPARE(m_server.invalidCount(), 0);
    m_a.reset();
    m_b.reset();
}

QJsonObject TestSyncRemovals::serverPatient(const QString &id)
{
    return m_server.request("GET", QStringLiteral("/fhir/R4/Patient/") + id);
}

std::pair<int, QString> TestSyncRemovals::runCli(Workstation &ws, const QStringList &args)
{
    const auto [code, out, err] = Test::runAmbulo(ws.store, args);
    return {code, out + err};
}

QString TestSyncRemovals::mergeIntoNewSurvivorOnServer(const QString &goneId)
{
    return Test::mergeIntoNewSurvivor(
        [this](const QByteArray &verb, const QString &path, const QJsonObject &body) {
            return m_server.request(verb, path, body);
        },
        goneId,
        {{"resourceType", "Patient"},
         {"name", QJsonArray{QJsonObject{{"family", "Novak"}, {"given", QJsonArray{"Jan"}}}}},
         {"gender", "male"},
         {"birthDate", "1970-01-02"}});
}

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

void TestSyncRemovals::mergedIntoUnknownSurvivorFetchesIt()
{
    const qint64 goneA = m_a->patient(QStringLiteral("Novak"), QStringLiteral("Jan"));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const QString goneId = m_a->serverId(PatientType, goneA);
    const qint64 goneB = m_b->localOf(PatientType, goneId);
    QVERIFY(goneB > 0);
    // Another system registers the survivor, merges, then edits the survivor: B's pull meets
    // the merged-away record before the survivor, and fetches it.
    const QString survivorId = mergeIntoNewSurvivorOnServer(goneId);
    QVERIFY(!survivorId.isEmpty());
    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.skipped, 0);
    const qint64 survivorB = m_b->localOf(PatientType, survivorId);
    QVERIFY(survivorB > 0);
    QCOMPARE(m_b->survivorOf(goneB), survivorB);
}

void TestSyncRemovals::mergedIntoMissingSurvivorIsSkipped()
{
    const qint64 goneA = m_a->patient(QStringLiteral("Okafor"), QStringLiteral("Ada"));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const QString goneId = m_a->serverId(PatientType, goneA);
    const qint64 goneB = m_b->localOf(PatientType, goneId);
    QVERIFY(goneB > 0);
    QJsonObject gone = serverPatient(goneId);
    gone.insert("link", QJsonArray{QJsonObject{
                            {"other", QJsonObject{{"reference", "Patient/no-such-patient"}}},
                            {"type", "replaced-by"}}});
    QCOMPARE(m_server.request("PUT", "/fhir/R4/Patient/" + goneId, gone)["id"].toString(), goneId);
    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.skipped, 1);
    QVERIFY2(r.message.contains(QStringLiteral("no-such-patient")), qPrintable(r.message));
    // Kept as it was: still its own record, nothing merged.
    QCOMPARE(m_b->survivorOf(goneB), goneB);
    m_b->asAdmin();
    auto merges = m_b->core().patients().merges(goneB);
    QVERIFY(merges);
    QVERIFY(merges->isEmpty());
    // It waits in the retry list, tried again once its backoff has passed (the next round, a
    // minute later at the earliest, leaves it alone: not read, not skipped again)...
    auto waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().tries, 1);
    const Sync::RoundResult again = m_b->round();
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.skipped, 0);
    waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().tries, 1);
    // ...until the server no longer says it was merged: the pull takes that version as any
    // other, and the round after reads the merge again at once (this store took a newer
    // version of the record) and drops it from the list.
    gone = serverPatient(goneId);
    gone.remove("link");
    QCOMPARE(m_server.request("PUT", "/fhir/R4/Patient/" + goneId, gone)["id"].toString(), goneId);
    const Sync::RoundResult settled = m_b->round();
    QVERIFY2(settled.ok, qPrintable(describe(settled)));
    QCOMPARE(settled.skipped, 0);
    ROUND_OK(*m_b);
    waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QVERIFY(waiting->isEmpty());
    QCOMPARE(m_b->survivorOf(goneB), goneB);
}

// A merge pulled from the server whose survivor stays out of reach (here: itself merged away
// there) is read again with backoff, not twice every round; the schedule survives a restart
// (another process on the store), and the survivor's appearance in a pull ends the wait at once.
void TestSyncRemovals::waitingMergeBacksOff()
{
    const qint64 goneA = m_a->patient(QStringLiteral("Novak"), QStringLiteral("Jan"));
    const qint64 finalA = m_a->patient(QStringLiteral("Tamm"), QStringLiteral("Eva"));
    QVERIFY(goneA > 0 && finalA > 0);
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const QString goneId = m_a->serverId(PatientType, goneA);
    const QString finalId = m_a->serverId(PatientType, finalA);
    const qint64 goneB = m_b->localOf(PatientType, goneId);
    QVERIFY(goneB > 0);
    // Another system: a new record S, itself merged into Tamm, and Novak merged into S.
    QJsonObject middle = m_server.request(
        "POST", QStringLiteral("/fhir/R4/Patient"),
        {{"resourceType", "Patient"},
         {"name", QJsonArray{QJsonObject{{"family", "Novak"}, {"given", QJsonArray{"Jan"}}}}},
         {"gender", "male"},
         {"birthDate", "1970-01-02"},
         {"active", false},
         {"link",
          QJsonArray{QJsonObject{{"other", QJsonObject{{"reference", "Patient/" + finalId}}},
                                 {"type", "replaced-by"}}}}});
    const QString middleId = middle["id"].toString();
    QVERIFY(!middleId.isEmpty());
    QJsonObject gone = serverPatient(goneId);
    gone.insert("active", false);
    gone.insert("link",
                QJsonArray{QJsonObject{{"other", QJsonObject{{"reference", "Patient/" + middleId}}},
                                       {"type", "replaced-by"}}});
    QCOMPARE(m_server.request("PUT", "/fhir/R4/Patient/" + goneId, gone)["id"].toString(), goneId);

    // Reads of one resource (GET <base>/Patient/<id>) in the server's request log from `from` on.
    const auto reads = [&](const QString &id, int from) {
        const QJsonArray log = m_server.request("GET", "/$requests")["requests"].toArray();
        const QString read = QStringLiteral("GET /fhir/R4/Patient/") + id;
        int n = 0;
        for (int i = from; i < log.size(); ++i)
            n += log.at(i).toString() == read ? 1 : 0;
        return n;
    };
    const auto logSize = [&] {
        return int(m_server.request("GET", "/$requests")["requests"].toArray().size());
    };

    const QDateTime before = QDateTime::currentDateTimeUtc();
    ROUND_OK(*m_b);
    auto waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().survivorServerId, middleId);
    QCOMPARE(waiting->first().tries, 1);
    // First wait: a minute.
    QVERIFY(waiting->first().nextTry >= before.addSecs(60));
    QVERIFY(waiting->first().nextTry <= QDateTime::currentDateTimeUtc().addSecs(60));

    // Three more rounds within that minute read neither record (they used to read both every
    // round: six reads).
    // Each round says the merge still waits, due or not.
    int mark = logSize();
    for (int i = 0; i < 3; ++i) {
        const Sync::RoundResult r = m_b->round();
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QCOMPARE(r.waitingMerges, 1);
    }
    QCOMPARE(reads(goneId, mark) + reads(middleId, mark), 0);
    QCOMPARE(m_b->survivorOf(goneB), goneB);

    // Its time comes (the row as one from before the backoff looks, too: no next try): one
    // round reads both once, and the next wait is twice as long.
    Core::Query due = m_b->db().query(QStringLiteral(
        "UPDATE sync_pending_merge SET next_try_at = '', merged_version = '', held_version = ''"));
    QVERIFY(due.exec());
    mark = logSize();
    const QDateTime second = QDateTime::currentDateTimeUtc();
    ROUND_OK(*m_b);
    ROUND_OK(*m_b);
    QCOMPARE(reads(goneId, mark), 1);
    QCOMPARE(reads(middleId, mark), 1);
    waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().tries, 2);
    QVERIFY(waiting->first().nextTry >= second.addSecs(120));
    const QDateTime nextTry = waiting->first().nextTry;

    // A restart keeps the schedule: `ambulo sync --once` in a process of its own reads neither,
    // and `sync status` shows the tries and the next try.
    mark = logSize();
    const auto [code, out] =
        runCli(*m_b, {"sync", "--server", m_server.base().toString(), "--once"});
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(", merges waiting 1")), qPrintable(out));
    QCOMPARE(reads(goneId, mark) + reads(middleId, mark), 0);
    const QString statusOut = syncStatus(*m_b);
    QVERIFY2(statusOut.contains(QStringLiteral("merge waiting Patient/%1\tinto Patient/%2\ttries "
                                               "2\tnext %3\t")
                                    .arg(goneId, middleId, nextTry.toUTC().toString(Qt::ISODate))),
             qPrintable(statusOut));

    // The survivor comes back into use on the server: the pull takes it, and the next round
    // merges at once, long before the backoff would have (one read, of the merged-away record).
    middle = m_server.request("GET", "/fhir/R4/Patient/" + middleId);
    middle.insert("active", true);
    middle.remove("link");
    QCOMPARE(m_server.request("PUT", "/fhir/R4/Patient/" + middleId, middle)["id"].toString(),
             middleId);
    mark = logSize();
    ROUND_OK(*m_b);
    const qint64 middleB = m_b->localOf(PatientType, middleId);
    QVERIFY(middleB > 0);
    const Sync::RoundResult done = m_b->round();
    QVERIFY2(done.ok, qPrintable(describe(done)));
    QCOMPARE(done.waitingMerges, 0);
    QCOMPARE(m_b->survivorOf(goneB), middleB);
    QCOMPARE(reads(goneId, mark), 1);
    QCOMPARE(reads(middleId, mark), 0);
    waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QVERIFY(waiting->isEmpty());
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

// The survivor of a pulled merge cannot be read when the merged-away record arrives (the server
// refuses the read): the merge waits in the retry list instead of being reported once and
// forgotten, and the next round, the fault gone, merges the two.
void TestSyncRemovals::unreadableSurvivorIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("not found") << 404;
    QTest::newRow("gone") << 410;
}

void TestSyncRemovals::unreadableSurvivorIsRetried()
{
    QFETCH(int, status);
    const qint64 goneA = m_a->patient(QStringLiteral("Novak"), QStringLiteral("Jan"));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const QString goneId = m_a->serverId(PatientType, goneA);
    const qint64 goneB = m_b->localOf(PatientType, goneId);
    QVERIFY(goneB > 0);
    // The same, but the server refuses the survivor's read.
    const QString survivorId = mergeIntoNewSurvivorOnServer(goneId);
    QVERIFY(!survivorId.isEmpty());

    m_server.request(
        "POST", "/$fault",
        {{"status", status}, {"match", "/Patient/" + survivorId}, {"method", "GET"}, {"count", 1}});
    const Sync::RoundResult first = m_b->round();
    QVERIFY2(first.ok, qPrintable(describe(first)));
    QCOMPARE(first.skipped, 1);
    QVERIFY2(first.message.contains(survivorId), qPrintable(first.message));
    QCOMPARE(m_b->survivorOf(goneB), goneB); // not merged yet
    auto waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().mergedServerId, goneId);
    QCOMPARE(waiting->first().survivorServerId, survivorId);
    const QString statusOut = syncStatus(*m_b);
    QVERIFY2(statusOut.contains(QStringLiteral("merges waiting\t1\n")), qPrintable(statusOut));
    QVERIFY2(
        statusOut.contains(QStringLiteral("merge waiting Patient/%1\tinto Patient/%2\ttries 1\t")
                               .arg(goneId, survivorId)),
        qPrintable(statusOut));

    // The fault was used up: the next round takes the merge from the retry list.
    const Sync::RoundResult second = m_b->round();
    QVERIFY2(second.ok, qPrintable(describe(second)));
    QCOMPARE(second.skipped, 0);
    const qint64 survivorB = m_b->localOf(PatientType, survivorId);
    QVERIFY(survivorB > 0);
    QCOMPARE(m_b->survivorOf(goneB), survivorB);
    waiting = m_b->engine->store().pendingMerges();
    QVERIFY(waiting);
    QVERIFY(waiting->isEmpty());
    QVERIFY(syncStatus(*m_b).contains(QStringLiteral("merges waiting\t0\n")));
    m_b->asAdmin();
    auto merges = m_b->core().patients().merges(survivorB);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    // Nothing more to do: a further round neither merges again nor skips.
    const Sync::RoundResult third = m_b->round();
    QVERIFY2(third.ok, qPrintable(describe(third)));
    QCOMPARE(third.skipped, 0);
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
