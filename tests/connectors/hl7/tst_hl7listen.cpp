#include "app/modulecatalog.h"
#include "core/context/eventhub.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "tests/connectors/hl7/listenerprocess.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;

// `ambulo hl7 listen` and `hl7 import` as an interface engine would meet them: the real binary,
// an independent sender (@medplum/hl7's Hl7Client, in node) and signals.
class tst_Hl7Listen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void medplumGetsAcks();
    void medplumThroughHandler();
    void signalsEndCleanly_data();
    void signalsEndCleanly();
    void usageErrors_data();
    void usageErrors();
    void portInUse();
    void import();

private:
    QStringList storeArgs() const
    {
        return {QStringLiteral("--data"), m_data,         QStringLiteral("--key-file"), m_key,
                QStringLiteral("--user"), Test::AdminName};
    }
    QStringList listenArgs() const
    {
        return QStringList{QStringLiteral("hl7"), QStringLiteral("listen"),
                           QStringLiteral("--port"), QStringLiteral("0")}
               + storeArgs();
    }
    QString write(const QString &name, const QByteArray &bytes);
    // node hl7_client.mjs; returns its stdout lines.
    QStringList sendWithMedplum(quint16 port, const QString &file, bool application = false);
    static bool handled(const QString &type);
    int count(const QString &sql);

    QString m_bin;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_key;
};

void tst_Hl7Listen::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_key = m_dir.filePath(QStringLiteral("store.key"));
    QProcess init;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMBULO_PASSWORD"), Test::AdminPassword);
    init.setProcessEnvironment(env);
    init.start(m_bin,
               {QStringLiteral("--data"), m_data, QStringLiteral("--key-file"), m_key,
                QStringLiteral("init"), QStringLiteral("--practice"),
                QStringLiteral("Listen Clinic"), QStringLiteral("--admin"), Test::AdminName});
    QVERIFY(init.waitForFinished(60000));
    QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
}

QString tst_Hl7Listen::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QStringList tst_Hl7Listen::sendWithMedplum(quint16 port, const QString &file, bool application)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(AMBULO_PEERS_DIR));
    QStringList args{QStringLiteral("hl7_client.mjs"), QStringLiteral("127.0.0.1"),
                     QString::number(port), file};
    if (application)
        args << QStringLiteral("--application");
    node.start(QStringLiteral("/usr/bin/node"), args);
    if (!node.waitForFinished(60000))
        node.kill();
    const QByteArray err = node.readAllStandardError();
    if (node.exitCode() != 0 || !err.isEmpty())
        qWarning("hl7_client.mjs: %s", err.constData());
    return QString::fromUtf8(node.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

bool tst_Hl7Listen::handled(const QString &type)
{
    // What the real binary's catalog handles (the modules' adapters, as they are merged).
    Test::TestStore store;
    if (!store.ok()
        || !store.services().users().signInInterface(QStringLiteral("hl7:probe"), Test::AdminName))
        return false;
    Core::EventHub events;
    for (const Hl7::AdapterSet &set : App::ModuleCatalog::hl7Adapters()) {
        if (!set.inbound)
            continue;
        Hl7::HandlerContext context{store.services(), events, QStringLiteral("probe")};
        if (auto handler = set.inbound(context); handler && handler->messageTypes().contains(type))
            return true;
    }
    return false;
}

int tst_Hl7Listen::count(const QString &sql)
{
    auto store = Core::Store::open({m_data, m_key}, App::ModuleCatalog::migrations());
    if (!store)
        return -1;
    Core::Query q = store.value()->db().query(sql);
    const int n = q.next() ? q.integer(0) : -1;
    q.finish();
    return n;
}

void tst_Hl7Listen::medplumGetsAcks()
{
    Test::ListenerProcess listener;
    const quint16 port = listener.start(m_bin, listenArgs(), Test::AdminPassword);
    QVERIFY2(port != 0, qPrintable(listener.output() + listener.errors()));
    QVERIFY(listener.output().startsWith(QStringLiteral("listening on 127.0.0.1:")));
    const QString file =
        write(QStringLiteral("two.hl7"),
              "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20260101120000||ADT^A04^ADT_A01|MP1|P|2.5.1\r"
              "EVN|A04|20260101120000\rPID|1||MP-1^^^HOSP^MR||Medplum^Mia||19900202|F\r"
              "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20260101120000||ZZZ^Z01|MP2|P|2.5.1\rZZZ|1\r");
    const QString a04 =
        handled(QStringLiteral("ADT^A04")) ? QStringLiteral("AA") : QStringLiteral("AR");
    QCOMPARE(sendWithMedplum(port, file),
             (QStringList{a04 + QStringLiteral("\tMP1"), QStringLiteral("AR\tMP2")}));
    QCOMPARE(listener.stop(SIGTERM), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound WHERE control_id IN "
                                  "('MP1', 'MP2') AND interface = 'default'")),
             2);
}

