#include "modules/charting/chartingmodule.h"

#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingschema.h"

namespace Ambulo::Charting {

ChartingModule::ChartingModule() = default;
ChartingModule::~ChartingModule() = default;

QString ChartingModule::id() const
{
    return QLatin1String(Constants::ModuleId);
}

QList<Core::MigrationSet> ChartingModule::migrations() const
{
    return {chartingMigrations()};
}

QList<Core::DockSpec> ChartingModule::docks() const
{
    return {};
}

Core::Status ChartingModule::seedDemo(Core::Services &services, quint64 seed)
{
    Q_UNUSED(services)
    Q_UNUSED(seed)
    return {};
}

} // namespace Ambulo::Charting
