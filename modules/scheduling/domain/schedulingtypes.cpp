#include "modules/scheduling/domain/schedulingtypes.h"

#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ambulo::Scheduling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Scheduling", text);
}

struct StatusName
{
    AppointmentStatus status;
    const char *id;
};

constexpr StatusName StatusNames[] = {
    {AppointmentStatus::Booked, Constants::Status::Booked},
    {AppointmentStatus::Confirmed, Constants::Status::Confirmed},
    {AppointmentStatus::Arrived, Constants::Status::Arrived},
    {AppointmentStatus::Roomed, Constants::Status::Roomed},
    {AppointmentStatus::Seen, Constants::Status::Seen},
    {AppointmentStatus::CheckedOut, Constants::Status::CheckedOut},
    {AppointmentStatus::NoShow, Constants::Status::NoShow},
    {AppointmentStatus::Cancelled, Constants::Status::Cancelled},
    {AppointmentStatus::Rescheduled, Constants::Status::Rescheduled},
};

} // namespace

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString wallClockText(const QDate &date, int minute)
{
    return date.toString(Qt::ISODate) + QLatin1Char('T') + minuteText(minute);
}

Core::Result<WallClock> parseWallClock(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return Core::invalid(
            tr("'%1' is not a date and time in the form YYYY-MM-DDTHH:MM.").arg(text.left(40)));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return Core::invalid(tr("%1 is not a real date.").arg(text.left(10)));
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    if (hour > 23 || minute > 59)
        return Core::invalid(tr("%1 is not a real time of day.").arg(text.mid(11, 5)));
    return WallClock{date, hour * 60 + minute};
}

Core::Result<QDate> parseDate(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!form.match(text.trimmed()).hasMatch() || !date.isValid())
        return Core::invalid(
            tr("'%1' is not a real date in the form YYYY-MM-DD.").arg(text.left(40)));
    return date;
}

QString statusId(AppointmentStatus status)
{
    for (const StatusName &s : StatusNames) {
        if (s.status == status)
            return QLatin1String(s.id);
    }
    return {};
}

QString statusDisplayName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Confirmed:
        return tr("Confirmed");
    case AppointmentStatus::Arrived:
        return tr("Arrived");
    case AppointmentStatus::Roomed:
        return tr("Roomed");
    case AppointmentStatus::Seen:
        return tr("Seen");
    case AppointmentStatus::CheckedOut:
        return tr("Checked out");
    case AppointmentStatus::NoShow:
        return tr("No-show");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::Rescheduled:
        return tr("Rescheduled");
    }
    return {};
}

std::optional<AppointmentStatus> statusFromId(const QString &id)
{
    for (const StatusName &s : StatusNames) {
        if (id.compare(QLatin1String(s.id), Qt::CaseInsensitive) == 0)
            return s.status;
    }
    return std::nullopt;
}

const QList<AppointmentStatus> &allStatuses()
{
    static const QList<AppointmentStatus> all = [] {
        QList<AppointmentStatus> list;
        for (const StatusName &s : StatusNames)
            list << s.status;
        return list;
    }();
    return all;
}

bool holdsSlot(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow
           && status != AppointmentStatus::Rescheduled;
}

QList<AppointmentStatus> allowedTransitions(AppointmentStatus from)
{
    using S = AppointmentStatus;
    switch (from) {
    case S::Booked:
        return {S::Confirmed, S::Arrived, S::NoShow, S::Cancelled, S::Rescheduled};
    case S::Confirmed:
        return {S::Arrived, S::NoShow, S::Cancelled, S::Rescheduled};
    case S::Arrived:
        // Left before being seen: cancelled with the reason.
        return {S::Roomed, S::Seen, S::Cancelled};
    case S::Roomed:
        return {S::Seen};
    case S::Seen:
        return {S::CheckedOut};
    case S::NoShow:
        // Turned up late after all.
        return {S::Arrived};
    case S::CheckedOut:
    case S::Cancelled:
    case S::Rescheduled:
        return {};
    }
    return {};
}

bool transitionNeedsReason(AppointmentStatus to)
{
    return to == AppointmentStatus::Cancelled;
}

bool Blockout::occursOn(const QDate &day) const
{
    if (!day.isValid() || day < date || day > lastDay())
        return false;
    switch (recurrence) {
    case Recurrence::None:
    case Recurrence::Daily:
        return true;
    case Recurrence::Weekly:
        return day.dayOfWeek() == date.dayOfWeek();
    }
    return false;
}

QDateTime Appointment::startUtc() const
{
    auto utc = Internal::PracticeClock(timeZone.toUtf8()).toUtc(date, startMinute);
    return utc ? utc.value() : QDateTime();
}

QString conflictKindId(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::ProviderBusy:
        return QStringLiteral("provider-busy");
    case ConflictKind::RoomBusy:
        return QStringLiteral("room-busy");
    case ConflictKind::PatientBusy:
        return QStringLiteral("patient-busy");
    case ConflictKind::OutsideWorkingHours:
        return QStringLiteral("outside-working-hours");
    case ConflictKind::Blockout:
        return QStringLiteral("blockout");
    case ConflictKind::NoRoomFree:
        return QStringLiteral("no-room-free");
    }
    return {};
}

int SeriesReport::bookedCount() const
{
    int n = 0;
    for (const SeriesOccurrence &o : occurrences)
        n += o.booked() ? 1 : 0;
    return n;
}

} // namespace Ambulo::Scheduling