void tst_Hl7Listen::medplumThroughHandler()
{
    Test::ListenerProcess listener;
    const quint16 port =
        listener.start(QStringLiteral(AMBULO_HL7_TEST_LISTENER),
                       listenArgs() + QStringList{"--name", "lab"}, Test::AdminPassword);
    QVERIFY2(port != 0, qPrintable(listener.output() + listener.errors()));
    const QByteArray a04 = "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20260101120000||ADT^A04|H1|P|2.5.1\r"
                           "PID|1||MH-1^^^HOSP^MR||Handler^Hal||19700101|M\r";
    QByteArray fail = a04;
    fail.replace("|H1|", "|H2|").replace("MH-1", "MH-2").replace("Handler^", "FAIL^");
    // The same message twice: applied once, the second answer is the stored one.
    const QString file = write(QStringLiteral("handled.hl7"), a04 + a04 + fail);
    QCOMPARE(sendWithMedplum(port, file), (QStringList{"AA\tH1", "AA\tH1", "AE\tH2"}));
    // Enhanced mode, one reply each: the commit ACK alone (AL|NE), the application ACK alone
    // (NE|AL). Hl7Client reads a TCP chunk ending in <FS><CR> as one message, so it cannot take
    // CA and AA arriving together (AL|AL); tst_hl7inbound checks that pair.
    QByteArray commitOnly = a04;
    commitOnly.replace("|H1|P|2.5.1", "|H3|P|2.5.1|||AL|NE").replace("MH-1", "MH-3");
    QCOMPARE(sendWithMedplum(port, write(QStringLiteral("enh.hl7"), commitOnly)),
             QStringList{"CA\tH3"});
    QByteArray applicationOnly = a04;
    applicationOnly.replace("|H1|P|2.5.1", "|H4|P|2.5.1|||NE|AL").replace("MH-1", "MH-4");
    QCOMPARE(sendWithMedplum(port, write(QStringLiteral("enh2.hl7"), applicationOnly), true),
             QStringList{"AA\tH4"});
    QCOMPARE(listener.stop(SIGTERM), 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM patients WHERE mrn IN ('MH-1', 'MH-3', 'MH-4')")),
             3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE mrn = 'MH-2'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'hl7:lab' "
                                  "AND action = 'session.sign-in' AND detail LIKE '%boss'")),
             1);
}

void tst_Hl7Listen::signalsEndCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_Hl7Listen::signalsEndCleanly()
{
    QFETCH(int, signal);
    Test::ListenerProcess listener;
    QVERIFY(listener.start(m_bin, listenArgs(), Test::AdminPassword) != 0);
    QCOMPARE(listener.stop(signal), 0);
}

void tst_Hl7Listen::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList listen{QStringLiteral("hl7"), QStringLiteral("listen")};
    QTest::newRow("no port") << listen << Test::AdminPassword << 2 << "--port";
    QTest::newRow("bad port") << listen + QStringList{"--port", "70000"} << Test::AdminPassword << 2
                              << "--port";
    QTest::newRow("bad bind") << listen + QStringList{"--port", "0", "--bind", "localhost:x"}
                              << Test::AdminPassword << 2 << "--bind";
    QTest::newRow("key without cert") << listen + QStringList{"--port", "0", "--tls-key", "k"}
                                      << Test::AdminPassword << 2 << "--tls-cert";
    QTest::newRow("wrong password")
        << listen + QStringList{"--port", "0"} << QStringLiteral("wrong-password-9") << 4 << "";
    QTest::newRow("missing cert file")
        << listen + QStringList{"--port", "0", "--tls-cert", "/nonexistent.pem", "--tls-key", "k"}
        << Test::AdminPassword << 1 << "cannot read the certificate";
    QTest::newRow("import without file")
        << QStringList{"hl7", "import"} << Test::AdminPassword << 2 << "FILE";
}

void tst_Hl7Listen::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, password);
    QFETCH(int, code);
    QFETCH(QString, message);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMBULO_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(m_bin, args + storeArgs());
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), code);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void tst_Hl7Listen::portInUse()
{
    Test::ListenerProcess first;
    const quint16 port = first.start(m_bin, listenArgs(), Test::AdminPassword);
    QVERIFY(port != 0);
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMBULO_PASSWORD"), Test::AdminPassword);
    second.setProcessEnvironment(env);
    second.start(m_bin,
                 QStringList{"hl7", "listen", "--port", QString::number(port)} + storeArgs());
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardError().contains("cannot listen on 127.0.0.1"));
    QCOMPARE(first.stop(), 0);
}

void tst_Hl7Listen::import()
{
    const QString file =
        write(QStringLiteral("import.hl7"),
              "FHS|^~\\&\rBHS|^~\\&\r"
              "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20260101120000||ZZZ^Z01|IM1|P|2.5.1\rZZZ|1\r"
              "MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20260101120000||ADT^A04|IM2|P|2.5.1\r"
              "PID|1||IM-2^^^HOSP^MR||Import^Ida||19600606|F\rBTS|2\rFTS|1\r");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMBULO_PASSWORD"), Test::AdminPassword);
    p.setProcessEnvironment(env);
    const QStringList args = QStringList{"hl7", "import", file} + storeArgs();
    p.start(m_bin, args);
    QVERIFY(p.waitForFinished(30000));
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("AR\tIM1\t")), qPrintable(lines[0]));
    QVERIFY(lines[0].contains(QStringLiteral("ZZZ^Z01")));
    const bool a04 = handled(QStringLiteral("ADT^A04"));
    QVERIFY2(lines[1].startsWith(a04 ? QStringLiteral("AA\tIM2") : QStringLiteral("AR\tIM2")),
             qPrintable(lines[1]));
    QCOMPARE(p.exitCode(), 1); // not every message was accepted
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound WHERE interface = 'import'")),
             2);

    // Again: nothing new is stored, the stored answers come back.
    p.start(m_bin, args);
    QVERIFY(p.waitForFinished(30000));
    const QStringList again =
        QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(again.size(), 2);
    QVERIFY(again[0].startsWith(QStringLiteral("AR\tIM1\tduplicate")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hl7_inbound WHERE interface = 'import'")),
             2);
}

QTEST_GUILESS_MAIN(tst_Hl7Listen)
#include "tst_hl7listen.moc"
