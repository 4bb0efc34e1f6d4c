#pragma once

#include "app/shell/logindialog.h"
#include "app/sync/syncsettings.h"
#include "app/syncworker.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/result.h"
#include "core/session/services.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace Ambulo::Core {
class Store;
}

namespace Ambulo::App {

class Hl7Delivery;
class IdleWatcher;
class MainWindow;
class SyncStatusWidget;

// One workstation over one open store: the services and the shared patient context and event hub
// every module is handed, the login, the main window, and the session's life (sign-in, idle lock,
// unlock, user switch, sign-out). runGui drives it with the real login dialog; tests drive the
// same object directly.
class Shell : public QObject
{
    Q_OBJECT
public:
    explicit Shell(Core::Store &store, QObject *parent = nullptr);
    ~Shell() override; // signs out, saving the layout

    // Shows the login dialog without blocking; a successful sign-in opens the window.
    void start(const QString &userName = {});
    // Signs in without the dialog and opens the window; ends another user's session first.
    Core::Status signIn(const QString &username, const QString &password);
    // Ends the session (layout saved, audited) and shows the login dialog again.
    void switchUser();
    // Ends the session and reports finished().
    void quit();

    void lockNow();
    Core::Status unlock(const QString &password);
    bool isLocked() const;
    bool isSignedIn(); // non-const: Core::Services exposes its context only mutably

    // Overrides the practice's idle-lock minutes, for tests and kiosks; <= 0 restores it.
    void setIdleTimeoutMs(int milliseconds);
    int idleTimeoutMs() const;

    MainWindow *mainWindow() const { return m_window.get(); }
    LoginDialog *loginDialog() const { return m_login; }
    Core::Services &services() { return m_services; }
    Core::PatientContext &patientContext() { return m_patient; }
    Core::EventHub &events() { return m_events; }
    // Outbound HL7 for this workstation; running from the first sign-in until the shell ends.
    Hl7Delivery &hl7Delivery() { return *m_delivery; }
    // FHIR sync for this workstation while the practice has a server configured (null when not);
    // running from the first sign-in until the shell ends, restarted when the settings change.
    SyncWorker *syncWorker() const { return m_sync.get(); }
    SyncStatusWidget *syncStatusWidget() const { return m_syncBar; }

signals:
    void sessionStarted();
    void sessionEnded();
    // The login was cancelled or the window closed: the application should end.
    void finished();

private:
    void showLogin(const QString &userName = {});
    void dismissLogin();
    void beginSession(const Core::Session &session);
    void endSession();
    void applyPracticeSettings();
    void onEvent(const Core::DomainEvent &event);
    void applySyncSettings();
    void onSyncStatus(const SyncWorker::Status &status);
    void onSyncResolved(qint64 conflictId, qint64 patientId, bool keepLocal, bool ok,
                        const QString &message);
    void refreshBannerSync();
    void showConflicts();
    // The break-glass question for whoever opens a restricted record, from any dock.
    std::optional<QString> askBreakGlass(qint64 patientId);

    Core::Services m_services;
    Core::PatientContext m_patient;
    Core::EventHub m_events;
    Core::ModuleContext m_moduleContext;
    std::vector<std::unique_ptr<Core::Module>> m_modules;
    IdleWatcher *m_idle = nullptr;
    std::optional<int> m_idleOverrideMs;
    bool m_modulesInitialized = false;
    Hl7Delivery *m_delivery = nullptr;
    std::unique_ptr<MainWindow> m_window;
    SyncStatusWidget *m_syncBar = nullptr; // in the window's status bar
    SyncSettings m_syncSettings;           // what m_sync runs with
    int m_syncConflicts = -1;
    std::unique_ptr<SyncWorker> m_sync; // declared last: stopped first
    QPointer<LoginDialog> m_login;
};

} // namespace Ambulo::App
