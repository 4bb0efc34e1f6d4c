#include "app/syncsetup.h"

#include "connectors/sync/coverageadapter.h"
#include "connectors/sync/locationadapter.h"
#include "connectors/sync/organizationadapter.h"
#include "connectors/sync/practitioneradapter.h"
#include "modules/charting/adapters/chartingsync.h"
#include "modules/scheduling/adapters/appointmentsync.h"
#include "modules/scheduling/adapters/availabilitysync.h"

namespace Ambulo::App {

std::unique_ptr<Sync::SyncEngine> makeSyncEngine(Core::Services &services, Fhir::Client &client,
                                                 Sync::EngineOptions options)
{
    auto engine = std::make_unique<Sync::SyncEngine>(services, client, options);
    // Push order: a type refers only to types before it. Patient (built in); Practitioner,
    // Organization (payers) and Location (rooms); bookings; a provider's hours Schedule, then its
    // blockout Slots; the chart (Encounter first); Coverage (Patient and payer).
    engine->addAdapter(std::make_unique<Sync::PractitionerAdapter>());
    engine->addAdapter(std::make_unique<Sync::OrganizationAdapter>());
    engine->addAdapter(std::make_unique<Sync::LocationAdapter>());
    engine->addAdapter(std::make_unique<Scheduling::AppointmentSyncAdapter>(services));
    engine->addAdapter(std::make_unique<Scheduling::WorkingHoursSyncAdapter>(services));
    engine->addAdapter(std::make_unique<Scheduling::BlockoutSyncAdapter>(services));
    Charting::addChartAdapters(*engine, services);
    engine->addAdapter(std::make_unique<Sync::CoverageAdapter>());
    return engine;
}

} // namespace Ambulo::App
