#include "connectors/hl7/batch.h"
#include "connectors/hl7/message.h"
#include "tests/connectors/hl7/hl7fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;
namespace Fixtures = Test::Hl7Fixtures;

Q_DECLARE_METATYPE(Hl7::Charset)

// An independent implementation, Debian's python3-hl7, reads what we serialize and must find
// the same values at the same places. It is a required part of the suite: when python3-hl7 is
// missing the test fails and says how to install it.
class tst_Hl7Interop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixturesAgree_data();
    void fixturesAgree();
    void builtMessagesAgree_data();
    void builtMessagesAgree();

private:
    void compareWithPython(const Hl7::Message &message, const QString &label);

    QString m_python;
    QTemporaryDir m_dir;
};

void tst_Hl7Interop::initTestCase()
{
    for (const QString &candidate :
         {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import hl7")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0) {
            m_python = candidate;
            break;
        }
    }
    QVERIFY2(!m_python.isEmpty(),
             "python3-hl7 is missing: no python3 can 'import hl7'. Install it with "
             "'apt-get install python3-hl7' (scripts/setup.sh --tests does).");
    QVERIFY(m_dir.isValid());
}

void tst_Hl7Interop::compareWithPython(const Hl7::Message &message, const QString &label)
{
    // Every element up to a generous depth in each segment, present or not.
    QStringList paths;
    QList<Hl7::Path> parsed;
    QHash<QByteArray, int> seen;
    for (int s = 0; s < message.segmentCount(); ++s) {
        const QByteArray name = message.segmentName(s);
        const int occurrence = ++seen[name];
        for (int f = 1; f <= 26; ++f) {
            for (int r = 1; r <= 2; ++r) {
                for (int c = 1; c <= 7; ++c) {
                    for (int sub = 1; sub <= 2; ++sub) {
                        Hl7::Path p{name, occurrence, f, r, c, sub};
                        paths << QStringLiteral("%1(%2)-%3(%4)-%5-%6")
                                     .arg(QString::fromLatin1(name))
                                     .arg(occurrence)
                                     .arg(f)
                                     .arg(r)
                                     .arg(c)
                                     .arg(sub);
                        parsed << p;
                    }
                }
            }
        }
    }
    const QString file = m_dir.filePath(QStringLiteral("message.hl7"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(message.serialize());
    }
    QProcess p;
    p.start(m_python,
            QStringList{QStringLiteral(AMBULO_HL7_TEST_DIR "/hl7values.py"), file,
                        message.charset() == Hl7::Charset::Utf8 ? QStringLiteral("utf-8")
                                                                : QStringLiteral("latin-1")}
                + paths);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray theirs = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(theirs.size(), paths.size());
    int compared = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Hl7::Value ours = message.get(parsed[i]);
        const QJsonValue their = theirs[i];
        const QString where = label + QLatin1Char(' ') + paths[i];
        switch (ours.state()) {
        case Hl7::Value::State::Absent:
            QVERIFY2(their.isNull() || their.toString().isEmpty(),
                     qPrintable(where + QStringLiteral(": python3-hl7 found ") + their.toString()));
            break;
        case Hl7::Value::State::Empty:
            QVERIFY2(their.isString() && their.toString().isEmpty(), qPrintable(where));
            ++compared;
            break;
        case Hl7::Value::State::Null:
            QCOMPARE(their.toString(), QStringLiteral("\"\""));
            ++compared;
            break;
        case Hl7::Value::State::Valued: {
            // python3-hl7 maps formatting escapes (\H\, \.sp\, ...) to its own stand-ins, where we
            // keep them verbatim, and drops v2.7's \P\ (truncation character); values holding
            // either are not comparable.
            const Hl7::Delimiters &d = message.delimiters();
            const bool truncation =
                d.truncation != 0 && ours.text().contains(QLatin1Char(d.truncation));
            if (parsed[i].segment == "MSH" && parsed[i].field <= 2) {
                QCOMPARE(their.toString(), ours.text());
            } else if (!ours.text().contains(QLatin1Char(d.escape)) && !truncation) {
                QString text = their.toString();
                text.replace(QLatin1Char('\r'), QLatin1Char('\n')); // its \.br\ is a CR
                QVERIFY2(text == ours.text(),
                         qPrintable(where + QStringLiteral(": ours '") + ours.text()
                                    + QStringLiteral("', python3-hl7 '") + text
                                    + QLatin1Char('\'')));
            }
            ++compared;
            break;
        }
        }
    }
    QVERIFY(compared > 20);
}

