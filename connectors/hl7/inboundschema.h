#pragma once

#include "core/store/migrations.h"

namespace Ambulo::Hl7 {

inline constexpr char InboundComponent[] = "hl7-inbound";

// The received-message log of every inbound interface: each message as it arrived, what became
// of it and the exact ACK bytes sent, so a resend is answered with the same bytes and applied
// only once (UNIQUE on MSH-3, MSH-4, MSH-10).
Core::MigrationSet inboundMigrations();

} // namespace Ambulo::Hl7
