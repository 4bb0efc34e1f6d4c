#include "app/shell/shell.h"

#include "app/hl7delivery.h"
#include "app/modulecatalog.h"
#include "app/shell/breakglassdialog.h"
#include "app/shell/idlewatcher.h"
#include "app/shell/lockscreen.h"
#include "app/shell/logindialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/patientbanner.h"
#include "app/shell/shellconstants.h"
#include "app/sync/syncconstants.h"
#include "app/sync/syncreview.h"
#include "app/sync/syncstatuswidget.h"
#include "core/constants.h"
#include "core/store/store.h"

#include <QApplication>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QStatusBar>
#include <QTimer>

namespace Ambulo::App {

namespace {

Q_LOGGING_CATEGORY(lcSession, "ambulo.shell.session")

} // namespace

Shell::Shell(Core::Store &store, QObject *parent)
    : QObject(parent)
    , m_services(store, Core::Services::thisWorkstation())
    , m_moduleContext{m_services, m_patient, m_events}
    , m_modules(ModuleCatalog::create())
{
    m_delivery = new Hl7Delivery(store, this);
    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &Shell::lockNow);
    connect(&m_events, &Core::EventHub::published, this, &Shell::onEvent);

    m_window = std::make_unique<MainWindow>(m_moduleContext, m_modules);
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::lockRequested, this, &Shell::lockNow);
    connect(window, &MainWindow::switchUserRequested, this, &Shell::switchUser);
    connect(window, &MainWindow::signOutRequested, this, &Shell::switchUser);
    connect(window, &MainWindow::quitRequested, this, &Shell::quit);
    connect(window->lockScreen(), &LockScreen::unlockRequested, this,
            [this](const QString &password) {
                const Core::Status s = unlock(password);
                if (s)
                    return;
                // Too many wrong passwords locked the account: the session ends here.
                const Core::Session *session = m_services.context().session();
                if (session && m_services.users().isAccountLocked(session->userId)) {
                    switchUser();
                    if (m_login)
                        m_login->showError(s.error().message);
                    return;
                }
                m_window->lockScreen()->showError(s.error().message);
            });
    m_syncBar = new SyncStatusWidget(window);
    window->setSyncStatusWidget(m_syncBar);
    window->setSyncConfigured(false);
    connect(m_syncBar, &SyncStatusWidget::syncNowRequested, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    connect(m_syncBar, &SyncStatusWidget::conflictsRequested, this, &Shell::showConflicts);
    connect(&m_patient, &Core::PatientContext::changed, this, &Shell::refreshBannerSync);
    applyPracticeSettings();
}

Shell::~Shell()
{
    // Stops after the record in progress (its request is cancelled), before the window goes.
    m_sync.reset();
    endSession();
    delete m_login;
}

void Shell::start(const QString &userName)
{
    if (!isSignedIn())
        showLogin(userName);
}

