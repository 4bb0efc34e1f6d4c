#include "app/cli/clicontext.h"

namespace Ambulo::App {

int runBench(CliContext &cli)
{
    return cli.usage(QStringLiteral("bench is not built yet"));
}

} // namespace Ambulo::App
