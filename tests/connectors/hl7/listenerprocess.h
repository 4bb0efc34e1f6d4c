#pragma once

// Runs `hl7 listen` as a child process for the listen and crash tests: starts it, waits for its
// "listening on ADDR:PORT" line, and stops it by signal.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>

namespace Ambulo::Test {

class ListenerProcess
{
public:
    ~ListenerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts the program and returns the port it reports (0 on failure; see output()).
    quint16 start(const QString &program, const QStringList &arguments, const QString &password)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AMBULO_PASSWORD"), password);
        m_process.setProcessEnvironment(env);
        m_out.clear();
        m_process.start(program, arguments);
        static const QRegularExpression line(QStringLiteral("listening on ([0-9.:]+):(\\d+)\n"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            if (m_process.state() == QProcess::NotRunning && !m_process.bytesAvailable())
                return 0;
            m_process.waitForReadyRead(100);
            m_out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = line.match(QString::fromUtf8(m_out));
            if (match.hasMatch())
                return quint16(match.captured(2).toUInt());
        }
        return 0;
    }

    // Sends a signal and waits for the exit; returns the exit code (-1: crashed or hung).
    int stop(int signal = SIGTERM)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    void kill()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(5000);
    }

    QString output()
    {
        m_out += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_out);
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_out;
};

} // namespace Ambulo::Test
