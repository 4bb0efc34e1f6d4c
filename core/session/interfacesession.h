#pragma once

#include "core/session/session.h"

#include <QString>

namespace Ambulo::Core {

// The session a connector acts in: no user account behind it, Role::Interface, and its principal
// ("hl7:LAB", "fhir") as the user name in every audit entry it causes. A running connector signs
// in through UserService::signInInterface, which audits who started it; this alone is for tests
// and for code that already holds such a sign-in.
Session interfaceSession(const QString &principal);

} // namespace Ambulo::Core
