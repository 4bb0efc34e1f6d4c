#pragma once

namespace Ambulo::App {

class CliContext;

// `ambulo providers`, `ambulo schedule` and `ambulo appointments`: the scheduling services on the
// command line, with the same permissions and audit as the front-desk docks.
int cmdProviders(CliContext &cli);
int cmdSchedule(CliContext &cli);
int cmdAppointments(CliContext &cli);

} // namespace Ambulo::App
