#include "app/cli/hl7inboundcommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "connectors/hl7/batch.h"
#include "connectors/hl7/inboundengine.h"
#include "connectors/hl7/mllplistener.h"
#include "core/context/eventhub.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Ambulo::App {

namespace {

// Receiving messages changes the practice's records as an interface principal; starting that
// is an administrator's decision, audited under both names.
Core::Result<CliContext::Opened> openAsAdmin(CliContext &cli)
{
    auto opened = cli.openAndSignIn();
    if (!opened)
        return opened.error();
    if (Core::Status s = opened->services->context().require(Core::Permission::PracticeAdmin); !s)
        return s.error();
    return opened;
}

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Nothing else is safe in a signal handler; the event loop reads the byte.
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int cmdHl7Import(CliContext &cli, const QList<Hl7::AdapterSet> &adapters)
{
    if (cli.words.size() != 3)
        return cli.usage(QStringLiteral("hl7 import needs one FILE"));
    const QString fileName = cli.words[2];
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail({Core::ErrorCode::Invalid,
                         QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())});
    const QByteArray bytes = file.readAll();
    const QList<Hl7::BatchPart> parts = Hl7::splitBatch(bytes);
    if (parts.isEmpty())
        return cli.fail(
            {Core::ErrorCode::Invalid, QStringLiteral("%1 holds no HL7 message").arg(fileName)});
    auto opened = openAsAdmin(cli);
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;
    const QString admin = services.context().session()->username;
    const QString name = QStringLiteral("import");
    if (auto s = services.users().signInInterface(QStringLiteral("hl7:") + name, admin); !s)
        return cli.fail(s.error());
    Core::EventHub events;
    Hl7::InboundEngine engine(opened->store->db(), services, events, name, adapters);
    QList<QByteArray> messages;
    for (const Hl7::BatchPart &part : parts)
        messages.append(part.bytes);
    auto results = engine.apply(messages);
    if (!results)
        return cli.fail(results.error());
    bool allAccepted = true;
    for (const Hl7::InboundResult &r : *results) {
        QString line = r.code + QLatin1Char('\t') + r.controlId;
        if (r.duplicate)
            line += QStringLiteral("\tduplicate");
        if (r.code != QLatin1String("AA")) {
            allAccepted = false;
            line += QLatin1Char('\t') + r.text;
        }
        cli.print(line);
    }
    return allAccepted ? ExitOk : ExitError;
}

int cmdHl7Listen(CliContext &cli, const QList<Hl7::AdapterSet> &adapters)
{
    if (cli.words.size() != 2)
        return cli.usage(QStringLiteral("hl7 listen takes no FILE, only options"));
    if (!cli.has(QStringLiteral("port")))
        return cli.usage(QStringLiteral("hl7 listen needs --port P (0: any free port)"));
    bool portOk = false;
    const uint port = cli.option(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return cli.usage(QStringLiteral("--port must be a number from 0 to 65535"));
    Hl7::ListenerOptions options;
    options.port = quint16(port);
    if (cli.has(QStringLiteral("bind"))
        && !options.bindAddress.setAddress(cli.option(QStringLiteral("bind"))))
        return cli.usage(QStringLiteral("--bind needs an IP address, not '%1'")
                             .arg(cli.option(QStringLiteral("bind")).left(60)));
    if (cli.has(QStringLiteral("name")))
        options.name = cli.option(QStringLiteral("name"));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    if (!validName.match(options.name).hasMatch())
        return cli.usage(QStringLiteral("--name is 1 to 40 letters, digits, '.', '_' or '-'"));
    options.certificateFile = cli.option(QStringLiteral("tls-cert"));
    options.privateKeyFile = cli.option(QStringLiteral("tls-key"));
    options.clientCaFile = cli.option(QStringLiteral("client-ca"));
    if (options.certificateFile.isEmpty()
        && (!options.privateKeyFile.isEmpty() || !options.clientCaFile.isEmpty()))
        return cli.usage(QStringLiteral("--tls-key and --client-ca need --tls-cert"));
    if (!options.certificateFile.isEmpty() && options.privateKeyFile.isEmpty())
        return cli.usage(QStringLiteral("--tls-cert needs --tls-key"));

    auto opened = openAsAdmin(cli);
    if (!opened)
        return cli.fail(opened.error());
    options.startedBy = opened->services->context().session()->username;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return cli.fail(Core::invalid(QStringLiteral("cannot set up signal handling")));
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    Hl7::MllpListener listener(*opened->store, adapters, options);
    QObject::connect(
        &listener, &Hl7::MllpListener::errorOccurred, &listener,
        [&cli](const QString &text) { cli.note(QStringLiteral("hl7 listen: ") + text); });
    auto bound = listener.start();
    if (!bound)
        return cli.fail(bound.error());
    cli.print(QStringLiteral("listening on %1:%2").arg(options.bindAddress.toString()).arg(*bound));
    std::fflush(cli.out);

    QEventLoop loop;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&loop] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        loop.quit();
    });
    loop.exec();
    listener.stop();
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return ExitOk;
}

} // namespace Ambulo::App
