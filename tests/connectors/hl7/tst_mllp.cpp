#include "connectors/hl7/message.h"
#include "connectors/hl7/mllpframing.h"
#include "connectors/hl7/mllplistener.h"
#include "core/store/database.h"
#include "tests/connectors/hl7/testadthandler.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;

// The MLLP listener over real sockets: framing edge cases, concurrent connections, the size
// limit, TLS and client certificates.
class tst_Mllp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void splitFrames();
    void coalescedFrames();
    void concurrentConnections();
    void oversizeFrameClosesConnection();
    void tls();
    void clientCertificateRequired();
    void badTlsFilesRefused();

private:
    std::unique_ptr<Hl7::MllpListener> listener(Hl7::ListenerOptions options = {});
    // Reads until `count` messages arrived (or the peer closed / 10 s passed).
    static QList<QByteArray> readMessages(QTcpSocket &socket, int count);
    static QString msa(const QByteArray &ack, const char *path);
    int patients();
    bool makeCertificates();

    std::unique_ptr<Test::TestStore> m_store;
    QTemporaryDir m_certs;
};

void tst_Mllp::init()
{
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
}

void tst_Mllp::cleanup()
{
    m_store.reset();
}

std::unique_ptr<Hl7::MllpListener> tst_Mllp::listener(Hl7::ListenerOptions options)
{
    options.startedBy = Test::AdminName;
    options.name = QStringLiteral("test");
    auto l = std::make_unique<Hl7::MllpListener>(
        m_store->store(), QList<Hl7::AdapterSet>{Test::TestAdtHandler::adapterSet()}, options);
    return l;
}

QList<QByteArray> tst_Mllp::readMessages(QTcpSocket &socket, int count)
{
    Hl7::Mllp::FrameDecoder decoder;
    QList<QByteArray> messages;
    QElapsedTimer timer;
    timer.start();
    while (messages.size() < count && timer.elapsed() < 10000) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        messages += decoder.feed(socket.readAll());
    }
    return messages;
}

QString tst_Mllp::msa(const QByteArray &ack, const char *path)
{
    auto m = Hl7::Message::parse(ack);
    if (!m)
        return QStringLiteral("<unparsable>");
    const auto v = m->get(QString::fromLatin1(path));
    return v ? v->text() : QString();
}

int tst_Mllp::patients()
{
    Core::Query q = m_store->store().db().query(QStringLiteral("SELECT COUNT(*) FROM patients"));
    const int n = q.next() ? q.integer(0) : -1;
    q.finish();
    return n;
}

void tst_Mllp::splitFrames()
{
    auto l = listener();
    auto port = l->start();
    QVERIFY2(port, qPrintable(port.error().message));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, *port);
    QVERIFY(socket.waitForConnected(5000));
    // Noise before the frame, then the frame a few bytes at a time, the end block split from
    // its carriage return.
    const QByteArray framed = "\r\n"
                              + Hl7::Mllp::frame(Test::TestAdtHandler::message(
                                  QStringLiteral("S1"), QStringLiteral("M1")));
    for (qsizetype i = 0; i < framed.size(); i += 7) {
        socket.write(framed.mid(i, 7));
        QVERIFY(socket.waitForBytesWritten(1000));
        QTest::qWait(1);
    }
    const QList<QByteArray> acks = readMessages(socket, 1);
    QCOMPARE(acks.size(), 1);
    QCOMPARE(msa(acks[0], "MSA-1"), QStringLiteral("AA"));
    QCOMPARE(msa(acks[0], "MSA-2"), QStringLiteral("S1"));
    QCOMPARE(patients(), 1);
}

void tst_Mllp::coalescedFrames()
{
    auto l = listener();
    QSignalSpy applied(l.get(), &Hl7::MllpListener::messageApplied);
    auto port = l->start();
    QVERIFY(port);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, *port);
    QVERIFY(socket.waitForConnected(5000));
    QByteArray bytes;
    for (int i = 0; i < 5; ++i)
        bytes += Hl7::Mllp::frame(Test::TestAdtHandler::message(QStringLiteral("C%1").arg(i),
                                                                QStringLiteral("MC%1").arg(i)));
    // The last frame's end block comes in the next write.
    socket.write(bytes.left(bytes.size() - 1));
    QVERIFY(socket.waitForBytesWritten(1000));
    QTest::qWait(50);
    socket.write(bytes.right(1));
    const QList<QByteArray> acks = readMessages(socket, 5);
    QCOMPARE(acks.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(msa(acks[i], "MSA-2"), QStringLiteral("C%1").arg(i));
    QCOMPARE(patients(), 5);
    QTRY_COMPARE(applied.size(), 5);
    QCOMPARE(applied.at(0).at(2).toString(), QStringLiteral("AA"));
}

