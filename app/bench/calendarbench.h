#pragma once

#include <QStringList>

namespace Ambulo::App {

class CliContext;

// "calendar": load a week for 20 providers with 2,000 appointments through one Agenda query and
// paint it with the calendar dock's view into an image. Painting needs a QApplication; when the
// bench runs under the command line's QCoreApplication it runs itself again as a child that has
// one (see benchNeedsWidgets).
int benchCalendar(CliContext &cli);

// Whether these command-line words name the calendar bench, which main() then runs under a
// QApplication (on the offscreen platform when there is no display).
bool benchNeedsWidgets(const QStringList &arguments);

} // namespace Ambulo::App
