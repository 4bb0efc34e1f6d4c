#pragma once

#include <QStringList>

namespace Ambulo::App {

class CliContext;

// "icd10-search": 74,000 synthetic ICD-10-CM codes (the size of the real set; the real order file
// is not shipped) imported through the order-file reader, then word and code-prefix searches,
// p50/p99 of each. "chart-summary": one patient with 200 signed encounters and 2,000 results;
// the chart summary query's p50/p99 (the query part of opening a chart).
// "chart-open-painted": the same chart opened in the chart dock, from setting the patient to the
// dock painted (grabbed offscreen), p50/p99 over 40 opens against the 100 ms target. It needs
// widgets: under the command line's QCoreApplication it runs itself again as a child with a
// QApplication (see benchChartNeedsWidgets).
int benchIcd10Search(CliContext &cli);
int benchChartSummary(CliContext &cli);
int benchChartOpenPainted(CliContext &cli);
bool benchChartNeedsWidgets(const QStringList &arguments);

} // namespace Ambulo::App
