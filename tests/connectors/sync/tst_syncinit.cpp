#include "app/modulecatalog.h"
#include "app/syncsetup.h"
#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/store/database.h"
#include "tests/support/peerprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Ambulo;
namespace PatientResource = Fhir::PatientResource;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);
const QString Admin = QStringLiteral("founder");
const QString Password = QStringLiteral("founder-password-1");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

// `ambulo init --from-server`: a new workstation's store made as `init` makes it, then filled
// with everything a real FHIR server (tests/peers/fhir_server.mjs) holds; interrupted or refused
// pulls leave a usable store that `ambulo sync` completes, with nothing lost or duplicated.
class TestSyncInit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fromServerPullsEverything();
    void interruptedPullIsCompletedBySync_data();
    void interruptedPullIsCompletedBySync();
    void failedPullLeavesAUsableStore_data();
    void failedPullLeavesAUsableStore();
    void refusedOptionsCreateNothing_data();
    void refusedOptionsCreateNothing();

private:
    QJsonObject server(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QList<QJsonObject> serverPatients();
    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_server.port()));
    }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString keyFile() const { return m_dir->filePath(QStringLiteral("store.key")); }
    QStringList storeArgs() const
    {
        return {"--data", dataDir(), "--key-file", keyFile(), "--user", Admin};
    }
    QStringList initArgs(const QString &server) const
    {
        return storeArgs() + QStringList{"init", "--practice",    "Init Practice", "--admin",
                                         Admin,  "--from-server", server};
    }
    void start(QProcess &p, const QStringList &args);
    Run run(const QStringList &args);
    void seed(int count, int start, bool withMrn);
    // The store's patients equal the server's: one local record per server resource, no more,
    // and a few of them field by field.
    void verifyCacheEqualsServer();

    Test::PeerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncInit::initTestCase()
{
    QVERIFY2(m_server.start("node", {Peers + "/fhir_server.mjs"}), qPrintable(m_server.error()));
}

void TestSyncInit::init()
{
    server("POST", "/$reset");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestSyncInit::server(const QByteArray &verb, const QString &path,
                                 const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QList<QJsonObject> TestSyncInit::serverPatients()
{
    QList<QJsonObject> out;
    const QJsonObject bundle = server("GET", "/fhir/R4/Patient?_count=5000");
    for (const QJsonValue &entry : bundle.value("entry").toArray())
        out.append(entry["resource"].toObject());
    return out;
}

void TestSyncInit::start(QProcess &p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("AMBULO_PASSWORD", Password);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("AMBULO_BIN"), args);
    p.closeWriteChannel();
}

Run TestSyncInit::run(const QStringList &args)
{
    QProcess p;
    start(p, args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestSyncInit::seed(int count, int start, bool withMrn)
{
    QJsonObject request{{"count", count}, {"start", start}};
    if (withMrn)
        request.insert("mrnSystem", PatientResource::mrnSystem({}));
    QCOMPARE(server("POST", "/$seed", request).value("created").toInt(), count);
}

void TestSyncInit::verifyCacheEqualsServer()
{
    const QList<QJsonObject> onServer = serverPatients();
    QVERIFY(!onServer.isEmpty());
    auto store = Core::Store::open({dataDir(), keyFile()}, App::ModuleCatalog::migrations());
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    Core::Services services(*store.value(), QStringLiteral("check"));
    QVERIFY(services.users().signIn(Admin, Password));
    Core::Database &db = store.value()->db();

    Core::Query count = db.query(QStringLiteral("SELECT count(*) FROM patients"));
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), onServer.size());
    Core::Query mapped = db.query(QStringLiteral(
        "SELECT count(*), count(DISTINCT server_id), count(DISTINCT local_id) FROM sync_record "
        "WHERE resource_type = 'Patient' AND state = 'synced'"));
    QVERIFY(mapped.next());
    QCOMPARE(mapped.integer(0), onServer.size());
    QCOMPARE(mapped.integer(1), onServer.size());
    QCOMPARE(mapped.integer(2), onServer.size());

    Sync::SyncStore syncStore(db);
    const QString system = PatientResource::mrnSystem({});
    QSet<QString> mrns;
    for (qsizetype i = 0; i < onServer.size(); ++i) {
        const QJsonObject &resource = onServer[i];
        auto remote = PatientResource::fromFhir(resource, system);
        QVERIFY(remote);
        QVERIFY2(!remote->mrn.isEmpty(), "every record carries its MRN after the sync");
        mrns.insert(remote->mrn);
        auto map = syncStore.recordByServerId(QStringLiteral("Patient"), resource["id"].toString());
        QVERIFY(map && map->has_value());
        QCOMPARE(map->value().versionId, resource["meta"]["versionId"].toString());
        if (i % 37 != 0 && i != onServer.size() - 1)
            continue; // a spot check of every 37th and the last
        auto local = services.patients().open(map->value().localId);
        QVERIFY(local);
        QCOMPARE(local->mrn, remote->mrn);
        QCOMPARE(local->family, remote->family);
        QCOMPARE(local->given, remote->given);
        QCOMPARE(local->birthDate, remote->birthDate);
        QCOMPARE(local->sex, remote->sex);
        QCOMPARE(local->phoneHome, remote->phoneHome);
        QCOMPARE(local->addressLine, remote->addressLine);
    }
    QCOMPARE(mrns.size(), onServer.size()); // no number given twice
    services.users().signOut();
}

void TestSyncInit::fromServerPullsEverything()
{
    seed(240, 0, true);
    seed(60, 240, false); // registered elsewhere, without our MRN
    const Run r = run(initArgs(base().toString()));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains("Created the store for Init Practice"), qPrintable(r.out));
    QVERIFY2(r.out.contains("pulled 300"), qPrintable(r.out));

    // The records without our MRN were numbered here; the next sync gives the server the numbers
    // and makes nothing new.
    const Run sync =
        run(storeArgs() + QStringList{"sync", "--server", base().toString(), "--once"});
    QVERIFY2(sync.code == 0, qPrintable(sync.out + sync.err));
    QVERIFY2(sync.out.contains("pushed 60, pulled"), qPrintable(sync.out));
    QCOMPARE(serverPatients().size(), 300);
    verifyCacheEqualsServer();
}

