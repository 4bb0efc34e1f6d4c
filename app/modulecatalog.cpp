#include "app/modulecatalog.h"

#include "app/shell/platformmodule.h"
#include "modules/charting/adapters/oruadapter.h"
#include "modules/charting/chartingmodule.h"
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
    return sets;
}

QList<Hl7::AdapterSet> hl7Adapters()
{
    QList<Hl7::AdapterSet> sets;
    sets << Charting::oruAdapter();
    return sets;
}

} // namespace Ambulo::App::ModuleCatalog
