#pragma once

#include "connectors/sync/syncconstants.h"

// Every identifier the workstation's sync integration persists or shares with tests, defined once.
namespace Ambulo::App::SyncConstants {

// practice_settings keys (the practice admin's sync settings).
inline constexpr char SettingServerUrl[] = "sync.server-url";
inline constexpr char SettingTokenFile[] = "sync.token-file";
inline constexpr char SettingCaFile[] = "sync.ca-file";
inline constexpr char SettingIntervalSeconds[] = "sync.interval-seconds";
inline constexpr int DefaultIntervalSeconds = 60;
inline constexpr int MinIntervalSeconds = 1;
inline constexpr int MaxIntervalSeconds = 3600;

// Audit actions.
inline constexpr char AuditSettings[] = "sync.settings";
inline constexpr char AuditResolve[] = "sync.conflict-resolve";
inline constexpr char AuditView[] = "sync.conflict-view";
inline constexpr char AuditSendAgain[] = "sync.send-again";

// Published on the event hub after the sync settings were saved; the shell restarts the worker.
inline constexpr char EventSettingsChanged[] = "Ambulo.Event.SyncSettingsChanged";

// The conflict dock asks the shell's worker to settle a conflict (keys: conflictId, keepLocal);
// the shell answers with EventResolved (keys: conflictId, keepLocal, ok, message).
inline constexpr char EventResolveRequested[] = "Ambulo.Event.SyncResolveRequested";
inline constexpr char EventResolved[] = "Ambulo.Event.SyncResolved";
// After a round that moved something or changed the conflict count: views re-read.
inline constexpr const char *EventDataChanged = Sync::Constants::EventDataChanged;
inline constexpr char KeyConflictId[] = "conflictId";
inline constexpr char KeyKeepLocal[] = "keepLocal";
inline constexpr char KeyOk[] = "ok";
inline constexpr char KeyMessage[] = "message";
// Published by the conflicts dock after an admin sent refused records again: a local change
// like any other (so not under EventPrefix), which wakes the shell's sync worker to push them.
inline constexpr char EventSentAgain[] = "Ambulo.Event.RecordsSentAgain";
// Every sync event starts so; the shell does not take them for local changes.
inline constexpr char EventPrefix[] = "Ambulo.Event.Sync";

// Dock object names (saved in each user's layout).
inline constexpr char DockConflicts[] = "Ambulo.Dock.SyncConflicts";
inline constexpr char DockSettings[] = "Ambulo.Dock.SyncSettings";

// Object names of widgets the tests drive.
namespace ObjectNames {
inline constexpr char StatusBar[] = "syncStatusBar";
inline constexpr char StatusState[] = "syncStatusState";
inline constexpr char StatusLast[] = "syncStatusLast";
inline constexpr char StatusPending[] = "syncStatusPending";
inline constexpr char StatusConflicts[] = "syncStatusConflicts";
inline constexpr char StatusMerges[] = "syncStatusMerges";
inline constexpr char SyncNow[] = "syncNow";
inline constexpr char ConflictList[] = "syncConflictList";
inline constexpr char ConflictFields[] = "syncConflictFields";
inline constexpr char KeepLocal[] = "syncKeepLocal";
inline constexpr char KeepServer[] = "syncKeepServer";
inline constexpr char ConflictMessage[] = "syncConflictMessage";
inline constexpr char ConflictReveal[] = "syncConflictReveal";
inline constexpr char RefusedBox[] = "syncRefusedBox";
inline constexpr char RefusedList[] = "syncRefusedList";
inline constexpr char SendAgain[] = "syncSendAgain";
inline constexpr char SettingsServer[] = "syncSettingsServer";
inline constexpr char SettingsToken[] = "syncSettingsToken";
inline constexpr char SettingsCa[] = "syncSettingsCa";
inline constexpr char SettingsInterval[] = "syncSettingsInterval";
inline constexpr char SettingsSave[] = "syncSettingsSave";
inline constexpr char SettingsMessage[] = "syncSettingsMessage";
inline constexpr char BannerSync[] = "bannerSync";
} // namespace ObjectNames

} // namespace Ambulo::App::SyncConstants
