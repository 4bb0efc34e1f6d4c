#include "modules/charting/domain/chartingservices.h"

#include "core/session/services.h"

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
{}

} // namespace Ambulo::Charting
