#include "app/bench/syncbench.h"

#include "app/bench/benchreport.h"
#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/modulecatalog.h"
#include "app/syncsetup.h"
#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <memory>

namespace Ambulo::App {

namespace {

const QString Admin = QStringLiteral("bench-admin");
const QString AdminPassword = QStringLiteral("bench-admin-password-1");
constexpr int SeedChunk = 10000;

// CPU seconds this process has used, all threads: on a shared machine a steadier measure of the
// work a run costs than its wall time.
double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// tests/peers/fhir_server.mjs: --fhir-server, $AMBULO_FHIR_SERVER, or found above the binary
// (build/bin, build-release/bin) or the working directory.
QString findServerScript(CliContext &cli)
{
    if (cli.has(QStringLiteral("fhir-server")))
        return cli.option(QStringLiteral("fhir-server"));
    if (qEnvironmentVariableIsSet("AMBULO_FHIR_SERVER"))
        return qEnvironmentVariable("AMBULO_FHIR_SERVER");
    for (QString dir : {QCoreApplication::applicationDirPath(), QDir::currentPath()}) {
        for (int up = 0; up < 4 && !dir.isEmpty(); ++up) {
            const QString candidate =
                QDir(dir).filePath(QStringLiteral("tests/peers/fhir_server.mjs"));
            if (QFileInfo::exists(candidate))
                return candidate;
            dir = QFileInfo(dir).path();
        }
    }
    return {};
}

// The memory FHIR server, stopped (stdin closed, SIGTERM) when this goes out of scope.
class ServerProcess
{
public:
    ~ServerProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    Core::Status start(const QString &script)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("node"), {script, QStringLiteral("--indexed-search")});
        if (!m_process.waitForStarted(10000))
            return Core::invalid(
                QStringLiteral("node did not start (%1): %2").arg(script, m_process.errorString()));
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (!m_process.canReadLine()
                && !m_process.waitForReadyRead(int(deadline.remainingTime())))
                continue;
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening ")) {
                m_port = line.mid(10).toInt();
                return {};
            }
        }
        return Core::invalid(QStringLiteral("%1 did not report its port").arg(script));
    }

    // A test-only endpoint of the server ($seed, $stats), answered within `timeoutMs`.
    Core::Result<QJsonObject> call(const QByteArray &verb, const QString &path,
                                   const QJsonObject &body = {}, int timeoutMs = 600000)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = network.sendCustomRequest(
            request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return Core::invalid(QStringLiteral("%1 %2: %3")
                                     .arg(QString::fromLatin1(verb), path, reply->errorString()));
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    Core::Result<double> busyMs()
    {
        Core::Result<QJsonObject> stats = call("GET", QStringLiteral("/$stats"));
        if (!stats)
            return stats.error();
        return stats->value(QLatin1String("busyMs")).toDouble();
    }

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_port)); }

private:
    QProcess m_process;
    int m_port = 0;
};

Core::Result<std::unique_ptr<Fhir::Client>> makeClient(const QUrl &base)
{
    Fhir::ClientOptions options;
    options.baseUrl = base;
    options.timeoutMs = 120000;
    return Fhir::Client::create(options);
}

// (a) The bare download: the pull's query (a new store has no stamp, so no _lastUpdated) and
// page size, the same client following the same next links, each page parsed and its resources
// looked at, nothing stored. Returns the resources seen.
Core::Result<int> download(const QUrl &base, int pageSize)
{
    auto client = makeClient(base);
    if (!client)
        return client.error();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(pageSize));
    int seen = 0;
    QString newest;
    const Fhir::Reply last =
        client.value()->searchAll(QStringLiteral("Patient"), query, [&](const QJsonObject &page) {
            for (const QJsonValue &entry : page.value(QLatin1String("entry")).toArray()) {
                const QJsonObject resource =
                    entry.toObject().value(QLatin1String("resource")).toObject();
                if (resource.value(QLatin1String("resourceType")).toString()
                        != QLatin1String("Patient")
                    || resource.value(QLatin1String("id")).toString().isEmpty())
                    continue;
                const QString updated = resource.value(QLatin1String("meta"))
                                            .toObject()
                                            .value(QLatin1String("lastUpdated"))
                                            .toString();
                newest = std::max(newest, updated);
                ++seen;
            }
            return true;
        });
    if (!last.ok())
        return last.error();
    return seen;
}

// (b) A new workstation's store: created, an admin, then signed in as the sync principal the
// way `init --from-server` does it; its engine pulls everything. Returns the records pulled.
struct FirstSync
{
    int pulled = 0;
    int patients = 0;
    double seconds = 0;
    double cpuSeconds = 0; // of the pull alone, as `seconds`
    QString error;
};

