#pragma once

#include "core/result.h"

namespace Ambulo::Core {
struct MergeEvent;
}

namespace Ambulo::Charting {

// Core's merge hook for charting: the merged patient's encounters, vitals, problems,
// medications, allergies, result orders and observations become the survivor's, in the merge's
// transaction, each synced record with a change-log row so it is sent again under the survivor.
Core::Status repointMergedChart(const Core::MergeEvent &event);

} // namespace Ambulo::Charting
