#pragma once

#include "core/result.h"

namespace Ambulo::Charting {

class ChartingServices;

// The demo practice's charts: a small hand-written set of common ICD-10-CM codes and visit
// codes with fees, note templates and quick texts, and for the first patients past signed
// encounters with notes, vitals, diagnoses and charges, problems, medications, allergies and
// lab results. Runs as the admin; the clinical entries are made as the demo doctor (drmoreno),
// who signs them. Deterministic for a seed.
namespace ChartingDemo {
Core::Status seed(ChartingServices &charting, quint64 seed);
} // namespace ChartingDemo

} // namespace Ambulo::Charting
