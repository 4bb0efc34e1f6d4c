#pragma once

namespace Ambulo::App {

class CliContext;

// `ambulo fhir ...`: what this workstation would send to the practice's FHIR server.
int runFhir(CliContext &cli);

} // namespace Ambulo::App
