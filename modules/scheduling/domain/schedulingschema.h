#pragma once

#include "core/store/migrations.h"

namespace Ambulo::Scheduling {

// The module's tables. A released migration is never edited; changes come as a new version.
const Core::MigrationSet &schedulingMigrations();

} // namespace Ambulo::Scheduling
