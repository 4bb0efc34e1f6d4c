#pragma once

// Every identifier the shell persists or shares with tests, defined once.
namespace Ambulo::App::Constants {

inline constexpr char PlatformModuleId[] = "Ambulo.Platform";

// Dock object names: saved inside each user's layout, so renaming one loses that dock's place.
inline constexpr char DockPatientSummary[] = "Ambulo.Dock.PatientSummary";
inline constexpr char DockUsers[] = "Ambulo.Dock.Users";
inline constexpr char DockPracticeSettings[] = "Ambulo.Dock.PracticeSettings";
inline constexpr char DockAuditLog[] = "Ambulo.Dock.AuditLog";
inline constexpr char DockInterfaceMonitor[] = "Ambulo.Dock.InterfaceMonitor";
inline constexpr char DockNameMatches[] = "Ambulo.Dock.NameMatches";

// Published on the event hub after the practice settings were saved; the shell re-reads the
// idle timeout and the practice name.
inline constexpr char EventPracticeSettingsChanged[] = "Ambulo.Event.PracticeSettingsChanged";

// Version of the layout blob passed to QMainWindow::saveState; bump it when the dock set changes
// so incompatibly old layouts fall back to the role default.
inline constexpr int LayoutVersion = 1;

// Object names of widgets the tests drive.
namespace ObjectNames {
inline constexpr char InterfaceTable[] = "interfaceTable";
inline constexpr char InterfaceRefresh[] = "interfaceRefresh";
inline constexpr char InterfaceRefreshTimer[] = "interfaceRefreshTimer";
inline constexpr char InterfaceStatus[] = "interfaceStatus";
inline constexpr char ListenerTable[] = "listenerTable";
inline constexpr char ParkedTable[] = "parkedTable";
inline constexpr char ParkedShowText[] = "parkedShowText";
inline constexpr char ParkedResend[] = "parkedResend";
inline constexpr char ParkedDiscard[] = "parkedDiscard";
inline constexpr char ParkedText[] = "parkedText";
inline constexpr char InterfaceAdd[] = "interfaceAdd";
inline constexpr char InterfaceEdit[] = "interfaceEdit";
inline constexpr char InterfaceRemove[] = "interfaceRemove";
inline constexpr char InterfaceDialog[] = "interfaceDialog";
inline constexpr char InterfaceDialogName[] = "interfaceDialogName";
inline constexpr char InterfaceDialogHost[] = "interfaceDialogHost";
inline constexpr char InterfaceDialogPort[] = "interfaceDialogPort";
inline constexpr char InterfaceDialogTypes[] = "interfaceDialogTypes";
inline constexpr char InterfaceDialogTimeout[] = "interfaceDialogTimeout";
inline constexpr char InterfaceDialogSending[] = "interfaceDialogSending";
inline constexpr char InterfaceDialogReceivingApp[] = "interfaceDialogReceivingApp";
inline constexpr char InterfaceDialogReceivingFacility[] = "interfaceDialogReceivingFacility";
inline constexpr char InterfaceDialogChanges[] = "interfaceDialogChanges";
inline constexpr char InterfaceDialogTls[] = "interfaceDialogTls";
inline constexpr char InterfaceDialogCaFile[] = "interfaceDialogCaFile";
inline constexpr char InterfaceDialogCertFile[] = "interfaceDialogCertFile";
inline constexpr char InterfaceDialogKeyFile[] = "interfaceDialogKeyFile";
inline constexpr char InterfaceDialogEnabled[] = "interfaceDialogEnabled";
inline constexpr char InterfaceDialogError[] = "interfaceDialogError";
inline constexpr char LoginDialog[] = "loginDialog";
inline constexpr char LoginPractice[] = "loginPractice";
inline constexpr char LoginUser[] = "loginUser";
inline constexpr char LoginPassword[] = "loginPassword";
inline constexpr char LoginButton[] = "loginButton";
inline constexpr char LoginError[] = "loginError";
inline constexpr char MainWindow[] = "mainWindow";
inline constexpr char CentralStack[] = "centralStack";
inline constexpr char Workspace[] = "workspace";
inline constexpr char PatientBanner[] = "patientBanner";
inline constexpr char BannerName[] = "bannerName";
inline constexpr char BannerDetails[] = "bannerDetails";
inline constexpr char BannerAllergies[] = "bannerAllergies";
inline constexpr char BannerRestricted[] = "bannerRestricted";
inline constexpr char PatientSearchDialog[] = "patientSearchDialog";
inline constexpr char PatientSearchEdit[] = "patientSearchEdit";
inline constexpr char PatientSearchList[] = "patientSearchList";
inline constexpr char PatientSearchHint[] = "patientSearchHint";
inline constexpr char BreakGlassDialog[] = "breakGlassDialog";
inline constexpr char ActionMergePatient[] = "actionMergePatient";
inline constexpr char MergeDialog[] = "mergePatientDialog";
inline constexpr char MergeSearch[] = "mergeSearch";
inline constexpr char MergeList[] = "mergeList";
inline constexpr char MergeChosen[] = "mergeChosen";
inline constexpr char MergeReason[] = "mergeReason";
inline constexpr char MergeError[] = "mergeError";
inline constexpr char MergeButton[] = "mergeButton";
inline constexpr char LockScreen[] = "lockScreen";
inline constexpr char LockUser[] = "lockUser";
inline constexpr char LockPassword[] = "lockPassword";
inline constexpr char LockError[] = "lockError";
inline constexpr char UnlockButton[] = "unlockButton";
inline constexpr char LockSwitchUserButton[] = "lockSwitchUserButton";
inline constexpr char StatusUser[] = "statusUser";
inline constexpr char StatusNetwork[] = "statusNetwork";
inline constexpr char StatusSync[] = "statusSync";
inline constexpr char ActionFindPatient[] = "actionFindPatient";
inline constexpr char ActionLock[] = "actionLock";
inline constexpr char ActionSwitchUser[] = "actionSwitchUser";
inline constexpr char ActionSignOut[] = "actionSignOut";
inline constexpr char ActionQuit[] = "actionQuit";
inline constexpr char ActionResetLayout[] = "actionResetLayout";
inline constexpr char ViewMenu[] = "viewMenu";
inline constexpr char SummaryText[] = "patientSummaryText";
inline constexpr char SummaryRemoveNumber[] = "patientSummaryRemoveNumber";
inline constexpr char SummaryAddNumber[] = "patientSummaryAddNumber";
inline constexpr char AddNumberDialog[] = "addNumberDialog";
inline constexpr char AddNumberAuthority[] = "addNumberAuthority";
inline constexpr char AddNumberValue[] = "addNumberValue";
inline constexpr char AddNumberType[] = "addNumberType";
inline constexpr char AddNumberError[] = "addNumberError";
inline constexpr char AddNumberButton[] = "addNumberButton";
inline constexpr char MatchesTable[] = "nameMatchesTable";
inline constexpr char MatchesDetails[] = "nameMatchesDetails";
inline constexpr char MatchesStatus[] = "nameMatchesStatus";
inline constexpr char MatchesCompare[] = "nameMatchesCompare";
inline constexpr char MatchesConfirm[] = "nameMatchesConfirm";
inline constexpr char MatchesUndo[] = "nameMatchesUndo";
inline constexpr char MatchesOpen[] = "nameMatchesOpen";
inline constexpr char MatchesRefresh[] = "nameMatchesRefresh";
inline constexpr char MatchesPoll[] = "nameMatchesPoll";
inline constexpr char UsersTable[] = "usersTable";
inline constexpr char AuditTable[] = "auditTable";
} // namespace ObjectNames

} // namespace Ambulo::App::Constants
