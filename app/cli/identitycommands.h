#pragma once

#include <QString>

namespace Ambulo::App {

class CliContext;

// `ambulo patients merge | add-identifier | remove-identifier | matches | undo-match |
// confirm-match`: who a record is to other systems, and the two records of one person.
bool isPatientIdentityCommand(const QString &sub);
int runPatientIdentity(CliContext &cli);

} // namespace Ambulo::App
