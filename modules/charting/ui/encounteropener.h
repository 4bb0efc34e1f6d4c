#pragma once

#include "core/result.h"

#include <QVariantMap>

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::Charting {
class ChartContext;
class ChartingServices;
} // namespace Ambulo::Charting

namespace Ambulo::Charting::Internal {

// The handler of core's OpenChart event (the flow board's "Open chart"): opens, or finds open,
// the appointment's encounter, makes its patient the current one, points the chart context at
// it and asks the shell to raise the visit dock. Returns the encounter id.
Core::Result<qint64> openChart(ChartingServices &services, Core::ModuleContext &context,
                               ChartContext &chart, const QVariantMap &data);

// Shows why a chart did not open, on the active window, without blocking the event loop.
void showOpenChartError(const QString &message);

} // namespace Ambulo::Charting::Internal
