#include "connectors/hl7/inboundengine.h"
#include "connectors/hl7/message.h"
#include "core/context/eventhub.h"
#include "core/store/database.h"
#include "tests/connectors/hl7/testadthandler.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

// The inbound engine over a real encrypted store: ACK codes and ERR contents, exactly-once
// application with byte-identical replay, rollback of a failed handler, enhanced mode, batches.
class tst_Hl7Inbound : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accepted_data();
    void accepted();
    void handlerErrors_data();
    void handlerErrors();
    void unknownType();
    void parseError();
    void duplicateReplaysStoredAck();
    void duplicateInOneBatch();
    void enhancedMode_data();
    void enhancedMode();
    void groupBatch();
    void interfaceSessionAudited();

private:
    Hl7::InboundResult applyOne(const QByteArray &raw);
    int count(const QString &sql, const QVariantList &values = {});
    static Hl7::Message parsed(const QByteArray &bytes);
    static QString at(const Hl7::Message &m, const char *path);

    std::unique_ptr<Test::TestStore> m_store;
    std::unique_ptr<Core::EventHub> m_events;
    std::unique_ptr<Hl7::InboundEngine> m_engine;
};

void tst_Hl7Inbound::init()
{
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    auto session =
        m_store->services().users().signInInterface(QStringLiteral("hl7:test"), Test::AdminName);
    QVERIFY(session);
    m_events = std::make_unique<Core::EventHub>();
    m_engine = std::make_unique<Hl7::InboundEngine>(
        m_store->store().db(), m_store->services(), *m_events, QStringLiteral("test"),
        QList<Hl7::AdapterSet>{Test::TestAdtHandler::adapterSet()});
}

void tst_Hl7Inbound::cleanup()
{
    m_engine.reset();
    m_events.reset();
    m_store.reset();
}

Hl7::InboundResult tst_Hl7Inbound::applyOne(const QByteArray &raw)
{
    auto results = m_engine->apply({raw});
    if (!results || results->size() != 1) {
        qWarning() << (results ? QStringLiteral("wrong count") : results.error().message);
        return {};
    }
    return results->first();
}

int tst_Hl7Inbound::count(const QString &sql, const QVariantList &values)
{
    Core::Query q = m_store->store().db().query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    if (!q.next())
        return -1;
    const int n = q.integer(0);
    q.finish();
    return n;
}

Hl7::Message tst_Hl7Inbound::parsed(const QByteArray &bytes)
{
    Hl7::Error error;
    auto m = Hl7::Message::parse(bytes, &error);
    if (!m)
        qFatal("reply does not parse: %s", qPrintable(error.toString()));
    return *m;
}

QString tst_Hl7Inbound::at(const Hl7::Message &m, const char *path)
{
    const auto v = m.get(QString::fromLatin1(path));
    return v ? v->text() : QStringLiteral("<bad path>");
}

void tst_Hl7Inbound::accepted_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoding"); // MSH-1 and MSH-2 the ACK must repeat
    const QByteArray plain =
        Test::TestAdtHandler::message(QStringLiteral("C1"), QStringLiteral("M1"));
    QTest::newRow("default delimiters") << plain << QByteArray("|^~\\&");
    QByteArray odd = plain;
    odd.replace('|', '#').replace('^', '@');
    QTest::newRow("other delimiters") << odd << QByteArray("#@~\\&");
    QByteArray newlines = plain;
    newlines.replace('\r', '\n');
    QTest::newRow("newline separators") << newlines << QByteArray("|^~\\&");
}

