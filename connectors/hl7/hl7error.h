#pragma once

#include <QString>

namespace Ambulo::Hl7 {

// What went wrong and where: a byte offset into the message for parse errors, a character offset
// into the path for path errors; -1 when no single position is to blame.
struct Error
{
    qsizetype position = -1;
    QString message;

    QString toString() const
    {
        return position < 0 ? message : QStringLiteral("at %1: %2").arg(position).arg(message);
    }
};

} // namespace Ambulo::Hl7
