#pragma once

#include "core/result.h"

#include <QString>

namespace Ambulo::Core {

class ServiceContext;

// Whether the person may break the glass on patient `patientId` (MRN `patientMrn`) with
// `reason`: one of 10 to 500 characters, and the BreakGlass permission (a refusal is audited).
// Every restricted read (a chart, a sensitive note, a message or a sync conflict about the
// patient) asks this before it writes its flagged audit entry; an empty reason is the caller's to
// answer, as each says what needs one.
Status requireBreakGlass(ServiceContext &context, const QString &reason, qint64 patientId,
                         const QString &patientMrn);

} // namespace Ambulo::Core
