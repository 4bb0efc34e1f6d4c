#pragma once

namespace Ambulo::App {

class CliContext;

// "icd10-search": 74,000 synthetic ICD-10-CM codes (the size of the real set; the real order file
// is not shipped) imported through the order-file reader, then word and code-prefix searches,
// p50/p99 of each. "chart-summary": one patient with 200 signed encounters and 2,000 results;
// the chart summary query's p50/p99 (the query part of opening a chart).
int benchIcd10Search(CliContext &cli);
int benchChartSummary(CliContext &cli);

} // namespace Ambulo::App
