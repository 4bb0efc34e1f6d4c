#include "connectors/hl7/batch.h"
#include "connectors/hl7/message.h"
#include "tests/connectors/hl7/hl7fixtures.h"

#include <QtTest>

using namespace Ambulo;
using Hl7::Value;
namespace Fixtures = Test::Hl7Fixtures;

Q_DECLARE_METATYPE(Hl7::Value::State)

class tst_Hl7Message : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void paths_data();
    void paths();
    void setThenParseAgrees_data();
    void setThenParseAgrees();
    void setKeepsUntouchedSegmentsAndSeparators();
    void setCreatesSegmentsNextToTheirKind();
    void setRefusals_data();
    void setRefusals();
    void createBuildsAParsableMessage();
    void escapes_data();
    void escapes();
    void batchSplitting();
};

void tst_Hl7Message::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : Fixtures::names())
        QTest::newRow(qPrintable(name)) << name;
    QVERIFY2(Fixtures::names().size() >= 12, qPrintable(Fixtures::dir()));
}

void tst_Hl7Message::roundTripIsByteIdentical()
{
    QFETCH(QString, name);
    const QByteArray bytes = Fixtures::read(name);
    QVERIFY(!bytes.isEmpty());
    const QList<Hl7::BatchPart> parts = Hl7::splitBatch(bytes);
    QVERIFY(!parts.isEmpty());
    for (const Hl7::BatchPart &part : parts) {
        Hl7::Error error;
        const auto m = Hl7::Message::parse(part.bytes, &error);
        QVERIFY2(m, qPrintable(error.toString()));
        QCOMPARE(m->serialize(), part.bytes);
        QCOMPARE(m->segmentName(0), QByteArray("MSH"));
        // Re-encoding MSH (a set() that writes a value back unchanged) must not change a byte
        // either: the other segments and every separator are kept as written.
        Hl7::Message copy = *m;
        QVERIFY(copy.set(QStringLiteral("MSH-10"), m->get(u"MSH-10")->text()));
        QVERIFY(copy.isModified());
        QCOMPARE(copy.serialize(), part.bytes);
    }
    if (!name.startsWith(QLatin1String("batch")))
        QCOMPARE(parts.size(), 1);
}