void Shell::showLogin(const QString &userName)
{
    if (m_login) {
        m_login->raise();
        return;
    }
    m_login = new LoginDialog(m_services);
    m_login->setUserName(userName);
    connect(m_login, &QDialog::accepted, this, [this] {
        const Core::Session session = m_login->session();
        dismissLogin();
        beginSession(session);
    });
    connect(m_login, &QDialog::rejected, this, [this] {
        dismissLogin();
        emit finished();
    });
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void Shell::dismissLogin()
{
    if (!m_login)
        return;
    LoginDialog *dialog = m_login;
    m_login = nullptr;
    dialog->hide();
    // Deleted later: this may run inside one of the dialog's own signals.
    dialog->deleteLater();
}

Core::Status Shell::signIn(const QString &username, const QString &password)
{
    endSession();
    Core::Result<Core::Session> session = m_services.users().signIn(username, password);
    if (!session)
        return session.error();
    dismissLogin();
    beginSession(session.value());
    return {};
}

void Shell::beginSession(const Core::Session &session)
{
    qCInfo(lcSession) << "session started for" << session.username;
    m_patient.clear();
    if (session.has(Core::Permission::BreakGlass))
        m_patient.setBreakGlassPrompt([this](qint64 id) { return askBreakGlass(id); });
    applyPracticeSettings();
    m_window->startSession(session);
    for (const auto &module : m_modules)
        module->sessionStarted(m_moduleContext);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    // Delivery is the workstation's, not the user's: it keeps running across user switches.
    m_delivery->start();
    applySyncSettings();
    if (!m_modulesInitialized) {
        m_modulesInitialized = true;
        // Slow work waits until the window is on screen.
        QTimer::singleShot(0, this, [this] {
            if (!isSignedIn())
                return;
            for (const auto &module : m_modules)
                module->delayedInitialize(m_moduleContext);
        });
    }
    m_idle->start();
    emit sessionStarted();
}

void Shell::endSession()
{
    if (!isSignedIn())
        return;
    m_idle->stop();
    // The layout is saved while the session still exists: it is stored per user.
    m_window->endSession();
    for (const auto &module : m_modules)
        module->sessionEnded();
    m_services.users().signOut();
    m_patient.clear();
    m_patient.setBreakGlassPrompt({});
    qCInfo(lcSession) << "session ended";
    emit sessionEnded();
}

std::optional<QString> Shell::askBreakGlass(qint64 patientId)
{
    const Core::Result<QString> mrn = m_services.patients().mrnOf(patientId);
    QWidget *parent = QApplication::activeWindow();
    BreakGlassDialog ask(mrn ? mrn.value() : QString(), parent ? parent : m_window.get());
    const int answer = ask.exec();
    // The idle lock may have come down while the question was open: no reason then.
    if (answer != QDialog::Accepted || isLocked() || !isSignedIn())
        return std::nullopt;
    return ask.reason();
}

void Shell::switchUser()
{
    endSession();
    m_window->hide();
    showLogin();
}

void Shell::quit()
{
    endSession();
    emit finished();
}

void Shell::lockNow()
{
    if (!isSignedIn() || isLocked())
        return;
    if (Core::Status s = m_services.users().recordLock(); !s)
        qCWarning(lcSession) << "lock not audited:" << s.error().message;
    m_idle->stop();
    m_window->lock();
}

Core::Status Shell::unlock(const QString &password)
{
    if (!isLocked())
        return {};
    if (Core::Status s = m_services.users().unlock(password); !s)
        return s;
    m_window->unlock();
    m_idle->start();
    return {};
}

bool Shell::isLocked() const
{
    return m_window->isLocked();
}

bool Shell::isSignedIn()
{
    return m_services.context().session() != nullptr;
}

void Shell::setIdleTimeoutMs(int milliseconds)
{
    if (milliseconds > 0)
        m_idleOverrideMs = milliseconds;
    else
        m_idleOverrideMs.reset();
    applyPracticeSettings();
}

int Shell::idleTimeoutMs() const
{
    return m_idle->timeoutMs();
}

void Shell::applyPracticeSettings()
{
    const Core::PracticeSettings settings = m_services.practice().settings();
    m_window->setPracticeName(settings.name);
    const int minutes = settings.idleLockMinutes > 0 ? settings.idleLockMinutes
                                                     : Core::Constants::DefaultIdleLockMinutes;
    m_idle->setTimeoutMs(m_idleOverrideMs.value_or(minutes * 60 * 1000));
}

void Shell::onEvent(const Core::DomainEvent &event)
{
    if (event.type.startsWith(QLatin1String(SyncConstants::EventPrefix))) {
        if (event.type == QLatin1String(SyncConstants::EventSettingsChanged))
            applySyncSettings();
        if (event.type == QLatin1String(SyncConstants::EventResolveRequested)) {
            const qint64 id =
                event.data.value(QLatin1String(SyncConstants::KeyConflictId)).toLongLong();
            const bool keepLocal =
                event.data.value(QLatin1String(SyncConstants::KeyKeepLocal)).toBool();
            if (m_sync)
                m_sync->resolve(id, keepLocal);
            else
                onSyncResolved(id, 0, keepLocal, false, tr("Sync is not configured."));
        }
        return;
    }
    // Any domain change may be something an interface wants: the workers look at once.
    m_delivery->wake();
    if (m_sync)
        m_sync->localChanged();
    if (event.type == QLatin1String(Constants::EventPracticeSettingsChanged))
        applyPracticeSettings();
    if (event.type == QLatin1String(Core::Constants::Events::ShowDock) && m_window) {
        if (QDockWidget *dock = m_window->dock(
                event.data.value(QLatin1String(Core::Constants::Events::KeyDock)).toString())) {
            dock->show();
            dock->raise();
        }
    }
}

void Shell::applySyncSettings()
{
    const Core::Session *session = m_services.context().session();
    if (!session)
        return;
    const SyncSettings settings = SyncSettingsService(m_services.context()).settings();
    if (m_sync && settings == m_syncSettings)
        return;
    // A changed server or interval: the old worker ends (its request in flight is cancelled).
    m_sync.reset();
    m_syncSettings = settings;
    m_syncConflicts = -1;
    m_window->setSyncConfigured(settings.configured());
    if (!settings.configured()) {
        refreshBannerSync();
        return;
    }
    SyncWorker::Timing timing;
    timing.intervalMs = settings.intervalSeconds * 1000;
    m_sync = std::make_unique<SyncWorker>(m_services.store(), settings.clientOptions(), timing,
                                          session->username);
    connect(m_sync.get(), &SyncWorker::statusChanged, this, &Shell::onSyncStatus);
    connect(m_sync.get(), &SyncWorker::dataChanged, this, [this] {
        m_events.publish({QLatin1String(SyncConstants::EventDataChanged), {}});
        refreshBannerSync();
    });
    connect(m_sync.get(), &SyncWorker::resolveFinished, this, &Shell::onSyncResolved);
    m_syncBar->setStatus(SyncWorker::Status{});
    // When the system can tell that the network is back, a worker waiting out its backoff
    // tries at once instead of at the end of the wait.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                m_sync.get(), [worker = m_sync.get()](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online
                        || r == QNetworkInformation::Reachability::Site)
                        worker->networkReachable();
                });
    }
    m_sync->start(QThread::LowPriority);
    qCInfo(lcSession) << "sync worker started for" << settings.serverUrl;
}

