#include "app/cli/hl7outboundcommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/hl7delivery.h"
#include "connectors/hl7/batch.h"
#include "connectors/hl7/dispatcher.h"
#include "connectors/hl7/message.h"
#include "connectors/hl7/mllpclient.h"
#include "connectors/hl7/outboundservice.h"
#include "connectors/hl7/outboundworker.h"

#include <QFile>

namespace Ambulo::App {

namespace {

using Core::ErrorCode;

Core::Result<int> portOption(CliContext &cli)
{
    bool ok = false;
    const int port = cli.option(QStringLiteral("port")).toInt(&ok);
    if (!cli.has(QStringLiteral("port")))
        return Core::Error{ErrorCode::Usage, QStringLiteral("--port P is required")};
    if (!ok || port < 1 || port > 65535)
        return Core::Error{ErrorCode::Usage, QStringLiteral("--port must be 1 to 65535, not '%1'")
                                                 .arg(cli.option(QStringLiteral("port")).left(20))};
    return port;
}

// Seconds (fractions allowed) to milliseconds.
Core::Result<int> secondsOption(CliContext &cli, const QString &name, int defaultMs)
{
    if (!cli.has(name))
        return defaultMs;
    bool ok = false;
    const double seconds = cli.option(name).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return Core::Error{
            ErrorCode::Usage,
            QStringLiteral("--%1 takes seconds, more than 0 and at most 600").arg(name)};
    return qMax(1, int(seconds * 1000));
}

Hl7::TlsOptions tlsOptions(CliContext &cli)
{
    Hl7::TlsOptions tls;
    tls.caFile = cli.option(QStringLiteral("tls-ca"));
    tls.certFile = cli.option(QStringLiteral("tls-cert"));
    tls.keyFile = cli.option(QStringLiteral("tls-key"));
    tls.enabled = cli.flags.contains(QStringLiteral("tls")) || !tls.caFile.isEmpty()
                  || !tls.certFile.isEmpty();
    return tls;
}

// --changes: which changes an interface sends.
const QString ChangesHere = QStringLiteral("here");
const QString ChangesAll = QStringLiteral("all");

QString changesWord(bool localChangesOnly)
{
    return localChangesOnly ? ChangesHere : ChangesAll;
}

// Puts the interface options of the command line into `config`: for add every one (an absent
// option takes its default), for set only those given. The result is checked as the service
// checks it, so a mistake is reported before the store is opened.
Core::Status applyInterfaceOptions(CliContext &cli, Hl7::InterfaceConfig &config, bool adding)
{
    auto given = [&](const char *name) {
        return adding || cli.has(QLatin1String(name));
    };
    if (given("host")) {
        config.host = cli.option(QStringLiteral("host"));
        if (config.host.isEmpty())
            return Core::Error{ErrorCode::Usage, QStringLiteral("--host H is required")};
    }
    if (given("port")) {
        const Core::Result<int> port = portOption(cli);
        if (!port)
            return port.error();
        config.port = port.value();
    }
    const Core::Result<int> timeoutMs =
        secondsOption(cli, QStringLiteral("ack-timeout"), config.ackTimeoutMs);
    if (!timeoutMs)
        return timeoutMs.error();
    config.ackTimeoutMs = timeoutMs.value();
    if (given("types")) {
        config.messageTypes =
            cli.option(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &t : config.messageTypes)
            t = t.trimmed();
    }
    if (adding) {
        config.tls = tlsOptions(cli);
    } else {
        // set: a file given replaces that file only; any TLS option turns TLS on.
        const Hl7::TlsOptions tls = tlsOptions(cli);
        if (cli.has(QStringLiteral("tls-ca")))
            config.tls.caFile = tls.caFile;
        if (cli.has(QStringLiteral("tls-cert")))
            config.tls.certFile = tls.certFile;
        if (cli.has(QStringLiteral("tls-key")))
            config.tls.keyFile = tls.keyFile;
        config.tls.enabled = config.tls.enabled || tls.enabled;
    }
    if (given("sending-facility"))
        config.sendingFacility = cli.option(QStringLiteral("sending-facility"));
    if (given("receiving-application"))
        config.receivingApplication = cli.option(QStringLiteral("receiving-application"));
    if (given("receiving-facility"))
        config.receivingFacility = cli.option(QStringLiteral("receiving-facility"));
    if (cli.has(QStringLiteral("changes"))) {
        const QString changes = cli.option(QStringLiteral("changes"));
        if (changes != ChangesHere && changes != ChangesAll)
            return Core::Error{ErrorCode::Usage,
                               QStringLiteral("--changes takes 'here' (this workstation's "
                                              "changes only) or 'all', not '%1'")
                                   .arg(changes.left(20))};
        config.localChangesOnly = changes == ChangesHere;
    }
    if (const QString problem = Hl7::OutboundService::validate(config); !problem.isEmpty())
        return Core::Error{ErrorCode::Usage, problem};
    return {};
}

// After an empty listing: what a new admin does next.
const QString NoInterfaces = QStringLiteral(
    "no outbound interfaces; add one with 'hl7 interface add NAME --host H --port P'");

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

void printStates(CliContext &cli, const QList<Hl7::QueueState> &states)
{
    for (const Hl7::QueueState &s : states) {
        cli.print(QStringLiteral("%1\t%2:%3\t%4\t%5\t%6\t%7")
                      .arg(s.config.name, s.config.host)
                      .arg(s.config.port)
                      .arg(s.pending)
                      .arg(s.parked)
                      .arg(s.lastError.isEmpty() ? QStringLiteral("-")
                                                 : s.lastError.simplified().left(200),
                           stamp(s.lastAckAt)));
    }
}

} // namespace

// Sends the file's messages in order on one connection, each after the previous one's ACK, and
// prints each ACK's MSA-1. Every message is parsed before anything is sent, so a broken file
// sends nothing. No ACK in time, or a lost connection: the error on stderr and exit 1.
int runHl7Send(CliContext &cli)
{
    if (cli.words.size() != 3)
        return cli.usage(QStringLiteral("hl7 send needs FILE, --host H and --port P"));
    const QString host = cli.option(QStringLiteral("host"));
    if (host.isEmpty())
        return cli.usage(QStringLiteral("--host H is required"));
    const Core::Result<int> port = portOption(cli);
    if (!port)
        return cli.fail(port.error());
    const Core::Result<int> timeoutMs = secondsOption(cli, QStringLiteral("timeout"), 10000);
    if (!timeoutMs)
        return cli.fail(timeoutMs.error());

    const QString fileName = cli.words[2];
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(
            Core::invalid(QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())));
    const Hl7::ParseLimits limits;
    QByteArray bytes = file.read(qint64(limits.maxBytes) * 16 + 1);
    // MLLP peers expect \r between segments; files often have \n or \r\n.
    bytes.replace("\r\n", "\r").replace('\n', '\r');
    const QList<Hl7::BatchPart> parts = Hl7::splitBatch(bytes);
    if (parts.isEmpty())
        return cli.fail(Core::invalid(QStringLiteral("%1 holds no HL7 message").arg(fileName)));
    struct Outgoing
    {
        QByteArray bytes;
        QString controlId;
    };
    QList<Outgoing> outgoing;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Hl7::Error error;
        const std::optional<Hl7::Message> message =
            Hl7::Message::parse(parts[i].bytes, &error, limits);
        if (!message)
            return cli.fail(
                Core::invalid(QStringLiteral("%1: message %2 is not HL7: at byte %3: "
                                             "%4; nothing was sent")
                                  .arg(fileName)
                                  .arg(i + 1)
                                  .arg(parts[i].offset + qMax<qsizetype>(0, error.position))
                                  .arg(error.message)));
        const QString controlId = message->get(u"MSH-10").value_or(Hl7::Value()).text();
        if (controlId.isEmpty())
            return cli.fail(Core::invalid(
                QStringLiteral("%1: message %2 has no MSH-10 control id to match its ACK; "
                               "nothing was sent")
                    .arg(fileName)
                    .arg(i + 1)));
        outgoing.append({parts[i].bytes, controlId});
    }

    Hl7::MllpClient client;
    if (Core::Status s = client.connectTo(host, port.value(), tlsOptions(cli), timeoutMs.value());
        !s)
        return cli.fail(s.error());
    for (qsizetype i = 0; i < outgoing.size(); ++i) {
        Core::Result<Hl7::AckReply> reply =
            client.exchange(outgoing[i].bytes, outgoing[i].controlId, timeoutMs.value());
        if (!reply) {
            std::fflush(cli.out);
            return cli.fail(Core::invalid(QStringLiteral("message %1 (MSH-10 %2): %3")
                                              .arg(i + 1)
                                              .arg(outgoing[i].controlId, reply.error().message)));
        }
        cli.print(reply->code);
        std::fflush(cli.out);
    }
    return ExitOk;
}

