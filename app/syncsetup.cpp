#include "app/syncsetup.h"

#include "connectors/sync/practitioneradapter.h"
#include "modules/charting/adapters/chartingsync.h"
#include "modules/scheduling/adapters/appointmentsync.h"
#include "modules/scheduling/adapters/availabilitysync.h"

namespace Ambulo::App {

std::unique_ptr<Sync::SyncEngine> makeSyncEngine(Core::Services &services, Fhir::Client &client,
                                                 Sync::EngineOptions options)
{
    auto engine = std::make_unique<Sync::SyncEngine>(services, client, options);
    // Push order: Patient (built in), then Practitioner (pushed as a reference), then what refers
    // to both.
    engine->addAdapter(std::make_unique<Sync::PractitionerAdapter>());
    engine->addAdapter(std::make_unique<Scheduling::AppointmentSyncAdapter>(services));
    engine->addAdapter(std::make_unique<Scheduling::WorkingHoursSyncAdapter>(services));
    engine->addAdapter(std::make_unique<Scheduling::BlockoutSyncAdapter>(services));
    Charting::addChartAdapters(*engine, services);
    return engine;
}

} // namespace Ambulo::App
