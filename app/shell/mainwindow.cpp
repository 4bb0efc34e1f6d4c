#include "app/shell/mainwindow.h"

#include "app/shell/lockscreen.h"
#include "app/shell/mergepatientdialog.h"
#include "app/shell/patientbanner.h"
#include "app/shell/patientsearchdialog.h"
#include "app/shell/shellconstants.h"
#include "core/constants.h"
#include "core/context/patientcontext.h"
#include "core/session/services.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

namespace {

Q_LOGGING_CATEGORY(lcShell, "ambulo.shell")

const QKeySequence FindPatientKey(QStringLiteral("Ctrl+K"));

} // namespace

MainWindow::MainWindow(Core::ModuleContext &context,
                       const std::vector<std::unique_ptr<Core::Module>> &modules, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_modules(modules)
{
    setObjectName(QLatin1String(Names::MainWindow));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setPracticeName(QString());

    m_banner = new PatientBanner(context.patient, this);
    addToolBar(Qt::TopToolBarArea, m_banner);

    m_workspace = new QWidget(this);
    m_workspace->setObjectName(QLatin1String(Names::Workspace));
    auto hint = new QLabel(
        tr("Press %1 to find a patient.").arg(FindPatientKey.toString(QKeySequence::NativeText)),
        m_workspace);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    auto workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->addWidget(hint);

    m_lockScreen = new LockScreen(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QLatin1String(Names::CentralStack));
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);

    m_search = new PatientSearchDialog(context.services, context.patient, this);

    createMenus();
    createStatusBar();
    setSessionActionsEnabled(false);
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_findPatient = file->addAction(tr("&Find patient…"));
    m_findPatient->setObjectName(QLatin1String(Names::ActionFindPatient));
    m_findPatient->setShortcut(FindPatientKey);
    m_findPatient->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_findPatient, &QAction::triggered, m_search, &PatientSearchDialog::popup);
    m_mergePatient = file->addAction(tr("&Merge a duplicate into this patient…"));
    m_mergePatient->setObjectName(QLatin1String(Names::ActionMergePatient));
    connect(m_mergePatient, &QAction::triggered, this, &MainWindow::mergeIntoCurrentPatient);
    connect(&m_context.patient, &Core::PatientContext::changed, this,
            [this] { setSessionActionsEnabled(m_sessionActive && !m_locked); });
    file->addSeparator();
    m_lock = file->addAction(tr("&Lock now"));
    m_lock->setObjectName(QLatin1String(Names::ActionLock));
    m_lock->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    m_switchUser = file->addAction(tr("S&witch user…"));
    m_switchUser->setObjectName(QLatin1String(Names::ActionSwitchUser));
    connect(m_switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    m_signOut = file->addAction(tr("Sign &out"));
    m_signOut->setObjectName(QLatin1String(Names::ActionSignOut));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QLatin1String(Names::ActionQuit));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QLatin1String(Names::ViewMenu));
    m_resetLayout = new QAction(tr("&Reset layout"), this);
    m_resetLayout->setObjectName(QLatin1String(Names::ActionResetLayout));
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    rebuildViewMenu();

    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUserRequested);
}

void MainWindow::createStatusBar()
{
    auto makeLabel = [this](const char *name) {
        auto label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_statusUser = makeLabel(Names::StatusUser);
    m_statusNetwork = makeLabel(Names::StatusNetwork);
    m_statusSync = makeLabel(Names::StatusSync);
    // Until a sync server is configured, say so instead of implying the data is shared.
    m_statusNetwork->setText(tr("Offline"));
    m_statusSync->setText(tr("Sync: not configured"));
}

void MainWindow::setSyncStatusWidget(QWidget *widget)
{
    m_syncStatus = widget;
    statusBar()->addPermanentWidget(widget);
    widget->hide();
}

void MainWindow::setSyncConfigured(bool configured)
{
    if (m_syncStatus)
        m_syncStatus->setVisible(configured);
    m_statusNetwork->setVisible(!configured);
    m_statusSync->setVisible(!configured);
}

void MainWindow::setPracticeName(const QString &name)
{
    m_practiceName = name;
    // The title is visible in task bars and window switchers: it never names a patient.
    setWindowTitle(name.isEmpty() ? tr("Ambulo") : tr("%1 — Ambulo").arg(name));
}

void MainWindow::startSession(const Core::Session &session)
{
    if (m_sessionActive)
        endSession();
    m_sessionActive = true;
    m_locked = false;
    m_stack->setCurrentWidget(m_workspace);
    m_banner->setLocked(false);
    buildDocks(session.role);

    Core::PracticeService &practice = m_context.services.practice();
    const QByteArray geometry =
        practice.userValue(QLatin1String(Core::Constants::UserSettingGeometry));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state =
        practice.userValue(QLatin1String(Core::Constants::UserSettingDockState));
    if (!state.isEmpty() && !restoreState(state, Constants::LayoutVersion))
        qCWarning(lcShell) << "saved layout of" << session.username << "not usable; default used";

    const QString who = session.displayName.isEmpty() ? session.username : session.displayName;
    m_statusUser->setText(tr("%1 · %2").arg(who, Core::roleDisplayName(session.role)));
    m_lockScreen->prepare(who);
    setSessionActionsEnabled(true);
}

void MainWindow::endSession()
{
    if (!m_sessionActive)
        return;
    saveLayout();
    m_search->clearAndHide();
    closeTransientWindows();
    removeDocks();
    m_locked = false;
    m_stateBeforeLock.clear();
    m_banner->setLocked(false);
    m_stack->setCurrentWidget(m_workspace);
    m_statusUser->clear();
    m_sessionActive = false;
    setSessionActionsEnabled(false);
}

void MainWindow::buildDocks(Core::Role role)
{
    QMap<int, QDockWidget *> firstShownInArea;
    QList<QDockWidget *> hidden;
    for (const auto &module : m_modules) {
        for (const Core::DockSpec &spec : module->docks()) {
            if (!spec.create || (spec.permission && !Core::roleHas(role, *spec.permission)))
                continue;
            auto dock = new QDockWidget(spec.title, this);
            dock->setObjectName(spec.id);
            dock->setWidget(spec.create(m_context, dock));
            addDockWidget(spec.area, dock);
            if (spec.defaultRoles.contains(role)) {
                if (QDockWidget *first = firstShownInArea.value(int(spec.area)))
                    tabifyDockWidget(first, dock);
                else
                    firstShownInArea.insert(int(spec.area), dock);
            } else {
                hidden << dock;
            }
            m_docks << dock;
        }
    }
    for (QDockWidget *dock : std::as_const(hidden))
        dock->hide();
    for (QDockWidget *first : std::as_const(firstShownInArea))
        first->raise();
    m_defaultState = saveState(Constants::LayoutVersion);
    rebuildViewMenu();
}

void MainWindow::removeDocks()
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        removeDockWidget(dock);
        delete dock;
    }
    m_docks.clear();
    m_defaultState.clear();
    rebuildViewMenu();
}

