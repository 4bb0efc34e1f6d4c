#include "app/syncsetup.h"

namespace Ambulo::App {

std::unique_ptr<Sync::SyncEngine> makeSyncEngine(Core::Services &services, Fhir::Client &client,
                                                 Sync::EngineOptions options)
{
    return std::make_unique<Sync::SyncEngine>(services, client, options);
}

} // namespace Ambulo::App
