#pragma once

// Every persisted identifier of the core library, defined once.
namespace Ambulo::Core::Constants {

inline constexpr char DatabaseFileName[] = "ambulo.db";
inline constexpr char CoreComponent[] = "core";

// Practice settings keys.
inline constexpr char SettingPracticeName[] = "practice.name";
inline constexpr char SettingPracticeAddress[] = "practice.address";
inline constexpr char SettingPracticePhone[] = "practice.phone";
inline constexpr char SettingPracticeNpi[] = "practice.npi";
inline constexpr char SettingPracticeTaxId[] = "practice.tax-id";
inline constexpr char SettingIdleLockMinutes[] = "security.idle-lock-minutes";
inline constexpr int DefaultIdleLockMinutes = 10;
// "0" when another system's registration under numbers new here must never be taken to be an
// existing record found by name and birth date (PatientService::findSamePerson); on by default.
inline constexpr char SettingMatchSamePerson[] = "interfaces.match-same-person";

// Events every module may publish or handle (Core::EventHub). A module's own events live in its
// constants header; these are the vocabulary modules share without including each other.
namespace Events {
// Someone asked to chart a visit: scheduling publishes it for an arrived or roomed appointment.
// Keys: appointmentId, patientId, providerId, locationId, status (scheduling's id), reason.
inline constexpr char OpenChart[] = "Ambulo.Event.OpenChart";
// Show and raise the dock with this object name (key: dock). The shell handles it.
inline constexpr char ShowDock[] = "Ambulo.Event.ShowDock";

inline constexpr char KeyAppointmentId[] = "appointmentId";
inline constexpr char KeyPatientId[] = "patientId";
inline constexpr char KeyProviderId[] = "providerId";
inline constexpr char KeyLocationId[] = "locationId";
inline constexpr char KeyStatus[] = "status";
inline constexpr char KeyReason[] = "reason";
inline constexpr char KeyDock[] = "dock";
} // namespace Events

// Per-user settings keys.
inline constexpr char UserSettingDockState[] = "shell.dock-state";
inline constexpr char UserSettingGeometry[] = "shell.geometry";

// Account lockout policy.
inline constexpr int MaxFailedSignIns = 5;
inline constexpr int LockoutMinutes = 15;
inline constexpr int MinPasswordLength = 8;

// Audit actions.
namespace Audit {
inline constexpr char StoreInit[] = "store.init";
inline constexpr char SignIn[] = "session.sign-in";
inline constexpr char SignInFailed[] = "session.sign-in-failed";
inline constexpr char SignOut[] = "session.sign-out";
inline constexpr char Lock[] = "session.lock";
inline constexpr char Unlock[] = "session.unlock";
inline constexpr char UnlockFailed[] = "session.unlock-failed";
inline constexpr char AccountLocked[] = "account.locked";
inline constexpr char PermissionDenied[] = "permission.denied";
inline constexpr char UserAdd[] = "user.add";
inline constexpr char UserDisable[] = "user.disable";
inline constexpr char UserEnable[] = "user.enable";
inline constexpr char UserResetPassword[] = "user.reset-password";
inline constexpr char UserRole[] = "user.set-role";
inline constexpr char UserUnlock[] = "user.unlock";
inline constexpr char PracticeSettings[] = "practice.settings";
inline constexpr char PatientCreate[] = "patient.create";
inline constexpr char PatientUpdate[] = "patient.update";
inline constexpr char PatientImport[] = "patient.import";
inline constexpr char PatientIdentifierAdd[] = "patient.identifier-add";
inline constexpr char PatientIdentifierRemove[] = "patient.identifier-remove";
// Flagged for review: another system's registration was taken to be this record by name and
// birth date.
inline constexpr char PatientSamePersonMatch[] = "patient.same-person-match";
// An admin undid such a match: its numbers came off and what it changed was put back.
inline constexpr char PatientSamePersonUndo[] = "patient.same-person-undo";
// An admin confirmed such a match was right.
inline constexpr char PatientSamePersonConfirm[] = "patient.same-person-confirm";
inline constexpr char PatientMerge[] = "patient.merge";
inline constexpr char PatientMrnChange[] = "patient.mrn-change";
inline constexpr char CoverageImport[] = "coverage.import";
inline constexpr char PatientRead[] = "patient.read";
inline constexpr char PatientSearch[] = "patient.search";
inline constexpr char BreakGlass[] = "patient.break-glass";
inline constexpr char CoverageAdd[] = "coverage.add";
inline constexpr char CoverageRead[] = "coverage.read";
inline constexpr char PractitionerAdd[] = "practitioner.add";
inline constexpr char PractitionerUpdate[] = "practitioner.update";
inline constexpr char LocationAdd[] = "location.add";
inline constexpr char PayerAdd[] = "payer.add";
inline constexpr char CoverageUpdate[] = "coverage.update";
inline constexpr char LocationUpdate[] = "location.update";
inline constexpr char PayerUpdate[] = "payer.update";
inline constexpr char AuditExport[] = "audit.export";
inline constexpr char AuditView[] = "audit.view";
inline constexpr char DemoSeed[] = "store.demo-seed";
} // namespace Audit

inline constexpr char OutcomeOk[] = "ok";
inline constexpr char OutcomeDenied[] = "denied";
inline constexpr char OutcomeFailed[] = "failed";

} // namespace Ambulo::Core::Constants
