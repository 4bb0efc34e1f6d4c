// `ambulo hl7 listen` with the test ADT handler in place of the modules' adapters: the same
// command code (option parsing, admin sign-in, listener, signal handling), so the listen and
// crash tests can register patients before the real ADT adapters are in the catalog.
//   hl7testlistener hl7 listen --port P --data DIR --key-file F --user boss

#include "app/cli/clicontext.h"
#include "app/cli/hl7inboundcommands.h"
#include "tests/connectors/hl7/testadthandler.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Ambulo::App::CliContext cli(stdin, stdout, stderr);
    QString error;
    if (!cli.parse(app.arguments().mid(1), &error))
        return cli.usage(error);
    if (cli.words.value(0) != QLatin1String("hl7") || cli.words.value(1) != QLatin1String("listen"))
        return cli.usage(QStringLiteral("only 'hl7 listen' is served here"));
    return Ambulo::App::cmdHl7Listen(cli, {Ambulo::Test::TestAdtHandler::adapterSet()});
}
