#include "connectors/hl7/outboundqueue.h"
#include "core/store/database.h"
#include "tests/connectors/hl7/mllppeer.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;

// `ambulo hl7 send`, `hl7 interface` and `hl7 queue` as a script runs them: the real binary
// against python3-hl7's MLLP server.
class tst_Hl7Send : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void sendsInOrder();
    void failures_data();
    void failures();
    void interfaceAndQueue();
    void tls_data();
    void tls();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &password = {});
    QString write(const QString &name, const QByteArray &bytes);

    QString m_bin;
    QTemporaryDir m_dir;
    Test::MllpPeer m_peer;
};

namespace {

const QByteArray ThreeMessages =
    "MSH|^~\\&|CLI|ELM|PM|HOSP|20261201101500||ADT^A04^ADT_A01|CTL-1|P|2.5.1\n"
    "PID|1||M100^^^ELM^MR||Okafor^Ada\n"
    "MSH|^~\\&|CLI|ELM|PM|HOSP|20261201101600||ADT^A08^ADT_A01|CTL-2|P|2.5.1\n"
    "PID|1||M200^^^ELM^MR||Brandt^Jonas\\F\\Jr\n"
    "MSH|^~\\&|CLI|ELM|PM|HOSP|20261201101700||SIU^S12^SIU_S12|CTL-3|P|2.5.1\n"
    "SCH|1|1\n"
    "PID|1||M300^^^ELM^MR||Nguyen^Linh\n";

} // namespace

void tst_Hl7Send::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
    QVERIFY(m_dir.isValid());
}

void tst_Hl7Send::cleanup()
{
    m_peer.stop();
}

tst_Hl7Send::Run tst_Hl7Send::run(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AMBULO_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("AMBULO_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(m_bin, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString tst_Hl7Send::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

void tst_Hl7Send::sendsInOrder()
{
    QVERIFY2(m_peer.start({QStringLiteral("CTL-2=AE"), QStringLiteral("CTL-3=AR")}),
             qPrintable(m_peer.error()));
    const QString file = write(QStringLiteral("three.hl7"), ThreeMessages);
    const Run r = run({QStringLiteral("hl7"), QStringLiteral("send"), file,
                       QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QString::number(m_peer.port())});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("AA\nAE\nAR\n"));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // python3-hl7 parsed each message we framed and reads the same values.
    QCOMPARE(m_peer.receivedField(QStringLiteral("MSH-10")),
             (QStringList{"CTL-1", "CTL-2", "CTL-3"}));
    QCOMPARE(m_peer.receivedField(QStringLiteral("MSH-9-2")), (QStringList{"A04", "A08", "S12"}));
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-3-1")),
             (QStringList{"M100", "M200", "M300"}));
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-2")),
             (QStringList{"Ada", "Jonas|Jr", "Linh"}));
    const QList<QJsonObject> got = m_peer.received();
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[2].value(QStringLiteral("fields")).toObject().value(QStringLiteral("segments")),
             QJsonValue(QJsonArray{"MSH", "SCH", "PID"}));
    // Segments went out separated by \r, as MLLP peers expect, whatever the file used.
    QVERIFY(!got[0].value(QStringLiteral("raw")).toString().contains(QLatin1Char('\n')));
}

void tst_Hl7Send::failures_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<int>("received");
    QTest::newRow("timeout") << QStringList{"CTL-2=NONE"} << ThreeMessages
                             << QStringList{"--timeout", "0.5"} << 1 << "AA\n"
                             << "message 2 (MSH-10 CTL-2): no ACK within 500 ms" << 2;
    QTest::newRow("peer closes") << QStringList{"CTL-1=CLOSE"} << ThreeMessages << QStringList{}
                                 << 1 << ""
                                 << "closed the connection" << 1;
    QTest::newRow("not HL7: nothing sent")
        << QStringList{} << QByteArray(ThreeMessages + "garbage\n") << QStringList{} << 1 << ""
        << "nothing was sent" << 0;
    QTest::newRow("no MSH-10: nothing sent")
        << QStringList{} << QByteArray("MSH|^~\\&|A|B|C|D|2026||ADT^A04||P|2.5.1\rPID|1\r")
        << QStringList{} << 1 << ""
        << "no MSH-10" << 0;
    QTest::newRow("no port") << QStringList{} << ThreeMessages << QStringList{"--port", "0"} << 2
                             << ""
                             << "--port must be" << 0;
    QTest::newRow("bad timeout") << QStringList{} << ThreeMessages
                                 << QStringList{"--timeout", "soon"} << 2 << ""
                                 << "--timeout takes seconds" << 0;
}

void tst_Hl7Send::failures()
{
    QFETCH(QStringList, rules);
    QFETCH(QByteArray, file);
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(int, received);
    QVERIFY2(m_peer.start(rules), qPrintable(m_peer.error()));
    QStringList args{QStringLiteral("hl7"),
                     QStringLiteral("send"),
                     write(QStringLiteral("f.hl7"), file),
                     QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),
                     QString::number(m_peer.port())};
    args += extra;
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QCOMPARE(r.out, out);
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
    QCOMPARE(m_peer.received().size(), received);
}

