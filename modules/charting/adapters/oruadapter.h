#pragma once

#include "connectors/hl7/adapter.h"

namespace Ambulo::Charting {

// ORU^R01 → lab results filed through ResultService: each OBR an order, the OBX segments after it
// its observations. The patient is found by the MRN in PID-3 (the repetition whose identifier
// type is MR, else the first). Until core matches identifiers with their assigning authority
// (PatientService::findByIdentifier), the MRN is the key. A resend of the same filler order
// updates the order and its observations in place.
Hl7::AdapterSet oruAdapter();

} // namespace Ambulo::Charting
