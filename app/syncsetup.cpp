#include "app/syncsetup.h"

#include "connectors/sync/coverageadapter.h"
#include "connectors/sync/locationadapter.h"
#include "connectors/sync/organizationadapter.h"
#include "connectors/sync/practitioneradapter.h"
#include "modules/charting/adapters/chartingsync.h"
#include "modules/scheduling/adapters/appointmentsync.h"
#include "modules/scheduling/adapters/availabilitysync.h"

namespace Ambulo::App {

std::vector<std::unique_ptr<Sync::ResourceAdapter>> makeSyncAdapters(Core::Services &services)
{
    // Push order: a type refers only to types before it. Patient (built in); Practitioner,
    // Organization (payers) and Location (rooms); bookings; a provider's hours Schedule, then its
    // blockout Slots; the chart (Encounter first); Coverage (Patient and payer).
    std::vector<std::unique_ptr<Sync::ResourceAdapter>> adapters;
    adapters.push_back(std::make_unique<Sync::PractitionerAdapter>());
    adapters.push_back(std::make_unique<Sync::OrganizationAdapter>());
    adapters.push_back(std::make_unique<Sync::LocationAdapter>());
    adapters.push_back(std::make_unique<Scheduling::AppointmentSyncAdapter>(services));
    adapters.push_back(std::make_unique<Scheduling::WorkingHoursSyncAdapter>(services));
    adapters.push_back(std::make_unique<Scheduling::BlockoutSyncAdapter>(services));
    for (std::unique_ptr<Sync::ResourceAdapter> &chart : Charting::chartAdapters(services))
        adapters.push_back(std::move(chart));
    adapters.push_back(std::make_unique<Sync::CoverageAdapter>());
    return adapters;
}

std::unique_ptr<Sync::SyncEngine> makeSyncEngine(Core::Services &services, Fhir::Client &client,
                                                 Sync::EngineOptions options)
{
    auto engine = std::make_unique<Sync::SyncEngine>(services, client, options);
    for (std::unique_ptr<Sync::ResourceAdapter> &adapter : makeSyncAdapters(services))
        engine->addAdapter(std::move(adapter));
    return engine;
}

Sync::EngineOptions firstSyncOptions()
{
    Sync::EngineOptions options;
    // About a second of the applying thread's work; well inside the page cache (32 MB).
    options.commitRecords = 10000;
    options.commitMs = 1000;
    return options;
}

QStringList pushedSyncTypes(Core::Services &services)
{
    QStringList types{QStringLiteral("Patient")};
    for (const std::unique_ptr<Sync::ResourceAdapter> &adapter : makeSyncAdapters(services)) {
        if (adapter->pushesChanges())
            types << adapter->resourceType();
    }
    return types;
}

} // namespace Ambulo::App
