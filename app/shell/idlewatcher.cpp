#include "app/shell/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace Ambulo::App {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void IdleWatcher::setTimeoutMs(int milliseconds)
{
    const bool running = m_timer.isActive();
    m_timer.setInterval(milliseconds);
    if (running)
        m_timer.start();
}

void IdleWatcher::start()
{
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        // Each event reaches the filter once per widget it propagates through; restarting a
        // running timer is cheap, so no deduplication is needed.
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Ambulo::App
