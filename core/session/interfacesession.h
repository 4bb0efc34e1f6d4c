#pragma once

#include "core/session/session.h"

#include <QString>

namespace Ambulo::Core {

// The session an HL7 interface acts in: no user account behind it, Role::Interface, and the
// user name "hl7:<name>" in every audit entry it causes.
Session interfaceSession(const QString &name);

} // namespace Ambulo::Core
