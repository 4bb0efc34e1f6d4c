#pragma once

// Every identifier the scheduling docks persist or share with tests, defined once.
namespace Ambulo::Scheduling::Constants {

// Dock object names: saved inside each user's layout.
inline constexpr char DockCalendar[] = "Ambulo.Dock.Scheduling.Calendar";
inline constexpr char DockFlowBoard[] = "Ambulo.Dock.Scheduling.FlowBoard";
inline constexpr char DockWaitlist[] = "Ambulo.Dock.Scheduling.Waitlist";
inline constexpr char DockRegistration[] = "Ambulo.Dock.Scheduling.Registration";
inline constexpr char DockSetup[] = "Ambulo.Dock.Scheduling.Setup";

// Object names of widgets the tests drive.
namespace ObjectNames {
inline constexpr char CalendarWidget[] = "schedCalendar";
inline constexpr char CalendarView[] = "schedCalendarView";
inline constexpr char CalendarMode[] = "schedCalendarMode";
inline constexpr char CalendarProvider[] = "schedCalendarProvider";
inline constexpr char CalendarDate[] = "schedCalendarDate";
inline constexpr char CalendarMessage[] = "schedCalendarMessage";
inline constexpr char CalendarNew[] = "schedCalendarNew";
inline constexpr char CalendarDaySheet[] = "schedCalendarDaySheet";
inline constexpr char CalendarFindOpening[] = "schedCalendarFindOpening";

inline constexpr char FindOpeningDialog[] = "schedFindOpeningDialog";
inline constexpr char FindOpeningType[] = "schedFindOpeningType";
inline constexpr char FindOpeningProvider[] = "schedFindOpeningProvider";
inline constexpr char FindOpeningFromDate[] = "schedFindOpeningFromDate";
inline constexpr char FindOpeningToDate[] = "schedFindOpeningToDate";
inline constexpr char FindOpeningFromTime[] = "schedFindOpeningFromTime";
inline constexpr char FindOpeningToTime[] = "schedFindOpeningToTime";
inline constexpr char FindOpeningSearch[] = "schedFindOpeningSearch";
inline constexpr char FindOpeningResults[] = "schedFindOpeningResults";
inline constexpr char FindOpeningBook[] = "schedFindOpeningBook";
inline constexpr char FindOpeningMessage[] = "schedFindOpeningMessage";

inline constexpr char BookingDialog[] = "schedBookingDialog";
inline constexpr char BookingPatientSearch[] = "schedBookingPatientSearch";
inline constexpr char BookingPatientList[] = "schedBookingPatientList";
inline constexpr char BookingNewPatient[] = "schedBookingNewPatient";
inline constexpr char BookingType[] = "schedBookingType";
inline constexpr char BookingProvider[] = "schedBookingProvider";
inline constexpr char BookingRoom[] = "schedBookingRoom";
inline constexpr char BookingStart[] = "schedBookingStart";
inline constexpr char BookingRecurring[] = "schedBookingRecurring";
inline constexpr char BookingEveryWeeks[] = "schedBookingEveryWeeks";
inline constexpr char BookingCount[] = "schedBookingCount";
inline constexpr char BookingOverride[] = "schedBookingOverride";
inline constexpr char BookingConflicts[] = "schedBookingConflicts";
inline constexpr char BookingReport[] = "schedBookingReport";
inline constexpr char BookingButton[] = "schedBookingBook";

inline constexpr char AppointmentDialog[] = "schedAppointmentDialog";
inline constexpr char AppointmentStatusPrefix[] = "schedStatus-"; // + status id
inline constexpr char AppointmentReason[] = "schedAppointmentReason";
inline constexpr char AppointmentMessage[] = "schedAppointmentMessage";
inline constexpr char AppointmentCandidates[] = "schedAppointmentCandidates";

inline constexpr char FlowBoardTable[] = "schedFlowBoardTable";
inline constexpr char FlowBoardWalkIns[] = "schedFlowBoardWalkIns";
inline constexpr char FlowBoardAddWalkIn[] = "schedFlowBoardAddWalkIn";
inline constexpr char FlowBoardConvert[] = "schedFlowBoardConvert";
inline constexpr char FlowBoardOpenChart[] = "schedFlowBoardOpenChart";

inline constexpr char WaitlistTable[] = "schedWaitlistTable";
inline constexpr char WaitlistAdd[] = "schedWaitlistAdd";
inline constexpr char WaitlistRemove[] = "schedWaitlistRemove";

inline constexpr char RegFamily[] = "schedRegFamily";
inline constexpr char RegGiven[] = "schedRegGiven";
inline constexpr char RegBirthDate[] = "schedRegBirthDate";
inline constexpr char RegPhone[] = "schedRegPhone";
inline constexpr char RegDuplicates[] = "schedRegDuplicates";
inline constexpr char RegUseExisting[] = "schedRegUseExisting";
inline constexpr char RegSave[] = "schedRegSave";
inline constexpr char RegMessage[] = "schedRegMessage";
inline constexpr char RegNumberBox[] = "schedRegNumberBox";
inline constexpr char RegNumberAuthority[] = "schedRegNumberAuthority";
inline constexpr char RegNumberValue[] = "schedRegNumberValue";
inline constexpr char RegNumberKind[] = "schedRegNumberKind";
} // namespace ObjectNames

} // namespace Ambulo::Scheduling::Constants
