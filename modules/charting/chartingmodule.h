#pragma once

#include "core/module/module.h"

#include <QCoreApplication>

#include <memory>

namespace Ambulo::Charting {

// Providers document the visit: encounters, notes, vitals, problem/medication/allergy lists,
// results and the superbill. The domain services live in domain/ (ChartingServices) and are made
// per connection; the docks in ui/ share one set per session.
class ChartContext;
class ChartingServices;

class ChartingModule : public Core::Module
{
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::ChartingModule)
public:
    ChartingModule();
    ~ChartingModule() override;

    QString id() const override;
    QList<Core::MigrationSet> migrations() const override;
    QList<Core::DockSpec> docks() const override;
    void sessionStarted(Core::ModuleContext &context) override;
    void sessionEnded() override;
    Core::Status seedDemo(Core::Services &services, quint64 seed) override;

private:
    // The shell builds docks before it calls sessionStarted, so the first dock makes the set.
    ChartingServices &services(Core::ModuleContext &context) const;
    ChartContext &chartContext() const;
    void followAllergies(Core::ModuleContext &context);

    mutable std::unique_ptr<ChartingServices> m_services;
    mutable std::unique_ptr<ChartContext> m_chartContext;
};

} // namespace Ambulo::Charting
