#pragma once

// For GUI tests: answering a modal dialog, whose exec() would otherwise block the test.

#include <QApplication>
#include <QTimer>

#include <functional>

namespace Ambulo::Test {

// Answers the next modal dialog of type T once it is up.
template<typename T>
void whenModal(std::function<void(T *)> answer)
{
    auto timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace Ambulo::Test
