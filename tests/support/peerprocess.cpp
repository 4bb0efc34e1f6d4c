#include "tests/support/peerprocess.h"

#include <QDeadlineTimer>

namespace Ambulo::Test {

PeerProcess::~PeerProcess()
{
    stop();
}

bool PeerProcess::start(const QString &program, const QStringList &arguments, int timeoutMs)
{
    stop();
    m_port = 0;
    m_error.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    QByteArray seen;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                seen += line + '\n';
                if (line.startsWith("listening ")) {
                    m_port = line.mid(10).toInt();
                    return m_port > 0;
                }
            }
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("%1 did not report its port: %2%3")
                  .arg(program, QString::fromUtf8(seen),
                       QString::fromUtf8(m_process.readAllStandardError()));
    stop();
    return false;
}

void PeerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString PeerProcess::output()
{
    return QString::fromUtf8(m_process.readAllStandardError());
}

} // namespace Ambulo::Test
