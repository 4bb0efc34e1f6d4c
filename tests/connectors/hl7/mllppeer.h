#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Ambulo::Test {

// tests/peers/hl7_mllp_server.py: python3-hl7's asyncio MLLP server on 127.0.0.1, an independent
// receiver that records what it got and answers as told (see the script's usage).
class MllpPeer
{
public:
    ~MllpPeer() { stop(); }

    static QString script() { return QStringLiteral(AMBULO_PEERS_DIR "/hl7_mllp_server.py"); }

    // Starts the server with these rules ("MARKER=AR,AA"); false with error() set on failure.
    bool start(const QStringList &rules = {}, const QString &defaultCode = QStringLiteral("AA"),
               const QStringList &extraArgs = {})
    {
        stop();
        m_record = m_dir.filePath(QStringLiteral("record-%1.jsonl").arg(++m_runs));
        QStringList args{script(), QStringLiteral("--record"), m_record,
                         QStringLiteral("--default"), defaultCode};
        for (const QString &rule : rules)
            args << QStringLiteral("--rule") << rule;
        args += extraArgs;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start python3: ") + m_process->errorString();
            return false;
        }
        QByteArray line;
        while (!line.contains('\n') && m_process->waitForReadyRead(10000))
            line += m_process->readAllStandardOutput();
        if (!line.startsWith("PORT ")) {
            m_error = QStringLiteral("the peer did not start: ")
                      + QString::fromUtf8(line + m_process->readAllStandardError());
            return false;
        }
        m_port = line.mid(5).trimmed().toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    int port() const { return m_port; }
    QString error() const { return m_error; }

    // What the peer received so far, oldest first: {n, answer, raw, fields{...}}.
    QList<QJsonObject> received() const
    {
        QList<QJsonObject> list;
        QFile f(m_record);
        if (!f.open(QIODevice::ReadOnly))
            return list;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
        return list;
    }

    // The value python3-hl7 read at `field` in each received message, in order.
    QStringList receivedField(const QString &field) const
    {
        QStringList values;
        for (const QJsonObject &o : received())
            values << o.value(QStringLiteral("fields")).toObject().value(field).toString();
        return values;
    }

    QStringList answers() const
    {
        QStringList values;
        for (const QJsonObject &o : received())
            values << o.value(QStringLiteral("answer")).toString();
        return values;
    }

private:
    QTemporaryDir m_dir;
    QString m_record;
    QString m_error;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_runs = 0;
};

} // namespace Ambulo::Test
