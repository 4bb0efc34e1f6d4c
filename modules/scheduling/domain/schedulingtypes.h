#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Ambulo::Scheduling {

// Times of day are minutes after local midnight in the practice's time zone (9:30 = 570), so a
// 9:00 appointment stays at 9:00 across a daylight-saving change. An appointment never crosses
// midnight.
QString minuteText(int minute);                       // "09:30"
QString wallClockText(const QDate &date, int minute); // "2026-03-09T09:30"

struct WallClock
{
    QDate date;
    int minute = 0;
};

// "2026-03-09T09:30" (a space instead of T is accepted); refuses 31 February and 25:00.
Core::Result<WallClock> parseWallClock(const QString &text);
// "2026-03-09", strictly.
Core::Result<QDate> parseDate(const QString &text);

enum class AppointmentStatus {
    Booked,
    Confirmed,
    Arrived,
    Roomed,
    Seen,
    CheckedOut,
    NoShow,
    Cancelled,
    Rescheduled,
};

QString statusId(AppointmentStatus status);          // "checked-out", as stored and typed
QString statusDisplayName(AppointmentStatus status); // translated
std::optional<AppointmentStatus> statusFromId(const QString &id);
const QList<AppointmentStatus> &allStatuses();
// Whether the appointment still holds its slot (cancelled, no-show and rescheduled ones do not).
bool holdsSlot(AppointmentStatus status);
// The statuses a clerk may move an appointment to from `from`.
QList<AppointmentStatus> allowedTransitions(AppointmentStatus from);
bool transitionNeedsReason(AppointmentStatus to); // cancelled

struct AppointmentType
{
    qint64 id = 0;
    QString code; // "NP", "FU"; unique, typed on the command line
    QString name;
    int defaultMinutes = 15;
    QString colour = QStringLiteral("#4a90d9"); // #rrggbb
    bool needsRoom = false;
    bool active = true;
};

// One interval a provider works on a weekday; a day may hold several (morning, afternoon).
struct WorkingInterval
{
    qint64 providerId = 0;
    int weekday = 1; // Qt::Monday (1) .. Qt::Sunday (7)
    int startMinute = 0;
    int endMinute = 0;
    qint64 roomId = 0; // the room the provider usually works in; 0 none
};

enum class Recurrence { None, Daily, Weekly };

// Time no one can be booked: for one provider, one room, or (both 0) the whole practice.
struct Blockout
{
    qint64 id = 0;
    qint64 providerId = 0;
    qint64 roomId = 0;
    QDate date; // the first (or only) day
    int startMinute = 0;
    int endMinute = 24 * 60;
    Recurrence recurrence = Recurrence::None;
    QDate until; // last day of a recurring blockout; ignored for a one-off
    QString reason;

    bool occursOn(const QDate &day) const;
    QDate lastDay() const { return recurrence == Recurrence::None ? date : until; }
};

struct BlockoutOccurrence
{
    Blockout blockout;
    QDate date;
};

struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 roomId = 0;
    qint64 typeId = 0;
    QDate date;
    int startMinute = 0;
    int endMinute = 0;
    QString timeZone; // IANA id of the practice zone when booked
    AppointmentStatus status = AppointmentStatus::Booked;
    QString reason;
    QString cancelReason;
    QString overrideReason; // non-empty: an admin booked over a conflict
    qint64 rescheduledFrom = 0;
    qint64 seriesId = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    // Filled by reads, for display.
    QString patientMrn;
    QString patientName; // "Family, Given"
    QString providerName;
    QString roomName;
    QString typeCode;
    QString typeName;
    QString colour;

    int minutes() const { return endMinute - startMinute; }
    QString startText() const { return wallClockText(date, startMinute); }
    QString endText() const { return wallClockText(date, endMinute); }
    // The instant it starts; an ambiguous local time (fall back) is its first occurrence.
    QDateTime startUtc() const;
};

enum class ConflictKind {
    ProviderBusy,
    RoomBusy,
    PatientBusy,
    OutsideWorkingHours,
    Blockout,
    NoRoomFree,
};

// One thing a booking collides with, said the way a clerk reads it.
struct Conflict
{
    ConflictKind kind = ConflictKind::ProviderBusy;
    QString message; // "Dr. Alicia Moreno already has Garcia, Ana 09:00–09:30"
    qint64 appointmentId = 0;
    qint64 blockoutId = 0;
};

QString conflictKindId(ConflictKind kind); // "provider-busy", ...

