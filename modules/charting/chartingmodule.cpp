#include "modules/charting/chartingmodule.h"

#include "core/context/eventhub.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingdemo.h"
#include "modules/charting/domain/chartingschema.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/resultswidget.h"

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

ChartingServices &ChartingModule::services(Core::ModuleContext &context) const
{
    if (!m_services)
        m_services = std::make_unique<ChartingServices>(context.services, context.events);
    return *m_services;
}

ChartContext &ChartingModule::chartContext() const
{
    if (!m_chartContext)
        m_chartContext = std::make_unique<ChartContext>();
    return *m_chartContext;
}

QList<Core::DockSpec> ChartingModule::docks() const
{
    QList<Core::DockSpec> docks;
    docks.append({QLatin1String(Constants::DockResults),
                  tr("Results"),
                  Qt::RightDockWidgetArea,
                  {Core::Role::Provider},
                  Core::Permission::ChartRead,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::ResultsWidget(services(context), context, parent);
                  }});
    return docks;
}

void ChartingModule::sessionStarted(Core::ModuleContext &context)
{
    services(context);
}

void ChartingModule::sessionEnded()
{
    m_chartContext.reset();
    m_services.reset();
}

Core::Status ChartingModule::seedDemo(Core::Services &services, quint64 seed)
{
    // Nobody listens during a demo build; the hub only satisfies the services.
    Core::EventHub events;
    ChartingServices charting(services, events);
    return ChartingDemo::seed(charting, seed);
}

} // namespace Ambulo::Charting