void Shell::onSyncStatus(const SyncWorker::Status &status)
{
    m_syncBar->setStatus(status);
    if (status.conflicts != m_syncConflicts) {
        m_syncConflicts = status.conflicts;
        m_events.publish({QLatin1String(SyncConstants::EventDataChanged), {}});
    }
    refreshBannerSync();
}

void Shell::onSyncResolved(qint64 conflictId, qint64 patientId, bool keepLocal, bool ok,
                           const QString &message)
{
    // Settled on the person's behalf: their name goes into the audit trail beside the sync
    // principal's own entries.
    if (isSignedIn()) {
        if (Core::Status s = SyncReview(m_services)
                                 .recordResolution(conflictId, patientId, keepLocal, ok, message);
            !s)
            qCWarning(lcSession) << "conflict resolution not audited:" << s.error().message;
    }
    m_events.publish({QLatin1String(SyncConstants::EventResolved),
                      {{QLatin1String(SyncConstants::KeyConflictId), conflictId},
                       {QLatin1String(SyncConstants::KeyKeepLocal), keepLocal},
                       {QLatin1String(SyncConstants::KeyOk), ok},
                       {QLatin1String(SyncConstants::KeyMessage), message}}});
    refreshBannerSync();
}

void Shell::refreshBannerSync()
{
    PatientBanner *banner = m_window->banner();
    const auto &patient = m_patient.current();
    if (!m_sync || !patient || !isSignedIn()) {
        banner->setSyncState({});
        return;
    }
    Core::Result<RecordSyncInfo> info = SyncReview(m_services).patientState(patient->id);
    if (!info) {
        banner->setSyncState({});
        return;
    }
    switch (info->state) {
    case RecordSyncState::Synced:
        banner->setSyncState(tr("Synced"), tr("The server holds this record as shown."));
        break;
    case RecordSyncState::Pending:
        banner->setSyncState(tr("Sync pending"),
                             tr("Changes made here are waiting to reach the server."));
        break;
    case RecordSyncState::Conflict:
        banner->setSyncState(tr("Sync conflict"),
                             tr("Changed here and on the server: a practice admin settles it."));
        break;
    case RecordSyncState::Rejected:
        banner->setSyncState(tr("Refused by the server"), info->message);
        break;
    }
}

void Shell::showConflicts()
{
    if (QDockWidget *dock = m_window->dock(QLatin1String(SyncConstants::DockConflicts))) {
        dock->show();
        dock->raise();
        return;
    }
    m_window->statusBar()->showMessage(tr("A practice admin settles sync conflicts."), 5000);
}

} // namespace Ambulo::App
