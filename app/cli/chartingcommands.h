#pragma once

namespace Ambulo::App {

class CliContext;

// `ambulo encounters` and `ambulo codes`: the charting services on the command line, with the
// same permissions and audit as the chart docks.
int cmdEncounters(CliContext &cli);
int cmdCodes(CliContext &cli);

} // namespace Ambulo::App
