#pragma once

#include "modules/charting/domain/chartqueries.h"
#include "modules/charting/domain/clinicallists.h"
#include "modules/charting/domain/codeservice.h"
#include "modules/charting/domain/encounterservice.h"
#include "modules/charting/domain/noteservice.h"
#include "modules/charting/domain/resultservice.h"
#include "modules/charting/domain/signservice.h"
#include "modules/charting/domain/superbillservice.h"
#include "modules/charting/domain/vitalsservice.h"

namespace Ambulo::Core {
class EventHub;
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// The charting services over one store connection and session; made once per connection (like
// Core::Services) and handed to the docks, commands and adapters that need them.
class ChartingServices
{
public:
    ChartingServices(Core::Services &core, Core::EventHub &events);
    ChartingServices(const ChartingServices &) = delete;
    ChartingServices &operator=(const ChartingServices &) = delete;

    Core::Services &core() { return m_core; }
    Core::EventHub &events() { return m_events; }
    EncounterService &encounters() { return m_encounters; }
    NoteService &notes() { return m_notes; }
    SignService &signing() { return m_sign; }
    VitalsService &vitals() { return m_vitals; }
    ProblemService &problems() { return m_problems; }
    MedicationService &medications() { return m_medications; }
    AllergyService &allergies() { return m_allergies; }
    ResultService &results() { return m_results; }
    CodeService &codes() { return m_codes; }
    SuperbillService &superbill() { return m_superbill; }
    ChartQueries &queries() { return m_queries; }

private:
    Core::Services &m_core;
    Core::EventHub &m_events;
    EncounterService m_encounters;
    NoteService m_notes;
    SignService m_sign;
    VitalsService m_vitals;
    ProblemService m_problems;
    MedicationService m_medications;
    AllergyService m_allergies;
    ResultService m_results;
    CodeService m_codes;
    SuperbillService m_superbill;
    ChartQueries m_queries;
};

} // namespace Ambulo::Charting
