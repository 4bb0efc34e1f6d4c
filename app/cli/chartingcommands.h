#pragma once

#include <QStringList>

namespace Ambulo::App {

class CliContext;

// `ambulo encounters` and `ambulo codes`: the charting services on the command line, with the
// same permissions and audit as the chart docks.
int cmdEncounters(CliContext &cli);
int cmdCodes(CliContext &cli);
// True for a charting command that lays out a document (fonts: a QGuiApplication is needed).
bool chartingNeedsGui(const QStringList &arguments);

} // namespace Ambulo::App
