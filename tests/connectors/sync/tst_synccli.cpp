// `ambulo sync` on the command line, against a real FHIR server: a continuous run stops at once
// and cleanly on SIGTERM; bad input, or a server that does not answer, ends a run with its exit
// code and message, nothing sent or recorded; and a run killed in the middle of its push loses
// and duplicates nothing at the next one.

#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/sync/syncengine.h"
#include "tests/connectors/sync/patientsynctest.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Ambulo;
namespace PatientResource = Fhir::PatientResource;

class TestSyncCli : public Test::PatientSyncTest
{
    Q_OBJECT

private slots:
    void continuousRunStopsOnSigterm();
    void commandLineRefusesBadInput_data();
    void commandLineRefusesBadInput();
    void sigkillDuringPushLosesAndDuplicatesNothing();
};

void TestSyncCli::continuousRunStopsOnSigterm()
{
    const QString mrn = m_a->registerPatient("Quinn", "Tess");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("AMBULO_PASSWORD", Test::AdminPassword);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("AMBULO_BIN"),
            {"--data", m_a->store.dataDir(), "--key-file", m_a->store.keyFile(), "--user",
             Test::AdminName, "sync", "--server", base().toString(), "--interval", "0.2"});
    p.closeWriteChannel();
    QVERIFY(p.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(serverPatients().size(), 1, 30000);
    // The round that pushed it has ended (its pull too) once it says so.
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("pushed 1"), 30000);
    QCOMPARE(p.state(), QProcess::Running); // keeps going after a round
    // A later round's pull waits for a page the server holds back for a minute: SIGTERM stops
    // it at once, as a stop and not as a failed round.
    injectFault({{"mode", "delay"}, {"delayMs", 60000}, {"match", "Patient?"}, {"method", "GET"}});
    QTRY_VERIFY_WITH_TIMEOUT(server("POST", "/$fault", {{"count", 0}}).value("queued").toInt() == 0,
                             30000);
    QTest::qWait(300);
    QElapsedTimer stopping;
    stopping.start();
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    out += p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(out) + err));
    QVERIFY2(!err.contains("failed"), qPrintable(err));
    QCOMPARE(m_a->state(mrn), QStringLiteral("synced"));
}

void TestSyncCli::sigkillDuringPushLosesAndDuplicatesNothing()
{
    const int count = 30;
    for (int i = 0; i < count; ++i)
        QVERIFY(
            !m_a->registerPatient(QStringLiteral("Kill%1").arg(QChar(u'A' + i)), "Test").isEmpty());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("AMBULO_PASSWORD", Test::AdminPassword);
    p.setProcessEnvironment(env);
    const QStringList store{"--data", m_a->store.dataDir(), "--key-file", m_a->store.keyFile(),
                            "--user", Test::AdminName};
    p.start(qEnvironmentVariable("AMBULO_BIN"),
            store + QStringList{"sync", "--server", base().toString(), "--interval", "60"});
    p.closeWriteChannel();
    QVERIFY(p.waitForStarted(10000));
    // Killed in the middle of the push.
    QTRY_VERIFY_WITH_TIMEOUT(serverPatients().size() >= 5, 30000);
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    const qsizetype atKill = serverPatients().size();
    QVERIFY2(atKill < count, "the push finished before the kill; make it longer");

    auto [code, out, err] =
        Test::runAmbulo(m_a->store, {"sync", "--server", base().toString(), "--once"});
    QVERIFY2(code == 0, qPrintable(out + err));
    QSet<QString> mrns;
    for (const QJsonObject &resource : serverPatients())
        mrns.insert(PatientResource::fromFhir(resource, m_a->engine->mrnSystem())->mrn);
    QCOMPARE(serverPatients().size(), count);
    QCOMPARE(mrns.size(), count);
    QCOMPARE(m_a->patientCount(), count);
    for (const QString &mrn : std::as_const(mrns))
        QCOMPARE(m_a->state(mrn), QStringLiteral("synced"));
}

void TestSyncCli::commandLineRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("no server") << QStringList{"sync", "--once"} << 2 << "--server URL";
    QTest::newRow("not http") << QStringList{"sync", "--server", "ftp://x/fhir", "--once"} << 2
                              << "http(s) URL";
    QTest::newRow("unknown subcommand") << QStringList{"sync", "push"} << 2 << "status, resolve";
    QTest::newRow("resolve without id")
        << QStringList{"sync", "resolve", "--keep", "local", "--server", "http://127.0.0.1:1/"} << 2
        << "conflict ID";
    QTest::newRow("resolve without side")
        << QStringList{"sync", "resolve", "4", "--server", "http://127.0.0.1:1/"} << 2
        << "--keep local";
    QTest::newRow("missing token file")
        << QStringList{"sync",         "--server",       "http://127.0.0.1:1/",
                       "--token-file", "/nonexistent/t", "--once"}
        << 1 << "/nonexistent/t";
    QTest::newRow("server down") << QStringList{"sync", "--server", "http://127.0.0.1:1/fhir/R4",
                                                "--once"}
                                 << 1 << "temporary; nothing is lost";
    QTest::newRow("no open conflict") << QStringList{"sync",
                                                     "resolve",
                                                     "99",
                                                     "--keep",
                                                     "server",
                                                     "--server",
                                                     "http://127.0.0.1:1/"}
                                      << 1 << "no open conflict 99";
}

void TestSyncCli::commandLineRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString mrn = m_a->registerPatient("Usage", "Una");
    auto [code, out, err] = Test::runAmbulo(m_a->store, args);
    QVERIFY2(code == exitCode, qPrintable(out + err));
    QVERIFY2(err.contains(says), qPrintable(err));
    QCOMPARE(m_a->state(mrn), QString()); // nothing sent, nothing recorded
    QVERIFY(serverPatients().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
