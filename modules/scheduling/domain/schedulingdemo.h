#pragma once

#include "core/result.h"

#include <QDate>

namespace Ambulo::Core {
class Services;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

class SchedulingServices;

// The demo practice's schedule: appointment types, Monday-to-Friday hours with lunch blockouts,
// and appointments from 30 days before `today` to 30 days after in the states a real book has.
// Deterministic for a seed. Needs an admin session and the core demo (providers, patients).
class SchedulingDemo
{
public:
    // `today` invalid: today in the demo practice's zone (America/Chicago).
    static Core::Status seed(SchedulingServices &services, quint64 seed, QDate today = QDate());
};

} // namespace Ambulo::Scheduling
