#include "connectors/hl7/dispatcher.h"
#include "connectors/hl7/outboundconstants.h"
#include "connectors/hl7/outboundqueue.h"
#include "connectors/hl7/outboundsender.h"
#include "connectors/hl7/outboundservice.h"
#include "connectors/hl7/outboundworker.h"
#include "connectors/hl7/storedtime.h"
#include "core/constants.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "tests/connectors/hl7/mllppeer.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Ambulo;
using Hl7::OutboundSender;
namespace C = Hl7::OutboundConstants;

namespace {

// Stands in for the modules' builders: a Patient change becomes ADT^A04 (create) or ADT^A08,
// with the change's detail as the family name, so the peer's rules can pick messages out.
class TestBuilder : public Hl7::OutboundBuilder
{
public:
    QStringList entities() const override { return {QStringLiteral("Patient")}; }
    int builds = 0;

    Core::Result<QList<Hl7::OutboundMessage>> build(const Core::Change &change) override
    {
        ++builds;
        if (change.detail == QLatin1String("FAIL"))
            return Core::invalid(QStringLiteral("cannot build"));
        const QString type = change.op == QLatin1String("create") ? QStringLiteral("ADT^A04")
                                                                  : QStringLiteral("ADT^A08");
        Hl7::Message m = Hl7::Message::create();
        m.set(u"MSH-9-1", QStringLiteral("ADT"));
        m.set(u"MSH-9-2", type.mid(4));
        m.set(u"EVN-1", type.mid(4));
        m.set(u"PID-3-1", QStringLiteral("MRN%1").arg(change.entityId));
        m.set(u"PID-5-1", change.detail);
        m.set(u"PID-5-2", QStringLiteral("Ann|Marie")); // escaped on the wire
        return QList<Hl7::OutboundMessage>{{type, m, change.entityId}};
    }
};

} // namespace

class tst_Hl7Outbound : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fifoAndHeader();
    void retries_data();
    void retries();
    void parkedResendDiscard();
    void connectionRefusedKeepsHead();
    void restartResumes();
    void dispatcherSkipsOwnOriginAndFilters();
    void dispatcherSendsRepeatedChangeOnce();
    void dispatcherLocalChangesOnly();
    void dispatcherWaitsForHeldPatient();
    void dispatcherIsAtomic();
    void newInterfaceStartsAtHead();
    void permissionsAndAudit();
    void workerThread();

private:
    Core::Database &db() { return m_store->store().db(); }
    Hl7::OutboundService service() { return Hl7::OutboundService(m_store->services().context()); }
    qint64 addInterface(const QString &name, int port, const QStringList &types = {},
                        int ackTimeoutMs = 2000);
    void change(const QString &detail, const QString &origin = QStringLiteral("local"),
                const QString &op = QStringLiteral("create"), qint64 id = 0);
    int dispatch(const QString &name);
    Hl7::InterfaceConfig config(const QString &name);
    QList<Hl7::QueuedMessage> queue(qint64 interfaceId, const QStringList &states);
    // Runs rounds until every queue is empty or `maxMs` passed.
    void drain(OutboundSender &sender, int maxMs = 10000);

    std::unique_ptr<Test::TestStore> m_store;
    Test::MllpPeer m_peer;
    TestBuilder m_builder;
    qint64 m_nextEntity = 1;
    Hl7::SenderOptions m_fast{50, 200, 2000};
};

void tst_Hl7Outbound::init()
{
    m_nextEntity = 1;
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    QVERIFY(m_store->signInAdmin());
}

void tst_Hl7Outbound::cleanup()
{
    m_peer.stop();
    m_store.reset();
}

