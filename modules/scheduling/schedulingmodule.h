#pragma once

#include "core/module/module.h"

#include <QCoreApplication>

#include <memory>

namespace Ambulo::Scheduling {

class SchedulingServices;

// The front desk: calendars, booking, check-in, flow board, waitlist. The domain services live in
// domain/ and are made per connection (SchedulingServices); the docks share one set per session.
class SchedulingModule : public Core::Module
{
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Scheduling::SchedulingModule)
public:
    SchedulingModule();
    ~SchedulingModule() override;

    QString id() const override;
    QList<Core::MigrationSet> migrations() const override;
    QList<Core::DockSpec> docks() const override;
    void sessionStarted(Core::ModuleContext &context) override;
    void sessionEnded() override;
    Core::Status seedDemo(Core::Services &services, quint64 seed) override;

private:
    // The shell builds docks before it calls sessionStarted, so the first dock makes the set.
    SchedulingServices &services(Core::ModuleContext &context) const;

    mutable std::unique_ptr<SchedulingServices> m_services;
};

} // namespace Ambulo::Scheduling
