#include "modules/charting/domain/visitsummarysource.h"

#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/chartingservices.h"

#include <QFileInfo>

namespace Ambulo::Charting {

using Core::ErrorCode;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

VisitSummarySource::VisitSummarySource(ChartingServices &charting)
    : m_charting(charting)
{}

Result<VisitSummaryData> VisitSummarySource::collect(qint64 encounterId,
                                                     const QString &breakGlassReason)
{
    VisitSummaryData data;
    auto encounter = m_charting.encounters().encounter(encounterId);
    if (!encounter)
        return encounter.error();
    data.encounter = encounter.value();
    const qint64 patientId = data.encounter.patientId;
    auto patient = m_charting.core().patients().open(patientId, breakGlassReason);
    if (!patient)
        return patient.error();
    data.birthDate = patient->birthDate;
    data.practice = m_charting.core().practice().settings();

    auto vitals = m_charting.vitals().forEncounter(encounterId);
    if (!vitals)
        return vitals.error();
    data.vitals = vitals.value();
    auto diagnoses = m_charting.superbill().diagnoses(encounterId);
    if (!diagnoses)
        return diagnoses.error();
    data.diagnoses = diagnoses.value();
    auto lines = m_charting.superbill().lines(encounterId);
    if (!lines)
        return lines.error();
    data.procedures = lines.value();
    auto medications = m_charting.medications().list(patientId, true);
    if (!medications)
        return medications.error();
    data.medications = medications.value();
    auto allergies = m_charting.allergies().list(patientId, true);
    if (!allergies)
        return allergies.error();
    data.allergies = allergies.value();

    // The note is the one part a reader of the chart may be refused: the summary then goes out
    // without it (and says so) rather than not at all.
    auto note = m_charting.notes().note(encounterId);
    if (note) {
        data.note = note.value();
        auto addenda = m_charting.notes().addenda(encounterId);
        if (!addenda)
            return addenda.error();
        data.addenda = addenda.value();
    } else if (note.error().code == ErrorCode::Denied) {
        data.noteWithheld =
            data.encounter.sensitive
                ? tr("The visit note is marked sensitive and is not included in this summary.")
                : tr("The visit note is not included: %1").arg(note.error().message);
    } else {
        return note.error();
    }
    data.generatedBy = Internal::userName(m_charting.core().context());
    data.generatedAt = QDateTime::currentDateTimeUtc();
    return data;
}

Status VisitSummarySource::recordExport(const VisitSummaryData &data, const QString &destination)
{
    Core::ServiceContext &context = m_charting.core().context();
    const Encounter &e = data.encounter;
    if (Status s = context.require(Core::Permission::ChartRead, e.patientId, e.patientMrn); !s)
        return s;
    return Internal::audit(
        context, C::Audit::SummaryExport, e.patientId, e.patientMrn,
        QStringLiteral("encounter %1, %2, note %3, %4")
            .arg(QString::number(e.id),
                 data.isDraft() ? QStringLiteral("draft") : QStringLiteral("signed"),
                 data.note ? QStringLiteral("included") : QStringLiteral("withheld"),
                 QFileInfo(destination).fileName().left(80)));
}

} // namespace Ambulo::Charting
