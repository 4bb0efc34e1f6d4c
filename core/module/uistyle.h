#pragma once

#include <QString>

// Looks the shell and every module's docks share, so that an error reads the same everywhere.
// Style sheets only: core links no widgets.
namespace Ambulo::Core::UiStyle {

// Text that reports a refusal or a failure.
inline constexpr char ErrorColor[] = "#b00020";

// The style sheet of a label showing such text; `error` false gives the label's own look back.
inline QString errorText(bool error = true)
{
    return error ? QStringLiteral("color: %1;").arg(QLatin1String(ErrorColor)) : QString();
}

} // namespace Ambulo::Core::UiStyle
