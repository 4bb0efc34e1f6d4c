#pragma once

#include "core/store/migrations.h"

namespace Ambulo::Hl7 {

// The "hl7-outbound" component: interfaces and their persistent queue. Acked messages stay for
// the monitor until OutboundQueue::pruneAcked removes them.
const Core::MigrationSet &outboundMigrations();

} // namespace Ambulo::Hl7
