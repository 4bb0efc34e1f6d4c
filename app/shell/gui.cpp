#include "app/shell/gui.h"

#include <QApplication>

namespace Ambulo::App {

int runGui(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    return QApplication::exec();
}

} // namespace Ambulo::App
