#include "modules/charting/domain/chartingservices.h"

#include "core/entities/patientservice.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartmerge.h"

namespace Ambulo::Charting {

ChartingServices::ChartingServices(Core::Services &core, Core::EventHub &events)
    : m_core(core)
    , m_events(events)
    , m_encounters(core.context(), events)
    , m_notes(core.context())
    , m_sign(core.context(), events)
    , m_vitals(core.context())
    , m_problems(core.context(), events)
    , m_medications(core.context(), events)
    , m_allergies(core.context(), events)
    , m_results(core.context(), events)
    , m_codes(core.context())
    , m_superbill(core.context())
    , m_queries(core.context())
{
    // A patient merge re-points the chart's rows in the merge's own transaction.
    core.patients().addMergeHook(QLatin1String(Constants::MigrationComponent), &repointMergedChart);
}

} // namespace Ambulo::Charting