qint64 tst_Hl7Outbound::addInterface(const QString &name, int port, const QStringList &types,
                                     int ackTimeoutMs)
{
    Hl7::InterfaceConfig c;
    c.name = name;
    c.host = QStringLiteral("127.0.0.1");
    c.port = port;
    c.messageTypes = types;
    c.ackTimeoutMs = ackTimeoutMs;
    c.sendingFacility = QStringLiteral("ELM");
    c.receivingApplication = QStringLiteral("PM");
    c.receivingFacility = QStringLiteral("HOSP");
    Core::Result<qint64> id = service().addInterface(c);
    if (!id)
        qWarning("addInterface: %s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

void tst_Hl7Outbound::change(const QString &detail, const QString &origin, const QString &op,
                             qint64 id)
{
    QVERIFY(Core::ChangeLog::record(db(), QStringLiteral("Patient"), id ? id : m_nextEntity++, op,
                                    origin, detail));
}

Hl7::InterfaceConfig tst_Hl7Outbound::config(const QString &name)
{
    auto c = Hl7::OutboundQueue::interfaceByName(db(), name);
    return c && c.value() ? *c.value() : Hl7::InterfaceConfig{};
}

int tst_Hl7Outbound::dispatch(const QString &name)
{
    Hl7::Dispatcher dispatcher(db(), {&m_builder});
    Core::Result<int> n = dispatcher.dispatch(config(name));
    if (!n)
        qWarning("dispatch: %s", qPrintable(n.error().message));
    return n ? n.value() : -1;
}

QList<Hl7::QueuedMessage> tst_Hl7Outbound::queue(qint64 interfaceId, const QStringList &states)
{
    auto list = Hl7::OutboundQueue::messages(db(), interfaceId, states);
    return list ? list.value() : QList<Hl7::QueuedMessage>{};
}

void tst_Hl7Outbound::drain(OutboundSender &sender, int maxMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < maxMs) {
        Core::Result<OutboundSender::Round> round = sender.runRound();
        QVERIFY2(round, qPrintable(round.error().message));
        if (round->drained)
            return;
        QTest::qWait(20);
    }
    QFAIL("the queue did not drain in time");
}

void tst_Hl7Outbound::fifoAndHeader()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    const qint64 iface = addInterface(QStringLiteral("PM"), m_peer.port());
    QVERIFY(iface > 0);
    const QStringList names{"Alpha", "Bravo", "Charlie", "Delta", "Echo"};
    for (const QString &n : names)
        change(n);
    QCOMPARE(dispatch(QStringLiteral("PM")), 5);
    const QList<Hl7::QueuedMessage> queued = queue(iface, {QLatin1String(C::StatePending)});
    QCOMPARE(queued.size(), 5);

    OutboundSender sender(db(), m_fast);
    drain(sender);
    // python3-hl7 received them in queue order and reads our header and fields as we wrote them.
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")), names);
    QStringList controlIds;
    for (const Hl7::QueuedMessage &m : queued)
        controlIds << m.controlId;
    QCOMPARE(m_peer.receivedField(QStringLiteral("MSH-10")), controlIds);
    QCOMPARE(QSet<QString>(controlIds.begin(), controlIds.end()).size(), 5);
    for (const QJsonObject &o : m_peer.received()) {
        const QJsonObject f = o.value(QStringLiteral("fields")).toObject();
        QCOMPARE(f.value(QStringLiteral("MSH-3")).toString(), QStringLiteral("AMBULO"));
        QCOMPARE(f.value(QStringLiteral("MSH-4")).toString(), QStringLiteral("ELM"));
        QCOMPARE(f.value(QStringLiteral("MSH-5")).toString(), QStringLiteral("PM"));
        QCOMPARE(f.value(QStringLiteral("MSH-6")).toString(), QStringLiteral("HOSP"));
        QCOMPARE(f.value(QStringLiteral("MSH-9-1")).toString(), QStringLiteral("ADT"));
        QCOMPARE(f.value(QStringLiteral("MSH-9-2")).toString(), QStringLiteral("A04"));
        QCOMPARE(f.value(QStringLiteral("MSH-11")).toString(), QStringLiteral("P"));
        QCOMPARE(f.value(QStringLiteral("MSH-12")).toString(), QStringLiteral("2.5.1"));
        const QString ts = f.value(QStringLiteral("MSH-7")).toString();
        QVERIFY2(QDateTime::fromString(ts.left(14), QStringLiteral("yyyyMMddHHmmss")).isValid(),
                 qPrintable(ts));
        QVERIFY(f.value(QStringLiteral("PID-3-1")).toString().startsWith(QLatin1String("MRN")));
        // The separator inside the value went out escaped; python3-hl7 unescapes it again.
        QCOMPARE(f.value(QStringLiteral("PID-5-2")).toString(), QStringLiteral("Ann|Marie"));
        QVERIFY(o.value(QStringLiteral("raw")).toString().contains(QLatin1String("Ann\\F\\Marie")));
    }
    QCOMPARE(queue(iface, {QLatin1String(C::StateAcked)}).size(), 5);
    auto states = service().queueStates();
    QVERIFY(states);
    QCOMPARE(states->size(), 1);
    QCOMPARE(states->first().pending, 0);
    QCOMPARE(states->first().acked, 5);
    QVERIFY(states->first().lastAckAt.isValid());
    QVERIFY(states->first().lastError.isEmpty());
}