void tst_Hl7Inbound::accepted()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoding);
    const Hl7::InboundResult r = applyOne(raw);
    QCOMPARE(r.code, QStringLiteral("AA"));
    QCOMPARE(r.controlId, QStringLiteral("C1"));
    QCOMPARE(r.messageType, QStringLiteral("ADT^A04"));
    QVERIFY(!r.duplicate);
    QCOMPARE(r.replies.size(), 1);
    QVERIFY(r.replies[0].startsWith("MSH" + encoding));
    const Hl7::Message ack = parsed(r.replies[0]);
    QCOMPARE(at(ack, "MSA-1"), QStringLiteral("AA"));
    QCOMPARE(at(ack, "MSA-2"), QStringLiteral("C1"));
    // Sender and receiver swapped, every component kept.
    QCOMPARE(at(ack, "MSH-3-1"), QStringLiteral("AMBULO"));
    QCOMPARE(at(ack, "MSH-4-1"), QStringLiteral("CLINIC"));
    QCOMPARE(at(ack, "MSH-5-1"), QStringLiteral("SENDER"));
    QCOMPARE(at(ack, "MSH-5-2"), QStringLiteral("1.2.3"));
    QCOMPARE(at(ack, "MSH-5-3"), QStringLiteral("ISO"));
    QCOMPARE(at(ack, "MSH-6-1"), QStringLiteral("FAC"));
    QCOMPARE(at(ack, "MSH-9-1"), QStringLiteral("ACK"));
    QCOMPARE(at(ack, "MSH-9-2"), QStringLiteral("A04"));
    QCOMPARE(at(ack, "MSH-11"), QStringLiteral("P"));
    QCOMPARE(at(ack, "MSH-12"), QStringLiteral("2.5.1"));
    QVERIFY(!at(ack, "MSH-10").isEmpty());
    QCOMPARE(ack.occurrences("ERR"), 0);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE mrn = 'M1'")), 1);
    Core::Query q = m_store->store().db().query(
        QStringLiteral("SELECT interface, sending_app, sending_facility, control_id, "
                       "message_type, raw, outcome, accept_code IS NULL, ack, app_ack IS NULL, "
                       "received_at FROM hl7_inbound"));
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("test"));
    QCOMPARE(q.text(1), QStringLiteral("SENDER") + QChar::fromLatin1(encoding[1])
                            + QStringLiteral("1.2.3") + QChar::fromLatin1(encoding[1])
                            + QStringLiteral("ISO"));
    QCOMPARE(q.text(2), QStringLiteral("FAC"));
    QCOMPARE(q.text(3), QStringLiteral("C1"));
    QCOMPARE(q.text(4), QStringLiteral("ADT^A04"));
    QCOMPARE(q.blob(5), raw);
    QCOMPARE(q.text(6), QStringLiteral("AA"));
    QCOMPARE(q.integer(7), 1);
    QCOMPARE(q.blob(8), r.replies[0]);
    QCOMPARE(q.integer(9), 1);
    QVERIFY(QDateTime::fromString(q.text(10), Qt::ISODateWithMs).isValid());
    QVERIFY(!q.next());
}

void tst_Hl7Inbound::handlerErrors_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("mrn");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errCode");
    QTest::addColumn<QString>("errLocation"); // ERR-2 as ERL components, '^' joined
    QTest::addColumn<QString>("errText");
    QTest::newRow("fails after writing") << "FAIL"
                                         << "M2"
                                         << "AE"
                                         << "103"
                                         << "PID^1^5^1^1"
                                         << "family name FAIL is not accepted";
    QTest::newRow("required field") << "Doe"
                                    << ""
                                    << "AE"
                                    << "101"
                                    << "PID^1^3"
                                    << "PID-3 is required";
    QTest::newRow("rejected") << "REJECT"
                              << "M3"
                              << "AR"
                              << "207"
                              << ""
                              << "refused";
}

