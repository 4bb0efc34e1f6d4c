#include "modules/charting/ui/trendchart.h"

#include "modules/charting/ui/chartinguiconstants.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

bool isAbnormalFlag(const QString &flag)
{
    return !flag.isEmpty() && flag != QLatin1String("N");
}

} // namespace

ReferenceRange ReferenceRange::parse(const QString &text)
{
    static const QRegularExpression between(
        QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    static const QRegularExpression oneSided(
        QStringLiteral("^\\s*([<>])=?\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    ReferenceRange range;
    if (const auto m = between.match(text); m.hasMatch()) {
        range.low = m.captured(1).toDouble();
        range.high = m.captured(2).toDouble();
        if (*range.low > *range.high)
            return {};
    } else if (const auto m = oneSided.match(text); m.hasMatch()) {
        if (m.captured(1) == QLatin1String("<"))
            range.high = m.captured(2).toDouble();
        else
            range.low = m.captured(2).toDouble();
    }
    return range;
}

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QChartView(this);
    m_view->setObjectName(QLatin1String(Names::TrendChartView));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::TrendMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    clear();
}

bool TrendChart::showsChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString TrendChart::message() const
{
    return showsChart() ? QString() : m_message->text();
}

void TrendChart::showMessage(const QString &text)
{
    m_values = nullptr;
    m_abnormal = nullptr;
    m_range = {};
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    setAccessibleDescription(text);
}

void TrendChart::clear()
{
    showMessage(tr("Select a result to see its trend."));
}

void TrendChart::showNotNumeric(const QString &analyte)
{
    showMessage(tr("%1 is not numeric, so there is no trend to chart.").arg(analyte));
}

void TrendChart::setTrend(const QString &analyte, const QString &units,
                          const QString &referenceRange, const QList<TrendPoint> &points)
{
    if (points.isEmpty()) {
        showMessage(tr("%1 has no numeric results to chart.").arg(analyte));
        return;
    }
    auto chart = new QChart;
    chart->setTitle(units.isEmpty() ? analyte : tr("%1 (%2)").arg(analyte, units));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto values = new QLineSeries(chart);
    values->setName(analyte);
    values->setPointsVisible(true);
    auto abnormal = new QScatterSeries(chart);
    abnormal->setName(tr("Abnormal"));
    abnormal->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    abnormal->setMarkerSize(11);
    abnormal->setColor(QColor(0xc6, 0x28, 0x28));
    double lo = points.first().value;
    double hi = lo;
    qint64 first = points.first().at.toMSecsSinceEpoch();
    qint64 last = first;
    for (const TrendPoint &p : points) {
        const qint64 x = p.at.toMSecsSinceEpoch();
        values->append(double(x), p.value);
        if (isAbnormalFlag(p.abnormalFlag))
            abnormal->append(double(x), p.value);
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
        first = std::min(first, x);
        last = std::max(last, x);
    }
    // One result, or several the same day, still needs a visible span of time.
    if (last - first < DayMs) {
        first -= DayMs;
        last += DayMs;
    }
    // A margin either side, so the first and last markers are drawn whole.
    const qint64 margin = (last - first) / 20;
    first -= margin;
    last += margin;

    const ReferenceRange range = ReferenceRange::parse(referenceRange);
    QList<QLineSeries *> bounds;
    auto boundLine = [&](double y) {
        auto line = new QLineSeries(chart);
        line->append(double(first), y);
        line->append(double(last), y);
        QPen pen(QColor(0x2e, 0x7d, 0x32));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        bounds << line;
        lo = std::min(lo, y);
        hi = std::max(hi, y);
        return line;
    };
    QLineSeries *lowLine = range.low ? boundLine(*range.low) : nullptr;
    QLineSeries *highLine = range.high ? boundLine(*range.high) : nullptr;
    if (lowLine && highLine) {
        auto band = new QAreaSeries(highLine, lowLine);
        band->setName(tr("Reference range %1").arg(referenceRange.trimmed()));
        band->setBrush(QColor(0x2e, 0x7d, 0x32, 40));
        band->setPen(highLine->pen());
        chart->addSeries(band);
        // The band carries the legend entry; the bound lines draw its dashed edges.
        chart->addSeries(lowLine);
        chart->addSeries(highLine);
    } else {
        for (QLineSeries *line : std::as_const(bounds)) {
            line->setName(tr("Reference range %1").arg(referenceRange.trimmed()));
            chart->addSeries(line);
        }
    }
    chart->addSeries(values);
    chart->addSeries(abnormal);

    auto xAxis = new QDateTimeAxis(chart);
    xAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    xAxis->setTitleText(tr("Date"));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    auto yAxis = new QValueAxis(chart);
    yAxis->setTitleText(units.isEmpty() ? tr("Value") : units);
    const double pad = hi > lo ? (hi - lo) * 0.1 : std::max(1.0, std::abs(hi) * 0.1);
    yAxis->setRange(lo - pad, hi + pad);
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    // Only the values, abnormal markers and the range belong in the legend.
    if (lowLine && highLine) {
        for (QLegendMarker *m : chart->legend()->markers(lowLine))
            m->setVisible(false);
        for (QLegendMarker *m : chart->legend()->markers(highLine))
            m->setVisible(false);
    }
    if (abnormal->count() == 0)
        for (QLegendMarker *m : chart->legend()->markers(abnormal))
            m->setVisible(false);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_chart = chart;
    m_values = values;
    m_abnormal = abnormal;
    m_range = range;
    m_stack->setCurrentWidget(m_view);
    setAccessibleDescription(tr("%1: %n result(s), %2 abnormal", "", int(points.size()))
                                 .arg(analyte, QString::number(abnormal->count())));
}

} // namespace Ambulo::Charting::Internal
