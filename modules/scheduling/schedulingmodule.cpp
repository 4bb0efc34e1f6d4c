#include "modules/scheduling/schedulingmodule.h"

#include "core/context/eventhub.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingdemo.h"
#include "modules/scheduling/domain/schedulingschema.h"
#include "modules/scheduling/domain/schedulingservices.h"

namespace Ambulo::Scheduling {

QString SchedulingModule::id() const
{
    return QLatin1String(Constants::ModuleId);
}

QList<Core::MigrationSet> SchedulingModule::migrations() const
{
    return {schedulingMigrations()};
}

QList<Core::DockSpec> SchedulingModule::docks() const
{
    return {};
}

Core::Status SchedulingModule::seedDemo(Core::Services &services, quint64 seed)
{
    // Nobody listens during a demo build; the hub only satisfies the services.
    Core::EventHub events;
    SchedulingServices scheduling(services, events);
    return SchedulingDemo::seed(scheduling, seed);
}

} // namespace Ambulo::Scheduling
