#pragma once

#include "core/module/module.h"

namespace Ambulo::Charting {

// Providers document the visit: encounters, notes, vitals, problem/medication/allergy lists,
// results and the superbill. The domain services live in domain/ (ChartingServices); the docks
// arrive with the charting UI.
class ChartingModule : public Core::Module
{
public:
    ChartingModule();
    ~ChartingModule() override;

    QString id() const override;
    QList<Core::MigrationSet> migrations() const override;
    QList<Core::DockSpec> docks() const override;
    Core::Status seedDemo(Core::Services &services, quint64 seed) override;
};

} // namespace Ambulo::Charting
