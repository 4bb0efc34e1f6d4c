#pragma once

#include "tests/support/peerprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

namespace Ambulo::Test {

// tests/peers/hl7_mllp_server.py: python3-hl7's asyncio MLLP server on 127.0.0.1, an independent
// receiver that records what it got and answers as told (see the script's usage).
class MllpPeer
{
public:
    static QString script() { return QStringLiteral(AMBULO_PEERS_DIR "/hl7_mllp_server.py"); }

    // Starts the server with these rules ("MARKER=AR,AA"); false with error() set on failure.
    bool start(const QStringList &rules = {}, const QString &defaultCode = QStringLiteral("AA"),
               const QStringList &extraArgs = {})
    {
        m_process.stop();
        m_record = m_dir.filePath(QStringLiteral("record-%1.jsonl").arg(++m_runs));
        QStringList args{script(), QStringLiteral("--record"), m_record,
                         QStringLiteral("--default"), defaultCode};
        for (const QString &rule : rules)
            args << QStringLiteral("--rule") << rule;
        return m_process.start(QStringLiteral("/usr/bin/python3"), args + extraArgs, 10000);
    }

    void stop() { m_process.stop(); }

    int port() const { return m_process.port(); }
    QString error() const { return m_process.error(); }

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
    PeerProcess m_process;
    int m_runs = 0;
};

} // namespace Ambulo::Test
