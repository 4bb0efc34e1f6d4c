#include "modules/charting/ui/visitsummary.h"

#include "modules/charting/domain/visitsummarysource.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Ambulo::Charting {

namespace {

const QColor DraftColor(183, 28, 28, 70);

// Patient data is plain text wherever it came from: escaped, line breaks kept.
QString esc(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm"));
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
}

QString none(const QString &text)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

// A table of rows of already escaped cells, the first row the header.
QString table(const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                 "width=\"100%\" style=\"border-collapse: collapse;\">");
    for (int r = 0; r < rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : rows[r])
            out += r == 0 ? QStringLiteral("<th align=\"left\">%1</th>").arg(cell)
                          : QStringLiteral("<td>%1</td>").arg(cell);
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

// Label and value pairs, both plain text.
QString fields(const QList<QPair<QString, QString>> &pairs)
{
    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : pairs)
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    return out + QStringLiteral("</table>");
}

} // namespace

QString VisitSummary::html(const VisitSummaryData &d)
{
    const Encounter &e = d.encounter;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Visit summary").toHtmlEscaped());
    if (d.isDraft())
        h += QStringLiteral("<h2 style=\"color: #b71c1c;\">%1</h2>")
                 .arg(tr("DRAFT — not signed").toHtmlEscaped());

    QStringList practice;
    if (!d.practice.name.isEmpty())
        practice << QStringLiteral("<b>%1</b>").arg(esc(d.practice.name));
    if (!d.practice.address.isEmpty())
        practice << esc(d.practice.address);
    if (!d.practice.phone.isEmpty())
        practice << esc(d.practice.phone);
    if (!practice.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(practice.join(QStringLiteral("<br/>")));

    h += fields({{tr("Patient"), e.patientName},
                 {tr("Date of birth"), dateText(d.birthDate)},
                 {tr("MRN"), e.patientMrn},
                 {tr("Visit date"), timeText(e.startedAt)},
                 {tr("Provider"), e.providerName},
                 {tr("Reason for visit"), e.reason}});

    h += section(tr("Vital signs"));
    if (d.vitals.isEmpty()) {
        h += none(tr("No vital signs recorded at this visit."));
    } else {
        QList<QStringList> rows{{tr("Taken").toHtmlEscaped(), tr("Values").toHtmlEscaped()}};
        for (const Vitals &v : d.vitals)
            rows << QStringList{esc(timeText(v.takenAt)), esc(v.toText())};
        h += table(rows);
    }

    h += section(tr("Diagnoses"));
    if (d.diagnoses.isEmpty()) {
        h += none(tr("No diagnoses recorded."));
    } else {
        QList<QStringList> rows{
            {tr("ICD-10 code").toHtmlEscaped(), tr("Diagnosis").toHtmlEscaped()}};
        for (const Diagnosis &dx : d.diagnoses)
            rows << QStringList{esc(dx.code), esc(dx.description)};
        h += table(rows);
    }

    h += section(tr("Procedures"));
    if (d.procedures.isEmpty()) {
        h += none(tr("No procedures recorded."));
    } else {
        QList<QStringList> rows{{tr("Code").toHtmlEscaped(), tr("Procedure").toHtmlEscaped(),
                                 tr("Units").toHtmlEscaped()}};
        for (const SuperbillLine &l : d.procedures) {
            const QString code = l.modifiers.isEmpty() ? l.code
                                                       : l.code + QLatin1Char('-')
                                                             + l.modifiers.join(QLatin1Char('-'));
            rows << QStringList{esc(code), esc(l.description), QString::number(l.units)};
        }
        h += table(rows);
    }

    h += section(tr("Current medications"));
    if (d.medications.isEmpty()) {
        h += none(tr("No current medications recorded."));
    } else {
        QList<QStringList> rows{{tr("Medication").toHtmlEscaped(), tr("Dose").toHtmlEscaped(),
                                 tr("Route").toHtmlEscaped(), tr("Frequency").toHtmlEscaped(),
                                 tr("Since").toHtmlEscaped()}};
        for (const Medication &m : d.medications)
            rows << QStringList{esc(m.name), esc(m.dose), esc(m.route), esc(m.frequency),
                                esc(dateText(m.start))};
        h += table(rows);
    }

    h += section(tr("Allergies"));
    if (d.allergies.isEmpty()) {
        h += none(tr("No known allergies recorded."));
    } else {
        QList<QStringList> rows{{tr("Substance").toHtmlEscaped(), tr("Reaction").toHtmlEscaped(),
                                 tr("Severity").toHtmlEscaped()}};
        for (const Allergy &a : d.allergies)
            rows << QStringList{esc(a.substance), esc(a.reaction), esc(a.severity)};
        h += table(rows);
    }

    if (d.note) {
        h += section(tr("Assessment"));
        h += d.note->assessment.trimmed().isEmpty()
                 ? none(tr("None written."))
                 : QStringLiteral("<p>%1</p>").arg(esc(d.note->assessment));
        h += section(tr("Plan"));
        h += d.note->plan.trimmed().isEmpty() ? none(tr("None written."))
                                              : QStringLiteral("<p>%1</p>").arg(esc(d.note->plan));
        if (!d.addenda.isEmpty()) {
            h += section(tr("Addenda"));
            for (const Addendum &a : d.addenda)
                h += QStringLiteral("<p>%1<br/><i>%2</i></p>").arg(esc(a.text), esc(a.signature));
        }
    } else {
        h += section(tr("Assessment and plan"));
        h += none(d.noteWithheld);
    }

    h += QStringLiteral("<hr/>");
    if (d.isDraft())
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(tr("This visit has not been signed by the provider; this summary is a "
                         "draft and may change.")
                          .toHtmlEscaped());
    else
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Signed by %1 at %2.").arg(e.signedBy, timeText(e.signedAt))));
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(esc(tr("Printed by %1 at %2.").arg(d.generatedBy, timeText(d.generatedAt))));
    return h + QStringLiteral("</body></html>");
}

int VisitSummary::paint(const VisitSummaryData &data, QPainter &painter, const QSizeF &paper,
                        const std::function<bool()> &newPage)
{
    QPaintDevice *device = painter.device();
    QTextDocument doc;
    // Laid out in the device's own resolution, so what is measured is what is painted.
    doc.documentLayout()->setPaintDevice(device);
    QFont font = doc.defaultFont();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(html(data));
    const qreal footer = device->logicalDpiY() / 3.0; // a third of an inch for "page n of m"
    const QSizeF body(paper.width(), paper.height() - footer);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    const QString draft = tr("DRAFT — not signed");
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !newPage())
            break;
        painter.save();
        painter.translate(0, -page * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        QFont small = doc.defaultFont();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, body.height(), body.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom,
                         tr("%1 — page %2 of %3")
                             .arg(data.encounter.patientName, QString::number(page + 1),
                                  QString::number(pages)));
        if (data.isDraft()) {
            painter.save();
            painter.translate(body.width() / 2, body.height() / 2);
            painter.rotate(-35);
            QFont big = doc.defaultFont();
            big.setPointSizeF(36);
            big.setBold(true);
            painter.setFont(big);
            painter.setPen(DraftColor);
            const QRectF box(-body.width(), -body.height() / 4, 2 * body.width(),
                             body.height() / 2);
            painter.drawText(box, Qt::AlignCenter, draft);
            painter.restore();
        }
    }
    return pages;
}

