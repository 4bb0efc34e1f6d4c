#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace Ambulo::Charting {

class ChartingServices;
struct VisitSummaryData;

// The visit summary handed to the patient (ONC's "clinical summary"): practice, patient, visit,
// vitals, diagnoses, procedures, current medications and allergies, and the note's assessment and
// plan with its addenda, as a Letter-size PDF.
//
// A visit that is not signed yet may be summarised too (a patient often leaves before the
// provider signs), but the document then says "DRAFT — not signed" under its title and across
// every page, so it cannot pass for the final record.
class VisitSummary
{
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::VisitSummary)
public:
    // The document as HTML; every piece of patient data is escaped.
    static QString html(const VisitSummaryData &data);
    // Paints the summary on pages of `paper` size (in the painter's device pixels), calling
    // `newPage` between pages (false stops); returns the number of pages of the document. A draft
    // carries "DRAFT — not signed" across every page.
    static int paint(const VisitSummaryData &data, QPainter &painter, const QSizeF &paper,
                     const std::function<bool()> &newPage);
    // Writes the PDF (through a temporary file, so a failure leaves nothing behind); returns the
    // number of pages. Needs a QGuiApplication (fonts).
    static Core::Result<int> writePdf(const VisitSummaryData &data, const QString &path);
    // Collects the data through the services, writes the PDF and audits the export.
    static Core::Result<int> exportPdf(ChartingServices &charting, qint64 encounterId,
                                       const QString &path, const QString &breakGlassReason = {});
};

} // namespace Ambulo::Charting
