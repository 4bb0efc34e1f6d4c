#pragma once

namespace Ambulo::App {

class CliContext;

// `ambulo hl7 send`: a file of messages to a peer, one ACK code per message.
int runHl7Send(CliContext &cli);
// `ambulo hl7 queue [--send [--once]]`: the outbound queues, and delivering them.
int runHl7Queue(CliContext &cli);
// `ambulo hl7 interface add|list|remove`: outbound interface configuration.
int runHl7Interface(CliContext &cli);

} // namespace Ambulo::App