void MainWindow::rebuildViewMenu()
{
    m_viewMenu->clear();
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
    if (!m_docks.isEmpty())
        m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayout);
}

QDockWidget *MainWindow::dock(const QString &id) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->objectName() == id)
            return dock;
    }
    return nullptr;
}

void MainWindow::saveLayout()
{
    if (!m_sessionActive)
        return;
    // While locked every dock is hidden; the layout worth keeping is the one before the lock.
    const QByteArray state = m_locked ? m_stateBeforeLock : saveState(Constants::LayoutVersion);
    Core::PracticeService &practice = m_context.services.practice();
    Core::Status s =
        practice.setUserValue(QLatin1String(Core::Constants::UserSettingDockState), state);
    if (s)
        s = practice.setUserValue(QLatin1String(Core::Constants::UserSettingGeometry),
                                  saveGeometry());
    if (!s)
        qCWarning(lcShell) << "layout not saved:" << s.error().message;
}

void MainWindow::resetLayout()
{
    if (m_sessionActive && !m_locked && !m_defaultState.isEmpty())
        restoreState(m_defaultState, Constants::LayoutVersion);
}

void MainWindow::lock()
{
    if (!m_sessionActive || m_locked)
        return;
    m_stateBeforeLock = saveState(Constants::LayoutVersion);
    m_locked = true;
    m_search->clearAndHide();
    closeTransientWindows();
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->hide();
    m_banner->setLocked(true);
    if (const Core::Session *session = m_context.services.context().session())
        m_lockScreen->prepare(session->displayName.isEmpty() ? session->username
                                                             : session->displayName);
    m_stack->setCurrentWidget(m_lockScreen);
    setSessionActionsEnabled(false);
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    restoreState(m_stateBeforeLock, Constants::LayoutVersion);
    m_stateBeforeLock.clear();
    m_locked = false;
    m_banner->setLocked(false);
    m_stack->setCurrentWidget(m_workspace);
    setSessionActionsEnabled(true);
}

void MainWindow::closeTransientWindows()
{
    // Dialogs opened from docks may show patient data; a lock or user change ends them.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == this || !window->isVisible())
            continue;
        if (auto dialog = qobject_cast<QDialog *>(window))
            dialog->reject();
        else if (qobject_cast<QMenu *>(window))
            window->close();
    }
}

void MainWindow::mergeIntoCurrentPatient()
{
    const std::optional<Core::Patient> keep = m_context.patient.current();
    if (!keep)
        return;
    MergePatientDialog dialog(m_context.services, *keep, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The kept record now holds what was merged into it, and every view of it reads that again
    // on a change of patient. Its own fields did not change: no second read of the chart (nor,
    // for a restricted one, a second break-glass question).
    m_context.patient.setCurrent(*keep);
    statusBar()->showMessage(dialog.outcome(), 10000);
}

void MainWindow::setSessionActionsEnabled(bool enabled)
{
    const Core::Session *session = m_context.services.context().session();
    m_findPatient->setEnabled(enabled && session && session->has(Core::Permission::PatientSearch));
    // PatientService::merge decides; the menu offers it to those it would let.
    m_mergePatient->setEnabled(enabled && session && session->has(Core::Permission::PracticeAdmin)
                               && session->has(Core::Permission::PatientWrite)
                               && m_context.patient.current().has_value());
    m_lock->setEnabled(enabled);
    m_resetLayout->setEnabled(enabled);
    m_viewMenu->menuAction()->setEnabled(enabled);
    // Switching user and signing out stay possible while locked: they end the session.
    m_switchUser->setEnabled(m_sessionActive);
    m_signOut->setEnabled(m_sessionActive);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit quitRequested();
    event->accept();
}

QMenu *MainWindow::createPopupMenu()
{
    // The default menu toggles docks; while locked that would reveal them.
    return m_locked ? nullptr : QMainWindow::createPopupMenu();
}

} // namespace Ambulo::App