void tst_Hl7Inbound::handlerErrors()
{
    QFETCH(QString, family);
    QFETCH(QString, mrn);
    QFETCH(QString, code);
    QFETCH(QString, errCode);
    QFETCH(QString, errLocation);
    QFETCH(QString, errText);
    const QByteArray raw = Test::TestAdtHandler::message(QStringLiteral("E1"), mrn, family);
    const Hl7::InboundResult r = applyOne(raw);
    QCOMPARE(r.code, code);
    QCOMPARE(r.text, errText);
    QCOMPARE(r.replies.size(), 1);
    const Hl7::Message ack = parsed(r.replies[0]);
    QCOMPARE(at(ack, "MSA-1"), code);
    QCOMPARE(at(ack, "MSA-2"), QStringLiteral("E1"));
    QCOMPARE(at(ack, "MSA-3"), errText);
    QCOMPARE(ack.occurrences("ERR"), 1);
    QStringList location;
    for (int c = 1; c <= 6; ++c) {
        const QString v = at(ack, qPrintable(QStringLiteral("ERR-2-%1").arg(c)));
        if (!v.isEmpty())
            location << v;
    }
    QCOMPARE(location.join(u'^'), errLocation);
    QCOMPARE(at(ack, "ERR-3-1"), errCode);
    QVERIFY(!at(ack, "ERR-3-2").isEmpty());
    QCOMPARE(at(ack, "ERR-3-3"), QStringLiteral("HL70357"));
    QCOMPARE(at(ack, "ERR-4"), QStringLiteral("E"));
    QCOMPARE(at(ack, "ERR-8"), errText);

    // The handler's writes are gone (the FAIL row had created its patient), the message and its
    // ACK are kept.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients")), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'patient.create'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound WHERE control_id = 'E1' AND "
                                  "outcome = ? AND ack = ?"),
                   {code, r.replies[0]}),
             1);
}

void tst_Hl7Inbound::unknownType()
{
    const QByteArray raw = "MSH|^~\\&|LAB|L|AMBULO|C|20260101||ORU^R01|U1|P|2.5.1\rPID|1||9\r";
    const Hl7::InboundResult r = applyOne(raw);
    QCOMPARE(r.code, QStringLiteral("AR"));
    const Hl7::Message ack = parsed(r.replies.value(0));
    QCOMPARE(at(ack, "MSA-1"), QStringLiteral("AR"));
    QCOMPARE(at(ack, "MSA-2"), QStringLiteral("U1"));
    QCOMPARE(at(ack, "MSH-9-2"), QStringLiteral("R01"));
    QCOMPARE(at(ack, "ERR-2-1"), QStringLiteral("MSH"));
    QCOMPARE(at(ack, "ERR-2-3"), QStringLiteral("9"));
    QCOMPARE(at(ack, "ERR-3-1"), QStringLiteral("200"));
    QCOMPARE(at(ack, "ERR-3-2"), QStringLiteral("Unsupported message type"));
    QVERIFY(at(ack, "ERR-8").contains(QStringLiteral("ORU^R01")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound WHERE outcome = 'AR' AND "
                                  "message_type = 'ORU^R01'")),
             1);
}

void tst_Hl7Inbound::parseError()
{
    // Readable header, broken body: the ACK still names the control id.
    const QByteArray broken =
        "MSH|^~\\&|A|B|C|D|20260101||ADT^A04|P1|P|2.5\rPID|1||" + QByteArray(1, '\0') + "\r";
    for (const QByteArray &raw : {QByteArray("this is not HL7"), broken}) {
        const Hl7::InboundResult r = applyOne(raw);
        QCOMPARE(r.code, QStringLiteral("AR"));
        QVERIFY(r.text.startsWith(QStringLiteral("not an HL7 message")));
        const Hl7::Message ack = parsed(r.replies.value(0));
        QCOMPARE(at(ack, "MSA-1"), QStringLiteral("AR"));
        QCOMPARE(at(ack, "ERR-3-1"), QStringLiteral("102"));
        QCOMPARE(at(ack, "MSA-2"), raw == broken ? QStringLiteral("P1") : QString());
    }
    // Kept, and not taken for a later corrected message with the same id.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound WHERE outcome = 'AR' AND "
                                  "control_id IS NULL")),
             2);
    const QByteArray fixed = "MSH|^~\\&|A|B|C|D|20260101||ADT^A04|P1|P|2.5\rPID|1||PX^^^H^MR||"
                             "Roe^Ann||19700101|F\r";
    QCOMPARE(applyOne(fixed).code, QStringLiteral("AA"));
}

