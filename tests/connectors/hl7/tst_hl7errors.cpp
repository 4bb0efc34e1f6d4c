#include "connectors/hl7/message.h"
#include "tests/connectors/hl7/hl7fixtures.h"

#include <QElapsedTimer>
#include <QtTest>

#include <random>

using namespace Ambulo;

// Broken input gets an error that says where and what was expected, and never a crash or a hang.
class tst_Hl7Errors : public QObject
{
    Q_OBJECT

private slots:
    void brokenInput_data();
    void brokenInput();
    void limits();
    void badPaths_data();
    void badPaths();
    void everyTruncationIsHandled();
    void randomBytesNeverCrash();
};

namespace {
const QByteArray Good = "MSH|^~\\&|A|B|C|D|20261122||ADT^A04|1|P|2.5\rPID|1||42^^^H^MR||Doe^J\r";
}

void tst_Hl7Errors::brokenInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << qsizetype(0) << QStringLiteral("empty");
    QTest::newRow("not HL7") << QByteArray("{\"resourceType\":\"Patient\"}") << qsizetype(0)
                             << QStringLiteral("expected 'MSH'");
    QTest::newRow("lower-case msh")
        << QByteArray("msh|^~\\&|") << qsizetype(0) << QStringLiteral("expected 'MSH'");
    QTest::newRow("leading blank")
        << QByteArray("\rMSH|^~\\&|") << qsizetype(0) << QStringLiteral("expected 'MSH'");
    QTest::newRow("only MSH") << QByteArray("MSH") << qsizetype(3)
                              << QStringLiteral("field separator");
    QTest::newRow("letter as field separator")
        << QByteArray("MSHA^~\\&A") << qsizetype(3) << QStringLiteral("field separator");
    QTest::newRow("space as field separator")
        << QByteArray("MSH ^~\\& ") << qsizetype(3) << QStringLiteral("field separator");
    QTest::newRow("truncated encoding chars")
        << QByteArray("MSH|^~") << qsizetype(6) << QStringLiteral("input ends");
    QTest::newRow("three encoding chars")
        << QByteArray("MSH|^~\\|A") << qsizetype(4) << QStringLiteral("4 or 5");
    QTest::newRow("six encoding chars")
        << QByteArray("MSH|^~\\&#!|A") << qsizetype(4) << QStringLiteral("4 or 5");
    QTest::newRow("repeated encoding char")
        << QByteArray("MSH|^~\\^|A") << qsizetype(7) << QStringLiteral("two delimiters");
    QTest::newRow("field sep among encoding chars")
        << QByteArray("MSH|^~\\&|") + QByteArray("|||||||ADT|1|P|2.5") << qsizetype(-1)
        << QString(); // valid: the encoding chars end at the second '|'
    QTest::newRow("digit encoding char")
        << QByteArray("MSH|^~1&|A") << qsizetype(6) << QStringLiteral("cannot be a delimiter");
    QTest::newRow("truncated MSH")
        << QByteArray("MSH|^~\\&|SEND|FAC|RCV") << qsizetype(21) << QStringLiteral("MSH-12");
    QTest::newRow("truncated MSH then PID")
        << QByteArray("MSH|^~\\&|SEND|FAC\rPID|1") << qsizetype(17) << QStringLiteral("MSH-12");
    QTest::newRow("NUL byte") << QByteArray(Good).insert(30, '\0') << qsizetype(30)
                              << QStringLiteral("control byte 0x00");
    QTest::newRow("MLLP start byte") << QByteArray(Good).insert(52, '\x0b') << qsizetype(52)
                                     << QStringLiteral("control byte 0x0b");
    QTest::newRow("bad segment name")
        << Good + "pid|2\r" << qsizetype(Good.size()) << QStringLiteral("segment name");
    QTest::newRow("long segment name")
        << Good + "PIDX|2\r" << qsizetype(Good.size()) << QStringLiteral("segment name");
    QTest::newRow("binary after header")
        << Good + QByteArray("\xff\xfe\x80\x81", 4) << qsizetype(Good.size())
        << QStringLiteral("segment name");
    QTest::newRow("second message")
        << Good + Good << qsizetype(Good.size()) << QStringLiteral("second MSH");
    QTest::newRow("unknown charset")
        << QByteArray("MSH|^~\\&|A|B|C|D|20261122||ADT^A04|1|P|2.5||||||ISO IR87\r")
        << qsizetype(48) << QStringLiteral("unsupported character set 'ISO IR87'");
    QTest::newRow("valid") << Good << qsizetype(-1) << QString();
}

void tst_Hl7Errors::brokenInput()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, position);
    QFETCH(QString, expected);
    Hl7::Error error;
    const auto m = Hl7::Message::parse(input, &error);
    if (position < 0) {
        QVERIFY2(m, qPrintable(error.toString()));
        QCOMPARE(m->serialize(), input);
        return;
    }
    QVERIFY(!m);
    QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
    QCOMPARE(error.position, position);
}