void tst_Hl7Send::interfaceAndQueue()
{
    Test::TestStore store;
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const QString password = Test::AdminPassword;
    store.close();
    const QStringList base{QStringLiteral("--data"),     store.dataDir(),
                           QStringLiteral("--key-file"), store.keyFile(),
                           QStringLiteral("--user"),     Test::AdminName};
    QVERIFY2(m_peer.start({QStringLiteral("Second=AE")}), qPrintable(m_peer.error()));

    // None yet: the listings stay empty for a script, and the person is told what to do next.
    for (const char *listing : {"queue", "interface"}) {
        QStringList args = base + QStringList{"hl7", listing};
        if (QLatin1String(listing) == QLatin1String("interface"))
            args << QStringLiteral("list");
        const Run empty = run(args, password);
        QCOMPARE(empty.code, 0);
        QCOMPARE(empty.out, QString());
        QVERIFY2(empty.err.contains(QLatin1String("hl7 interface add")), qPrintable(empty.err));
    }

    Run r = run(base
                    + QStringList{"hl7", "interface", "add", "PM", "--host", "127.0.0.1", "--port",
                                  QString::number(m_peer.port()), "--types", "ADT^A04,SIU^S12",
                                  "--ack-timeout", "2", "--changes", "here"},
                password);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    r = run(base + QStringList{"hl7", "interface", "add", "PM", "--host", "h", "--port", "1"},
            password);
    QCOMPARE(r.code, 3);
    r = run(base
                + QStringList{"hl7", "interface", "add", "X", "--host", "h", "--port", "1",
                              "--types", "ADT-A04"},
            password);
    QCOMPARE(r.code, 2);
    r = run(base + QStringList{"hl7", "interface", "list"}, password);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("PM\t127.0.0.1:%1\tenabled\tADT^A04,SIU^S12\tplain\there\n")
                        .arg(m_peer.port()));
    r = run(base + QStringList{"hl7", "interface", "list"}, QStringLiteral("wrong-password"));
    QCOMPARE(r.code, 4);
    // set changes the options given and keeps the rest; a mistake changes nothing.
    r = run(base
                + QStringList{"hl7", "interface", "set", "PM", "--changes", "all", "--types",
                              "ADT^A04,ADT^A08,SIU^S12"},
            password);
    QCOMPARE(r.code, 0);
    for (const QStringList &wrong :
         {QStringList{"set", "PM", "--changes", "mine"}, QStringList{"set", "PM"},
          QStringList{"set", "PM", "--port", "0"}, QStringList{"enable", "PM", "--changes", "all"},
          QStringList{"add", "Y", "--host", "h", "--port", "1", "--changes", "yes"}}) {
        r = run(base + QStringList{"hl7", "interface"} + wrong, password);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("ambulo: ")), qPrintable(r.err));
    }
    r = run(base + QStringList{"hl7", "interface", "set", "NOPE", "--changes", "all"}, password);
    QCOMPARE(r.code, 1);
    r = run(base + QStringList{"hl7", "interface", "list"}, password);
    QCOMPARE(r.out,
             QStringLiteral("PM\t127.0.0.1:%1\tenabled\tADT^A04,ADT^A08,SIU^S12\tplain\tall\n")
                 .arg(m_peer.port()));

    // Queue two messages as the dispatcher would, then let the command line deliver them.
    QVERIFY(store.reopen());
    auto iface = Hl7::OutboundQueue::interfaceByName(store.store().db(), QStringLiteral("PM"));
    QVERIFY(iface && iface.value());
    for (const char *name : {"First", "Second"}) {
        Hl7::QueuedMessage m;
        m.interfaceId = iface.value()->id;
        m.messageType = QStringLiteral("ADT^A04");
        m.controlId = QStringLiteral("Q-") + QLatin1String(name);
        m.raw = QByteArray("MSH|^~\\&|AMBULO|ELM|PM|HOSP|20261201||ADT^A04|Q-") + name
                + "|P|2.5.1\rPID|1||M1||" + name + "^Pat\r";
        QVERIFY(Hl7::OutboundQueue::enqueue(store.store().db(), m));
    }
    store.close();
    r = run(base + QStringList{"hl7", "queue"}, password);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("PM\t127.0.0.1:%1\t2\t0\t-\t-\n").arg(m_peer.port()));
    r = run(base + QStringList{"hl7", "queue", "--once"}, password);
    QCOMPARE(r.code, 2);
    r = run(base + QStringList{"hl7", "queue", "--send"}, password);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("queued 0, acked 1, parked 1, retries 0"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("PM\t127.0.0.1:%1\t0\t1\tAE").arg(m_peer.port())),
             qPrintable(lines[1]));
    QVERIFY(!lines[1].endsWith(QLatin1String("\t-")));
    QCOMPARE(m_peer.receivedField(QStringLiteral("PID-5-1")), (QStringList{"First", "Second"}));

    // Delivered messages stay for the monitor until pruned.
    r = run(base + QStringList{"hl7", "queue", "--prune", "0"}, password);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("pruned 1\n")), qPrintable(r.out));
    // set changes one TLS file without dropping the others, and later sets keep TLS on.
    r = run(base + QStringList{"hl7", "interface", "set", "PM", "--tls-ca", "/etc/hosp/ca.pem"},
            password);
    QCOMPARE(r.code, 0);
    r = run(base + QStringList{"hl7", "interface", "set", "PM", "--ack-timeout", "3"}, password);
    QCOMPARE(r.code, 0);
    QVERIFY(store.reopen());
    {
        auto pm = Hl7::OutboundQueue::interfaceByName(store.store().db(), QStringLiteral("PM"));
        QVERIFY(pm && pm.value());
        QVERIFY(pm.value()->tls.enabled);
        QCOMPARE(pm.value()->tls.caFile, QStringLiteral("/etc/hosp/ca.pem"));
        QCOMPARE(pm.value()->ackTimeoutMs, 3000);
        QCOMPARE(pm.value()->messageTypes, (QStringList{"ADT^A04", "ADT^A08", "SIU^S12"}));
    }
    store.close();
    r = run(base + QStringList{"hl7", "interface", "disable", "PM"}, password);
    QCOMPARE(r.code, 0);
    r = run(base + QStringList{"hl7", "interface", "list"}, password);
    QVERIFY2(r.out.contains(QLatin1String("\tdisabled\t")), qPrintable(r.out));
    r = run(base + QStringList{"hl7", "interface", "enable", "NOPE"}, password);
    QCOMPARE(r.code, 1);

    r = run(base + QStringList{"hl7", "interface", "remove", "PM"}, password);
    QCOMPARE(r.code, 0);
    r = run(base + QStringList{"hl7", "interface", "list"}, password);
    QCOMPARE(r.out, QString());
    r = run(base + QStringList{"hl7", "interface", "remove", "PM"}, password);
    QCOMPARE(r.code, 1);
}

