#include "app/modulecatalog.h"

#include "app/shell/platformmodule.h"
#include "connectors/hl7/adapters/patientmessages.h"
#include "connectors/hl7/inboundschema.h"
#include "connectors/hl7/outboundschema.h"
#include "connectors/sync/syncschema.h"
#include "modules/charting/adapters/oruadapter.h"
#include "modules/charting/chartingmodule.h"
#include "modules/scheduling/adapters/appointmentmessages.h"
#include "modules/scheduling/schedulingmodule.h"

namespace Ambulo::App::ModuleCatalog {

std::vector<std::unique_ptr<Core::Module>> create()
{
    std::vector<std::unique_ptr<Core::Module>> modules;
    modules.push_back(std::make_unique<PlatformModule>());
    modules.push_back(std::make_unique<Scheduling::SchedulingModule>());
    modules.push_back(std::make_unique<Charting::ChartingModule>());
    return modules;
}

QList<Core::MigrationSet> migrations()
{
    QList<Core::MigrationSet> sets;
    for (const auto &module : create())
        sets += module->migrations();
    sets += Hl7::inboundMigrations();
    sets += Hl7::outboundMigrations();
    sets += Sync::migrations();
    return sets;
}

QList<Hl7::AdapterSet> hl7Adapters()
{
    QList<Hl7::AdapterSet> sets = Hl7::coreAdapters();
    sets.append(Scheduling::hl7Adapters());
    sets.append(Charting::oruAdapter());
    return sets;
}

} // namespace Ambulo::App::ModuleCatalog
