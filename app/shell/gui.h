#pragma once

#include <QStringList>

namespace Ambulo::App {

// Opens the workstation: store, login, main window. Arguments without the program name.
int runGui(const QStringList &arguments);

} // namespace Ambulo::App
