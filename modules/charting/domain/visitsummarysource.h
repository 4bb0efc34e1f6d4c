#pragma once

#include "core/result.h"
#include "core/session/practiceservice.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>
#include <optional>

namespace Ambulo::Charting {

class ChartingServices;

// Everything the patient's visit summary (the "clinical summary" handed out after a visit)
// shows, read through the services so their permission checks and audit apply. The note's text
// is there only if the reader may read it: a sensitive note is left out for anyone but its
// author, and `noteWithheld` says why, for the summary to print instead.
struct VisitSummaryData
{
    Core::PracticeSettings practice;
    Encounter encounter;
    QDate birthDate;
    QList<Vitals> vitals;
    QList<Diagnosis> diagnoses;
    QList<SuperbillLine> procedures;
    QList<Medication> medications; // active
    QList<Allergy> allergies;      // active
    std::optional<Note> note;
    QString noteWithheld;
    QList<Addendum> addenda;
    QString generatedBy;
    QDateTime generatedAt;

    bool isDraft() const { return encounter.status != EncounterStatus::Signed; }
};

// Reads the summary's data and records its export. A draft (unsigned) encounter may be summarised
// too; the renderer marks it as such on every page.
class VisitSummarySource
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::VisitSummarySource)

public:
    explicit VisitSummarySource(ChartingServices &charting);

    // The patient's whole visit leaves the system, so the record is opened as the chart would
    // be: a restricted patient needs a break-glass reason (audited and flagged).
    Core::Result<VisitSummaryData> collect(qint64 encounterId,
                                           const QString &breakGlassReason = {});
    // Audits that the summary left the system (as a file named `destination`).
    Core::Status recordExport(const VisitSummaryData &data, const QString &destination);

private:
    ChartingServices &m_charting;
};

} // namespace Ambulo::Charting