void tst_Hl7Inbound::duplicateReplaysStoredAck()
{
    const QByteArray raw =
        Test::TestAdtHandler::message(QStringLiteral("D1"), QStringLiteral("M9"));
    const Hl7::InboundResult first = applyOne(raw);
    QCOMPARE(first.code, QStringLiteral("AA"));
    QTest::qWait(5); // a freshly built ACK would carry a new MSH-7/MSH-10
    const Hl7::InboundResult again = applyOne(raw);
    QVERIFY(again.duplicate);
    QCOMPARE(again.code, QStringLiteral("AA"));
    QCOMPARE(again.replies, first.replies);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE mrn = 'M9'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound")), 1);

    // A failed message is not retried either: its stored AE comes back.
    const QByteArray failing = Test::TestAdtHandler::message(
        QStringLiteral("D2"), QStringLiteral("M10"), QStringLiteral("FAIL"));
    const Hl7::InboundResult ae = applyOne(failing);
    const Hl7::InboundResult aeAgain = applyOne(failing);
    QCOMPARE(aeAgain.code, QStringLiteral("AE"));
    QVERIFY(aeAgain.duplicate);
    QCOMPARE(aeAgain.replies, ae.replies);

    // Same control id from another sending facility is another message.
    QByteArray other = raw;
    other.replace("|FAC|", "|FAC2|");
    other.replace("M9^", "M8^");
    QVERIFY(!applyOne(other).duplicate);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE mrn = 'M8'")), 1);
}

void tst_Hl7Inbound::duplicateInOneBatch()
{
    const QByteArray raw =
        Test::TestAdtHandler::message(QStringLiteral("B1"), QStringLiteral("MB"));
    auto results = m_engine->apply({raw, raw});
    QVERIFY(results);
    QCOMPARE(results->size(), 2);
    QVERIFY(!results->at(0).duplicate);
    QVERIFY(results->at(1).duplicate);
    QCOMPARE(results->at(1).replies, results->at(0).replies);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE mrn = 'MB'")), 1);
}

void tst_Hl7Inbound::enhancedMode_data()
{
    QTest::addColumn<QByteArray>("msh15and16");
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("known");          // a handled message type
    QTest::addColumn<QStringList>("replies"); // MSA-1 of each reply, in order
    QTest::addColumn<QString>("outcome");
    QTest::newRow("AL AL") << QByteArray("AL|AL") << "Doe" << true << QStringList{"CA", "AA"}
                           << "AA";
    QTest::newRow("AL NE") << QByteArray("AL|NE") << "Doe" << true << QStringList{"CA"} << "AA";
    QTest::newRow("NE AL") << QByteArray("NE|AL") << "Doe" << true << QStringList{"AA"} << "AA";
    QTest::newRow("ER ER ok") << QByteArray("ER|ER") << "Doe" << true << QStringList{} << "AA";
    QTest::newRow("AL ER failing")
        << QByteArray("AL|ER") << "FAIL" << true << QStringList{"CA", "AE"} << "AE";
    QTest::newRow("AL SU failing")
        << QByteArray("AL|SU") << "FAIL" << true << QStringList{"CA"} << "AE";
    QTest::newRow("only MSH-16") << QByteArray("|AL") << "Doe" << true << QStringList{"CA", "AA"}
                                 << "AA";
    QTest::newRow("unknown type") << QByteArray("AL|AL") << "Doe" << false << QStringList{"CR"}
                                  << "AR";
    QTest::newRow("unknown type, SU")
        << QByteArray("SU|AL") << "Doe" << false << QStringList{} << "AR";
}

