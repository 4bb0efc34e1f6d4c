#include "modules/charting/domain/chartqueries.h"

#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/clinicallists.h"
#include "modules/charting/domain/resultservice.h"
#include "modules/charting/domain/vitalsservice.h"

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
namespace C = Constants;

ChartQueries::ChartQueries(Core::ServiceContext &context)
    : m_context(context)
{}

Result<ChartSummary> ChartQueries::summary(qint64 patientId, int vitalsLimit, int resultsLimit,
                                           int encountersLimit)
{
    if (Status s = m_context.require(Permission::ChartRead, patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, patientId);
    if (!patient)
        return patient.error();
    ChartSummary sum;
    sum.patientId = patientId;
    auto problems = ProblemService::read(db, patientId, true);
    if (!problems)
        return problems.error();
    sum.problems = problems.value();
    auto meds = MedicationService::read(db, patientId, true);
    if (!meds)
        return meds.error();
    sum.medications = meds.value();
    auto allergies = AllergyService::read(db, patientId, true);
    if (!allergies)
        return allergies.error();
    sum.allergies = allergies.value();
    auto vitals = VitalsService::read(db, patientId, vitalsLimit);
    if (!vitals)
        return vitals.error();
    sum.recentVitals = vitals.value();
    auto results = ResultService::recent(db, patientId, resultsLimit);
    if (!results)
        return results.error();
    sum.recentResults = results.value();
    Query q = db.query(QLatin1String(Internal::EncounterSelect)
                       + QStringLiteral("WHERE e.patient_id = ? ORDER BY e.started_at DESC, "
                                        "e.id DESC LIMIT ?"));
    q.bind(1, patientId).bind(2, encountersLimit);
    while (q.next())
        sum.encounters << Internal::readEncounter(q);
    if (q.failed())
        return q.error();
    if (Status s = Internal::audit(m_context, C::Audit::ChartRead, patientId, patient->mrn,
                                   QStringLiteral("summary"));
        !s)
        return s.error();
    return sum;
}

} // namespace Ambulo::Charting
