#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Ambulo::Test {

// A peer server the test starts on 127.0.0.1 (node or python under tests/peers) and stops when it
// goes out of scope. The peer prints "listening <port>" once bound; its stdin stays open, and a
// peer that sees it close exits, so a crashed test leaves nothing running.
class PeerProcess
{
public:
    PeerProcess() = default;
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;
    ~PeerProcess();

    // Starts `program arguments...` and waits for the "listening" line; false (with error())
    // when it does not come within the timeout.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 20000);
    void stop();

    int port() const { return m_port; }
    QString error() const { return m_error; }
    QString output(); // what the peer wrote to stderr so far

private:
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace Ambulo::Test
