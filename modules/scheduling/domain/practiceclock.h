#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Ambulo::Scheduling::Internal {

// Wall-clock arithmetic in the practice's zone, independent of how Qt resolves gaps and overlaps.
class PracticeClock
{
public:
    explicit PracticeClock(const QByteArray &ianaId);

    bool valid() const { return m_zone.isValid(); }
    const QTimeZone &zone() const { return m_zone; }
    QByteArray id() const { return m_zone.id(); }

    // The instant a local wall time names. A time the clocks skip (02:30 on a spring-forward day)
    // is refused; one they pass twice (01:30 on a fall-back day) is its first occurrence.
    Core::Result<QDateTime> toUtc(const QDate &date, int minute) const;
    // Today's date and minute in the practice.
    QDate today() const;
    int minuteNow() const;

private:
    QTimeZone m_zone;
};

QString nowText(); // UTC ISO with milliseconds, as stored in created_at/at columns

} // namespace Ambulo::Scheduling::Internal
