#include "app/modulecatalog.h"
#include "connectors/hl7/message.h"
#include "connectors/hl7/mllpframing.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "tests/connectors/hl7/listenerprocess.h"
#include "tests/support/testsupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;

// At-least-once delivery through crashes: a sender streams ADT^A04 registrations to
// `hl7 listen` while the test SIGKILLs the listener at random moments and restarts it; the
// sender resends whatever has no ACK yet. Afterwards every positively acknowledged message is
// in the store exactly once and no patient was registered twice.
class tst_Hl7Crash : public QObject
{
    Q_OBJECT

private slots:
    void killAndResend();
};

namespace {

constexpr int Messages = 300;
constexpr int Kills = 12;
constexpr int Window = 4; // messages in flight on the connection

QByteArray registration(int i)
{
    const QByteArray n = QByteArray::number(i).rightJustified(4, '0');
    return "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20260101120000||ADT^A04^ADT_A01|CR" + n
           + "|P|2.5.1\rEVN|A04|20260101120000\rPID|1||MCR" + n + "^^^HOSP^MR||Crash" + n
           + "^Carla||19850505|F\r";
}

} // namespace

void tst_Hl7Crash::killAndResend()
{
    const QString bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY(QFileInfo::exists(bin));
    // The real binary: its ADT adapter registers each patient by PID-3 (identifier + authority).
    const QString listenerBin = bin;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString key = dir.filePath(QStringLiteral("store.key"));
    {
        QProcess init;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AMBULO_PASSWORD"), Test::AdminPassword);
        init.setProcessEnvironment(env);
        init.start(bin, {"--data", data, "--key-file", key, "init", "--practice", "Crash Clinic",
                         "--admin", Test::AdminName});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
    }
    const QStringList args{"hl7", "listen",     "--port", "0",      "--data",
                           data,  "--key-file", key,      "--user", Test::AdminName};

    QElapsedTimer clock;
    clock.start();
    QSet<int> acked;
    QList<QString> negative;
    int kills = 0;
    int restarts = 0;
    int interrupted = 0; // messages in flight when their listener was killed
    auto *random = QRandomGenerator::global();
    while (acked.size() < Messages && clock.elapsed() < 50000) {
        Test::ListenerProcess listener;
        const quint16 port = listener.start(listenerBin, args, Test::AdminPassword);
        QVERIFY2(port != 0, qPrintable(listener.output() + listener.errors()));
        ++restarts;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        // A kill some way into this run (after a random number of ACKs, then a random few
        // milliseconds, so it lands anywhere: mid-read, mid-commit, between commit and ACK);
        // the last run goes to the end.
        const bool killThisRun = kills < Kills;
        const int killAfterAcks = int(random->bounded(3, 25));
        int acksThisRun = 0;
        qint64 killAt = -1;
        Hl7::Mllp::FrameDecoder decoder;
        QList<int> inFlight;
        int next = 0;
        bool killed = false;
        while (acked.size() < Messages && clock.elapsed() < 55000) {
            while (inFlight.size() < Window) {
                while (next < Messages && (acked.contains(next) || inFlight.contains(next)))
                    ++next;
                if (next >= Messages)
                    break;
                socket.write(Hl7::Mllp::frame(registration(next)));
                inFlight.append(next++);
            }
            socket.flush();
            if (killAt >= 0 && clock.elapsed() >= killAt) {
                listener.kill();
                interrupted += int(inFlight.size());
                killed = true;
                ++kills;
                break;
            }
            if (!socket.waitForReadyRead(killThisRun ? 1 : 2000)) {
                if (socket.state() != QAbstractSocket::ConnectedState)
                    break;
                continue;
            }
            for (const QByteArray &ack : decoder.feed(socket.readAll())) {
                const auto m = Hl7::Message::parse(ack);
                QVERIFY(m);
                const QString code = m->get(QStringLiteral("MSA-1"))->text();
                const QString id = m->get(QStringLiteral("MSA-2"))->text();
                const int i = id.mid(2).toInt();
                QVERIFY2(inFlight.contains(i), qPrintable(id));
                inFlight.removeOne(i);
                if (killThisRun && ++acksThisRun == killAfterAcks)
                    killAt = clock.elapsed() + random->bounded(0, 4);
                if (code == QLatin1String("AA"))
                    acked.insert(i);
                else
                    negative << code + u' ' + id;
            }
            if (next >= Messages)
                next = 0; // go round again for anything unacknowledged
        }
        if (!killed)
            QCOMPARE(listener.stop(SIGTERM), 0);
    }
    qInfo("%d messages acknowledged over %d runs (%d kills, %d messages in flight at a kill) in "
          "%lld ms",
          int(acked.size()), restarts, kills, interrupted, clock.elapsed());
    QVERIFY2(negative.isEmpty(), qPrintable(negative.join(u',')));
    QCOMPARE(acked.size(), Messages);
    QVERIFY(kills >= 10);
    QVERIFY(interrupted > 0);

    auto store = Core::Store::open({data, key}, App::ModuleCatalog::migrations());
    QVERIFY2(store, qPrintable(store.error().message));
    Core::Database &db = store.value()->db();
    for (int i = 0; i < Messages; ++i) {
        const QString n = QString::number(i).rightJustified(4, u'0');
        Core::Query stored = db.query(
            QStringLiteral("SELECT COUNT(*), MIN(outcome) FROM hl7_inbound WHERE control_id = ?"));
        stored.bind(1, QStringLiteral("CR") + n);
        QVERIFY(stored.next());
        QCOMPARE(stored.integer(0), 1);
        QCOMPARE(stored.text(1), QStringLiteral("AA"));
        stored.finish();
        Core::Query patient =
            db.query(QStringLiteral("SELECT COUNT(*) FROM patients WHERE family = ?"));
        patient.bind(1, QStringLiteral("Crash") + n);
        QVERIFY(patient.next());
        QCOMPARE(patient.integer(0), 1);
        patient.finish();
    }
    Core::Query total = db.query(QStringLiteral("SELECT COUNT(*) FROM patients"));
    QVERIFY(total.next());
    QCOMPARE(total.integer(0), Messages);
    total.finish();
}

QTEST_GUILESS_MAIN(tst_Hl7Crash)
#include "tst_hl7crash.moc"