void tst_Hl7Message::paths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Value::State>("state");
    QTest::addColumn<QString>("text");
    const auto V = Value::State::Valued;
    const auto E = Value::State::Empty;
    const auto A = Value::State::Absent;
    const auto N = Value::State::Null;
    struct Row
    {
        const char *name;
        const char *path;
        Value::State state;
        QString text;
    };
    const Row rows[] = {
        {"adt_a04.hl7", "MSH-1", V, QStringLiteral("|")},
        {"adt_a04.hl7", "MSH-2", V, QStringLiteral("^~\\&")},
        {"adt_a04.hl7", "MSH-3", V, QStringLiteral("EPIC")},
        {"adt_a04.hl7", "MSH-9", V, QStringLiteral("ADT")},
        {"adt_a04.hl7", "MSH-9-2", V, QStringLiteral("A04")},
        {"adt_a04.hl7", "MSH-9-3", V, QStringLiteral("ADT_A01")},
        {"adt_a04.hl7", "MSH-9-4", A, {}},
        {"adt_a04.hl7", "MSH-8", E, {}},
        {"adt_a04.hl7", "MSH-10", V, QStringLiteral("MSG00001")},
        {"adt_a04.hl7", "/PID-3-1", V, QStringLiteral("123456")},
        {"adt_a04.hl7", "PID-3(2)-1", V, QStringLiteral("987654321")},
        {"adt_a04.hl7", "PID-3(2)-5", V, QStringLiteral("SS")},
        {"adt_a04.hl7", "PID-3(3)-1", A, {}},
        {"adt_a04.hl7", "PID-5-1", V, QStringLiteral("Smith")},
        {"adt_a04.hl7", "PID-5-2", V, QStringLiteral("John")},
        {"adt_a04.hl7", "PID-5(2)-1", V, QStringLiteral("Smythe")},
        {"adt_a04.hl7", "PID-5(2)-3", E, {}},
        {"adt_a04.hl7", "PID-5(2)-7", V, QStringLiteral("A")},
        {"adt_a04.hl7", "PID-5(2)-8", A, {}},
        {"adt_a04.hl7", "PID-2", E, {}},
        {"adt_a04.hl7", "PID-11(1)-1-1", V, QStringLiteral("12 Main St")},
        {"adt_a04.hl7", "PID-11-2", V, QStringLiteral("Apt |3")},
        {"adt_a04.hl7", "PID-11(2)-1", V, QStringLiteral("PO Box 9")},
        {"adt_a04.hl7", "PID-16", V, QStringLiteral("M")},
        {"adt_a04.hl7", "PID-17", N, {}},
        {"adt_a04.hl7", "PID-17-1-1", N, {}},
        {"adt_a04.hl7", "PID-17-2", A, {}},
        {"adt_a04.hl7", "PID-18", V, QStringLiteral("ACCT001")},
        {"adt_a04.hl7", "PID-19", A, {}},
        {"adt_a04.hl7", "PID(2)-1", A, {}},
        {"adt_a04.hl7", "NK1-3-2", V, QStringLiteral("Spouse")},
        {"adt_a04.hl7", "ZPI-2", V, QStringLiteral("Prefers mornings & text reminders")},
        {"adt_a04.hl7", "ZPI-3", V, QStringLiteral("^VIP^")},
        {"adt_a04.hl7", "ZPI-4", V, QStringLiteral("R~D \\ Co")},
        {"adt_a04.hl7", "ZZZ-1", A, {}},
        {"adt_a08_lf.hl7", "PID-5-1", V, QStringLiteral("Müller")},
        {"adt_a08_lf.hl7", "PID-5-2", V, QStringLiteral("José")},
        {"adt_a08_lf.hl7", "PID-11-3", V, QStringLiteral("Zürich")},
        {"adt_a08_lf.hl7", "PV1-2", V, QStringLiteral("O")},
        {"adt_a08_lf.hl7", "MSH-18", A, {}},
        {"adt_a28_crlf.hl7", "PD1-3-1", V, QStringLiteral("Springfield Clinic")},
        {"adt_a28_crlf.hl7", "PID-8", V, QStringLiteral("F")},
        {"adt_a31_latin1.hl7", "PID-5-1", V, QStringLiteral("Peña")},
        {"adt_a31_latin1.hl7", "PID-5-2", V, QStringLiteral("Muñoz")},
        {"adt_a31_latin1.hl7", "MSH-18", V, QStringLiteral("8859/1")},
        {"adt_a40.hl7", "MSH-18", V, QStringLiteral("ASCII")},
        {"oru_r01.hl7", "MSH-18", V, QStringLiteral("UNICODE UTF-8")},
        {"adt_a04.hl7", "MSH-18", V, QStringLiteral("UNICODE UTF-8")},
        {"adt_a40.hl7", "MRG-1(2)-1", V, QStringLiteral("201")},
        {"adt_a40.hl7", "MRG-1(2)-5", V, QStringLiteral("PI")},
        {"adt_a40.hl7", "MRG-7-2", V, QStringLiteral("Janet")},
        {"siu_s12.hl7", "SCH-11-4", V, QStringLiteral("20261123093000")},
        {"siu_s12.hl7", "AIP-3-2", V, QStringLiteral("Welby")},
        {"siu_s12.hl7", "SCH-25", V, QStringLiteral("Booked")},
        {"siu_s13_star.hl7", "MSH-1", V, QStringLiteral("*")},
        {"siu_s13_star.hl7", "MSH-9-2", V, QStringLiteral("S13")},
        {"siu_s13_star.hl7", "SCH-11-4", V, QStringLiteral("20261124100000")},
        {"siu_s13_star.hl7", "NTE-3", V, QStringLiteral("Moved at patient's request * asterisk")},
        {"siu_s14_dollar.hl7", "MSH-2", V, QStringLiteral("$%#@")},
        {"siu_s14_dollar.hl7", "MSH-9-2", V, QStringLiteral("S14")},
        {"siu_s14_dollar.hl7", "PID-3(2)-1", V, QStringLiteral("777")},
        {"siu_s14_dollar.hl7", "PID-5-2", V, QStringLiteral("John")},
        {"siu_s14_dollar.hl7", "PID-5-2-2", V, QStringLiteral("Middle")},
        {"siu_s14_dollar.hl7", "NTE-3", V,
         QStringLiteral("Caret ^ tilde ~ and a literal $ dollar")},
        {"siu_s15_v27.hl7", "MSH-2", V, QStringLiteral("^~\\&#")},
        {"siu_s15_v27.hl7", "SCH-8", V, QStringLiteral("CANCEL")},
        {"siu_s15_v27.hl7", "NTE-3", V, QStringLiteral("Hash # kept")},
        {"siu_s26_noterm.hl7", "PID-5-2", V, QStringLiteral("John")},
        {"siu_s26_noterm.hl7", "SCH-8", V, QStringLiteral("NOSHOW")},
        {"oru_r01.hl7", "OBX(2)-5", V, QStringLiteral("5.4")},
        {"oru_r01.hl7", "OBX(2)-8", V, QStringLiteral("H")},
        {"oru_r01.hl7", "OBX(3)-5", V,
         QStringLiteral("Line one\nLine two \\H\\bold\\N\\ Hello done \\Zcustom\\ \\.sp2\\")},
        {"oru_r01.hl7", "OBX(4)-5", V,
         QStringLiteral("Bad \\Xzz\\ and \\X4\\ and \\Q\\ and dangling \\E")},
        {"oru_r01.hl7", "OBX(5)-5", N, {}},
        {"oru_r01.hl7", "OBX(6)-5", A, {}},
        {"oru_r01.hl7", "OBR-4-2", V, QStringLiteral("Comprehensive metabolic panel")},
        {"oru_r01.hl7", "ZLR-1-2", V, QStringLiteral("lab")},
        {"oru_r01.hl7", "ZLR-2", E, {}},
        {"oru_r01.hl7", "ZLR-3", V, QStringLiteral("x")},
    };
    for (const Row &r : rows)
        QTest::addRow("%s %s", r.name, r.path)
            << QString::fromLatin1(r.name) << QString::fromLatin1(r.path) << r.state << r.text;
}

