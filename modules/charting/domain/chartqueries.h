#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

namespace Ambulo::Core {
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// Read-only views for the chart dock, each one call and one audit entry.
class ChartQueries
{
public:
    explicit ChartQueries(Core::ServiceContext &context);

    // Active problems, medications and allergies, the latest vitals, the latest results and
    // the past encounters (newest first), bounded so a long chart opens as fast as a short one.
    Core::Result<ChartSummary> summary(qint64 patientId, int vitalsLimit = 5, int resultsLimit = 20,
                                       int encountersLimit = 50);

private:
    Core::ServiceContext &m_context;
};

} // namespace Ambulo::Charting
