#include "tests/connectors/hl7/hl7fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;
namespace Fixtures = Test::Hl7Fixtures;

// `ambulo hl7 get` as a script would run it: the real binary, its output and exit codes.
class tst_Hl7Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void values();
    void exitCodes_data();
    void exitCodes();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);

    QString m_bin;
    QTemporaryDir m_dir;
};

void tst_Hl7Cli::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
    QVERIFY(m_dir.isValid());
}

tst_Hl7Cli::Run tst_Hl7Cli::run(const QStringList &args)
{
    QProcess p;
    p.start(m_bin, args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString tst_Hl7Cli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void tst_Hl7Cli::values()
{
    const QString file = QDir(Fixtures::dir()).filePath(QStringLiteral("adt_a04.hl7"));
    const Run r =
        run({QStringLiteral("hl7"), QStringLiteral("get"), file, QStringLiteral("PID-5-1"),
             QStringLiteral("PID-3(2)-1"), QStringLiteral("PID-20"), QStringLiteral("PID-17"),
             QStringLiteral("MSH-9-2"), QStringLiteral("PID-11-2"), QStringLiteral("MSH-2"),
             QStringLiteral("PID-2")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("Smith\n987654321\n\n\"\"\nA04\nApt |3\n^~\\&\n\n"));
    QVERIFY(r.err.isEmpty());

    const Run latin1 = run({QStringLiteral("hl7"), QStringLiteral("get"),
                            QDir(Fixtures::dir()).filePath(QStringLiteral("adt_a31_latin1.hl7")),
                            QStringLiteral("PID-5-1")});
    QCOMPARE(latin1.out, QStringLiteral("Peña\n"));

    // One message inside a batch envelope is still one message.
    const QByteArray one = "FHS|^~\\&\rBHS|^~\\&\rMSH|^~\\&|A||||||ADT^A08|9|P|2.5\rPID|1||7\r"
                           "BTS|1\rFTS|1\r";
    const Run batch = run({QStringLiteral("hl7"), QStringLiteral("get"),
                           write(QStringLiteral("one.hl7"), one), QStringLiteral("PID-3")});
    QCOMPARE(batch.code, 0);
    QCOMPARE(batch.out, QStringLiteral("7\n"));
}

void tst_Hl7Cli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    const QByteArray good = Fixtures::read(QStringLiteral("siu_s12.hl7"));
    QTest::newRow("no path") << QStringList{QStringLiteral("get"), QStringLiteral("@")} << good << 2
                             << QStringLiteral("at least one PATH");
    QTest::newRow("no subcommand") << QStringList{} << good << 2 << QStringLiteral("subcommand");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("put")} << good << 2
                                        << QStringLiteral("unknown hl7 subcommand");
    QTest::newRow("bad path") << QStringList{QStringLiteral("get"), QStringLiteral("@"),
                                             QStringLiteral("PID-5"), QStringLiteral("PID.5")}
                              << good << 2 << QStringLiteral("bad path 'PID.5'");
    QTest::newRow("bad path wins over bad file")
        << QStringList{QStringLiteral("get"), QStringLiteral("@"), QStringLiteral("pid-5")}
        << QByteArray("garbage") << 2 << QStringLiteral("bad path");
    QTest::newRow("missing file") << QStringList{QStringLiteral("get"),
                                                 QStringLiteral("/nonexistent/x.hl7"),
                                                 QStringLiteral("PID-5")}
                                  << good << 1 << QStringLiteral("cannot read");
    QTest::newRow("not HL7") << QStringList{QStringLiteral("get"), QStringLiteral("@"),
                                            QStringLiteral("PID-5")}
                             << QByteArray("%PDF-1.4\n\x01\x02") << 1
                             << QStringLiteral("at byte 0: expected 'MSH'");
    QTest::newRow("empty file") << QStringList{QStringLiteral("get"), QStringLiteral("@"),
                                               QStringLiteral("PID-5")}
                                << QByteArray() << 1 << QStringLiteral("empty");
    QTest::newRow("truncated") << QStringList{QStringLiteral("get"), QStringLiteral("@"),
                                              QStringLiteral("PID-5")}
                               << good.left(20) << 1 << QStringLiteral("at byte 20: MSH ends");
    QTest::newRow("text before the message")
        << QStringList{QStringLiteral("get"), QStringLiteral("@"), QStringLiteral("PID-5")}
        << QByteArray("Subject: lab results\r\n") + good << 1
        << QStringLiteral("at byte 0: expected 'MSH'");
    QTest::newRow("two messages") << QStringList{QStringLiteral("get"), QStringLiteral("@"),
                                                 QStringLiteral("PID-5")}
                                  << good + good << 1 << QStringLiteral("holds 2 messages");
    QTest::newRow("binary in second segment")
        << QStringList{QStringLiteral("get"), QStringLiteral("@"), QStringLiteral("PID-5")}
        << QByteArray(good).insert(good.indexOf("SCH|") + 2, '\x01') << 1
        << QStringLiteral("at byte %1: unexpected control byte 0x01").arg(good.indexOf("SCH|") + 2);
}

void tst_Hl7Cli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, error);
    const QString file = write(QStringLiteral("input.hl7"), content);
    args.replaceInStrings(QStringLiteral("@"), file);
    const Run r = run(QStringList{QStringLiteral("hl7")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Hl7Cli)
#include "tst_hl7cli.moc"
