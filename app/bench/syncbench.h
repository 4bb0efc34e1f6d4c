#pragma once

#include <QString>

namespace Ambulo::App {

class CliContext;

// `bench sync-first [--resources N] [--page-size N] [--fhir-server FILE]`: a new workstation's
// first sync from tests/peers/fhir_server.mjs (started here on 127.0.0.1, seeded with N Patients,
// 50,000 by default) against the bare download of the same pages by the same process, and the
// longest stall of a 10 ms timer on the main thread while the sync runs on a worker thread.
int benchSyncFirst(CliContext &cli, const QString &root);

} // namespace Ambulo::App
