#pragma once

namespace Ambulo::App {

class CliContext;

// hl7.parse_mbps against python3-hl7 parsing the same corpus in the same run.
int benchHl7(CliContext &cli);

} // namespace Ambulo::App