void tst_Hl7Message::paths()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(Value::State, state);
    QFETCH(QString, text);
    Hl7::Error error;
    const auto m = Hl7::Message::parse(Fixtures::read(name), &error);
    QVERIFY2(m, qPrintable(error.toString()));
    const auto value = m->get(path, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(int(value->state()), int(state));
    QCOMPARE(value->text(), text);
}

void tst_Hl7Message::setThenParseAgrees_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    const QString tricky = QStringLiteral("a|b^c~d\\e&f\ng #$%@* \"\" ü");
    for (const QString &name :
         {QStringLiteral("adt_a04.hl7"), QStringLiteral("adt_a08_lf.hl7"),
          QStringLiteral("siu_s13_star.hl7"), QStringLiteral("siu_s14_dollar.hl7"),
          QStringLiteral("siu_s15_v27.hl7"), QStringLiteral("siu_s26_noterm.hl7")}) {
        for (const char *path : {"PID-5-1", "PID-5-2", "PID-3(2)-4-2", "PID-3(4)-1", "PID-30",
                                 "PID-11(1)-1-1", "ZAB(2)-3(2)-2-2", "NTE-3", "MSH-10", "PV1-2"}) {
            QTest::addRow("%s %s tricky", qPrintable(name), path)
                << name << QString::fromLatin1(path) << tricky;
            QTest::addRow("%s %s empty", qPrintable(name), path)
                << name << QString::fromLatin1(path) << QString();
        }
    }
    QTest::newRow("literal quotes stay a value")
        << QStringLiteral("oru_r01.hl7") << QStringLiteral("OBX(5)-5") << QStringLiteral("\"\"");
    QTest::newRow("latin-1 value") << QStringLiteral("adt_a31_latin1.hl7")
                                   << QStringLiteral("PID-5-1") << QStringLiteral("Ibáñez");
}

void tst_Hl7Message::setThenParseAgrees()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(QString, text);
    auto m = Hl7::Message::parse(Fixtures::read(name));
    QVERIFY(m);
    const Hl7::Message before = *m;
    Hl7::Error error;
    QVERIFY2(m->set(path, text, &error), qPrintable(error.toString()));
    QCOMPARE(m->get(path)->text(), text);
    const QByteArray bytes = m->serialize();
    const auto reparsed = Hl7::Message::parse(bytes, &error);
    QVERIFY2(reparsed, qPrintable(error.toString() + QLatin1Char('\n') + QString::fromUtf8(bytes)));
    const Value value = *reparsed->get(path);
    QCOMPARE(value.text(), text);
    QCOMPARE(int(value.state()), int(text.isEmpty() ? Value::State::Empty : Value::State::Valued));
    // Everything else reads as before; elements that were absent may now exist, empty, because
    // later ones were added.
    for (const char *other : {"MSH-9-1", "MSH-9-2", "PID-3-1", "PID-7", "SCH-1", "OBX(2)-5"}) {
        if (QLatin1String(other) == path)
            continue;
        const Value was = *before.get(QString::fromLatin1(other));
        const Value now = *reparsed->get(QString::fromLatin1(other));
        QVERIFY2(now == was || (was.isAbsent() && now.state() == Value::State::Empty), other);
    }
    QCOMPARE(reparsed->delimiters().encodingCharacters(), before.delimiters().encodingCharacters());
}