void tst_Hl7Outbound::retries_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("answers"); // what the peer answered, in order
    QTest::addColumn<QString>("lastError");
    QTest::newRow("AR then AA") << QStringLiteral("Retry=AR,AA")
                                << QStringList{"AA", "AR", "AA", "AA"} << QStringLiteral("AR");
    QTest::newRow("CR then CA") << QStringLiteral("Retry=CR,CA")
                                << QStringList{"AA", "CR", "CA", "AA"} << QStringLiteral("CR");
    QTest::newRow("timeout then AA")
        << QStringLiteral("Retry=NONE,AA") << QStringList{"AA", "NONE", "AA", "AA"}
        << QStringLiteral("no ACK within");
    // Closed on the kept connection: one new connection at once; closed on that too: a retry.
    QTest::newRow("closed then AA")
        << QStringLiteral("Retry=CLOSE,CLOSE,AA") << QStringList{"AA", "CLOSE", "CLOSE", "AA", "AA"}
        << QStringLiteral("closed");
    QTest::newRow("peer closes after its ACK: reconnect, no retry")
        << QStringLiteral("First=AA+CLOSE") << QStringList{"AA+CLOSE", "AA", "AA"} << QString();
    QTest::newRow("stray ACK skipped")
        << QStringLiteral("Retry=MISMATCH") << QStringList{"AA", "MISMATCH", "AA"} << QString();
}

void tst_Hl7Outbound::retries()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, answers);
    QFETCH(QString, lastError);
    QVERIFY2(m_peer.start({rule}), qPrintable(m_peer.error()));
    const qint64 iface = addInterface(QStringLiteral("PM"), m_peer.port(), {}, 400);
    change(QStringLiteral("First"));
    change(QStringLiteral("Retry"));
    change(QStringLiteral("Last"));
    QCOMPARE(dispatch(QStringLiteral("PM")), 3);

    OutboundSender sender(db(), m_fast);
    if (rule.endsWith(QLatin1String("MISMATCH")))
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("skipped a reply .*MSA-2 'NOT-")));
    auto step = sender.sendNext(config(QStringLiteral("PM")));
    QVERIFY(step);
    QCOMPARE(step.value(), OutboundSender::Step::Acked);
    step = sender.sendNext(config(QStringLiteral("PM")));
    QVERIFY(step);
    if (!lastError.isEmpty()) {
        QCOMPARE(step.value(), OutboundSender::Step::Retry);
        // The head stays the head: the next message waits behind it.
        auto head = Hl7::OutboundQueue::head(db(), iface);
        QVERIFY(head && head.value());
        QCOMPARE(head.value()->entityId, qint64(2));
        QVERIFY2(head.value()->lastError.contains(lastError), qPrintable(head.value()->lastError));
        QVERIFY(head.value()->nextAttemptAt > QDateTime::currentDateTimeUtc().addMSecs(-1));
        auto states = service().queueStates();
        QVERIFY(states);
        QVERIFY(states->first().lastError.contains(lastError));
        QCOMPARE(states->first().pending, 2);
        // Before its backoff is over it waits.
        step = sender.sendNext(config(QStringLiteral("PM")));
        QVERIFY(step);
        QCOMPARE(step.value(), OutboundSender::Step::Waiting);
        // Stamped an hour ahead (the clock went back since): longer than any backoff, so due.
        Core::Query later =
            db().query(QStringLiteral("UPDATE hl7_outbound SET next_attempt_at = ? WHERE id = ?"));
        later.bind(1, Hl7::StoredTime::text(QDateTime::currentDateTimeUtc().addSecs(3600)))
            .bind(2, head.value()->id);
        QVERIFY(later.exec());
        step = sender.sendNext(config(QStringLiteral("PM")));
        QVERIFY(step);
        QVERIFY(step.value() != OutboundSender::Step::Waiting);
    }
    drain(sender);
    QCOMPARE(m_peer.answers(), answers);
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")).last(), QStringLiteral("Last"));
    // Delivered once: a single positive answer for the retried message, and all acked.
    QCOMPARE(queue(iface, {QLatin1String(C::StateAcked)}).size(), 3);
    const auto retried = Hl7::OutboundQueue::message(db(), queue(iface, {"acked"})[1].id);
    QCOMPARE(retried.value()->attempts, lastError.isEmpty() ? 1 : 2);
    auto states = service().queueStates();
    QVERIFY(states->first().lastError.isEmpty());
}

