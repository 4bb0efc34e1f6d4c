#include "app/cli/initfromserver.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/session/services.h"

#include <atomic>
#include <csignal>

namespace Ambulo::App {

namespace {

std::atomic_bool interrupted = false;

void onSignal(int)
{
    interrupted.store(true);
}

} // namespace

Core::Result<std::unique_ptr<Fhir::Client>> initServerClient(CliContext &cli)
{
    const QString url = cli.option(QStringLiteral("from-server"));
    Fhir::ClientOptions options;
    options.baseUrl = QUrl(url);
    if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()
        || (options.baseUrl.scheme() != QLatin1String("https")
            && options.baseUrl.scheme() != QLatin1String("http")))
        return Core::Error{Core::ErrorCode::Usage,
                           QStringLiteral("--from-server must be an http(s) URL (the FHIR base), "
                                          "not '%1'")
                               .arg(url.left(80))};
    options.tokenFile = cli.option(QStringLiteral("token-file"));
    options.caFile = cli.option(QStringLiteral("ca-file"));
    return Fhir::Client::create(options);
}

int pullIntoNewStore(CliContext &cli, Core::Services &services, Fhir::Client &client,
                     const QString &admin, const QString &password)
{
    const QString server = client.options().baseUrl.toString();
    const QString later = QStringLiteral("The new store is ready to use; 'ambulo sync --server %1 "
                                         "--once' completes it.")
                              .arg(server);
    if (auto session = services.users().signIn(admin, password); !session)
        return cli.fail(session.error());
    if (auto s = services.users().signInInterface(QLatin1String(Sync::Constants::Principal), admin);
        !s)
        return cli.fail(s.error());

    interrupted.store(false);
    ::signal(SIGTERM, onSignal);
    ::signal(SIGINT, onSignal);
    const std::unique_ptr<Sync::SyncEngine> engine =
        makeSyncEngine(services, client, firstSyncOptions());
    engine->setStopFlag(&interrupted);
    const Sync::RoundResult r = engine->pull();
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    services.users().signOut();

    QString counts = QStringLiteral("pulled %1").arg(r.pulled);
    if (r.skipped > 0)
        counts += QStringLiteral(", skipped %1").arg(r.skipped);
    if (r.openConflicts > 0)
        counts += QStringLiteral(", conflicts %1").arg(r.openConflicts);
    // First: an interrupt also cancels the request in flight, which the round reports as failed.
    if (interrupted.load())
        return cli.fail(
            Core::invalid(QStringLiteral("interrupted after %1. %2").arg(counts, later)));
    if (!r.ok)
        return cli.fail(Core::invalid(
            QStringLiteral("pulling from %1 failed after %2: %3. %4")
                .arg(server, counts, r.message.isEmpty() ? QStringLiteral("unknown") : r.message,
                     later)));
    cli.print(QStringLiteral("From %1: %2.").arg(server, counts));
    return r.openConflicts > 0 ? ExitConflict : ExitOk;
}

} // namespace Ambulo::App