FirstSync firstSync(const QString &dir, const QUrl &base, int pageSize)
{
    FirstSync out;
    auto store = Core::Store::create({QDir(dir).filePath(QStringLiteral("store")),
                                      QDir(dir).filePath(QStringLiteral("store.key"))},
                                     ModuleCatalog::migrations());
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    Core::Services services(*store.value(), QStringLiteral("bench"));
    Core::Status s = services.practice().initialize(QStringLiteral("Bench Practice"));
    if (s)
        s = services.users().bootstrapAdmin({Admin, QString(), Core::Role::Admin, AdminPassword});
    if (s) {
        if (auto session = services.users().signIn(Admin, AdminPassword); !session)
            s = session.error();
    }
    if (s) {
        if (auto session =
                services.users().signInInterface(QLatin1String(Sync::Constants::Principal), Admin);
            !session)
            s = session.error();
    }
    auto client = makeClient(base);
    if (!s || !client) {
        out.error = !s ? s.error().message : client.error().message;
        return out;
    }
    Sync::EngineOptions options = firstSyncOptions();
    options.pageSize = pageSize;
    const std::unique_ptr<Sync::SyncEngine> engine =
        makeSyncEngine(services, *client.value(), options);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuSeconds();
    const Sync::RoundResult r = engine->pull();
    out.cpuSeconds = processCpuSeconds() - cpuBefore;
    out.seconds = timer.nsecsElapsed() / 1e9;
    out.pulled = r.pulled;
    if (!r.ok)
        out.error = r.message;
    Core::Query count = store.value()->db().query(QStringLiteral("SELECT count(*) FROM patients"));
    out.patients = count.next() ? count.integer(0) : -1;
    services.users().signOut();
    return out;
}

} // namespace

