#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QStackedLayout;

namespace Ambulo::Charting::Internal {

// The low and high ends of a lab's reference range as printed ("70-99", "3.5 - 5.0", "<200",
// ">=40"); an end that is not given, or a range that is not numeric, is empty.
struct ReferenceRange
{
    std::optional<double> low;
    std::optional<double> high;

    bool isEmpty() const { return !low && !high; }
    static ReferenceRange parse(const QString &text);
};

// One analyte's numeric results over time: a line through every value, abnormal values drawn
// again as larger square markers (so they stand out without relying on colour), and the
// reference range as a shaded band between dashed lines. A non-numeric result has no trend; the
// widget then says so in words instead of drawing an empty chart.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const QString &analyte, const QString &units, const QString &referenceRange,
                  const QList<TrendPoint> &points);
    void showNotNumeric(const QString &analyte);
    void clear();

    // What is shown, for tests and screen readers alike.
    bool showsChart() const;
    QString message() const;
    QChart *chart() const { return m_chart; }
    QLineSeries *valueSeries() const { return m_values; }
    QScatterSeries *abnormalSeries() const { return m_abnormal; }
    const ReferenceRange &referenceRange() const { return m_range; }

private:
    void showMessage(const QString &text);

    QStackedLayout *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_message = nullptr;
    QLineSeries *m_values = nullptr;
    QScatterSeries *m_abnormal = nullptr;
    ReferenceRange m_range;
};

} // namespace Ambulo::Charting::Internal
