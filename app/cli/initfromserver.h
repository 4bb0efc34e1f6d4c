#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace Ambulo::Core {
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Fhir {
class Client;
} // namespace Ambulo::Fhir

namespace Ambulo::App {

class CliContext;

// `init ... --from-server URL [--token-file F] [--ca-file F]`, in two halves around the store's
// creation. First the server's client, checked before anything is created (a bad URL is a
// Usage error, an unreadable token or CA file another error): a refused option leaves no store.
Core::Result<std::unique_ptr<Fhir::Client>> initServerClient(CliContext &cli);

// Then, once the new store is committed: pulls everything the server holds through the sync
// engine, signed in as `admin` and then as the sync principal, and prints the counts. A server
// that cannot be reached or refuses, or a SIGTERM/SIGINT, stops the pull with what was applied
// kept (a page at a time); the store stays valid and `ambulo sync` completes it, which the
// message says. Returns the exit code.
int pullIntoNewStore(CliContext &cli, Core::Services &services, Fhir::Client &client,
                     const QString &admin, const QString &password);

} // namespace Ambulo::App