void tst_Hl7Outbound::parkedResendDiscard()
{
    QVERIFY2(m_peer.start({QStringLiteral("Park1=AE,AA"), QStringLiteral("Park2=CE")}),
             qPrintable(m_peer.error()));
    const qint64 iface = addInterface(QStringLiteral("PM"), m_peer.port());
    for (const char *n : {"A", "Park1", "Park2", "B"})
        change(QLatin1String(n));
    QCOMPARE(dispatch(QStringLiteral("PM")), 4);
    OutboundSender sender(db(), m_fast);
    drain(sender);
    // AE/CE parked, the queue went on.
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")),
             (QStringList{"A", "Park1", "Park2", "B"}));
    auto parked = service().parkedMessages(iface);
    QVERIFY(parked);
    QCOMPARE(parked->size(), 2);
    QVERIFY(parked->at(0).raw.isEmpty()); // the text only through messageText()
    QCOMPARE(parked->at(0).ackCode, QStringLiteral("AE"));
    QCOMPARE(parked->at(1).ackCode, QStringLiteral("CE"));
    auto states = service().queueStates();
    QCOMPARE(states->first().parked, 2);
    QCOMPARE(states->first().pending, 0);

    // Resend: back in its place, sent again, acked now.
    QVERIFY(service().resend(parked->at(0).id));
    drain(sender);
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")).last(), QStringLiteral("Park1"));
    QCOMPARE(Hl7::OutboundQueue::message(db(), parked->at(0).id).value()->state,
             QStringLiteral("acked"));

    // Discard: given up, never sent again.
    QVERIFY(service().discard(parked->at(1).id));
    drain(sender);
    QCOMPARE(m_peer.received().size(), 5);
    QCOMPARE(Hl7::OutboundQueue::message(db(), parked->at(1).id).value()->state,
             QStringLiteral("discarded"));
    states = service().queueStates();
    QCOMPARE(states->first().parked, 0);
    QCOMPARE(states->first().discarded, 1);
    // A delivered message is not sent again, nor discarded.
    QVERIFY(!service().resend(parked->at(0).id));
    QVERIFY(!service().discard(parked->at(0).id));
    QVERIFY(!service().resend(99999));
}

void tst_Hl7Outbound::connectionRefusedKeepsHead()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    const qint64 iface = addInterface(QStringLiteral("PM"), port);
    change(QStringLiteral("One"));
    change(QStringLiteral("Two"));
    QCOMPARE(dispatch(QStringLiteral("PM")), 2);
    OutboundSender sender(db(), m_fast);
    auto round = sender.runRound();
    QVERIFY(round);
    QCOMPARE(round->retried, 1);
    QVERIFY(!round->drained);
    QVERIFY(round->nextAttemptAt.isValid());
    auto head = Hl7::OutboundQueue::head(db(), iface);
    QCOMPARE(head.value()->entityId, qint64(1));
    QVERIFY2(head.value()->lastError.contains(QLatin1String("cannot connect")),
             qPrintable(head.value()->lastError));
    // Backoff doubles per try, up to the cap.
    QCOMPARE(sender.backoffMs(1), 50);
    QCOMPARE(sender.backoffMs(2), 100);
    QCOMPARE(sender.backoffMs(3), 200);
    QCOMPARE(sender.backoffMs(30), 200);
    QCOMPARE(OutboundSender(db()).backoffMs(40), 5 * 60 * 1000);
}

void tst_Hl7Outbound::restartResumes()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    const qint64 iface = addInterface(QStringLiteral("PM"), m_peer.port());
    const QStringList names{"M1", "M2", "M3", "M4", "M5", "M6"};
    for (const QString &n : names)
        change(n);
    QCOMPARE(dispatch(QStringLiteral("PM")), 6);
    {
        OutboundSender sender(db(), m_fast);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sender.sendNext(config(QStringLiteral("PM"))).value(),
                     OutboundSender::Step::Acked);
        // The process dies with M4 counted as being sent (state 'sent', no ACK yet).
        auto head = Hl7::OutboundQueue::head(db(), iface);
        QVERIFY(Hl7::OutboundQueue::markSending(db(), head.value()->id));
    }
    const QString m4 = queue(iface, {QLatin1String(C::StateSent)}).value(0).controlId;
    QVERIFY(!m4.isEmpty());
    QVERIFY(m_store->reopen());
    QVERIFY(m_store->signInAdmin());
    OutboundSender sender(db(), m_fast);
    drain(sender);
    // Every message arrived once and in order; M4's try before the crash is counted.
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")), names);
    QCOMPARE(m_peer.receivedField(QStringLiteral("MSH-10")).at(3), m4);
    QCOMPARE(queue(iface, {QLatin1String(C::StateAcked)}).size(), 6);
    QCOMPARE(queue(iface, {QLatin1String(C::StateAcked)}).at(3).attempts, 2);
    // Nothing new to dispatch after the restart: the cursor was kept.
    QCOMPARE(dispatch(QStringLiteral("PM")), 0);
}

