#pragma once

#include "connectors/hl7/adapter.h"

#include <QList>
#include <QString>

namespace Ambulo::App {

class CliContext;

// Durable MLLP ingest against a bare durable commit loop, in one run: hl7ingest.commit_per_s
// (one small INSERT per transaction, SQLCipher, WAL, synchronous=FULL), hl7ingest.one_sender_per_s
// (one sender over 127.0.0.1 waiting for each ACK; ADT^A04 registrations), .eight_senders_per_s,
// and the ratios of both to the commit loop. `required`: fail (rather than skip) when no adapter
// handles ADT^A04.
int benchHl7Ingest(CliContext &cli, const QString &root, const QList<Hl7::AdapterSet> &adapters,
                   bool required);

} // namespace Ambulo::App
