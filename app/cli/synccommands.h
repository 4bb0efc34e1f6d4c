#pragma once

namespace Ambulo::App {

class CliContext;

// `ambulo sync ...`: this workstation and the practice's FHIR server converge.
int runSync(CliContext &cli);

} // namespace Ambulo::App