Core::Result<int> VisitSummary::writePdf(const VisitSummaryData &data, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Core::Error{Core::ErrorCode::Usage,
                           tr("Writing a PDF needs the graphical application (fonts).")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::invalid(tr("Cannot write %1: %2").arg(path, file.errorString()));

    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(0.75, 0.75, 0.75, 0.75), QPageLayout::Inch));
        writer.setResolution(300);
        writer.setTitle(tr("Visit summary"));
        writer.setCreator(QStringLiteral("Ambulo"));
        QPainter p;
        if (!p.begin(&writer)) {
            file.cancelWriting();
            return Core::invalid(tr("Cannot write %1.").arg(path));
        }
        pages = paint(data, p, writer.pageLayout().paintRectPixels(writer.resolution()).size(),
                      [&writer] { return writer.newPage(); });
        if (!p.end()) {
            file.cancelWriting();
            return Core::invalid(tr("Cannot write %1.").arg(path));
        }
    }
    if (!file.commit())
        return Core::invalid(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

Core::Result<int> VisitSummary::exportPdf(ChartingServices &charting, qint64 encounterId,
                                          const QString &path, const QString &breakGlassReason)
{
    VisitSummarySource source(charting);
    auto data = source.collect(encounterId, breakGlassReason);
    if (!data)
        return data.error();
    auto pages = writePdf(data.value(), path);
    if (!pages)
        return pages;
    // An export that cannot be audited does not happen: the file goes again.
    if (Core::Status s = source.recordExport(data.value(), path); !s) {
        QFile::remove(path);
        return s.error();
    }
    return pages;
}

} // namespace Ambulo::Charting
