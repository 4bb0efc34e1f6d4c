#include "app/cli/synccommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/sync/syncreview.h"
#include "app/sync/syncsettings.h"
#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>

namespace Ambulo::App {

namespace {

std::atomic_bool stopRequested = false;

void onSignal(int)
{
    stopRequested.store(true);
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

Core::Result<CliContext::Opened> openAsAdmin(CliContext &cli)
{
    auto opened = cli.openAndSignIn();
    if (!opened)
        return opened.error();
    if (Core::Status s = opened->services->context().require(Core::Permission::PracticeAdmin); !s)
        return s.error();
    return opened;
}

QString summary(const Sync::RoundResult &r)
{
    QString line = QStringLiteral("pushed %1, pulled %2, conflicts %3")
                       .arg(r.pushed)
                       .arg(r.pulled)
                       .arg(r.openConflicts);
    if (r.rejected > 0)
        line += QStringLiteral(", rejected %1").arg(r.rejected);
    if (r.renumbered > 0)
        line += QStringLiteral(", renumbered %1").arg(r.renumbered);
    if (r.skipped > 0)
        line += QStringLiteral(", skipped %1").arg(r.skipped);
    if (r.waitingMerges > 0)
        line += QStringLiteral(", merges waiting %1").arg(r.waitingMerges);
    return line;
}

// Sleeps up to `ms`, waking early when a stop is requested.
void pause(int ms)
{
    for (int slept = 0; slept < ms && !stopRequested.load(); slept += 100)
        QThread::msleep(100);
}

int cmdStatus(CliContext &cli)
{
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Sync::SyncStore store(opened->store->db());
    Core::Result<qint64> cursor = store.cursor();
    if (!cursor)
        return cli.fail(cursor.error());
    Core::Result<int> pending =
        store.pendingCount(cursor.value(), pushedSyncTypes(*opened->services));
    Core::Result<QList<Sync::RecordMap>> rejected = store.rejected();
    Core::Result<QList<Sync::Conflict>> conflicts = store.conflicts(true);
    Core::Result<QList<Sync::TypeStatus>> types = store.types();
    Core::Result<QList<Sync::PendingMerge>> merges = store.pendingMerges();
    for (const Core::Error *e :
         {pending ? nullptr : &pending.error(), rejected ? nullptr : &rejected.error(),
          conflicts ? nullptr : &conflicts.error(), types ? nullptr : &types.error(),
          merges ? nullptr : &merges.error()}) {
        if (e)
            return cli.fail(*e);
    }
    cli.print(QStringLiteral("pending\t%1").arg(pending.value()));
    cli.print(QStringLiteral("conflicts\t%1").arg(conflicts->size()));
    cli.print(QStringLiteral("rejected\t%1").arg(rejected->size()));
    cli.print(QStringLiteral("merges waiting\t%1").arg(merges->size()));
    for (const Sync::TypeStatus &t : std::as_const(types.value()))
        cli.print(QStringLiteral("%1\tlast push %2\tlast pull %3")
                      .arg(t.resourceType, stamp(t.lastPush), stamp(t.lastPull)));
    int bookings = 0;
    for (const Sync::Conflict &c : std::as_const(conflicts.value())) {
        if (c.fields.contains(QLatin1String(Sync::Constants::BookingConflict)))
            ++bookings;
    }
    cli.print(QStringLiteral("booking conflicts\t%1").arg(bookings));
    for (const Sync::Conflict &c : std::as_const(conflicts.value())) {
        if (!c.fields.contains(QLatin1String(Sync::Constants::BookingConflict))) {
            cli.print(QStringLiteral("conflict %1\t%2/%3\t%4")
                          .arg(c.id)
                          .arg(c.resourceType)
                          .arg(c.localId)
                          .arg(c.fields.join(QLatin1Char(','))));
            continue;
        }
        // A booking that lost its time to another workstation's: why, and what to offer.
        auto record = store.record(c.resourceType, c.localId);
        const QString why = record && record->has_value() ? record->value().lastError : QString();
        cli.print(QStringLiteral("booking conflict %1\t%2/%3\t%4\talternatives %5")
                      .arg(c.id)
                      .arg(c.resourceType)
                      .arg(c.localId)
                      .arg(why.simplified().left(200),
                           c.alternatives.isEmpty() ? QStringLiteral("-")
                                                    : c.alternatives.join(QLatin1Char(','))));
    }
    for (const Sync::RecordMap &r : std::as_const(rejected.value()))
        cli.print(QStringLiteral("rejected %1/%2\t%3")
                      .arg(r.resourceType)
                      .arg(r.localId)
                      .arg(r.lastError.simplified().left(200)));
    // Pulled merges whose survivor could not be taken yet: read again by the first round after
    // their next try (at once when the survivor is pulled meanwhile).
    for (const Sync::PendingMerge &m : std::as_const(merges.value()))
        cli.print(QStringLiteral("merge waiting Patient/%1\tinto Patient/%2\ttries %3\tnext %4\t%5")
                      .arg(m.mergedServerId, m.survivorServerId)
                      .arg(m.tries)
                      .arg(m.nextTry.isValid() ? stamp(m.nextTry) : QStringLiteral("next round"),
                           m.reason.simplified().left(200)));
    opened->services->users().signOut();
    return conflicts->isEmpty() ? ExitOk : ExitConflict;
}

// --server, --token-file, --ca-file; a usage error when the URL is missing or not http(s).
Core::Result<Fhir::ClientOptions> clientOptions(CliContext &cli)
{
    if (!cli.has(QStringLiteral("server")))
        return Core::Error{Core::ErrorCode::Usage,
                           QStringLiteral("sync needs --server URL (the FHIR base)")};
    Fhir::ClientOptions options;
    options.baseUrl = QUrl(cli.option(QStringLiteral("server")));
    if (!options.baseUrl.isValid()
        || (options.baseUrl.scheme() != QLatin1String("https")
            && options.baseUrl.scheme() != QLatin1String("http")))
        return Core::Error{Core::ErrorCode::Usage,
                           QStringLiteral("--server must be an http(s) URL, not '%1'")
                               .arg(cli.option(QStringLiteral("server")).left(80))};
    options.tokenFile = cli.option(QStringLiteral("token-file"));
    options.caFile = cli.option(QStringLiteral("ca-file"));
    return options;
}

int cmdResolve(CliContext &cli)
{
    bool idOk = false;
    const qint64 id = cli.words.value(2).toLongLong(&idOk);
    const QString keep = cli.option(QStringLiteral("keep"));
    if (!idOk || cli.words.size() != 3)
        return cli.usage(QStringLiteral("sync resolve needs one conflict ID (see sync status)"));
    if (keep != QLatin1String("local") && keep != QLatin1String("server"))
        return cli.usage(QStringLiteral("sync resolve needs --keep local or --keep server"));
    auto options = clientOptions(cli);
    if (!options)
        return cli.usage(options.error().message);
    auto client = Fhir::Client::create(options.value());
    if (!client)
        return cli.fail(client.error());
    auto opened = openAsAdmin(cli);
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;
    const QString admin = services.context().session()->username;
    if (auto s = services.users().signInInterface(QLatin1String(Sync::Constants::Principal), admin);
        !s)
        return cli.fail(s.error());
    const std::unique_ptr<Sync::SyncEngine> sync = makeSyncEngine(services, *client.value());
    Sync::SyncEngine &engine = *sync;
    const Core::Status resolved = engine.resolve(id, keep == QLatin1String("local"));
    services.users().signOut();
    if (!resolved)
        return cli.fail(resolved.error());
    cli.print(QStringLiteral("conflict %1 resolved: kept %2").arg(id).arg(keep));
    return ExitOk;
}

// `sync send-again TYPE/ID ... | --all`: refused records queued for the next round's push.
int cmdSendAgain(CliContext &cli)
{
    const QStringList named = cli.words.mid(2);
    const bool all = cli.flags.contains(QStringLiteral("all"));
    if (named.isEmpty() == !all)
        return cli.usage(QStringLiteral(
            "sync send-again needs the refused records (TYPE/ID, as sync status lists them) or "
            "--all"));
    QList<std::pair<QString, qint64>> records;
    for (const QString &word : named) {
        const qsizetype slash = word.indexOf(u'/');
        bool ok = false;
        const qint64 id = slash > 0 ? word.mid(slash + 1).toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return cli.usage(
                QStringLiteral("'%1' is not TYPE/ID (e.g. Patient/12)").arg(word.left(60)));
        records.append({word.left(slash), id});
    }
    auto opened = openAsAdmin(cli);
    if (!opened)
        return cli.fail(opened.error());
    SyncReview review(*opened->services);
    if (all) {
        Core::Result<QList<RefusedRecord>> refused = review.refusedRecords();
        if (!refused)
            return cli.fail(refused.error());
        for (const RefusedRecord &r : std::as_const(refused.value()))
            records.append({r.resourceType, r.localId});
    }
    for (const auto &[type, id] : std::as_const(records)) {
        if (Core::Status s = review.sendAgain(type, id); !s)
            return cli.fail(s.error());
        cli.print(
            QStringLiteral("%1/%2 goes to the server again with the next round").arg(type).arg(id));
    }
    cli.print(QStringLiteral("sent again\t%1").arg(records.size()));
    opened->services->users().signOut();
    return ExitOk;
}

int cmdRun(CliContext &cli)
{
    auto options = clientOptions(cli);
    if (!options)
        return cli.usage(options.error().message);
    int intervalMs = 30000;
    if (cli.has(QStringLiteral("interval"))) {
        bool ok = false;
        const double seconds = cli.option(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600)
            return cli.usage(QStringLiteral("--interval takes seconds, 0.1 to 3600"));
        intervalMs = int(seconds * 1000);
    }
    auto client = Fhir::Client::create(options.value());
    if (!client)
        return cli.fail(client.error());
    auto opened = openAsAdmin(cli);
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;
    const QString admin = services.context().session()->username;
    if (auto s = services.users().signInInterface(QLatin1String(Sync::Constants::Principal), admin);
        !s)
        return cli.fail(s.error());
    const std::unique_ptr<Sync::SyncEngine> sync = makeSyncEngine(services, *client.value());
    Sync::SyncEngine &engine = *sync;

    if (cli.flags.contains(QStringLiteral("once"))) {
        const Sync::RoundResult r = engine.round();
        cli.print(summary(r));
        services.users().signOut();
        if (!r.ok)
            return cli.fail(Core::invalid(
                QStringLiteral("sync stopped: %1%2")
                    .arg(r.message, r.transient
                                        ? QStringLiteral(" (temporary; nothing is lost, run again)")
                                        : QString())));
        return r.openConflicts > 0 ? ExitConflict : ExitOk;
    }

    // Until SIGTERM/SIGINT: a round, then the interval; after a failure exponential backoff from
    // 2 s to 5 min, or the server's Retry-After when it gives one.
    stopRequested.store(false);
    ::signal(SIGTERM, onSignal);
    ::signal(SIGINT, onSignal);
    engine.setStopFlag(&stopRequested);
    int failures = 0;
    while (!stopRequested.load()) {
        const Sync::RoundResult r = engine.round();
        if (r.ok) {
            failures = 0;
            if (r.pushed + r.pulled + r.newConflicts + r.rejected > 0) {
                cli.print(summary(r));
                std::fflush(cli.out); // a log reading the pipe sees each round as it ends
            }
            pause(intervalMs);
            continue;
        }
        if (stopRequested.load())
            break; // the round was cut short on purpose: its cancelled request is no failure
        ++failures;
        int waitMs = std::min(300000, 2000 << std::min(failures - 1, 8));
        if (r.retryAfterSeconds >= 0)
            waitMs = std::min(3600, r.retryAfterSeconds) * 1000;
        cli.note(QStringLiteral("sync failed: %1; retrying in %2 s")
                     .arg(r.message)
                     .arg(waitMs / 1000.0));
        pause(waitMs);
    }
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    services.users().signOut();
    return ExitOk;
}

// `sync configure`: the practice's sync settings the workstation's sync worker runs with. Without
// options it prints them; `--server off` turns sync off.
int cmdConfigure(CliContext &cli)
{
    auto opened = openAsAdmin(cli);
    if (!opened)
        return cli.fail(opened.error());
    SyncSettingsService service(opened->services->context());
    SyncSettings settings = service.settings();
    const bool off = cli.option(QStringLiteral("server")) == QLatin1String("off");
    if (!off && !cli.has(QStringLiteral("server")) && !cli.has(QStringLiteral("interval"))
        && !cli.has(QStringLiteral("token-file")) && !cli.has(QStringLiteral("ca-file"))) {
        cli.print(
            QStringLiteral("server\t%1")
                .arg(settings.serverUrl.isEmpty() ? QStringLiteral("(off)") : settings.serverUrl));
        cli.print(QStringLiteral("token-file\t%1").arg(settings.tokenFile));
        cli.print(QStringLiteral("ca-file\t%1").arg(settings.caFile));
        cli.print(QStringLiteral("interval\t%1").arg(settings.intervalSeconds));
        opened->services->users().signOut();
        return ExitOk;
    }
    if (off) {
        settings = SyncSettings();
    } else {
        if (cli.has(QStringLiteral("server")))
            settings.serverUrl = cli.option(QStringLiteral("server"));
        if (settings.serverUrl.isEmpty())
            return cli.usage(QStringLiteral("sync configure needs --server URL (or off)"));
        if (cli.has(QStringLiteral("token-file")))
            settings.tokenFile = cli.option(QStringLiteral("token-file"));
        if (cli.has(QStringLiteral("ca-file")))
            settings.caFile = cli.option(QStringLiteral("ca-file"));
        if (cli.has(QStringLiteral("interval"))) {
            bool ok = false;
            settings.intervalSeconds = cli.option(QStringLiteral("interval")).toInt(&ok);
            if (!ok)
                return cli.usage(QStringLiteral("--interval takes whole seconds"));
        }
    }
    const Core::Status saved = service.save(settings);
    opened->services->users().signOut();
    if (!saved)
        return cli.fail(saved.error());
    cli.print(settings.configured() ? QStringLiteral("sync configured: %1 every %2 s")
                                          .arg(settings.serverUrl)
                                          .arg(settings.intervalSeconds)
                                    : QStringLiteral("sync off"));
    return ExitOk;
}

} // namespace

int runSync(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("status"))
        return cmdStatus(cli);
    if (sub == QLatin1String("resolve"))
        return cmdResolve(cli);
    if (sub == QLatin1String("configure"))
        return cmdConfigure(cli);
    if (sub == QLatin1String("send-again"))
        return cmdSendAgain(cli);
    if (sub.isEmpty())
        return cmdRun(cli);
    return cli.usage(QStringLiteral("unknown sync subcommand '%1'; there are: status, resolve, "
                                    "send-again, configure")
                         .arg(sub.left(40)));
}

} // namespace Ambulo::App
