#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <optional>

class QString;
class QWidget;

namespace Ambulo::Core {
class PatientService;
}

namespace Ambulo::App::Internal {

// Asks whether to undo `match` of `name`'s record (what it brought, what is put back) and, when
// told so, undoes it. No value when the person declined.
std::optional<Core::Result<Core::SamePersonUndo>>
askToUndoMatch(QWidget *parent, const QString &title, Core::PatientService &patients,
               const Core::SamePersonMatch &match, const QString &name);

} // namespace Ambulo::App::Internal