void tst_Hl7Errors::limits()
{
    QByteArray big = Good;
    while (big.size() < 2000)
        big += "OBX|1|ST|x||some text\r";
    Hl7::Error error;
    QVERIFY(!Hl7::Message::parse(big, &error, {1000, 10000, 200000}));
    QCOMPARE(error.position, 1000);
    QVERIFY(error.message.contains(QLatin1String("limit of 1000 bytes")));

    QVERIFY(!Hl7::Message::parse(big, &error, {1 << 20, 10, 200000}));
    QVERIFY(error.message.contains(QLatin1String("more than 10 segments")));
    QCOMPARE(error.position, Good.size() + 8 * 22);

    QVERIFY(!Hl7::Message::parse(big, &error, {1 << 20, 1000, 50}));
    QVERIFY(error.message.contains(QLatin1String("more than 50 fields")));

    // The default 16 MiB limit, and a message at it parses in well under a second.
    QByteArray huge = Good;
    huge.reserve(16 * 1024 * 1024 + 100);
    while (huge.size() < 16 * 1024 * 1024 - 4000)
        huge += "NTE|1||" + QByteArray(3000, 'x') + "\r";
    QElapsedTimer timer;
    timer.start();
    QVERIFY(Hl7::Message::parse(huge, &error));
    QVERIFY(timer.elapsed() < 1000);
    huge += QByteArray(8000, 'y');
    QVERIFY(!Hl7::Message::parse(huge, &error));
    QCOMPARE(error.position, 16 * 1024 * 1024);
}

void tst_Hl7Errors::badPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qsizetype>("position");
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("lower case") << QStringLiteral("pid-5") << qsizetype(0);
    QTest::newRow("short name") << QStringLiteral("PI-5") << qsizetype(2);
    QTest::newRow("digit first") << QStringLiteral("1ID-5") << qsizetype(0);
    QTest::newRow("no field") << QStringLiteral("PID") << qsizetype(3);
    QTest::newRow("dot style") << QStringLiteral("PID.5") << qsizetype(3);
    QTest::newRow("field zero") << QStringLiteral("PID-0") << qsizetype(4);
    QTest::newRow("field too big") << QStringLiteral("PID-10000") << qsizetype(4);
    QTest::newRow("rep zero") << QStringLiteral("PID-3(0)") << qsizetype(6);
    QTest::newRow("unclosed rep") << QStringLiteral("PID-3(2-1") << qsizetype(7);
    QTest::newRow("unclosed occurrence") << QStringLiteral("OBX(3-5") << qsizetype(5);
    QTest::newRow("trailing dash") << QStringLiteral("PID-5-") << qsizetype(6);
    QTest::newRow("too deep") << QStringLiteral("PID-5-1-1-1") << qsizetype(9);
    QTest::newRow("trailing junk") << QStringLiteral("PID-5x") << qsizetype(5);
    QTest::newRow("negative") << QStringLiteral("PID--5") << qsizetype(4);
    QTest::newRow("non-ASCII digit") << QStringLiteral("PID-\u0665") << qsizetype(4);
}

void tst_Hl7Errors::badPaths()
{
    QFETCH(QString, path);
    QFETCH(qsizetype, position);
    Hl7::Error error;
    QVERIFY(!Hl7::Path::parse(path, &error));
    QVERIFY2(error.message.startsWith(QLatin1String("bad path")), qPrintable(error.message));
    QCOMPARE(error.position, position);
    const auto m = Hl7::Message::parse(Good);
    QVERIFY(!m->get(path, &error));
}

void tst_Hl7Errors::everyTruncationIsHandled()
{
    // Cut each fixture at every byte: each prefix either parses (a whole segment boundary) or
    // fails with a position inside it.
    for (const QString &name : Test::Hl7Fixtures::names()) {
        const QByteArray bytes = Test::Hl7Fixtures::read(name);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            Hl7::Error error;
            const QByteArray prefix = bytes.first(n);
            const auto m = Hl7::Message::parse(prefix, &error);
            if (m)
                QCOMPARE(m->serialize(), prefix);
            else
                QVERIFY2(error.position >= 0 && error.position <= n,
                         qPrintable(name + QLatin1Char(' ') + error.toString()));
        }
    }
}

void tst_Hl7Errors::randomBytesNeverCrash()
{
    std::mt19937 rng(5);
    const QByteArray base = Test::Hl7Fixtures::read(QStringLiteral("oru_r01.hl7"));
    for (int round = 0; round < 20000; ++round) {
        QByteArray mutated = base;
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(rng() % quint32(mutated.size()));
            static const char interesting[] = "|^~\\&\r\nMSH\"X.0";
            mutated[at] = rng() % 2 ? char(rng()) : interesting[rng() % (sizeof interesting - 1)];
        }
        Hl7::Error error;
        auto m = Hl7::Message::parse(mutated, &error);
        if (!m) {
            QVERIFY(error.position >= 0 && error.position <= mutated.size());
            continue;
        }
        QCOMPARE(m->serialize(), mutated);
        for (const char *p : {"OBX(3)-5", "PID-5-1", "OBX(4)-5", "MSH-9-2", "ZLR-1-2"})
            (void)m->get(QString::fromLatin1(p));
        (void)m->set(QStringLiteral("OBX(2)-5-2"), QStringLiteral("x|y"));
        QVERIFY(Hl7::Message::parse(m->serialize()));
    }
}

QTEST_GUILESS_MAIN(tst_Hl7Errors)
#include "tst_hl7errors.moc"
