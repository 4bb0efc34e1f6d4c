#include "modules/scheduling/domain/practiceclock.h"

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QCoreApplication>

namespace Ambulo::Scheduling::Internal {

PracticeClock::PracticeClock(const QByteArray &ianaId)
    : m_zone(ianaId)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

Core::Result<QDateTime> PracticeClock::toUtc(const QDate &date, int minute) const
{
    if (!date.isValid() || minute < 0 || minute > 24 * 60)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Not a valid time."));
    // The naive wall time read as if it were UTC; the real instant is that minus the offset in
    // force then. Trying the offsets half a day either side finds both candidates of an overlap.
    const QDateTime naive(date.startOfDay(Qt::UTC).addSecs(qint64(minute) * 60));
    QDateTime first;
    for (const int hours : {-12, 12}) {
        const int offset = m_zone.offsetFromUtc(naive.addSecs(qint64(hours) * 3600));
        const QDateTime candidate = naive.addSecs(-offset);
        if (m_zone.offsetFromUtc(candidate) != offset)
            continue;
        if (!first.isValid() || candidate < first)
            first = candidate;
    }
    if (!first.isValid())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling",
                                        "%1 does not exist in %2: the clocks skip it "
                                        "(daylight saving time starts).")
                .arg(wallClockText(date, minute), QString::fromUtf8(m_zone.id())));
    return first;
}

QDate PracticeClock::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

int PracticeClock::minuteNow() const
{
    const QTime t = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).time();
    return t.hour() * 60 + t.minute();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Ambulo::Scheduling::Internal