void tst_Hl7Outbound::dispatcherSkipsOwnOriginAndFilters()
{
    const qint64 lab = addInterface(QStringLiteral("LAB"), 2575);
    const qint64 pm = addInterface(QStringLiteral("PM"), 2576, {QStringLiteral("ADT^A08")});
    change(QStringLiteral("Local"));
    change(QStringLiteral("FromLab"), QStringLiteral("hl7:LAB"));
    change(QStringLiteral("FromPm"), QStringLiteral("hl7:PM"), QStringLiteral("update"));
    change(QStringLiteral("Updated"), QStringLiteral("local"), QStringLiteral("update"));
    auto head = Core::ChangeLog::head(db());
    QVERIFY(head);

    QCOMPARE(dispatch(QStringLiteral("LAB")), 3);
    QStringList labTypes;
    QStringList labEntities;
    for (const auto &m : queue(lab, {QLatin1String(C::StatePending)})) {
        labTypes << m.messageType;
        labEntities << QString::number(m.entityId);
    }
    QCOMPARE(labTypes, (QStringList{"ADT^A04", "ADT^A08", "ADT^A08"}));
    QCOMPARE(labEntities, (QStringList{"1", "3", "4"})); // not 2: it came from LAB
    QCOMPARE(config(QStringLiteral("LAB")).cursor, head.value());

    // PM takes ADT^A08 only, and not its own change 3.
    QCOMPARE(dispatch(QStringLiteral("PM")), 1);
    QCOMPARE(queue(pm, {QLatin1String(C::StatePending)}).value(0).entityId, qint64(4));
    QCOMPARE(config(QStringLiteral("PM")).cursor, head.value());
    // Dispatching again queues nothing twice.
    QCOMPARE(dispatch(QStringLiteral("LAB")), 0);
    QCOMPARE(queue(lab, {QLatin1String(C::StatePending)}).size(), 3);
}

void tst_Hl7Outbound::dispatcherSendsRepeatedChangeOnce()
{
    // A registration matched by name writes an update and one row per identifier; an ADT^A47
    // two rows: the receiver gets one message for each run of the same change, built from the
    // record as it is now. Anything in between, or any difference, is a message of its own.
    const qint64 iface = addInterface(QStringLiteral("PM"), 2575);
    const QString update = QStringLiteral("update");
    const QString local = QStringLiteral("local");
    for (int n = 0; n < 3; ++n)
        change(QStringLiteral("A"), local, update, 5);
    change(QStringLiteral("A"), local, update, 6);
    change(QStringLiteral("A"), local, update, 5); // not right after the first run
    change(QStringLiteral("B"), local, update, 5); // another detail
    change(QStringLiteral("B"), QStringLiteral("hl7:LAB"), update, 5); // another origin
    change(QStringLiteral("B"), QStringLiteral("hl7:PM"), update, 5);  // PM's own: skipped
    change(QStringLiteral("B"), QStringLiteral("hl7:LAB"), update, 5); // after a skipped one
    QCOMPARE(dispatch(QStringLiteral("PM")), 6);
    QList<qint64> entities;
    for (const auto &m : queue(iface, {QLatin1String(C::StatePending)}))
        entities << m.entityId;
    QCOMPARE(entities, (QList<qint64>{5, 6, 5, 5, 5, 5}));
    QCOMPARE(config(QStringLiteral("PM")).cursor, Core::ChangeLog::head(db()).value());
    QCOMPARE(dispatch(QStringLiteral("PM")), 0);
}

