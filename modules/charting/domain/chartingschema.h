#pragma once

#include "core/store/migrations.h"

namespace Ambulo::Charting {

// The charting tables (component "charting"), applied at open with every other module's.
const Core::MigrationSet &chartingMigrations();

} // namespace Ambulo::Charting
