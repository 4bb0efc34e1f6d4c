#pragma once

#include "connectors/hl7/adapter.h"

#include <QList>

namespace Ambulo::App {

class CliContext;

// `ambulo hl7 import FILE`: applies each message of FILE as interface "import" and prints one
// line per message, the application's MSA-1 code first ("AA\tMSG00001", "AE\tMSG2\ttext").
int cmdHl7Import(CliContext &cli, const QList<Hl7::AdapterSet> &adapters);

// `ambulo hl7 listen --port P [--bind ADDR] [--name NAME] [--tls-cert F --tls-key F
// [--client-ca F]]`: prints "listening on ADDR:PORT" once bound, runs until SIGTERM or SIGINT,
// then exits 0.
int cmdHl7Listen(CliContext &cli, const QList<Hl7::AdapterSet> &adapters);

} // namespace Ambulo::App