int runHl7Queue(CliContext &cli)
{
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;
    Hl7::OutboundService outbound(services.context());
    if (cli.flags.contains(QStringLiteral("once")) && !cli.flags.contains(QStringLiteral("send")))
        return cli.usage(QStringLiteral("--once goes with --send"));
    if (cli.flags.contains(QStringLiteral("send"))) {
        // Only an admin drives the queues from here; the check is the service's.
        Core::Result<QList<Hl7::InterfaceConfig>> configs = outbound.interfaces();
        if (!configs)
            return cli.fail(configs.error());
        OutboundBuilders builders(*opened->store, opened->store->db());
        Core::Result<int> queued = builders.dispatcher(opened->store->db())->dispatchAll();
        if (!queued)
            return cli.fail(queued.error());
        Hl7::OutboundWorker worker(*opened->store, Hl7::SenderOptions{},
                                   cli.flags.contains(QStringLiteral("once"))
                                       ? Hl7::OutboundWorker::Mode::Once
                                       : Hl7::OutboundWorker::Mode::Drain);
        worker.start();
        worker.wait();
        if (!worker.error().isEmpty())
            return cli.fail(Core::invalid(worker.error()));
        cli.print(QStringLiteral("queued %1, acked %2, parked %3, retries %4")
                      .arg(queued.value())
                      .arg(worker.acked())
                      .arg(worker.parked())
                      .arg(worker.retried()));
    } else if (cli.words.size() > 2) {
        return cli.usage(
            QStringLiteral("hl7 queue takes no words; options: --send [--once], --prune DAYS"));
    }
    if (cli.has(QStringLiteral("prune"))) {
        bool ok = false;
        const int days = cli.option(QStringLiteral("prune")).toInt(&ok);
        if (!ok || days < 0)
            return cli.usage(QStringLiteral("--prune takes a number of days"));
        Core::Result<int> pruned = outbound.pruneAcked(days);
        if (!pruned)
            return cli.fail(pruned.error());
        cli.print(QStringLiteral("pruned %1").arg(pruned.value()));
    }
    Core::Result<QList<Hl7::QueueState>> states = outbound.queueStates();
    if (!states)
        return cli.fail(states.error());
    printStates(cli, states.value());
    if (states->isEmpty())
        cli.note(NoInterfaces);
    // What holds an interface is no error, but nothing after it leaves until it clears.
    for (const Hl7::QueueState &state : std::as_const(states.value())) {
        if (!state.config.waiting.isEmpty())
            cli.note(QStringLiteral("%1 waits: %2").arg(state.config.name, state.config.waiting));
    }
    return ExitOk;
}