struct BookingRequest
{
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 typeId = 0;
    QDate date;
    int startMinute = 0;
    int minutes = 0;   // 0: the type's default length
    qint64 roomId = 0; // 0: the provider's usual room, or any free one, when the type needs one
    QString reason;
    // Non-empty: book despite hard conflicts. Admins only; audited and flagged.
    QString overrideReason;
};

struct MoveRequest
{
    qint64 appointmentId = 0;
    QDate date;
    int startMinute = 0;
    int endMinute = 0;     // resize: a new end; 0 keeps the length
    qint64 providerId = 0; // 0 keeps the provider
    qint64 roomId = -1;    // -1 keeps the room, 0 none
    QString overrideReason;
};

struct SeriesRequest
{
    BookingRequest first;
    int everyWeeks = 1;
    int count = 1;
};

struct SeriesOccurrence
{
    QDate date;
    int startMinute = 0;
    qint64 appointmentId = 0; // 0: not booked, see conflicts and error
    QList<Conflict> conflicts;
    QString error; // a reason other than a conflict (e.g. the time does not exist that day)

    bool booked() const { return appointmentId != 0; }
};

struct SeriesReport
{
    qint64 seriesId = 0;
    QList<SeriesOccurrence> occurrences;

    int bookedCount() const;
};

struct StatusChange
{
    qint64 appointmentId = 0;
    std::optional<AppointmentStatus> from; // empty for the booking itself
    AppointmentStatus to = AppointmentStatus::Booked;
    QDateTime at; // UTC
    QString user;
    QString reason;
};

struct OpeningQuery
{
    qint64 typeId = 0;
    int minutes = 0;           // 0: the type's default length
    QList<qint64> providerIds; // empty: any active provider
    QDate from;
    QDate to;                   // inclusive
    QList<int> weekdays;        // empty: every day; Qt::Monday..Qt::Sunday
    int earliestMinute = 0;     // the opening starts at or after
    int latestMinute = 24 * 60; // and ends at or before
    int stepMinutes = 0;        // candidate start grid; 0: 15 minutes
    int limit = 20;
    QDateTime notBefore; // UTC; openings starting earlier are skipped (e.g. now)
};

struct Opening
{
    QDate date;
    int startMinute = 0;
    int endMinute = 0;
    qint64 providerId = 0;
    QString providerName;
    qint64 roomId = 0;
    QString roomName;

    QString startText() const { return wallClockText(date, startMinute); }
};

// Everything a day or week view draws, in one call.
struct AgendaQuery
{
    QList<qint64> providerIds; // empty: every active provider
    QDate from;
    QDate to;                     // inclusive
    bool includeInactive = false; // cancelled, no-show and rescheduled appointments too
};

struct Agenda
{
    QString timeZone;
    QList<Appointment> appointments;     // by date, start, provider
    QList<BlockoutOccurrence> blockouts; // one entry per day a blockout covers
    QList<WorkingInterval> workingHours; // per provider and weekday
};

struct FlowEntry
{
    Appointment appointment;
    QDateTime arrivedAt; // UTC, invalid until it happens
    QDateTime roomedAt;
    QDateTime seenAt;
    QDateTime checkedOutAt;
};

struct WaitlistEntry
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 typeId = 0;
    qint64 providerId = 0; // 0: any provider
    QDate earliest;
    QDate latest;
    QList<int> weekdays; // empty: any day
    int earliestMinute = 0;
    int latestMinute = 24 * 60;
    QString note;
    bool active = true;
    QDateTime createdAt; // UTC; the longest waiting is offered first

    QString patientMrn;
    QString patientName;
    QString typeCode;
};

// A slot a cancellation or no-show gave back.
struct FreedSlot
{
    QDate date;
    int startMinute = 0;
    int endMinute = 0;
    qint64 providerId = 0;
    qint64 typeId = 0;
};

enum class WalkInState { Waiting, Converted, Removed };

struct WalkIn
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 providerId = 0; // wanted provider; 0 any
    qint64 typeId = 0;
    QString reason;
    QDateTime arrivedAt; // UTC
    WalkInState state = WalkInState::Waiting;
    qint64 appointmentId = 0; // once converted

    QString patientMrn;
    QString patientName;
};

struct FlowBoard
{
    QDate date;
    QList<FlowEntry> entries; // today's appointments, by start
    QList<WalkIn> walkIns;    // waiting, by arrival
};

} // namespace Ambulo::Scheduling