void tst_Hl7Send::tls_data()
{
    QTest::addColumn<bool>("clientCa");    // the peer demands a client certificate
    QTest::addColumn<QStringList>("args"); // ours
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("err");
    QTest::newRow("trusted CA") << false << QStringList{"--tls-ca", "server.pem"} << 0 << "";
    QTest::newRow("system CAs: self-signed refused")
        << false << QStringList{"--tls"} << 1 << "TLS connection to";
    QTest::newRow("client certificate")
        << true << QStringList{"--tls-ca",   "server.pem", "--tls-cert",
                               "client.pem", "--tls-key",  "client.key"}
        << 0 << "";
    QTest::newRow("client certificate missing")
        << true << QStringList{"--tls-ca", "server.pem"} << 1 << "message 1";
    QTest::newRow("plain to a TLS peer") << false << QStringList{} << 1 << "message 1";
}

void tst_Hl7Send::tls()
{
    QFETCH(bool, clientCa);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, err);
    // A self-signed server certificate for 127.0.0.1 and a self-signed client certificate.
    const QDir dir(m_dir.path());
    auto makeCert = [&](const QString &name, const QString &subject, const QString &san) {
        if (QFileInfo::exists(dir.filePath(name + QStringLiteral(".pem"))))
            return true;
        QStringList a{"req",
                      "-x509",
                      "-newkey",
                      "rsa:2048",
                      "-nodes",
                      "-days",
                      "2",
                      "-keyout",
                      dir.filePath(name + QStringLiteral(".key")),
                      "-out",
                      dir.filePath(name + QStringLiteral(".pem")),
                      "-subj",
                      subject};
        if (!san.isEmpty())
            a << QStringLiteral("-addext") << san;
        QProcess p;
        p.start(QStringLiteral("openssl"), a);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    };
    QVERIFY(makeCert(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"),
                     QStringLiteral("subjectAltName=IP:127.0.0.1")));
    QVERIFY(makeCert(QStringLiteral("client"), QStringLiteral("/CN=ambulo-client"), QString()));
    QStringList peerArgs{QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.pem")),
                         QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))};
    if (clientCa)
        peerArgs << QStringLiteral("--tls-client-ca") << dir.filePath(QStringLiteral("client.pem"));
    QVERIFY2(m_peer.start({}, QStringLiteral("AA"), peerArgs), qPrintable(m_peer.error()));
    for (QString &a : args) {
        if (a.endsWith(QLatin1String(".pem")) || a.endsWith(QLatin1String(".key")))
            a = dir.filePath(a);
    }
    const Run r = run(QStringList{QStringLiteral("hl7"), QStringLiteral("send"),
                                  write(QStringLiteral("tls.hl7"), ThreeMessages),
                                  QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--port"), QString::number(m_peer.port()),
                                  QStringLiteral("--timeout"), QStringLiteral("3")}
                      + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
    QCOMPARE(m_peer.received().size(), code == 0 ? 3 : 0);
    if (code == 0)
        QCOMPARE(r.out, QStringLiteral("AA\nAA\nAA\n"));
}

QTEST_GUILESS_MAIN(tst_Hl7Send)
#include "tst_hl7send.moc"
