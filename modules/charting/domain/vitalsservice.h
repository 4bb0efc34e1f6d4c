#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>
#include <optional>

namespace Ambulo::Core {
class Database;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// Vital signs in the units typed, stored in °C, kg and cm, with BMI computed. A value outside its
// plausible range (a typo, most often) is refused unless the user confirms it; a value no body can
// have is refused always.
class VitalsService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::VitalsService)

public:
    explicit VitalsService(Core::ServiceContext &context);

    Core::Result<qint64> record(const VitalsEntry &entry);
    // Newest first.
    Core::Result<QList<Vitals>> forPatient(qint64 patientId, int limit = 20);
    Core::Result<QList<Vitals>> forEncounter(qint64 encounterId);

    // Checks only, for a form that wants to warn before the user presses Save.
    static Core::Status check(const VitalsEntry &entry);

    // The encounter's latest vitals (or the patient's when encounterId is 0); no checks, no audit:
    // for services that already checked (templates, the summary).
    static Core::Result<std::optional<Vitals>> latest(Core::Database &db, qint64 patientId,
                                                      qint64 encounterId);
    static Core::Result<QList<Vitals>> read(Core::Database &db, qint64 patientId, int limit);
    static Core::Result<std::optional<Vitals>> byId(Core::Database &db, qint64 id);

    // Vitals as another workstation recorded them (FHIR sync; the change-log origin is the
    // context's), in stored units: `vitals.id` 0 inserts, else that row takes the values.
    // Impossible readings are refused; implausible ones are kept as measured (and flagged), and
    // the encounter may be signed already (the vitals were taken before). Audited.
    Core::Result<qint64> applyRemote(const Vitals &vitals);
    // The change-log id of a vitals row. Vitals and lab results are both FHIR Observations, one
    // change-log entity: vitals count down from -1, lab observations up from 1.
    static qint64 changeId(qint64 vitalsId) { return -vitalsId; }

private:
    Core::ServiceContext &m_context;
};

} // namespace Ambulo::Charting
