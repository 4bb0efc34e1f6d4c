#pragma once

#include "connectors/hl7/adapter.h"
#include "core/module/module.h"

#include <memory>
#include <vector>

namespace Ambulo::App::ModuleCatalog {

// Every module built into this binary. The one place that names them; the shell and the command
// line only see the Module contract.
std::vector<std::unique_ptr<Core::Module>> create();

// The migrations of all modules, so every entry point opens the store with the same schema.
QList<Core::MigrationSet> migrations();

// The HL7 adapters of core and every module (message type → service calls, change → message).
QList<Hl7::AdapterSet> hl7Adapters();

} // namespace Ambulo::App::ModuleCatalog
