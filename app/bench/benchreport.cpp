#include "app/bench/benchreport.h"

#include "app/cli/clicontext.h"

#include <algorithm>
#include <cstdio>

namespace Ambulo::App {

void figure(CliContext &cli, const QString &name, double value, const QString &unit)
{
    cli.print(QStringLiteral("%1\t%2\t%3").arg(name).arg(value, 0, 'f', 3).arg(unit));
    std::fflush(cli.out);
}

void note(CliContext &cli, const QString &text)
{
    std::fprintf(cli.err, "bench: %s\n", text.toUtf8().constData());
    std::fflush(cli.err);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        qsizetype(std::min<double>(values.size() - 1, p * (values.size() - 1) + 0.5));
    return values[index];
}

} // namespace Ambulo::App
