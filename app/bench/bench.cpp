#include "app/bench/benchreport.h"
#include "app/bench/calendarbench.h"
#include "app/bench/chartingbench.h"
#include "app/bench/hl7bench.h"
#include "app/bench/hl7ingestbench.h"
#include "app/bench/schedulingbench.h"
#include "app/bench/syncbench.h"
#include "app/cli/clicontext.h"

#include "app/cli/cli.h"
#include "app/modulecatalog.h"
#include "core/demo/demopractice.h"
#include "core/store/database.h"
#include "core/store/keystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

namespace Ambulo::App {

namespace {

using Core::Services;
using Core::Store;

const Core::DemoUser &benchAdmin()
{
    static const Core::DemoUser admin = Core::DemoPractice::users().first();
    return admin;
}

// A demo store of `patients` patients, made once and reused by later runs.
Core::Result<std::unique_ptr<Store>> benchStore(CliContext &cli, const QString &dir, int patients,
                                                bool encrypted)
{
    const QString keyFile = QDir(dir).filePath(QStringLiteral("bench.key"));
    const QString doneMark = QDir(dir).filePath(QStringLiteral("complete"));
    if (QFileInfo::exists(doneMark)) {
        if (!encrypted) {
            auto db = Store::openUnencrypted(dir);
            if (db)
                return db;
        } else {
            auto store = Store::open({dir, keyFile}, ModuleCatalog::migrations());
            if (store)
                return store;
        }
    }
    QDir(dir).removeRecursively();
    note(cli, QStringLiteral("building a %1-patient %2 store in %3 (once)")
                  .arg(patients)
                  .arg(encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"), dir));
    auto store = encrypted ? Store::create({dir, keyFile}, ModuleCatalog::migrations())
                           : Store::createUnencrypted(dir);
    if (!store)
        return store.error();
    {
        Services services(*store.value(), QStringLiteral("bench"));
        const Core::DemoUser &admin = benchAdmin();
        Core::Status s = services.practice().initialize(QStringLiteral("Bench Practice"));
        if (s)
            s = services.users().bootstrapAdmin(
                {admin.username, QString(), Core::Role::Admin, admin.password});
        if (!s)
            return s.error();
        if (auto session = services.users().signIn(admin.username, admin.password); !session)
            return session.error();
        s = Core::DemoPractice::seed(services, patients, 42, [&](int done) {
            if (done % 100000 == 0)
                note(cli, QStringLiteral("%1 patients").arg(done));
        });
        if (!s)
            return s.error();
    }
    QFile mark(doneMark);
    mark.open(QIODevice::WriteOnly);
    return store;
}

// What a clerk types: name fragments in either order, birth dates, MRNs and phone numbers,
// each replayed keystroke by keystroke from the second character on.
QStringList searchWorkload(Core::Database &db, int samples)
{
    QStringList typed;
    std::mt19937_64 rng(7);
    Core::Query count = db.query(QStringLiteral("SELECT max(id) FROM patients"));
    const qint64 maxId = count.next() ? count.int64(0) : 0;
    count.finish();
    for (int i = 0; i < samples && maxId > 0; ++i) {
        Core::Query q = db.query(QStringLiteral(
            "SELECT family, given, birth_date, mrn, phone_mobile FROM patients WHERE id = ?"));
        q.bind(1, qint64(1 + rng() % maxId));
        if (!q.next())
            continue;
        const QString family = q.text(0).toLower();
        const QString given = q.text(1).toLower();
        const QDate dob = QDate::fromString(q.text(2), Qt::ISODate);
        QString full;
        switch (i % 6) {
        case 0:
            full = family.left(3) + QLatin1Char(' ') + given.left(2) + QLatin1Char(' ')
                   + QString::number(dob.year());
            break;
        case 1:
            full = given + QLatin1Char(' ') + family;
            break;
        case 2:
            full = family + QLatin1Char(' ') + dob.toString(QStringLiteral("MM/dd/yyyy"));
            break;
        case 3:
            full = q.text(3);
            break;
        case 4:
            full = q.text(4).right(8);
            break;
        default:
            full = family.left(4) + QLatin1Char(' ') + given.left(3);
            break;
        }
        for (int n = 2; n <= full.size(); ++n) {
            if (!full.at(n - 1).isSpace())
                typed << full.left(n);
        }
    }
    return typed;
}

int benchSearch(CliContext &cli, const QString &root, int patients)
{
    auto store = benchStore(cli, QDir(root).filePath(QStringLiteral("search-%1").arg(patients)),
                            patients, true);
    if (!store)
        return cli.fail(store.error());
    Services services(*store.value(), QStringLiteral("bench"));
    if (auto s = services.users().signIn(benchAdmin().username, benchAdmin().password); !s)
        return cli.fail(s.error());
    const QStringList typed = searchWorkload(store.value()->db(), 300);
    QList<double> ms;
    ms.reserve(typed.size());
    int found = 0;
    // One untimed pass warms the page cache the way a morning of use would.
    for (const QString &t : typed)
        (void)services.patients().search(t, 20, Core::PatientService::SearchUse::TypeAhead);
    for (const QString &t : typed) {
        QElapsedTimer timer;
        timer.start();
        auto r = services.patients().search(t, 20, Core::PatientService::SearchUse::TypeAhead);
        ms << timer.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("AMBULO_BENCH_SLOW") && ms.last() > 5)
            note(cli, QStringLiteral("slow %1 ms: '%2'").arg(ms.last()).arg(t));
        if (r && !r->matches.isEmpty())
            ++found;
    }
    services.users().signOut();
    figure(cli, QStringLiteral("search.patients"), patients, QStringLiteral("count"));
    figure(cli, QStringLiteral("search.queries"), ms.size(), QStringLiteral("count"));
    figure(cli, QStringLiteral("search.found"), found, QStringLiteral("count"));
    figure(cli, QStringLiteral("search.p50"), percentile(ms, 0.50), QStringLiteral("ms"));
    figure(cli, QStringLiteral("search.p99"), percentile(ms, 0.99), QStringLiteral("ms"));
    figure(cli, QStringLiteral("search.max"), percentile(ms, 1.0), QStringLiteral("ms"));
    return ExitOk;
}

// The same inserts, reads and searches against a keyed and an unkeyed file: what encryption costs.
double storeWorkload(Store &store, int patients)
{
    Services services(store, QStringLiteral("bench"));
    const Core::DemoUser &admin = benchAdmin();
    (void)services.practice().initialize(QStringLiteral("Bench Practice"));
    (void)services.users().bootstrapAdmin(
        {admin.username, QString(), Core::Role::Admin, admin.password});
    (void)services.users().signIn(admin.username, admin.password);
    QElapsedTimer timer;
    timer.start();
    (void)Core::DemoPractice::seed(services, patients, 3);
    std::mt19937_64 rng(11);
    for (int i = 0; i < patients; ++i)
        (void)services.patients().open(qint64(1 + rng() % patients),
                                       QStringLiteral("benchmark read"));
    for (const QString &t : searchWorkload(store.db(), 100))
        (void)services.patients().search(t, 20, Core::PatientService::SearchUse::TypeAhead);
    return timer.nsecsElapsed() / 1e6;
}

int benchStoreRatio(CliContext &cli, const QString &root)
{
    constexpr int Patients = 20000;
    QList<double> keyed, plain;
    for (int round = 0; round < 3; ++round) {
        for (bool encrypted : {true, false}) {
            const QString dir =
                QDir(root).filePath(QStringLiteral("store-%1").arg(encrypted ? 1 : 0));
            QDir(dir).removeRecursively();
            auto store = encrypted ? Store::create(
                             {dir, QDir(root).filePath(QStringLiteral("store-%1.key").arg(round))},
                             ModuleCatalog::migrations())
                                   : Store::createUnencrypted(dir);
            if (!store)
                return cli.fail(store.error());
            (encrypted ? keyed : plain) << storeWorkload(*store.value(), Patients);
            store.value().reset();
            QDir(dir).removeRecursively();
            QFile::remove(QDir(root).filePath(QStringLiteral("store-%1.key").arg(round)));
        }
    }
    const double k = percentile(keyed, 0.5);
    const double p = percentile(plain, 0.5);
    figure(cli, QStringLiteral("store.keyed"), k, QStringLiteral("ms"));
    figure(cli, QStringLiteral("store.plain"), p, QStringLiteral("ms"));
    figure(cli, QStringLiteral("store.ratio"), p > 0 ? k / p : 0, QStringLiteral("x"));
    return ExitOk;
}

int benchStartup(CliContext &cli, const QString &root, int patients)
{
    const QString dir = QDir(root).filePath(QStringLiteral("search-%1").arg(patients));
    {
        auto store = benchStore(cli, dir, patients, true);
        if (!store)
            return cli.fail(store.error());
    }
    QList<double> ms, rss;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir out;
        const QString report = out.filePath(QStringLiteral("startup"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AMBULO_PASSWORD"), benchAdmin().password);
        if (!env.contains(QStringLiteral("DISPLAY"))
            && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--data"), dir, QStringLiteral("--key-file"),
                     QDir(dir).filePath(QStringLiteral("bench.key")), QStringLiteral("--user"),
                     benchAdmin().username, QStringLiteral("--bench-startup"), report});
        if (!child.waitForFinished(60000) || child.exitCode() != 0) {
            child.kill();
            return cli.fail({Core::ErrorCode::Invalid,
                             QStringLiteral("the startup run failed: %1")
                                 .arg(QString::fromUtf8(child.readAllStandardError()).trimmed())});
        }
        QFile f(report);
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail({Core::ErrorCode::Invalid, QStringLiteral("no startup report")});
        const QList<QByteArray> parts = f.readAll().trimmed().split('\t');
        if (parts.size() != 2)
            return cli.fail({Core::ErrorCode::Invalid, QStringLiteral("bad startup report")});
        ms << parts[0].toDouble();
        rss << parts[1].toDouble();
    }
    figure(cli, QStringLiteral("startup.main_window"), percentile(ms, 0.5), QStringLiteral("ms"));
    figure(cli, QStringLiteral("startup.rss"), percentile(rss, 0.5), QStringLiteral("MB"));
    return ExitOk;
}

} // namespace

int runBench(CliContext &cli)
{
    const QString name = cli.words.value(1);
    static const QStringList names{QStringLiteral("search"),
                                   QStringLiteral("store"),
                                   QStringLiteral("startup"),
                                   QStringLiteral("openings"),
                                   QStringLiteral("booking"),
                                   QStringLiteral("hl7"),
                                   QStringLiteral("calendar"),
                                   QStringLiteral("hl7-ingest"),
                                   QStringLiteral("icd10-search"),
                                   QStringLiteral("chart-summary"),
                                   QStringLiteral("chart-open-painted"),
                                   QStringLiteral("sync-first")};
    if (!name.isEmpty() && !names.contains(name))
        return cli.usage(QStringLiteral("unknown benchmark '%1'; there are: %2")
                             .arg(name.left(40), names.join(QStringLiteral(", "))));
    int patients = 1000000;
    if (cli.has(QStringLiteral("patients"))) {
        bool ok = false;
        patients = cli.option(QStringLiteral("patients")).toInt(&ok);
        if (!ok || patients < 100)
            return cli.usage(QStringLiteral("--patients takes a number of at least 100"));
    }
    const QString root = cli.has(QStringLiteral("bench-dir"))
                             ? cli.option(QStringLiteral("bench-dir"))
                             : QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                   + QStringLiteral("/bench");
    if (!QDir().mkpath(root))
        return cli.fail({Core::ErrorCode::Invalid, QStringLiteral("cannot create %1").arg(root)});
    int code = ExitOk;
    if (name.isEmpty() || name == QLatin1String("search"))
        code = std::max(code, benchSearch(cli, root, patients));
    if (name.isEmpty() || name == QLatin1String("store"))
        code = std::max(code, benchStoreRatio(cli, root));
    if (name.isEmpty() || name == QLatin1String("startup"))
        code = std::max(code, benchStartup(cli, root, patients));
    if (name.isEmpty() || name == QLatin1String("openings"))
        code = std::max(code, benchOpenings(cli, root, patients));
    if (name.isEmpty() || name == QLatin1String("booking"))
        code = std::max(code, benchBooking(cli, root, patients));
    if (name.isEmpty() || name == QLatin1String("hl7"))
        code = std::max(code, benchHl7(cli));
    if (name.isEmpty() || name == QLatin1String("calendar"))
        code = std::max(code, benchCalendar(cli));
    if (name.isEmpty() || name == QLatin1String("hl7-ingest"))
        code = std::max(code,
                        benchHl7Ingest(cli, root, ModuleCatalog::hl7Adapters(), !name.isEmpty()));
    if (name.isEmpty() || name == QLatin1String("icd10-search"))
        code = std::max(code, benchIcd10Search(cli));
    if (name.isEmpty() || name == QLatin1String("chart-summary"))
        code = std::max(code, benchChartSummary(cli));
    if (name.isEmpty() || name == QLatin1String("chart-open-painted"))
        code = std::max(code, benchChartOpenPainted(cli));
    if (name.isEmpty() || name == QLatin1String("sync-first"))
        code = std::max(code, benchSyncFirst(cli, root));
    return code;
}

} // namespace Ambulo::App
