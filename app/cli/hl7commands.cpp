#include "app/cli/hl7commands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/cli/hl7inboundcommands.h"
#include "app/cli/hl7outboundcommands.h"
#include "app/modulecatalog.h"
#include "connectors/hl7/batch.h"
#include "connectors/hl7/message.h"

#include <QFile>

namespace Ambulo::App {

namespace {

// Prints the unescaped value at each path, one per line: an empty line when the message has no
// such element, `""` for HL7's explicit null. Paths are checked before the file is read, so a
// typo is a usage error (2) whatever the file holds; an unreadable or unparsable file is 1.
int cmdGet(CliContext &cli)
{
    if (cli.words.size() < 4)
        return cli.usage(QStringLiteral("hl7 get needs FILE and at least one PATH (e.g. PID-5-1)"));
    QList<Hl7::Path> paths;
    for (qsizetype i = 3; i < cli.words.size(); ++i) {
        Hl7::Error error;
        const auto path = Hl7::Path::parse(cli.words[i], &error);
        if (!path)
            return cli.usage(error.message);
        paths.append(*path);
    }
    const QString fileName = cli.words[2];
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail({Core::ErrorCode::Invalid,
                         QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())});
    const Hl7::ParseLimits limits;
    const QByteArray bytes = file.read(limits.maxBytes + 1);
    QList<Hl7::BatchPart> parts = Hl7::splitBatch(bytes);
    // Text before the first MSH is its own part; report it as what does not parse rather than as
    // a second message.
    if (parts.size() > 1 && !parts.first().bytes.startsWith("MSH"))
        parts.resize(1);
    if (parts.size() > 1)
        return cli.fail(
            {Core::ErrorCode::Invalid, QStringLiteral("%1 holds %2 messages; hl7 get reads one")
                                           .arg(fileName)
                                           .arg(parts.size())});
    Hl7::Error error;
    const auto message =
        Hl7::Message::parse(parts.isEmpty() ? QByteArray() : parts.first().bytes, &error, limits);
    if (!message) {
        const qsizetype at = parts.isEmpty() ? 0 : parts.first().offset + error.position;
        return cli.fail({Core::ErrorCode::Invalid, QStringLiteral("%1 is not an HL7 message: at "
                                                                  "byte %2: %3")
                                                       .arg(fileName)
                                                       .arg(at)
                                                       .arg(error.message)});
    }
    for (const Hl7::Path &path : paths) {
        const Hl7::Value value = message->get(path);
        cli.print(value.isNull() ? QStringLiteral("\"\"") : value.text());
    }
    return ExitOk;
}

} // namespace

int runHl7(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("get"))
        return cmdGet(cli);
    if (sub == QLatin1String("import"))
        return cmdHl7Import(cli, ModuleCatalog::hl7Adapters());
    if (sub == QLatin1String("listen"))
        return cmdHl7Listen(cli, ModuleCatalog::hl7Adapters());
    if (sub == QLatin1String("send"))
        return runHl7Send(cli);
    if (sub == QLatin1String("queue"))
        return runHl7Queue(cli);
    if (sub == QLatin1String("interface"))
        return runHl7Interface(cli);
    const QString known = QStringLiteral("get, import, listen, send, queue, interface");
    return cli.usage(
        sub.isEmpty()
            ? QStringLiteral("hl7 needs a subcommand: %1").arg(known)
            : QStringLiteral("unknown hl7 subcommand '%1'; there is: %2").arg(sub.left(40), known));
}

} // namespace Ambulo::App
