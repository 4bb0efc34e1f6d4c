#pragma once

#include <QList>
#include <QString>

namespace Ambulo::App {

class CliContext;

// One figure per line as name<TAB>value<TAB>unit, so every benchmark reads the same way.
void figure(CliContext &cli, const QString &name, double value, const QString &unit);
// Progress and explanations go to stderr, away from the figures.
void note(CliContext &cli, const QString &text);
// The nearest-rank percentile (p in 0..1) of the samples.
double percentile(QList<double> values, double p);

} // namespace Ambulo::App
