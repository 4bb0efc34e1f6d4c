#pragma once

#include "core/store/isotime.h"

#include <QDateTime>
#include <QString>

namespace Ambulo::Hl7::StoredTime {

// How the connector's tables keep times: UTC, ISO 8601 with milliseconds; '' for none.
inline QString text(const QDateTime &at)
{
    return Core::isoUtcMs(at);
}

inline QString now()
{
    return text(QDateTime::currentDateTimeUtc());
}

inline QDateTime parse(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace Ambulo::Hl7::StoredTime
