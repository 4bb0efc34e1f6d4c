#include "core/store/database.h"
#include "tests/connectors/sync/removalsynctest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::describe;

// Merges pulled from the server whose survivor this workstation cannot take when the merged-away
// record arrives: a survivor not known here is fetched; one out of reach leaves the merge waiting
// in the retry list, read again with backoff, until it can be taken.
class TestSyncWaitingMerges : public Test::RemovalSyncTest
{
    Q_OBJECT

private slots:
    void mergedIntoUnknownSurvivorFetchesIt();
    void mergedIntoMissingSurvivorIsSkipped();
    void waitingMergeBacksOff();
    void unreadableSurvivorIsRetried_data();
    void unreadableSurvivorIsRetried();

private:
    // Another system registers a survivor for Patient `goneId` (Novak, Jan), merges `goneId`
    // into it, then edits the survivor, so a pull meets the merged-away record first. The
    // survivor's id; empty when the server did not take one of the steps.
    QString mergeIntoNewSurvivorOnServer(const QString &goneId);
};

QString TestSyncWaitingMerges::mergeIntoNewSurvivorOnServer(const QString &goneId)
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

void TestSyncWaitingMerges::mergedIntoUnknownSurvivorFetchesIt()
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

void TestSyncWaitingMerges::mergedIntoMissingSurvivorIsSkipped()
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
void TestSyncWaitingMerges::waitingMergeBacksOff()
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

// The survivor of a pulled merge cannot be read when the merged-away record arrives (the server
// refuses the read): the merge waits in the retry list instead of being reported once and
// forgotten, and the next round, the fault gone, merges the two.
void TestSyncWaitingMerges::unreadableSurvivorIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("not found") << 404;
    QTest::newRow("gone") << 410;
}

void TestSyncWaitingMerges::unreadableSurvivorIsRetried()
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
QTEST_GUILESS_MAIN(TestSyncWaitingMerges)
#include "tst_syncwaitingmerges.moc"
