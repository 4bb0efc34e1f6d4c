#pragma once

namespace Ambulo::App {

class CliContext;

// `ambulo hl7 ...`: HL7 v2 files on the command line.
int runHl7(CliContext &cli);

} // namespace Ambulo::App
