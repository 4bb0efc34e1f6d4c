#include "modules/scheduling/schedulingmodule.h"

#include "core/context/eventhub.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingdemo.h"
#include "modules/scheduling/domain/schedulingschema.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/calendarwidget.h"
#include "modules/scheduling/ui/flowboardwidget.h"
#include "modules/scheduling/ui/registrationwidget.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"
#include "modules/scheduling/ui/setupwidget.h"
#include "modules/scheduling/ui/waitlistwidget.h"

namespace Ambulo::Scheduling {

using Core::Permission;
using Core::Role;

SchedulingModule::SchedulingModule() = default;
SchedulingModule::~SchedulingModule() = default;

QString SchedulingModule::id() const
{
    return QLatin1String(Constants::ModuleId);
}

QList<Core::MigrationSet> SchedulingModule::migrations() const
{
    return {schedulingMigrations()};
}

SchedulingServices &SchedulingModule::services(Core::ModuleContext &context) const
{
    if (!m_services)
        m_services = std::make_unique<SchedulingServices>(context.services, context.events);
    return *m_services;
}

QList<Core::DockSpec> SchedulingModule::docks() const
{
    QList<Core::DockSpec> docks;
    docks.append({QLatin1String(Constants::DockCalendar),
                  tr("Calendar"),
                  Qt::RightDockWidgetArea,
                  {Role::FrontDesk, Role::Provider, Role::Admin},
                  Permission::ScheduleRead,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::CalendarWidget(services(context), context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockFlowBoard),
                  tr("Flow board"),
                  Qt::BottomDockWidgetArea,
                  {Role::FrontDesk, Role::Provider, Role::Admin},
                  Permission::ScheduleRead,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::FlowBoardWidget(services(context), context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockRegistration),
                  tr("Registration"),
                  Qt::LeftDockWidgetArea,
                  {Role::FrontDesk, Role::Admin},
                  Permission::PatientWrite,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::RegistrationWidget(services(context), context, parent);
                  }});
    docks.append({QLatin1String(Constants::DockWaitlist),
                  tr("Waitlist"),
                  Qt::BottomDockWidgetArea,
                  {Role::Admin},
                  Permission::ScheduleRead,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::WaitlistWidget(services(context), context, parent);
                  }});
    // Set-up is occasional work: in the View menu for admins, not in anyone's default layout.
    docks.append({QLatin1String(Constants::DockSetup),
                  tr("Schedule set-up"),
                  Qt::RightDockWidgetArea,
                  {},
                  Permission::PracticeAdmin,
                  [this](Core::ModuleContext &context, QWidget *parent) -> QWidget * {
                      return new Internal::SetupWidget(services(context), context, parent);
                  }});
    return docks;
}

void SchedulingModule::sessionStarted(Core::ModuleContext &context)
{
    services(context);
}

void SchedulingModule::sessionEnded()
{
    m_services.reset();
}

Core::Status SchedulingModule::seedDemo(Core::Services &services, quint64 seed)
{
    // Nobody listens during a demo build; the hub only satisfies the services.
    Core::EventHub events;
    SchedulingServices scheduling(services, events);
    return SchedulingDemo::seed(scheduling, seed);
}

} // namespace Ambulo::Scheduling
