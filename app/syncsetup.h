#pragma once

#include "connectors/sync/syncengine.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Ambulo::Core {
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Fhir {
class Client;
} // namespace Ambulo::Fhir

namespace Ambulo::App {

// The one place a sync engine is put together: the command line, the workstation's sync worker
// and `init --from-server` all take it from here, so each of them moves the same resource types
// with the same adapters. `services` must be signed in as the sync principal.
std::unique_ptr<Sync::SyncEngine> makeSyncEngine(Core::Services &services, Fhir::Client &client,
                                                 Sync::EngineOptions options = {});

// The options of a new workstation's first pull (`init --from-server`, and the sync-first
// benchmark that times it): no one works on the store yet, so nobody's save waits for the write
// lock, and the pull commits in large groups. Each commit writes once every index page its
// records touched at random; fewer commits write far fewer pages.
Sync::EngineOptions firstSyncOptions();

// The adapters of makeSyncEngine, in push order (Patient, built into the engine, comes first).
std::vector<std::unique_ptr<Sync::ResourceAdapter>> makeSyncAdapters(Core::Services &services);

// The change-log types a sync pushes, as SyncEngine::pushedTypes() of makeSyncEngine's engine,
// for where no engine runs (`sync status` counting what is pending).
QStringList pushedSyncTypes(Core::Services &services);

} // namespace Ambulo::App