void tst_Hl7Message::setKeepsUntouchedSegmentsAndSeparators()
{
    const QByteArray crlf = Fixtures::read(QStringLiteral("adt_a28_crlf.hl7"));
    auto m = Hl7::Message::parse(crlf);
    QVERIFY(m);
    QVERIFY(m->set(QStringLiteral("PID-5-1"), QStringLiteral("Tran")));
    QByteArray expected = crlf;
    expected.replace("Nguyen^Li", "Tran^Li");
    QCOMPARE(m->serialize(), expected);

    // A message that ended without a separator gets one before an added segment.
    auto open = Hl7::Message::parse(Fixtures::read(QStringLiteral("siu_s26_noterm.hl7")));
    QVERIFY(open);
    QVERIFY(open->set(QStringLiteral("ZXY-1"), QStringLiteral("z")));
    QVERIFY(open->serialize().endsWith("PID|1||123456^^^HOSP^MR||Smith^John\rZXY|z\r"));
}

void tst_Hl7Message::setCreatesSegmentsNextToTheirKind()
{
    auto m = Hl7::Message::parse(Fixtures::read(QStringLiteral("oru_r01.hl7")));
    QVERIFY(m);
    QVERIFY(m->set(QStringLiteral("OBX(7)-5"), QStringLiteral("seven")));
    QCOMPARE(m->occurrences("OBX"), 7);
    QCOMPARE(m->segmentName(9), QByteArray("OBX"));
    QCOMPARE(m->segmentName(10), QByteArray("NTE"));
    QCOMPARE(m->get(u"OBX(6)-1")->state(), Value::State::Empty);
    QCOMPARE(m->get(u"OBX(6)-2")->state(), Value::State::Absent);
    QCOMPARE(m->get(u"OBX(7)-5")->text(), QStringLiteral("seven"));
    QVERIFY(m->setNull(*Hl7::Path::parse(u"OBX(2)-5")));
    const auto reparsed = Hl7::Message::parse(m->serialize());
    QVERIFY(reparsed);
    QVERIFY(reparsed->get(u"OBX(2)-5")->isNull());
    QCOMPARE(reparsed->get(u"OBX(2)-6")->text(), QStringLiteral("mmol/L"));
    QVERIFY(reparsed->serialize().contains("OBX|\rOBX|||||seven\rNTE|"));
}

void tst_Hl7Message::setRefusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("MSH-1") << QStringLiteral("MSH-1") << QStringLiteral("#")
                           << QStringLiteral("fixed");
    QTest::newRow("MSH-2") << QStringLiteral("MSH-2") << QStringLiteral("^~\\&")
                           << QStringLiteral("fixed");
    QTest::newRow("MSH-18") << QStringLiteral("MSH-18") << QStringLiteral("ASCII")
                            << QStringLiteral("fixed");
    QTest::newRow("second MSH") << QStringLiteral("MSH(2)-3") << QStringLiteral("x")
                                << QStringLiteral("one MSH");
    QTest::newRow("bad path") << QStringLiteral("PID-0") << QStringLiteral("x")
                              << QStringLiteral("field number");
    QTest::newRow("not in ASCII") << QStringLiteral("PID-5-1") << QStringLiteral("Müller")
                                  << QStringLiteral("ASCII");
    QTest::newRow("too many segments")
        << QStringLiteral("OBX(9999)-1") << QStringLiteral("x") << QStringLiteral("limit");
}

void tst_Hl7Message::setRefusals()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    QFETCH(QString, why);
    auto m = Hl7::Message::parse(Fixtures::read(QStringLiteral("adt_a40.hl7")), nullptr,
                                 Hl7::ParseLimits{1 << 20, 100, 10000});
    QVERIFY(m);
    Hl7::Error error;
    QVERIFY(!m->set(path, text, &error));
    QVERIFY2(error.message.contains(why), qPrintable(error.message));
    QVERIFY(!m->isModified());
}

void tst_Hl7Message::createBuildsAParsableMessage()
{
    Hl7::Delimiters d;
    d.field = '*';
    Hl7::Message m = Hl7::Message::create(d, Hl7::Charset::Latin1);
    QVERIFY(m.set(QStringLiteral("MSH-9-1"), QStringLiteral("ADT")));
    QVERIFY(m.set(QStringLiteral("MSH-9-2"), QStringLiteral("A04")));
    QVERIFY(m.set(QStringLiteral("MSH-12"), QStringLiteral("2.5.1")));
    QVERIFY(m.set(QStringLiteral("PID-5-1"), QStringLiteral("Ñandú")));
    const QByteArray bytes = m.serialize();
    QCOMPARE(bytes, QByteArray("MSH*^~\\&*******ADT^A04***2.5.1******8859/1\rPID*****"
                               "\xd1"
                               "and\xfa\r"));
    const auto reparsed = Hl7::Message::parse(bytes);
    QVERIFY(reparsed);
    QCOMPARE(reparsed->charset(), Hl7::Charset::Latin1);
    QCOMPARE(reparsed->get(u"PID-5")->text(), QStringLiteral("Ñandú"));
}

