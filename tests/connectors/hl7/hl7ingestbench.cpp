// The hl7-ingest benchmark with the test ADT handler in place of the modules' adapters, for
// figures before the real ADT adapters are in the catalog (`ambulo bench hl7-ingest` then).
//   hl7ingestbench [--bench-dir DIR]

#include "app/bench/hl7ingestbench.h"
#include "app/cli/clicontext.h"
#include "tests/connectors/hl7/testadthandler.h"

#include <QCoreApplication>
#include <QDir>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Ambulo::App::CliContext cli(stdin, stdout, stderr);
    QString error;
    if (!cli.parse(app.arguments().mid(1), &error))
        return cli.usage(error);
    const QString root = cli.has(QStringLiteral("bench-dir"))
                             ? cli.option(QStringLiteral("bench-dir"))
                             : QDir::tempPath();
    return Ambulo::App::benchHl7Ingest(cli, root, {Ambulo::Test::TestAdtHandler::adapterSet()},
                                       true);
}
