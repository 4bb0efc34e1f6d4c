#pragma once

#include <QString>

namespace Ambulo::App {

class CliContext;

// "openings" and "booking": find-next-opening over a month for 10 providers, and booking
// (conflict check + commit) on a store of `patients` patients and 500,000 appointments, beside
// the bare durable commit of one row in the same store.
int benchOpenings(CliContext &cli, const QString &root, int patients);
int benchBooking(CliContext &cli, const QString &root, int patients);

} // namespace Ambulo::App