int runHl7Interface(CliContext &cli)
{
    const QString sub = cli.words.value(2);
    static const QStringList Subcommands{QStringLiteral("add"),    QStringLiteral("set"),
                                         QStringLiteral("list"),   QStringLiteral("remove"),
                                         QStringLiteral("enable"), QStringLiteral("disable")};
    if (!Subcommands.contains(sub))
        return cli.usage(sub.isEmpty()
                             ? QStringLiteral("hl7 interface needs add, set, list, remove, enable "
                                              "or disable")
                             : QStringLiteral("unknown hl7 interface subcommand '%1'; there is: "
                                              "add, set, list, remove, enable, disable")
                                   .arg(sub.left(40)));
    if (sub != QLatin1String("list") && cli.words.size() != 4)
        return cli.usage(QStringLiteral("hl7 interface %1 needs one NAME").arg(sub));
    // Options are checked before the store is opened, so a typo costs no sign-in.
    Hl7::InterfaceConfig config;
    if (sub == QLatin1String("add")) {
        config.name = cli.words[3];
        if (Core::Status s = applyInterfaceOptions(cli, config, true); !s)
            return cli.usage(s.error().message);
    } else if (sub != QLatin1String("set") && !cli.options.isEmpty()) {
        return cli.usage(
            QStringLiteral("hl7 interface %1 takes no options; 'set' changes them").arg(sub));
    }
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Hl7::OutboundService outbound(opened->services->context());
    if (sub == QLatin1String("add")) {
        Core::Result<qint64> id = outbound.addInterface(config);
        if (!id)
            return cli.fail(id.error());
        cli.print(QString::number(id.value()));
        return ExitOk;
    }
    if (sub == QLatin1String("remove")) {
        if (Core::Status s = outbound.removeInterface(cli.words[3]); !s)
            return cli.fail(s.error());
        return ExitOk;
    }
    if (sub == QLatin1String("enable") || sub == QLatin1String("disable")
        || sub == QLatin1String("set")) {
        Core::Result<std::optional<Hl7::InterfaceConfig>> found =
            outbound.interfaceByName(cli.words[3]);
        if (!found)
            return cli.fail(found.error());
        if (!found.value())
            return cli.fail(Core::invalid(
                QStringLiteral("there is no interface named '%1'").arg(cli.words[3].left(40))));
        Hl7::InterfaceConfig changed = *found.value();
        if (sub == QLatin1String("set")) {
            if (cli.options.isEmpty() && !cli.flags.contains(QStringLiteral("tls")))
                return cli.usage(QStringLiteral("hl7 interface set needs an option to change"));
            if (Core::Status s = applyInterfaceOptions(cli, changed, false); !s)
                return cli.usage(s.error().message);
        } else {
            changed.enabled = sub == QLatin1String("enable");
        }
        if (Core::Status s = outbound.updateInterface(changed); !s)
            return cli.fail(s.error());
        return ExitOk;
    }
    Core::Result<QList<Hl7::InterfaceConfig>> list = outbound.interfaces();
    if (!list)
        return cli.fail(list.error());
    if (list->isEmpty())
        cli.note(NoInterfaces);
    for (const Hl7::InterfaceConfig &c : list.value()) {
        cli.print(QStringLiteral("%1\t%2:%3\t%4\t%5\t%6\t%7")
                      .arg(c.name, c.host)
                      .arg(c.port)
                      .arg(c.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                           c.messageTypes.isEmpty() ? QStringLiteral("*")
                                                    : c.messageTypes.join(QLatin1Char(',')),
                           c.tls.enabled ? QStringLiteral("tls") : QStringLiteral("plain"),
                           changesWord(c.localChangesOnly)));
    }
    return ExitOk;
}

} // namespace Ambulo::App
