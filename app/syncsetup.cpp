#include "app/syncsetup.h"

#include "connectors/sync/coverageadapter.h"
#include "connectors/sync/locationadapter.h"
#include "connectors/sync/organizationadapter.h"
#include "connectors/sync/practitioneradapter.h"
#include "modules/scheduling/adapters/appointmentsync.h"

namespace Ambulo::App {

std::unique_ptr<Sync::SyncEngine> makeSyncEngine(Core::Services &services, Fhir::Client &client,
                                                 Sync::EngineOptions options)
{
    auto engine = std::make_unique<Sync::SyncEngine>(services, client, options);
    // Push order: Patient (built in), then Practitioner (pushed as a reference), then what refers
    // to both.
    engine->addAdapter(std::make_unique<Sync::PractitionerAdapter>());
    engine->addAdapter(std::make_unique<Sync::OrganizationAdapter>());
    engine->addAdapter(std::make_unique<Sync::LocationAdapter>());
    engine->addAdapter(std::make_unique<Scheduling::AppointmentSyncAdapter>(services));
    engine->addAdapter(std::make_unique<Sync::CoverageAdapter>());
    return engine;
}

} // namespace Ambulo::App