void tst_Hl7Interop::fixturesAgree_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : Fixtures::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Hl7Interop::fixturesAgree()
{
    QFETCH(QString, name);
    for (const Hl7::BatchPart &part : Hl7::splitBatch(Fixtures::read(name))) {
        const auto m = Hl7::Message::parse(part.bytes);
        QVERIFY(m);
        compareWithPython(*m, name);
    }
}

void tst_Hl7Interop::builtMessagesAgree_data()
{
    QTest::addColumn<char>("field");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<Hl7::Charset>("charset");
    QTest::newRow("default") << '|' << QByteArray("^~\\&") << Hl7::Charset::Utf8;
    QTest::newRow("star, latin-1") << '*' << QByteArray("^~\\&") << Hl7::Charset::Latin1;
    QTest::newRow("dollar") << '|' << QByteArray("$%#@") << Hl7::Charset::Utf8;
}

void tst_Hl7Interop::builtMessagesAgree()
{
    QFETCH(char, field);
    QFETCH(QByteArray, encoding);
    QFETCH(Hl7::Charset, charset);
    Hl7::Delimiters d;
    d.field = field;
    d.component = encoding[0];
    d.repetition = encoding[1];
    d.escape = encoding[2];
    d.subcomponent = encoding[3];
    Hl7::Message m = Hl7::Message::create(d, charset);
    const QList<std::pair<const char *, QString>> values{
        {"MSH-3", QStringLiteral("AMBULO")},
        {"MSH-9-1", QStringLiteral("SIU")},
        {"MSH-9-2", QStringLiteral("S12")},
        {"MSH-10", QStringLiteral("CTRL-1")},
        {"MSH-12", QStringLiteral("2.5.1")},
        {"SCH-1-1", QStringLiteral("A|1^2~3\\4&5")},
        {"SCH-7-2", QStringLiteral("Line one\nLine two")},
        {"PID-3(1)-1", QStringLiteral("123")},
        {"PID-3(3)-1", QStringLiteral("789")},
        {"PID-3(3)-4-2", QStringLiteral("HOSP.ORG")},
        {"PID-5-1", QStringLiteral("Müñoz-O'Brien")},
        {"PID-5-2", QStringLiteral("Zoë")},
        {"PID-13-4", QStringLiteral("a@example.org")},
        {"NTE(2)-3", QStringLiteral("$%#@*| every delimiter anyone uses")},
        {"ZAB-2-3-2", QStringLiteral("deep")},
        {"OBX(2)-5", QStringLiteral("\"\"")},
    };
    for (const auto &[path, text] : values) {
        Hl7::Error error;
        QVERIFY2(m.set(QString::fromLatin1(path), text, &error), qPrintable(error.toString()));
    }
    QVERIFY(m.setNull(*Hl7::Path::parse(u"PID-8")));
    const auto reparsed = Hl7::Message::parse(m.serialize());
    QVERIFY(reparsed);
    for (const auto &[path, text] : values)
        QCOMPARE(reparsed->get(QString::fromLatin1(path))->text(), text);
    compareWithPython(*reparsed, QStringLiteral("built"));
}

QTEST_GUILESS_MAIN(tst_Hl7Interop)
#include "tst_hl7interop.moc"