void tst_Hl7Message::escapes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("delimiters") << QByteArray("\\F\\\\S\\\\T\\\\R\\\\E\\") << QByteArray("|^&~\\");
    QTest::newRow("hex") << QByteArray("\\X0D0A\\") << QByteArray("\r\n");
    QTest::newRow("hex lower") << QByteArray("\\Xc3bc\\") << QByteArray("\xc3\xbc");
    QTest::newRow("line break") << QByteArray("a\\.br\\b") << QByteArray("a\nb");
    QTest::newRow("formatting kept")
        << QByteArray("\\.sp3\\\\.in+4\\\\H\\x\\N\\") << QByteArray("\\.sp3\\\\.in+4\\\\H\\x\\N\\");
    QTest::newRow("Z kept") << QByteArray("\\Zabc\\") << QByteArray("\\Zabc\\");
    QTest::newRow("odd hex kept") << QByteArray("\\X123\\") << QByteArray("\\X123\\");
    QTest::newRow("bad hex kept") << QByteArray("\\XGG\\") << QByteArray("\\XGG\\");
    QTest::newRow("empty sequence") << QByteArray("a\\\\b") << QByteArray("a\\\\b");
    QTest::newRow("unterminated") << QByteArray("ends \\F") << QByteArray("ends \\F");
    QTest::newRow("no truncation char") << QByteArray("\\P\\") << QByteArray("\\P\\");
    QTest::newRow("lone escape") << QByteArray("\\") << QByteArray("\\");
}

void tst_Hl7Message::escapes()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, decoded);
    const Hl7::Delimiters d;
    QCOMPARE(Hl7::unescape(raw, d), decoded);
    // Whatever a value holds, escaping then unescaping gives it back.
    QCOMPARE(Hl7::unescape(Hl7::escape(decoded, d), d), decoded);
    QVERIFY(!Hl7::escape(decoded, d).contains('|'));
    QVERIFY(!Hl7::escape(decoded, d).contains('\r'));

    // Found by the fuzzer: with '.' as a delimiter a line feed cannot be written as \.br\.
    Hl7::Delimiters dotted;
    dotted.subcomponent = '.';
    const QByteArray escaped = Hl7::escape(decoded + "\n.", dotted);
    QVERIFY(!escaped.contains('.'));
    QCOMPARE(Hl7::unescape(escaped, dotted), decoded + "\n.");
}

void tst_Hl7Message::batchSplitting()
{
    const QByteArray file = Fixtures::read(QStringLiteral("batch_fhs.hl7"));
    const QList<Hl7::BatchPart> parts = Hl7::splitBatch(file);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(Hl7::Message::parse(parts[0].bytes)->get(u"MSH-10")->text(), QStringLiteral("B1"));
    QCOMPARE(Hl7::Message::parse(parts[0].bytes)->occurrences("OBX"), 1);
    QCOMPARE(Hl7::Message::parse(parts[1].bytes)->get(u"PID-5-1")->text(), QStringLiteral("Two"));
    QCOMPARE(file.mid(parts[1].offset, 4), QByteArray("MSH|"));

    // Messages back to back with blank lines between them, \n separated.
    const QByteArray plain =
        "MSH|^~\\&|||||||ADT^A08|1|P|2.5\nPID|1\n\n\nMSH|^~\\&|||||||ADT^A08|2|"
        "P|2.5\nPID|2\n";
    const QList<Hl7::BatchPart> two = Hl7::splitBatch(plain);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].bytes, QByteArray("MSH|^~\\&|||||||ADT^A08|1|P|2.5\nPID|1\n\n\n"));

    // Stray text before the first message is a part of its own, which does not parse.
    const QList<Hl7::BatchPart> stray = Hl7::splitBatch("garbage\r" + plain);
    QCOMPARE(stray.size(), 3);
    Hl7::Error error;
    QVERIFY(!Hl7::Message::parse(stray[0].bytes, &error));
    QCOMPARE(error.position, 0);
    QVERIFY(Hl7::splitBatch("").isEmpty());
    QVERIFY(Hl7::splitBatch("\r\n\r\n").isEmpty());
}

QTEST_GUILESS_MAIN(tst_Hl7Message)
#include "tst_hl7message.moc"
