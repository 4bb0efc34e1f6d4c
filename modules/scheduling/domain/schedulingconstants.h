#pragma once

// Every persisted identifier of the scheduling module, defined once.
namespace Ambulo::Scheduling::Constants {

inline constexpr char ModuleId[] = "scheduling";
inline constexpr char MigrationComponent[] = "scheduling";

// Scheduling settings (table scheduling_settings).
inline constexpr char SettingTimeZone[] = "scheduling.time-zone"; // IANA id, e.g. America/New_York

// Wall-clock text as stored and typed: local to the practice's time zone.
inline constexpr char WallClockFormat[] = "yyyy-MM-ddTHH:mm";

// The longest appointment or blockout the book accepts; it also bounds every overlap query's
// start range so conflict checks stay index range scans.
inline constexpr int MaxAppointmentMinutes = 12 * 60;
inline constexpr int MinAppointmentMinutes = 5;
inline constexpr int MaxSeriesOccurrences = 104;

// Appointment status ids, as stored and typed on the command line.
namespace Status {
inline constexpr char Booked[] = "booked";
inline constexpr char Confirmed[] = "confirmed";
inline constexpr char Arrived[] = "arrived";
inline constexpr char Roomed[] = "roomed";
inline constexpr char Seen[] = "seen";
inline constexpr char CheckedOut[] = "checked-out";
inline constexpr char NoShow[] = "no-show";
inline constexpr char Cancelled[] = "cancelled";
inline constexpr char Rescheduled[] = "rescheduled";
} // namespace Status

// Domain events published on Core::EventHub. Data keys below.
namespace Events {
inline constexpr char AppointmentBooked[] = "AppointmentBooked";
inline constexpr char AppointmentStatusChanged[] = "AppointmentStatusChanged";
inline constexpr char AppointmentCancelled[] = "AppointmentCancelled";
inline constexpr char AppointmentNoShow[] = "AppointmentNoShow";
inline constexpr char AppointmentRescheduled[] = "AppointmentRescheduled";
inline constexpr char AppointmentMoved[] = "AppointmentMoved";
inline constexpr char SeriesBooked[] = "AppointmentSeriesBooked";
inline constexpr char WalkInAdded[] = "WalkInAdded";
inline constexpr char WalkInRemoved[] = "WalkInRemoved";
inline constexpr char WaitlistChanged[] = "WaitlistChanged";
inline constexpr char ScheduleSetupChanged[] = "ScheduleSetupChanged";
inline constexpr char AppointmentsImported[] = "AppointmentsImported";

inline constexpr char KeyAppointmentId[] = "appointmentId";
inline constexpr char KeyPatientId[] = "patientId";
inline constexpr char KeyProviderId[] = "providerId";
inline constexpr char KeyFrom[] = "from";
inline constexpr char KeyTo[] = "to";
inline constexpr char KeyStart[] = "start";
inline constexpr char KeyEnd[] = "end";
inline constexpr char KeyPreviousId[] = "previousId";
inline constexpr char KeySeriesId[] = "seriesId";
inline constexpr char KeyReason[] = "reason";
inline constexpr char KeyWalkInId[] = "walkInId";
inline constexpr char KeyCount[] = "count";
} // namespace Events

// Change-log entities of the set-up (the FHIR resource types they travel as).
namespace Sync {
inline constexpr char HoursEntity[] = "Schedule"; // entity id: the provider
inline constexpr char BlockoutEntity[] = "Slot";  // entity id: the blockout
} // namespace Sync

// Audit actions.
namespace Audit {
inline constexpr char Book[] = "appointment.book";
inline constexpr char BookOverride[] = "appointment.book-override";
inline constexpr char Reschedule[] = "appointment.reschedule";
inline constexpr char Move[] = "appointment.move";
inline constexpr char StatusChange[] = "appointment.status";
inline constexpr char Series[] = "appointment.series";
inline constexpr char Import[] = "appointment.import";
inline constexpr char Remote[] = "appointment.from-server";
inline constexpr char List[] = "appointment.list";
inline constexpr char SetupType[] = "schedule.type";
inline constexpr char SetupHours[] = "schedule.working-hours";
inline constexpr char SetupBlockout[] = "schedule.blockout";
inline constexpr char SetupTimeZone[] = "schedule.time-zone";
inline constexpr char WaitlistAdd[] = "waitlist.add";
inline constexpr char WaitlistRemove[] = "waitlist.remove";
inline constexpr char WalkInAdd[] = "walkin.add";
inline constexpr char WalkInRemove[] = "walkin.remove";
inline constexpr char WalkInConvert[] = "walkin.convert";
inline constexpr char DemoSeed[] = "schedule.demo-seed";
inline constexpr char Link[] = "appointment.link";
} // namespace Audit

} // namespace Ambulo::Scheduling::Constants