int benchSyncFirst(CliContext &cli, const QString &root)
{
    int resources = 50000;
    if (cli.has(QStringLiteral("resources"))) {
        bool ok = false;
        resources = cli.option(QStringLiteral("resources")).toInt(&ok);
        if (!ok || resources < 100 || resources > 1000000)
            return cli.usage(QStringLiteral("--resources takes a number from 100 to 1000000"));
    }
    int pageSize = Sync::EngineOptions().pageSize;
    if (cli.has(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = cli.option(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 5000)
            return cli.usage(QStringLiteral("--page-size takes a number from 1 to 5000"));
    }
    const QString script = findServerScript(cli);
    if (script.isEmpty() || !QFileInfo::exists(script))
        return cli.fail(Core::invalid(
            QStringLiteral("sync-first needs tests/peers/fhir_server.mjs (and its node_modules): "
                           "give --fhir-server FILE or set AMBULO_FHIR_SERVER")));

    ServerProcess server;
    if (Core::Status s = server.start(script); !s)
        return cli.fail(s.error());
    note(cli, QStringLiteral("sync-first: seeding %1 Patients").arg(resources));
    for (int done = 0; done < resources; done += SeedChunk) {
        const int chunk = std::min(SeedChunk, resources - done);
        Core::Result<QJsonObject> seeded =
            server.call("POST", QStringLiteral("/$seed"),
                        {{"count", chunk},
                         {"start", done},
                         {"mrnSystem", Fhir::PatientResource::mrnSystem({})}});
        if (!seeded)
            return cli.fail(seeded.error());
        if (seeded->value(QLatin1String("created")).toInt() != chunk)
            return cli.fail(
                Core::invalid(QStringLiteral("the server did not seed: %1")
                                  .arg(QString::fromUtf8(QJsonDocument(seeded.value()).toJson()))));
    }
    // The server's first search builds its sorted list: outside every measured run.
    {
        auto client = makeClient(server.base());
        if (!client)
            return cli.fail(client.error());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
        query.addQueryItem(QStringLiteral("_count"), QString::number(pageSize));
        if (const Fhir::Reply warm = client.value()->search(QStringLiteral("Patient"), query);
            !warm.ok())
            return cli.fail(warm.error());
    }

    QTemporaryDir dir(QDir(root).filePath(QStringLiteral("sync-first-XXXXXX")));
    if (!dir.isValid())
        return cli.fail(
            Core::invalid(QStringLiteral("cannot make a directory under %1").arg(root)));

    // (a), (b), (a) again: the faster download is the baseline, the stricter ratio. The server's
    // busy time over each run is its own share (search, serialization) of that run.
    struct Run
    {
        double seconds = 0;
        double serverMs = 0;
        double cpuSeconds = 0; // this process's
    };
    QList<Run> downloads;
    Run syncRun;
    for (int step = 0; step < 3; ++step) {
        Core::Result<double> busyBefore = server.busyMs();
        if (!busyBefore)
            return cli.fail(busyBefore.error());
        Run run;
        if (step == 1) {
            note(cli, QStringLiteral("sync-first: first sync into a new store"));
            const FirstSync sync =
                firstSync(dir.filePath(QStringLiteral("b")), server.base(), pageSize);
            if (!sync.error.isEmpty())
                return cli.fail(Core::invalid(QStringLiteral("first sync: %1").arg(sync.error)));
            if (sync.pulled != resources || sync.patients != resources)
                return cli.fail(Core::invalid(QStringLiteral("first sync pulled %1, the store "
                                                             "holds %2 patients, of %3")
                                                  .arg(sync.pulled)
                                                  .arg(sync.patients)
                                                  .arg(resources)));
            run.seconds = sync.seconds;
            run.cpuSeconds = sync.cpuSeconds;
        } else {
            note(cli, QStringLiteral("sync-first: bare download"));
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = processCpuSeconds();
            Core::Result<int> seen = download(server.base(), pageSize);
            run.cpuSeconds = processCpuSeconds() - cpuBefore;
            run.seconds = timer.nsecsElapsed() / 1e9;
            if (!seen)
                return cli.fail(seen.error());
            if (seen.value() != resources)
                return cli.fail(Core::invalid(
                    QStringLiteral("downloaded %1 of %2").arg(seen.value()).arg(resources)));
        }
        Core::Result<double> busyAfter = server.busyMs();
        if (!busyAfter)
            return cli.fail(busyAfter.error());
        run.serverMs = busyAfter.value() - busyBefore.value();
        if (step == 1)
            syncRun = run;
        else
            downloads << run;
    }
    const Run fastest =
        *std::min_element(downloads.begin(), downloads.end(),
                          [](const Run &x, const Run &y) { return x.seconds < y.seconds; });
    const double bare = fastest.seconds;

    // (c) The same first sync on a worker thread while this thread runs an event loop with a
    // 10 ms timer: the longest gap between two ticks is the longest the GUI would have stalled.
    note(cli, QStringLiteral("sync-first: first sync on a worker thread, 10 ms timer here"));
    FirstSync worker;
    const QString workerDir = dir.filePath(QStringLiteral("c"));
    const QUrl base = server.base();
    std::unique_ptr<QThread> thread(
        QThread::create([&] { worker = firstSync(workerDir, base, pageSize); }));
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QElapsedTimer sinceTick;
    qint64 maxGapNs = 0;
    qint64 ticks = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        maxGapNs = std::max(maxGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
        ++ticks;
    });
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    sinceTick.start();
    tick.start();
    thread->start();
    loop.exec();
    tick.stop();
    thread->wait();
    if (!worker.error.isEmpty() || worker.pulled != resources)
        return cli.fail(Core::invalid(QStringLiteral("worker sync pulled %1 of %2: %3")
                                          .arg(worker.pulled)
                                          .arg(resources)
                                          .arg(worker.error)));

    figure(cli, QStringLiteral("sync-first.resources"), resources, QStringLiteral("count"));
    figure(cli, QStringLiteral("sync-first.page_size"), pageSize, QStringLiteral("count"));
    figure(cli, QStringLiteral("sync-first.download_s"), bare, QStringLiteral("s"));
    figure(cli, QStringLiteral("sync-first.sync_s"), syncRun.seconds, QStringLiteral("s"));
    figure(cli, QStringLiteral("sync-first.ratio"), bare > 0 ? syncRun.seconds / bare : 0,
           QStringLiteral("x"));
    figure(cli, QStringLiteral("sync-first.download_cpu_s"), fastest.cpuSeconds,
           QStringLiteral("s"));
    figure(cli, QStringLiteral("sync-first.sync_cpu_s"), syncRun.cpuSeconds, QStringLiteral("s"));
    figure(cli, QStringLiteral("sync-first.server_in_download"),
           bare > 0 ? fastest.serverMs / 1000 / bare * 100 : 0, QStringLiteral("%"));
    figure(cli, QStringLiteral("sync-first.server_in_sync"),
           syncRun.seconds > 0 ? syncRun.serverMs / 1000 / syncRun.seconds * 100 : 0,
           QStringLiteral("%"));
    figure(cli, QStringLiteral("sync-first.worker_sync_s"), worker.seconds, QStringLiteral("s"));
    figure(cli, QStringLiteral("sync-first.max_tick_gap_ms"), maxGapNs / 1e6, QStringLiteral("ms"));
    figure(cli, QStringLiteral("sync-first.ticks"), double(ticks), QStringLiteral("count"));
    note(cli, QStringLiteral("sync-first targets: ratio <= 1.5x, max tick gap <= 50 ms"));
    return ExitOk;
}

} // namespace Ambulo::App