void tst_Hl7Inbound::enhancedMode()
{
    QFETCH(QByteArray, msh15and16);
    QFETCH(QString, family);
    QFETCH(bool, known);
    QFETCH(QStringList, replies);
    QFETCH(QString, outcome);
    QByteArray raw = Test::TestAdtHandler::message(QStringLiteral("X1"), QStringLiteral("MX"),
                                                   family, msh15and16);
    if (!known)
        raw.replace("ADT^A04^ADT_A01", "ADT^A99");
    const Hl7::InboundResult r = applyOne(raw);
    QCOMPARE(r.code, outcome);
    QStringList codes;
    for (const QByteArray &reply : r.replies) {
        const Hl7::Message ack = parsed(reply);
        QCOMPARE(at(ack, "MSA-2"), QStringLiteral("X1"));
        codes << at(ack, "MSA-1");
        if (codes.last() == QLatin1String("CR"))
            QCOMPARE(at(ack, "ERR-3-1"), QStringLiteral("200"));
        if (codes.last() == QLatin1String("CA"))
            QCOMPARE(ack.occurrences("ERR"), 0);
    }
    QCOMPARE(codes, replies);
    QCOMPARE(r.acceptCode, known ? QStringLiteral("CA") : QStringLiteral("CR"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients")), outcome == "AA" ? 1 : 0);
    // The replay gives the same frames.
    QCOMPARE(applyOne(raw).replies, r.replies);
}

void tst_Hl7Inbound::groupBatch()
{
    QList<QByteArray> batch;
    for (int i = 0; i < 60; ++i) {
        const QString family = i % 10 == 3 ? QStringLiteral("FAIL") : QStringLiteral("Doe");
        batch << Test::TestAdtHandler::message(QStringLiteral("G%1").arg(i),
                                               QStringLiteral("MG%1").arg(i), family);
    }
    batch << "garbage";
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound"));
    // A batch whose handlers all succeed is applied in one pass.
    const qint64 redone = m_engine->redoneBatches();
    QList<QByteArray> clean;
    for (int i = 0; i < 5; ++i)
        clean << Test::TestAdtHandler::message(QStringLiteral("C%1").arg(i),
                                               QStringLiteral("MC%1").arg(i));
    auto cleanResults = m_engine->apply(clean);
    QVERIFY(cleanResults);
    QCOMPARE(m_engine->redoneBatches(), redone);
    // The failing handlers (FAIL wrote its patient first) make the batch go again with savepoints.
    auto results = m_engine->apply(batch);
    QCOMPARE(m_engine->redoneBatches(), redone + 1);
    QVERIFY(results);
    QCOMPARE(results->size(), 61);
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(results->at(i).controlId, QStringLiteral("G%1").arg(i));
        QCOMPARE(results->at(i).code, i % 10 == 3 ? QStringLiteral("AE") : QStringLiteral("AA"));
    }
    QCOMPARE(results->at(60).code, QStringLiteral("AR"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound")), before + 5 + 61);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients")), 5 + 54);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE family = 'FAIL'")), 0);
    QVERIFY(!m_store->store().db().inTransaction());
    // The first pass's audit entries went with its rollback: the chain still holds.
    const Core::AuditVerification audit = m_store->services().audit().verify();
    QVERIFY2(audit.ok, qPrintable(audit.message));
}

void tst_Hl7Inbound::interfaceSessionAudited()
{
    QVERIFY(m_store->services().context().session());
    QCOMPARE(m_store->services().context().session()->role, Core::Role::Interface);
    QCOMPARE(
        applyOne(Test::TestAdtHandler::message(QStringLiteral("S1"), QStringLiteral("MS"))).code,
        QStringLiteral("AA"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'hl7:test' AND "
                                  "action = 'session.sign-in' AND detail LIKE '%started by boss'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'hl7:test' AND "
                                  "action = 'patient.create'")),
             1);
    // The interface principal cannot do what a person administers.
    QVERIFY(!m_store->services().users().list());
    QVERIFY(m_store->services().audit().verify().ok);
}

QTEST_GUILESS_MAIN(tst_Hl7Inbound)
#include "tst_hl7inbound.moc"