void tst_Mllp::concurrentConnections()
{
    auto l = listener();
    QSignalSpy connections(l.get(), &Hl7::MllpListener::connectionsChanged);
    auto port = l->start();
    QVERIFY(port);
    constexpr int Senders = 8;
    constexpr int PerSender = 15;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int s = 0; s < Senders; ++s) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, *port);
        QVERIFY(sockets.back()->waitForConnected(5000));
    }
    QTRY_VERIFY(!connections.isEmpty() && connections.last().at(0).toInt() == Senders);
    // Each sender waits for its ACK before the next message; all senders go round together, so
    // frames of several connections meet in one batch.
    for (int i = 0; i < PerSender; ++i) {
        for (int s = 0; s < Senders; ++s) {
            sockets[s]->write(Hl7::Mllp::frame(Test::TestAdtHandler::message(
                QStringLiteral("K%1-%2").arg(s).arg(i), QStringLiteral("MK%1-%2").arg(s).arg(i))));
            sockets[s]->flush(); // on the wire now, not when its ACK is awaited
        }
        for (int s = 0; s < Senders; ++s) {
            const QList<QByteArray> acks = readMessages(*sockets[s], 1);
            QCOMPARE(acks.size(), 1);
            QCOMPARE(msa(acks[0], "MSA-1"), QStringLiteral("AA"));
            QCOMPARE(msa(acks[0], "MSA-2"), QStringLiteral("K%1-%2").arg(s).arg(i));
        }
    }
    QCOMPARE(patients(), Senders * PerSender);
    // Group commit: the connections' frames shared commits (each round's frames wait for the
    // others that were in the last batch, not for a fixed window).
    QCOMPARE(l->messages(), qint64(Senders * PerSender));
    QVERIFY2(
        l->commits() < l->messages(),
        qPrintable(
            QStringLiteral("%1 commits for %2 messages").arg(l->commits()).arg(l->messages())));
    sockets.clear();
    QTRY_COMPARE(connections.last().at(0).toInt(), 0);
}

void tst_Mllp::oversizeFrameClosesConnection()
{
    Hl7::ListenerOptions options;
    options.maxMessageBytes = 4096;
    auto l = listener(options);
    QSignalSpy errors(l.get(), &Hl7::MllpListener::errorOccurred);
    auto port = l->start();
    QVERIFY(port);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, *port);
    QVERIFY(socket.waitForConnected(5000));
    QByteArray huge = Test::TestAdtHandler::message(QStringLiteral("O1"), QStringLiteral("MO"));
    huge += "NTE|1||" + QByteArray(8000, 'x') + "\r";
    socket.write(Hl7::Mllp::frame(huge));
    QVERIFY(readMessages(socket, 1).isEmpty());
    QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY(errors.last().at(0).toString().contains(QStringLiteral("larger than 4096")));
    QCOMPARE(patients(), 0);

    // The listener carries on with other connections.
    QTcpSocket next;
    next.connectToHost(QHostAddress::LocalHost, *port);
    QVERIFY(next.waitForConnected(5000));
    next.write(Hl7::Mllp::frame(
        Test::TestAdtHandler::message(QStringLiteral("O2"), QStringLiteral("MO2"))));
    QCOMPARE(readMessages(next, 1).size(), 1);
}

bool tst_Mllp::makeCertificates()
{
    if (QFileInfo::exists(m_certs.filePath(QStringLiteral("client.crt"))))
        return true;
    const auto run = [this](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(m_certs.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAllStandardError();
            return false;
        }
        return true;
    };
    const QString days = QStringLiteral("2");
    return run({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
                "server.crt", "-days", days, "-subj", "/CN=localhost"})
           && run({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                   "ca.crt", "-days", days, "-subj", "/CN=Ambulo Test CA"})
           && run({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out",
                   "client.csr", "-subj", "/CN=lab-interface"})
           && run({"x509", "-req", "-in", "client.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                   "-CAcreateserial", "-out", "client.crt", "-days", days})
           && run({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "rogue.key", "-out",
                   "rogue.crt", "-days", days, "-subj", "/CN=rogue"});
}

namespace {

// A TLS client that trusts the listener's self-signed certificate; `name` picks a client
// certificate (empty: none).
std::unique_ptr<QSslSocket> tlsClient(const QString &dir, quint16 port, const QString &name)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!name.isEmpty()) {
        socket->setLocalCertificate(QDir(dir).filePath(name + QStringLiteral(".crt")));
        socket->setPrivateKey(QDir(dir).filePath(name + QStringLiteral(".key")));
    }
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return socket;
}

} // namespace