void TestSyncInit::interruptedPullIsCompletedBySync_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGKILL") << int(SIGKILL);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestSyncInit::interruptedPullIsCompletedBySync()
{
    QFETCH(int, signal);
    seed(350, 0, true);
    // The third page (pages of 100) is held back a minute: the process is killed while it waits,
    // two pages applied. A first pull keeps its group open for a late page up to the group's
    // time (App::firstSyncOptions, 1 s), then commits what it has.
    server("POST", "/$fault",
           {{"mode", "delay"}, {"delayMs", 60000}, {"match", "_offset=200"}, {"method", "GET"}});
    QProcess p;
    start(p, initArgs(base().toString()));
    QVERIFY(p.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(server("POST", "/$fault", {{"count", 0}}).value("queued").toInt() == 0,
                             30000);
    QTest::qWait(2000);
    QElapsedTimer stopping;
    stopping.start();
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(20000));
    // SIGTERM too stops it at once: the page it waits for is given up, not awaited.
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (signal == SIGKILL) {
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    } else {
        // It says how to finish.
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(err));
        QVERIFY2(err.contains("interrupted") && err.contains("ambulo sync"), qPrintable(err));
    }
    {
        auto store = Core::Store::open({dataDir(), keyFile()}, App::ModuleCatalog::migrations());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        Core::Query count =
            store.value()->db().query(QStringLiteral("SELECT count(*) FROM patients"));
        QVERIFY(count.next());
        // The two pages that came were committed while the engine waited for the third.
        QCOMPARE(count.integer(0), 200);
    }

    const Run sync =
        run(storeArgs() + QStringList{"sync", "--server", base().toString(), "--once"});
    QVERIFY2(sync.code == 0, qPrintable(sync.out + sync.err));
    QVERIFY2(sync.out.contains("pushed 0,"), qPrintable(sync.out));
    QCOMPARE(serverPatients().size(), 350);
    verifyCacheEqualsServer();
}

void TestSyncInit::failedPullLeavesAUsableStore_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("says");
    QTest::newRow("nobody listening")
        << "http://127.0.0.1:1/fhir/R4" << QJsonObject() << "Connection refused";
    QTest::newRow("server error") << QString()
                                  << QJsonObject{{"status", 503},
                                                 {"count", 3},
                                                 {"match", "Patient"}}
                                  << "503";
    QTest::newRow("no FHIR there")
        << QStringLiteral("http://127.0.0.1:%1/nothing-here") << QJsonObject() << "404";
}

void TestSyncInit::failedPullLeavesAUsableStore()
{
    QFETCH(QString, url);
    QFETCH(QJsonObject, fault);
    QFETCH(QString, says);
    seed(40, 0, true);
    if (!fault.isEmpty())
        server("POST", "/$fault", fault);
    const QString from = url.isEmpty() ? base().toString() : url.arg(m_server.port());
    const Run r = run(initArgs(from));
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains("Created the store"), qPrintable(r.out));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(r.err.contains("ready to use") && r.err.contains("ambulo sync --server"),
             qPrintable(r.err));
    server("POST", "/$fault", {{"count", 0}});
    while (server("POST", "/$fault", {{"count", 0}}).value("queued").toInt() > 0)
        server("GET", "/fhir/R4/Patient?_count=1");

    // The store opens, the admin signs in, and a later sync completes it.
    const Run status = run(storeArgs() + QStringList{"sync", "status"});
    QVERIFY2(status.code == 0, qPrintable(status.out + status.err));
    const Run sync =
        run(storeArgs() + QStringList{"sync", "--server", base().toString(), "--once"});
    QVERIFY2(sync.code == 0, qPrintable(sync.out + sync.err));
    QVERIFY2(sync.out.contains("pulled 40"), qPrintable(sync.out));
    verifyCacheEqualsServer();
}

void TestSyncInit::refusedOptionsCreateNothing_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("not http") << QStringList{"--from-server", "ftp://x/fhir"} << 2 << "http(s) URL";
    QTest::newRow("no host") << QStringList{"--from-server", "fhir/R4"} << 2 << "http(s) URL";
    QTest::newRow("missing token file")
        << QStringList{"--from-server", "http://127.0.0.1:1/fhir/R4", "--token-file",
                       "/nonexistent/token"}
        << 1 << "/nonexistent/token";
    QTest::newRow("token file without server")
        << QStringList{"--token-file", "/nonexistent/token"} << 2 << "--from-server";
}

void TestSyncInit::refusedOptionsCreateNothing()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run r = run(
        storeArgs() + QStringList{"init", "--practice", "Init Practice", "--admin", Admin} + extra);
    QVERIFY2(r.code == exitCode, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(Core::Store::databasePath(dataDir())));
    QVERIFY(!QFileInfo::exists(keyFile()));
}

QTEST_GUILESS_MAIN(TestSyncInit)
#include "tst_syncinit.moc"
