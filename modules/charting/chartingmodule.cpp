#include "modules/charting/chartingmodule.h"

#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingdemo.h"
#include "modules/charting/domain/chartingschema.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/chartwidget.h"
#include "modules/charting/ui/encounteropener.h"
#include "modules/charting/ui/encounterwidget.h"
#include "modules/charting/ui/resultswidget.h"

namespace Ambulo::Charting {

using Core::Permission;
using Core::Role;

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
    docks.append({QLatin1String(Constants::DockChart),
                  tr("Chart"),
                  Qt::LeftDockWidgetArea,
                  {Role::Provider, Role::Admin},
                  Permission::ChartRead,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::ChartWidget(services(context), chartContext(), context,
                                                       parent);
                  }});
    docks.append({QLatin1String(Constants::DockEncounter),
                  tr("Visit"),
                  Qt::RightDockWidgetArea,
                  {Core::Role::Provider},
                  Core::Permission::ChartWrite,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::EncounterWidget(services(context), chartContext(),
                                                           context, parent);
                  }});
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
    // The connection lives as long as the session's chart context.
    QObject::connect(&context.events, &Core::EventHub::published, &chartContext(),
                     [this, &context](const Core::DomainEvent &event) {
                         if (event.type != QLatin1String(Core::Constants::Events::OpenChart))
                             return;
                         auto opened = Internal::openChart(services(context), context,
                                                           chartContext(), event.data);
                         // No message: the person declined to give a break-glass reason.
                         if (!opened && !opened.error().message.isEmpty())
                             Internal::showOpenChartError(opened.error().message);
                     });
    followAllergies(context);
}

// The banner shows the current patient's active allergies, whichever dock is open: set them when
// the patient changes and when that patient's lists change. The session's chart context is the
// connections' receiver, so they end with the session.
void ChartingModule::followAllergies(Core::ModuleContext &context)
{
    Core::ModuleContext *ctx = &context;
    auto update = [this, ctx] {
        const auto &patient = ctx->patient.current();
        const Core::Session *session = ctx->services.context().session();
        if (!patient || !session || !session->has(Permission::ChartRead))
            return;
        auto allergies = services(*ctx).allergies().list(patient->id, true);
        if (!allergies)
            return; // refused (a restricted chart): the banner keeps saying "not recorded"
        QStringList texts;
        for (const Allergy &a : Internal::ChartWidget::severestFirst(allergies.value())) {
            QString severity;
            if (a.severity == QLatin1String("mild"))
                severity = tr("mild");
            else if (a.severity == QLatin1String("moderate"))
                severity = tr("moderate");
            else if (a.severity == QLatin1String("severe"))
                severity = tr("severe");
            texts << (severity.isEmpty()
                          ? a.substance
                          : tr("%1 (%2)", "allergy (severity)").arg(a.substance, severity));
        }
        ctx->patient.setAllergies(texts);
    };
    QObject *receiver = &chartContext();
    QObject::connect(&context.patient, &Core::PatientContext::changed, receiver, update);
    QObject::connect(
        &context.events, &Core::EventHub::published, receiver,
        [ctx, update](const Core::DomainEvent &event) {
            const auto &patient = ctx->patient.current();
            if (patient && event.type == QLatin1String(Constants::Events::ChartChanged)
                && event.data.value(QLatin1String(Constants::Events::KeyPatientId)).toLongLong()
                       == patient->id)
                update();
        });
    update();
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
