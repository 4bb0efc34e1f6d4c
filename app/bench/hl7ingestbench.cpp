#include "app/bench/hl7ingestbench.h"

#include "app/bench/benchreport.h"
#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/modulecatalog.h"
#include "connectors/hl7/message.h"
#include "connectors/hl7/mllpframing.h"
#include "connectors/hl7/mllplistener.h"
#include "core/context/eventhub.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace Ambulo::App {

namespace {

constexpr int Seconds = 3;
const QString Admin = QStringLiteral("bench-admin");
const QString AdminPassword = QStringLiteral("bench-admin-password-1");

// Letters for a number, so each registration names another person ("Ingest" + "bc"...): a feed
// registers people, not one name thousands of times.
QByteArray letters(int n)
{
    QByteArray out;
    do {
        out.prepend(char('a' + n % 26));
        n /= 26;
    } while (n > 0);
    return out;
}

QByteArray registration(int sender, int n)
{
    const QByteArray id = QByteArray::number(sender) + '-' + QByteArray::number(n);
    return "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20261122083000||ADT^A04^ADT_A01|ING" + id
           + "|P|2.5.1\rEVN|A04|20261122083000\rPID|1||B" + id + "^^^HOSP^MR||Ingest"
           + letters(sender) + letters(n)
           + "^Irene^Q||19800101|F|||1 Main St^^Springfield^IL^62701||"
             "^PRN^PH^^1^217^5551234\rPV1|1|O|CLINIC^101^1\r";
}

// Commits per second of the smallest durable write: BEGIN, one INSERT, COMMIT.
Core::Result<double> commitLoop(const QString &dir)
{
    auto store =
        Core::Store::create({dir, dir + QStringLiteral(".key")}, ModuleCatalog::migrations());
    if (!store)
        return store.error();
    Core::Database &db = store.value()->db();
    if (Core::Status s = db.exec(QStringLiteral(
            "CREATE TABLE bench_commit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, body BLOB)"));
        !s)
        return s.error();
    const QByteArray body = registration(0, 0);
    QElapsedTimer timer;
    timer.start();
    qint64 commits = 0;
    while (timer.elapsed() < Seconds * 1000) {
        Core::Transaction tx(db);
        Core::Query insert =
            db.query(QStringLiteral("INSERT INTO bench_commit (at, body) VALUES (?, ?)"));
        insert.bind(1, QStringLiteral("2026-11-22T08:30:00Z")).bind(2, body);
        if (Core::Status s = insert.exec(); !s)
            return s.error();
        if (Core::Status s = tx.commit(); !s)
            return s.error();
        ++commits;
    }
    return commits / (timer.nsecsElapsed() / 1e9);
}

// `senders` connections, each sending the next registration when the previous one's ACK came.
struct Drive
{
    double perSecond = 0;
    qint64 negative = 0;
    QString error;
};

Drive drive(quint16 port, int senders)
{
    struct Sender
    {
        std::unique_ptr<QTcpSocket> socket;
        Hl7::Mllp::FrameDecoder decoder;
        int next = 0;
    };
    static int round = 0;
    ++round;
    Drive result;
    std::vector<Sender> all(static_cast<std::size_t>(senders));
    qint64 acks = 0;
    bool running = true;
    QEventLoop loop;
    QElapsedTimer timer;
    for (int s = 0; s < senders; ++s) {
        Sender &sender = all[std::size_t(s)];
        sender.socket = std::make_unique<QTcpSocket>();
        const int id = round * 100 + s;
        QTcpSocket *socket = sender.socket.get();
        QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, socket, id, s] {
            Sender &me = all[std::size_t(s)];
            for (const QByteArray &ack : me.decoder.feed(socket->readAll())) {
                const auto m = Hl7::Message::parse(ack);
                const auto code = m ? m->get(QStringLiteral("MSA-1")) : std::nullopt;
                if (!code || code->text() != QLatin1String("AA"))
                    ++result.negative;
                ++acks;
                if (running)
                    socket->write(Hl7::Mllp::frame(registration(id, me.next++)));
            }
        });
        QObject::connect(socket, &QAbstractSocket::errorOccurred, &loop, [&, socket] {
            result.error = socket->errorString();
            loop.quit();
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(5000)) {
            result.error = socket->errorString();
            return result;
        }
        // Only a connected socket takes the option (set before, Qt drops it).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    timer.start();
    for (int s = 0; s < senders; ++s) {
        Sender &sender = all[std::size_t(s)];
        sender.socket->write(Hl7::Mllp::frame(registration(round * 100 + s, sender.next++)));
    }
    QTimer::singleShot(Seconds * 1000, &loop, [&] {
        running = false;
        loop.quit();
    });
    loop.exec();
    result.perSecond = acks / (timer.nsecsElapsed() / 1e9);
    for (Sender &sender : all)
        sender.socket->disconnect();
    return result;
}

bool handlesRegistration(const QList<Hl7::AdapterSet> &adapters, Core::Services &services)
{
    Core::EventHub events;
    for (const Hl7::AdapterSet &set : adapters) {
        if (!set.inbound)
            continue;
        Hl7::HandlerContext context{services, events, QStringLiteral("probe")};
        auto handler = set.inbound(context);
        if (handler && handler->messageTypes().contains(QStringLiteral("ADT^A04")))
            return true;
    }
    return false;
}

} // namespace

