#pragma once

#include "core/module/module.h"
#include "core/session/session.h"

#include <QByteArray>
#include <QList>
#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Ambulo::App {

class LockScreen;
class PatientBanner;
class PatientSearchDialog;

// The workstation window: the patient banner, the docks every module contributes for the signed-in
// role, the status bar and the lock screen. It shows a session; the Shell decides when sessions
// begin, lock and end.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core::ModuleContext &context,
               const std::vector<std::unique_ptr<Core::Module>> &modules,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the docks the session's role may use and restores that user's saved layout.
    void startSession(const Core::Session &session);
    // Saves the user's layout and removes the docks; the session must still be signed in.
    void endSession();
    bool hasSession() const { return m_sessionActive; }

    void setPracticeName(const QString &name);
    // The sync section of the status bar (the Shell's); shown instead of "not configured" while
    // sync is configured.
    void setSyncStatusWidget(QWidget *widget);
    void setSyncConfigured(bool configured);

    void lock();
    void unlock();
    bool isLocked() const { return m_locked; }

    void saveLayout();
    void resetLayout();

    QList<QDockWidget *> docks() const { return m_docks; }
    QDockWidget *dock(const QString &id) const;
    LockScreen *lockScreen() const { return m_lockScreen; }
    PatientBanner *banner() const { return m_banner; }
    PatientSearchDialog *patientSearch() const { return m_search; }
    QAction *findPatientAction() const { return m_findPatient; }

signals:
    void lockRequested();
    void switchUserRequested();
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    QMenu *createPopupMenu() override;

private:
    void createMenus();
    void createStatusBar();
    void buildDocks(Core::Role role);
    void removeDocks();
    void rebuildViewMenu();
    void closeTransientWindows();
    void setSessionActionsEnabled(bool enabled);
    void mergeIntoCurrentPatient();

    Core::ModuleContext &m_context;
    const std::vector<std::unique_ptr<Core::Module>> &m_modules;

    bool m_sessionActive = false;
    bool m_locked = false;
    QString m_practiceName;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;    // the role's default layout, for "Reset layout"
    QByteArray m_stateBeforeLock; // which docks were where when the screen locked

    QStackedWidget *m_stack = nullptr;
    QWidget *m_workspace = nullptr;
    LockScreen *m_lockScreen = nullptr;
    PatientBanner *m_banner = nullptr;
    PatientSearchDialog *m_search = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_findPatient = nullptr;
    QAction *m_mergePatient = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_resetLayout = nullptr;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusNetwork = nullptr;
    QLabel *m_statusSync = nullptr;
    QWidget *m_syncStatus = nullptr;
};

} // namespace Ambulo::App