void tst_Mllp::tls()
{
    QVERIFY(makeCertificates());
    Hl7::ListenerOptions options;
    options.certificateFile = m_certs.filePath(QStringLiteral("server.crt"));
    options.privateKeyFile = m_certs.filePath(QStringLiteral("server.key"));
    auto l = listener(options);
    auto port = l->start();
    QVERIFY2(port, qPrintable(port.error().message));
    auto socket = tlsClient(m_certs.path(), *port, {});
    QVERIFY2(socket->waitForEncrypted(10000), qPrintable(socket->errorString()));
    QCOMPARE(socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("localhost"));
    socket->write(Hl7::Mllp::frame(
        Test::TestAdtHandler::message(QStringLiteral("T1"), QStringLiteral("MT"))));
    const QList<QByteArray> acks = readMessages(*socket, 1);
    QCOMPARE(acks.size(), 1);
    QCOMPARE(msa(acks[0], "MSA-1"), QStringLiteral("AA"));

    // Plain MLLP to a TLS port gets nothing applied.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, *port);
    QVERIFY(plain.waitForConnected(5000));
    plain.write(Hl7::Mllp::frame(
        Test::TestAdtHandler::message(QStringLiteral("T2"), QStringLiteral("MT2"))));
    QVERIFY(readMessages(plain, 1).isEmpty());
    QCOMPARE(patients(), 1);
}

void tst_Mllp::clientCertificateRequired()
{
    QVERIFY(makeCertificates());
    Hl7::ListenerOptions options;
    options.certificateFile = m_certs.filePath(QStringLiteral("server.crt"));
    options.privateKeyFile = m_certs.filePath(QStringLiteral("server.key"));
    options.clientCaFile = m_certs.filePath(QStringLiteral("ca.crt"));
    auto l = listener(options);
    QSignalSpy errors(l.get(), &Hl7::MllpListener::errorOccurred);
    auto port = l->start();
    QVERIFY2(port, qPrintable(port.error().message));

    for (const QString &name : {QString(), QStringLiteral("rogue")}) {
        auto refused = tlsClient(m_certs.path(), *port, name);
        refused->waitForEncrypted(5000);
        // TLS 1.3 finishes the client's side before the server checks its certificate, so the
        // refusal may only show as the connection closing.
        refused->write(Hl7::Mllp::frame(
            Test::TestAdtHandler::message(QStringLiteral("R1"), QStringLiteral("MR"))));
        QVERIFY(readMessages(*refused, 1).isEmpty());
        QTRY_VERIFY(refused->state() == QAbstractSocket::UnconnectedState);
    }
    QTRY_VERIFY(!errors.isEmpty());
    QCOMPARE(patients(), 0);

    auto accepted = tlsClient(m_certs.path(), *port, QStringLiteral("client"));
    QVERIFY2(accepted->waitForEncrypted(10000), qPrintable(accepted->errorString()));
    accepted->write(Hl7::Mllp::frame(
        Test::TestAdtHandler::message(QStringLiteral("R2"), QStringLiteral("MR2"))));
    const QList<QByteArray> acks = readMessages(*accepted, 1);
    QCOMPARE(acks.size(), 1);
    QCOMPARE(msa(acks[0], "MSA-2"), QStringLiteral("R2"));
    QCOMPARE(patients(), 1);
}

void tst_Mllp::badTlsFilesRefused()
{
    QVERIFY(makeCertificates());
    Hl7::ListenerOptions options;
    options.certificateFile = m_certs.filePath(QStringLiteral("server.key")); // not a certificate
    options.privateKeyFile = m_certs.filePath(QStringLiteral("server.key"));
    auto l = listener(options);
    auto port = l->start();
    QVERIFY(!port);
    QVERIFY(port.error().message.contains(QStringLiteral("no PEM certificate")));
    QVERIFY(!l->isListening());
}

QTEST_GUILESS_MAIN(tst_Mllp)
#include "tst_mllp.moc"
