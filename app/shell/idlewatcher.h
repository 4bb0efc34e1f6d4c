#pragma once

#include <QObject>
#include <QTimer>

namespace Ambulo::App {

// Watches the whole application's keyboard and pointer input and reports when none came for
// the timeout, so an unattended workstation locks itself.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace Ambulo::App
