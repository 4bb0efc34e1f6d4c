#pragma once

#include <QDateTime>
#include <QString>

namespace Ambulo::Core {

// An instant as the store keeps it: UTC, ISO 8601 with milliseconds and a 'Z'
// ("2026-12-02T08:01:45.123Z") — the text QDateTime::toUTC().toString(Qt::ISODateWithMs) gives,
// written out by hand because it runs for every audit entry, change row and inbound message and
// Qt's formatter costs about ten times as much. Empty for an invalid time; years outside
// 1–9999 are left to Qt.
QString isoUtcMs(const QDateTime &at);

inline QString isoUtcMsNow()
{
    return isoUtcMs(QDateTime::currentDateTimeUtc());
}

} // namespace Ambulo::Core
