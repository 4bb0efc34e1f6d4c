#pragma once

#include "core/module/module.h"

namespace Ambulo::Scheduling {

// The front desk: calendars, booking, check-in, flow board, waitlist. The domain services live in
// domain/ and are made per connection (SchedulingServices); docks come with the UI.
class SchedulingModule : public Core::Module
{
public:
    QString id() const override;
    QList<Core::MigrationSet> migrations() const override;
    QList<Core::DockSpec> docks() const override;
    Core::Status seedDemo(Core::Services &services, quint64 seed) override;
};

} // namespace Ambulo::Scheduling
