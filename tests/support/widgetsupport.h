#pragma once

#include <QObject>
#include <QtGlobal>

namespace Ambulo::Test {

// The widget of type T named `name` (its objectName) under `parent`; null, with a warning in the
// test's log, when there is none.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace Ambulo::Test
