#pragma once

#include "core/store/migrations.h"

namespace Ambulo::Sync {

// The "sync" component: the record map (local id ↔ server id, version and the last server copy,
// which is the base of every three-way merge), the change-log cursor, pull stamps per resource
// type and the conflict queue.
const Core::MigrationSet &migrations();

} // namespace Ambulo::Sync