void tst_Hl7Outbound::dispatcherLocalChangesOnly()
{
    // What the sync engine applied from the shared server, and nothing else, is another
    // workstation's change.
    auto fromServer = [](const char *origin) {
        Core::Change c;
        c.origin = QLatin1String(origin);
        return c.fromServer();
    };
    QVERIFY(fromServer("fhir"));
    QVERIFY(fromServer("fhir-merge"));
    QVERIFY(!fromServer("local"));
    QVERIFY(!fromServer("hl7:fhir"));
    QVERIFY(!fromServer("fhirx"));

    // Two interfaces to the same receiver; one sends this workstation's changes only.
    const qint64 all = addInterface(QStringLiteral("ALL"), 2575);
    const qint64 here = addInterface(QStringLiteral("HERE"), 2576);
    Hl7::InterfaceConfig local = config(QStringLiteral("HERE"));
    QVERIFY(!local.localChangesOnly);
    local.localChangesOnly = true;
    QVERIFY(service().updateInterface(local));
    QVERIFY(config(QStringLiteral("HERE")).localChangesOnly);
    change(QStringLiteral("Local"));
    change(QStringLiteral("Pulled"), QStringLiteral("fhir"));
    change(QStringLiteral("Moved"), QStringLiteral("fhir-merge"), QStringLiteral("update"));
    // Received here from another system: this workstation's to pass on.
    change(QStringLiteral("FromLab"), QStringLiteral("hl7:LAB"), QStringLiteral("update"));
    auto entities = [&](qint64 interfaceId) {
        QList<qint64> ids;
        for (const auto &m : queue(interfaceId, {QLatin1String(C::StatePending)}))
            ids << m.entityId;
        return ids;
    };
    QCOMPARE(dispatch(QStringLiteral("ALL")), 4);
    QCOMPARE(dispatch(QStringLiteral("HERE")), 2);
    QCOMPARE(entities(all), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(entities(here), (QList<qint64>{1, 4}));
    // The cursor passed the changes left out: they are not sent later either.
    QCOMPARE(config(QStringLiteral("HERE")).cursor, Core::ChangeLog::head(db()).value());

    // Back to every change: from then on the pulled ones go out as well.
    local = config(QStringLiteral("HERE"));
    local.localChangesOnly = false;
    QVERIFY(service().updateInterface(local));
    change(QStringLiteral("PulledLater"), QStringLiteral("fhir"));
    QCOMPARE(dispatch(QStringLiteral("HERE")), 1);
    QCOMPARE(entities(here), (QList<qint64>{1, 4, 5}));
    // The setting is in the audit entry of each change to the interface.
    Core::AuditFilter filter;
    filter.action = QLatin1String(C::Audit::InterfaceUpdate);
    auto updates = m_store->services().audit().list(filter);
    QVERIFY(updates);
    QCOMPARE(updates->size(), 2);
    QStringList details;
    for (const Core::AuditEntry &e : updates.value())
        details << e.detail;
    details.sort();
    QVERIFY2(details.first().contains(QLatin1String("changes=all")), qPrintable(details.first()));
    QVERIFY2(details.last().contains(QLatin1String("changes=here")), qPrintable(details.last()));
}

void tst_Hl7Outbound::dispatcherWaitsForHeldPatient()
{
    const qint64 iface = addInterface(QStringLiteral("PM"), 2575);
    change(QStringLiteral("Ready")); // patient 1
    change(QStringLiteral("New"));   // patient 2: its MRN is not final yet
    change(QStringLiteral("Later")); // patient 3: may not overtake patient 2
    const qint64 passedFirst = Core::ChangeLog::head(db()).value() - 2;
    QSet<qint64> held{2};
    Hl7::Dispatcher dispatcher(db(), {&m_builder});
    int asked = 0;
    qint64 lastAsked = 0;
    dispatcher.setPatientHold([&](qint64 patientId) -> Core::Result<QString> {
        ++asked;
        lastAsked = patientId;
        if (patientId == 99)
            return Core::invalid(QStringLiteral("hold check failed"));
        return held.contains(patientId) ? QStringLiteral("MRN%1 is not final").arg(patientId)
                                        : QString();
    });
    auto pending = [&] {
        QList<qint64> ids;
        for (const auto &m : queue(iface, {QLatin1String(C::StatePending)}))
            ids << m.entityId;
        return ids;
    };
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 1);
    QCOMPARE(pending(), (QList<qint64>{1}));
    QCOMPARE(config(QStringLiteral("PM")).cursor, passedFirst);
    QCOMPARE(config(QStringLiteral("PM")).waiting, QStringLiteral("MRN2 is not final"));
    QCOMPARE(lastAsked, qint64(2));
    // The monitor's state carries the reason.
    QCOMPARE(service().queueStates()->first().config.waiting, QStringLiteral("MRN2 is not final"));
    // Still held: nothing moves, nothing is queued twice, and nothing is built again (a builder
    // reads the record, and the read is audited) — only the held patient is asked about.
    const int builds = m_builder.builds;
    const int asks = asked;
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 0);
    QCOMPARE(pending(), (QList<qint64>{1}));
    QCOMPARE(config(QStringLiteral("PM")).cursor, passedFirst);
    QCOMPARE(m_builder.builds, builds);
    QCOMPARE(asked, asks + 1);
    QCOMPARE(lastAsked, qint64(2));
    // Every HeldRebuildSeconds the held change is built again (it may name someone else by
    // now): not a second before.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QDateTime clock = start;
    dispatcher.setClock([&clock] { return clock; });
    clock = start.addSecs(Hl7::Dispatcher::HeldRebuildSeconds - 5);
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 0);
    QCOMPARE(m_builder.builds, builds);
    clock = start.addSecs(Hl7::Dispatcher::HeldRebuildSeconds + 5);
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 0);
    const int rebuilt = m_builder.builds;
    QVERIFY(rebuilt > builds);
    QCOMPARE(config(QStringLiteral("PM")).waiting, QStringLiteral("MRN2 is not final"));
    QCOMPARE(config(QStringLiteral("PM")).cursor, passedFirst);
    QCOMPARE(pending(), (QList<qint64>{1}));
    // And from then on, held again without building, until the next interval.
    clock = clock.addSecs(60);
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 0);
    QCOMPARE(m_builder.builds, rebuilt);
    // A change to the interface's settings makes the next dispatch look afresh (the held change
    // may no longer be wanted); it is still held.
    QVERIFY(service().updateInterface(config(QStringLiteral("PM"))));
    QCOMPARE(config(QStringLiteral("PM")).waiting, QString());
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 0);
    QVERIFY(m_builder.builds > builds);
    QCOMPARE(config(QStringLiteral("PM")).waiting, QStringLiteral("MRN2 is not final"));
    QCOMPARE(lastAsked, qint64(2));
    QCOMPARE(config(QStringLiteral("PM")).cursor, passedFirst);

    // Once the record is final, both go, in order, and the reason is cleared.
    held.clear();
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 2);
    QCOMPARE(pending(), (QList<qint64>{1, 2, 3}));
    QCOMPARE(config(QStringLiteral("PM")).waiting, QString());
    QCOMPARE(config(QStringLiteral("PM")).cursor, Core::ChangeLog::head(db()).value());
    // Nothing is left waiting: the next dispatch asks about no one.
    const int asksAfter = asked;
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM"))).value(), 0);
    QCOMPARE(asked, asksAfter);

    // A hold check that fails stops the dispatch with its error and keeps nothing of the batch.
    change(QStringLiteral("Broken"), QStringLiteral("local"), QStringLiteral("update"), 99);
    const qint64 before = config(QStringLiteral("PM")).cursor;
    Core::Result<int> failed = dispatcher.dispatch(config(QStringLiteral("PM")));
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QLatin1String("hold check failed")));
    QCOMPARE(config(QStringLiteral("PM")).cursor, before);
    QCOMPARE(pending().size(), 3);
    QVERIFY(asked > 0);
}

