#pragma once

#include "connectors/sync/syncengine.h"

#include <memory>

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

} // namespace Ambulo::App