int benchHl7Ingest(CliContext &cli, const QString &root, const QList<Hl7::AdapterSet> &adapters,
                   bool required)
{
    QTemporaryDir dir(QDir(root).filePath(QStringLiteral("hl7-ingest-XXXXXX")));
    if (!dir.isValid())
        return cli.fail(
            Core::invalid(QStringLiteral("cannot make a directory under %1").arg(root)));

    auto store = Core::Store::create(
        {dir.filePath(QStringLiteral("ingest")), dir.filePath(QStringLiteral("ingest.key"))},
        ModuleCatalog::migrations());
    if (!store)
        return cli.fail(store.error());
    Core::Services services(*store.value(), QStringLiteral("bench"));
    Core::Status s = services.practice().initialize(QStringLiteral("Bench Practice"));
    if (s)
        s = services.users().bootstrapAdmin({Admin, QString(), Core::Role::Admin, AdminPassword});
    if (!s)
        return cli.fail(s.error());
    if (!handlesRegistration(adapters, services)) {
        note(cli, QStringLiteral("hl7-ingest: no adapter handles ADT^A04 in this build; skipped"));
        return required ? cli.fail(Core::invalid(QStringLiteral("hl7-ingest needs an ADT^A04 "
                                                                "adapter")))
                        : ExitOk;
    }

    note(cli, QStringLiteral("hl7-ingest: bare commit loop, %1 s").arg(Seconds));
    auto commits = commitLoop(dir.filePath(QStringLiteral("bare")));
    if (!commits)
        return cli.fail(commits.error());

    Hl7::ListenerOptions options;
    options.name = QStringLiteral("bench");
    options.startedBy = Admin;
    Hl7::MllpListener listener(*store.value(), adapters, options);
    auto port = listener.start();
    if (!port)
        return cli.fail(port.error());
    // Where the listener's time went in each part, per message (see ListenerTimings).
    struct Stages
    {
        qint64 commits = 0, messages = 0, apply = 0, commit = 0, reply = 0, pages = 0;
        Stages since(const Stages &before) const
        {
            return {commits - before.commits, messages - before.messages, apply - before.apply,
                    commit - before.commit,   reply - before.reply,       pages - before.pages};
        }
    };
    const auto stages = [&listener] {
        const Hl7::ListenerTimings &t = listener.timings();
        return Stages{listener.commits(), listener.messages(), t.apply.load(),
                      t.commit.load(),    t.reply.load(),      t.pages.load()};
    };
    note(cli, QStringLiteral("hl7-ingest: one sender, %1 s").arg(Seconds));
    const Drive one = drive(*port, 1);
    const Stages afterOne = stages();
    note(cli, QStringLiteral("hl7-ingest: eight senders, %1 s").arg(Seconds));
    const Drive eight = drive(*port, 8);
    const Stages eightStages = stages().since(afterOne);
    listener.stop();
    note(cli, QStringLiteral("hl7-ingest: bare commit loop again, %1 s").arg(Seconds));
    auto commitsAfter = commitLoop(dir.filePath(QStringLiteral("bare-after")));
    if (!commitsAfter)
        return cli.fail(commitsAfter.error());
    for (const Drive &d : {one, eight}) {
        if (!d.error.isEmpty())
            return cli.fail(Core::invalid(QStringLiteral("hl7-ingest sender: %1").arg(d.error)));
        if (d.negative > 0)
            return cli.fail(Core::invalid(
                QStringLiteral("hl7-ingest: %1 registrations were not accepted").arg(d.negative)));
    }
    // The machine's load can change while the senders run: the loop runs before and after them,
    // and the ratios are taken against the mean of the two.
    const double base = (*commits + *commitsAfter) / 2;
    figure(cli, QStringLiteral("hl7ingest.commit_before_per_s"), *commits, QStringLiteral("1/s"));
    figure(cli, QStringLiteral("hl7ingest.commit_after_per_s"), *commitsAfter,
           QStringLiteral("1/s"));
    figure(cli, QStringLiteral("hl7ingest.commit_per_s"), base, QStringLiteral("1/s"));
    figure(cli, QStringLiteral("hl7ingest.one_sender_per_s"), one.perSecond, QStringLiteral("1/s"));
    figure(cli, QStringLiteral("hl7ingest.eight_senders_per_s"), eight.perSecond,
           QStringLiteral("1/s"));
    figure(cli, QStringLiteral("hl7ingest.eight_senders_batch"),
           eightStages.commits > 0 ? double(eightStages.messages) / double(eightStages.commits) : 0,
           QStringLiteral("msgs/commit"));
    for (const auto &[name, part] :
         {std::pair{"one_sender", afterOne}, {"eight_senders", eightStages}}) {
        const double n = double(std::max<qint64>(part.messages, 1));
        const QString prefix = QStringLiteral("hl7ingest.%1_").arg(QLatin1String(name));
        figure(cli, prefix + QStringLiteral("apply_us_per_msg"), part.apply / n / 1e3,
               QStringLiteral("us"));
        figure(cli, prefix + QStringLiteral("commit_us_per_msg"), part.commit / n / 1e3,
               QStringLiteral("us"));
        figure(cli, prefix + QStringLiteral("reply_us_per_msg"), part.reply / n / 1e3,
               QStringLiteral("us"));
        figure(cli, prefix + QStringLiteral("pages_per_msg"), part.pages / n,
               QStringLiteral("pages"));
    }
    figure(cli, QStringLiteral("hl7ingest.one_sender_ratio"), base > 0 ? one.perSecond / base : 0,
           QStringLiteral("x"));
    figure(cli, QStringLiteral("hl7ingest.eight_senders_ratio"),
           base > 0 ? eight.perSecond / base : 0, QStringLiteral("x"));
    note(cli, QStringLiteral("hl7-ingest targets: one sender >= 0.8x, eight senders >= 3x the "
                             "commit loop"));
    return ExitOk;
}

} // namespace Ambulo::App