void tst_Hl7Outbound::dispatcherIsAtomic()
{
    const qint64 iface = addInterface(QStringLiteral("PM"), 2575);
    const qint64 before = config(QStringLiteral("PM")).cursor;
    change(QStringLiteral("Ok1"));
    change(QStringLiteral("Ok2"));
    change(QStringLiteral("FAIL"), QStringLiteral("local"), QStringLiteral("update"), 77);
    change(QStringLiteral("Ok3"));
    Hl7::Dispatcher dispatcher(db(), {&m_builder});
    Core::Result<int> n = dispatcher.dispatch(config(QStringLiteral("PM")));
    QVERIFY(!n);
    QVERIFY(n.error().message.contains(QLatin1String("cannot build")));
    // Nothing of the batch was kept: not the messages before the failing change, not the cursor.
    QCOMPARE(queue(iface, {QLatin1String(C::StatePending)}).size(), 0);
    QCOMPARE(config(QStringLiteral("PM")).cursor, before);
    auto states = service().queueStates();
    QVERIFY(states->first().lastError.contains(QLatin1String("cannot build")));

    // Once the record can be built, the same changes are queued, each once.
    QVERIFY(
        db().query(QStringLiteral("UPDATE change_log SET detail = 'Fixed' WHERE entity_id = 77"))
            .exec());
    QCOMPARE(dispatch(QStringLiteral("PM")), 4);
    QCOMPARE(dispatch(QStringLiteral("PM")), 0);
    QCOMPARE(queue(iface, {QLatin1String(C::StatePending)}).size(), 4);
    // A small batch size still ends with every change queued once and the cursor at the head.
    change(QStringLiteral("B1"));
    change(QStringLiteral("B2"));
    change(QStringLiteral("B3"));
    QCOMPARE(dispatcher.dispatch(config(QStringLiteral("PM")), 2).value(), 3);
    QCOMPARE(config(QStringLiteral("PM")).cursor, Core::ChangeLog::head(db()).value());
}

void tst_Hl7Outbound::newInterfaceStartsAtHead()
{
    change(QStringLiteral("Old"));
    const qint64 iface = addInterface(QStringLiteral("PM"), 2575);
    change(QStringLiteral("New"));
    QCOMPARE(dispatch(QStringLiteral("PM")), 1);
    QCOMPARE(queue(iface, {QLatin1String(C::StatePending)}).value(0).entityId, qint64(2));
    // Names are unique; bad settings are refused with a reason and nothing is stored.
    Hl7::InterfaceConfig dup = config(QStringLiteral("PM"));
    auto again = service().addInterface(dup);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Core::ErrorCode::Conflict);
    Hl7::InterfaceConfig bad = dup;
    bad.name = QStringLiteral("X");
    bad.messageTypes = {QStringLiteral("SIU-S12")};
    QVERIFY(!service().addInterface(bad));
    bad.messageTypes = {};
    bad.port = 70000;
    QVERIFY(!service().addInterface(bad));
    QCOMPARE(service().interfaces()->size(), 1);
    // Update and remove.
    Hl7::InterfaceConfig changed = config(QStringLiteral("PM"));
    changed.port = 2600;
    changed.enabled = false;
    QVERIFY(service().updateInterface(changed));
    QCOMPARE(config(QStringLiteral("PM")).port, 2600);
    QVERIFY(!config(QStringLiteral("PM")).enabled);
    QVERIFY(service().removeInterface(QStringLiteral("PM")));
    QCOMPARE(service().interfaces()->size(), 0);
    QCOMPARE(queue(iface, {QLatin1String(C::StatePending)}).size(), 0);
    QVERIFY(!service().removeInterface(QStringLiteral("PM")));
}

void tst_Hl7Outbound::permissionsAndAudit()
{
    QVERIFY2(m_peer.start({QStringLiteral("Parked=AE")}), qPrintable(m_peer.error()));
    const qint64 iface = addInterface(QStringLiteral("PM"), m_peer.port());
    change(QStringLiteral("Parked"), QStringLiteral("local"), QStringLiteral("create"), 42);
    QCOMPARE(dispatch(QStringLiteral("PM")), 1);
    OutboundSender sender(db(), m_fast);
    drain(sender);
    const qint64 parkedId = service().parkedMessages(iface)->value(0).id;
    QVERIFY(parkedId > 0);

    // An admin reads the text; the read is audited with the patient it is about.
    auto text = service().messageText(parkedId);
    QVERIFY(text);
    QVERIFY(text->contains("PID|"));
    Core::AuditFilter filter;
    filter.action = QLatin1String(C::Audit::MessageRead);
    auto reads = m_store->services().audit().list(filter);
    QVERIFY(reads);
    QCOMPARE(reads->size(), 1);
    QCOMPARE(reads->first().patientId, qint64(42));
    QCOMPARE(reads->first().patientMrn, QStringLiteral("MRN42"));
    QCOMPARE(reads->first().user, Test::AdminName);

    // A front-desk user may do none of it; each refusal is audited.
    const QString password = m_store->addUser(QStringLiteral("fd"), Core::Role::FrontDesk);
    QVERIFY(m_store->services().users().signIn(QStringLiteral("fd"), password));
    auto denied = service().messageText(parkedId);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, Core::ErrorCode::Denied);
    QCOMPARE(service().queueStates().error().code, Core::ErrorCode::Denied);
    QCOMPARE(service().resend(parkedId).error().code, Core::ErrorCode::Denied);
    QCOMPARE(service().discard(parkedId).error().code, Core::ErrorCode::Denied);
    QCOMPARE(service().removeInterface(QStringLiteral("PM")).error().code, Core::ErrorCode::Denied);
    Hl7::InterfaceConfig other = config(QStringLiteral("PM"));
    other.name = QStringLiteral("Other");
    QCOMPARE(service().addInterface(other).error().code, Core::ErrorCode::Denied);
    filter.action = QLatin1String(Core::Constants::Audit::PermissionDenied);
    auto refusals = m_store->services().audit().list(filter);
    QVERIFY(refusals);
    QCOMPARE(refusals->size(), 6);
    bool namedPatient = false;
    for (const Core::AuditEntry &e : refusals.value())
        namedPatient = namedPatient || e.patientMrn == QLatin1String("MRN42");
    QVERIFY(namedPatient);
    filter.action = QLatin1String(C::Audit::MessageRead);
    QCOMPARE(m_store->services().audit().list(filter)->size(), 1);
    QCOMPARE(Hl7::OutboundQueue::message(db(), parkedId).value()->state, QStringLiteral("parked"));
    QVERIFY(m_store->services().audit().verify().ok);
}

void tst_Hl7Outbound::workerThread()
{
    QVERIFY2(m_peer.start({QStringLiteral("W2=AR,AA")}), qPrintable(m_peer.error()));
    const qint64 iface = addInterface(QStringLiteral("PM"), m_peer.port());
    for (const char *n : {"W1", "W2", "W3"})
        change(QLatin1String(n));
    QCOMPARE(dispatch(QStringLiteral("PM")), 3);
    Hl7::OutboundWorker worker(m_store->store(), m_fast, Hl7::OutboundWorker::Mode::Forever);
    QSignalSpy changed(&worker, &Hl7::OutboundWorker::queueChanged);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(queue(iface, {QLatin1String(C::StateAcked)}).size(), 3, 10000);
    QVERIFY(changed.count() >= 1);
    // New work wakes it.
    change(QStringLiteral("W4"));
    QCOMPARE(dispatch(QStringLiteral("PM")), 1);
    worker.wake();
    QTRY_COMPARE_WITH_TIMEOUT(queue(iface, {QLatin1String(C::StateAcked)}).size(), 4, 10000);
    worker.stop();
    QVERIFY(worker.wait(10000));
    QVERIFY2(worker.error().isEmpty(), qPrintable(worker.error()));
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")),
             (QStringList{"W1", "W2", "W2", "W3", "W4"}));
}

QTEST_GUILESS_MAIN(tst_Hl7Outbound)
#include "tst_hl7outbound.moc"
