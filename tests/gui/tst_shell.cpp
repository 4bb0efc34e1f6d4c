#include "app/modulecatalog.h"
#include "app/shell/auditlogmodel.h"
#include "app/shell/auditlogwidget.h"
#include "app/shell/breakglassdialog.h"
#include "app/shell/lockscreen.h"
#include "app/shell/logindialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/mergepatientdialog.h"
#include "app/shell/patientsearchdialog.h"
#include "app/shell/shell.h"
#include "app/shell/shellconstants.h"
#include "app/shell/userdialog.h"
#include "core/constants.h"
#include "core/session/services.h"
#include "core/store/store.h"
#include "tests/support/modal.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Ambulo;
using namespace Ambulo::App;
using Test::whenModal;
namespace Names = App::Constants::ObjectNames;

namespace {

const QString PracticeName = QStringLiteral("Quince Street Family Practice");
const QString AdminUser = QStringLiteral("admin");
const QString AdminName = QStringLiteral("Ada Admin");
const QString AdminPassword = QStringLiteral("admin-password-1");
const QString FrontUser = QStringLiteral("frontdesk");
const QString FrontPassword = QStringLiteral("front-password-1");

const QStringList AdminDocks{QLatin1String(App::Constants::DockUsers),
                             QLatin1String(App::Constants::DockPracticeSettings),
                             QLatin1String(App::Constants::DockAuditLog)};

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

// Every piece of text a person could read on screen right now.
QStringList visibleTexts()
{
    QStringList texts;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (w->isWindow())
            texts << w->windowTitle();
        if (auto label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text();
        else if (auto button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        } else if (auto table = qobject_cast<QTableWidget *>(w)) {
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (table->item(r, c))
                        texts << table->item(r, c)->text();
        }
    }
    return texts;
}

QStringList visibleDocks(MainWindow *window)
{
    QStringList ids;
    for (QDockWidget *dock : window->docks()) {
        if (dock->isVisible())
            ids << dock->objectName();
    }
    ids.sort();
    return ids;
}

} // namespace

class tst_Shell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginDialogSignsIn();
    void statusBarShowsSessionAndOffline();
    void savedPracticeSettingsApplyIdleTimeout();
    void searchFindsAndOpensPatient();
    void searchSaysWhenTruncated();
    void adminMergesDuplicateIntoPatient();
    void adminTakesWrongNumberOff();
    void idleLockHidesPatientData();
    void restrictedPatientNeedsBreakGlass();
    void auditDockListsAndRecordsViewing();
    void usersDockAddsAccountsAndShowsRefusals();
    void layoutIsRestoredAfterRestart();
    void switchUserFromLockScreenEndsFirstSession();
    void guessingAtLockScreenEndsSession();

private:
    Core::StoreLocation m_location;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Shell> m_shell;
    QString m_zebulonMrn;
    QString m_restrictedMrn;
};

void tst_Shell::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = {m_dir->filePath(QStringLiteral("data")),
                  m_dir->filePath(QStringLiteral("store.key"))};
    auto store = Core::Store::create(m_location, ModuleCatalog::migrations());
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    m_store = std::move(store.value());

    Core::Services services(*m_store, QStringLiteral("test-setup"));
    QVERIFY(services.practice().initialize(PracticeName).ok());
    QVERIFY(services.users()
                .bootstrapAdmin({AdminUser, AdminName, Core::Role::Admin, AdminPassword})
                .ok());
    QVERIFY(services.users().signIn(AdminUser, AdminPassword).ok());
    QVERIFY(
        services.users()
            .add({FrontUser, QStringLiteral("Fran Front"), Core::Role::FrontDesk, FrontPassword})
            .ok());

    auto patient = [](const QString &family, const QString &given, QDate born, bool restricted) {
        Core::Patient p;
        p.family = family;
        p.given = given;
        p.birthDate = born;
        p.sex = QStringLiteral("female");
        p.restricted = restricted;
        p.addressLine = QStringLiteral("12 Quince Street");
        p.city = QStringLiteral("Springfield");
        p.state = QStringLiteral("IL");
        p.postalCode = QStringLiteral("62701");
        return p;
    };
    // Two Quackenbushes, so only the birth year tells them apart.
    auto zebulon = services.patients().create(
        patient(QStringLiteral("Quackenbush"), QStringLiteral("Zebulon"), {1980, 3, 14}, false),
        {{0, QStringLiteral("H-4455"), QStringLiteral("HOSP"), QStringLiteral("MR")},
         {0, QStringLiteral("123-45-6789"), QStringLiteral("USSSA"), QString()}});
    QVERIFY(zebulon.ok());
    QVERIFY(services.patients()
                .create(patient(QStringLiteral("Quackenbush"), QStringLiteral("Anna"), {1975, 6, 2},
                                false))
                .ok());
    auto restricted = services.patients().create(
        patient(QStringLiteral("Vantablack"), QStringLiteral("Rhea"), {1991, 11, 5}, true));
    QVERIFY(restricted.ok());
    QList<Core::Patient> many;
    for (int i = 0; i < 30; ++i)
        many << patient(QStringLiteral("Truncatewell"), QStringLiteral("Kid%1").arg(i),
                        {2001, 1, 1 + i % 28}, false);
    QVERIFY(services.patients().import(many).ok());

    auto opened = services.patients().open(zebulon.value());
    QVERIFY(opened.ok());
    m_zebulonMrn = opened->mrn;
    auto openedRestricted =
        services.patients().open(restricted.value(), QStringLiteral("test fixture setup reason"));
    QVERIFY(openedRestricted.ok());
    m_restrictedMrn = openedRestricted->mrn;
    services.users().signOut();
}

void tst_Shell::cleanupTestCase()
{
    m_shell.reset();
    m_store.reset();
}

void tst_Shell::loginDialogSignsIn()
{
    m_shell = std::make_unique<Shell>(*m_store);
    QSignalSpy started(m_shell.get(), &Shell::sessionStarted);
    m_shell->start();
    LoginDialog *login = m_shell->loginDialog();
    QVERIFY(login);
    QVERIFY(QTest::qWaitForWindowExposed(login));
    QCOMPARE(child<QLabel>(login, Names::LoginPractice)->text(), PracticeName);
    QVERIFY(!m_shell->mainWindow()->isVisible());

    auto user = child<QLineEdit>(login, Names::LoginUser);
    auto password = child<QLineEdit>(login, Names::LoginPassword);
    auto button = child<QPushButton>(login, Names::LoginButton);
    QVERIFY(user && password && button);

    QTest::keyClicks(user, AdminUser);
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_shell->isSignedIn());
    QVERIFY(login->isVisible());
    QCOMPARE(login->errorText(), QStringLiteral("Unknown user name or wrong password."));
    QVERIFY(child<QLabel>(login, Names::LoginError)->isVisible());
    QVERIFY(password->text().isEmpty());

    QTest::keyClicks(password, AdminPassword);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_shell->isSignedIn());
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY(!m_shell->loginDialog());
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->windowTitle().contains(PracticeName));

    // Admin gets every platform dock; the banner starts empty.
    for (const QString &id :
         AdminDocks + QStringList{QLatin1String(App::Constants::DockPatientSummary)}) {
        QVERIFY2(window->dock(id), qPrintable(id));
        QVERIFY2(window->dock(id)->isVisible(), qPrintable(id));
    }
    QCOMPARE(child<QLabel>(window, Names::BannerName)->text(),
             QStringLiteral("No patient selected"));
}

void tst_Shell::statusBarShowsSessionAndOffline()
{
    MainWindow *window = m_shell->mainWindow();
    const QString user = child<QLabel>(window, Names::StatusUser)->text();
    QVERIFY2(user.contains(AdminName), qPrintable(user));
    QVERIFY2(user.contains(Core::roleDisplayName(Core::Role::Admin)), qPrintable(user));
    QCOMPARE(child<QLabel>(window, Names::StatusNetwork)->text(), QStringLiteral("Offline"));
    QCOMPARE(child<QLabel>(window, Names::StatusSync)->text(),
             QStringLiteral("Sync: not configured"));
    // The View menu offers every dock plus the reset.
    auto view = child<QMenu>(window, Names::ViewMenu);
    QVERIFY(view);
    QCOMPARE(view->actions().size(), window->docks().size() + 2);
}

void tst_Shell::savedPracticeSettingsApplyIdleTimeout()
{
    QCOMPARE(m_shell->idleTimeoutMs(), Core::Constants::DefaultIdleLockMinutes * 60 * 1000);
    QDockWidget *dock = m_shell->mainWindow()->dock(App::Constants::DockPracticeSettings);
    dock->raise();
    auto minutes = child<QSpinBox>(dock, "practiceIdleMinutes");
    auto name = child<QLineEdit>(dock, "practiceName");
    QVERIFY(minutes && name);
    QCOMPARE(name->text(), PracticeName);
    QCOMPARE(minutes->maximum(), 120);
    minutes->setValue(3);
    QTest::mouseClick(child<QPushButton>(dock, "practiceSave"), Qt::LeftButton);
    QCOMPARE(m_shell->services().practice().settings().idleLockMinutes, 3);
    QCOMPARE(m_shell->idleTimeoutMs(), 3 * 60 * 1000);

    // Matching HL7 registrations by name and birth date: on until an admin turns it off, and the
    // audit entry says so.
    auto match = child<QCheckBox>(dock, "practiceMatchSamePerson");
    QVERIFY(match);
    QVERIFY(match->isChecked());
    match->setChecked(false);
    QTest::mouseClick(child<QPushButton>(dock, "practiceSave"), Qt::LeftButton);
    QVERIFY(!m_shell->services().practice().settings().matchSamePerson);
    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::PracticeSettings);
    auto saved = m_shell->services().audit().list(filter);
    QVERIFY(saved && saved->size() >= 2);
    QCOMPARE(saved->last().detail, QStringLiteral("match-same-person=off"));
    match->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dock, "practiceSave"), Qt::LeftButton);
    QVERIFY(m_shell->services().practice().settings().matchSamePerson);
}

void tst_Shell::searchFindsAndOpensPatient()
{
    MainWindow *window = m_shell->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    PatientSearchDialog *search = window->patientSearch();
    QTRY_VERIFY(search->isVisible());
    auto edit = child<QLineEdit>(search, Names::PatientSearchEdit);
    auto list = child<QListWidget>(search, Names::PatientSearchList);
    QVERIFY(edit && list);

    QTest::keyClicks(edit, QStringLiteral("q"));
    QCOMPARE(list->count(), 0); // one character is not a search yet
    QTest::keyClicks(edit, QStringLiteral("uack"));
    QCOMPARE(list->count(), 2);
    QTest::keyClicks(edit, QStringLiteral(" 1980"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Quackenbush, Zebulon")));
    QVERIFY(list->item(0)->text().contains(m_zebulonMrn));

    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!search->isVisible());
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(child<QLabel>(window, Names::BannerName)->text(),
             QStringLiteral("Quackenbush, Zebulon"));
    const QString details = child<QLabel>(window, Names::BannerDetails)->text();
    QVERIFY2(details.contains(m_zebulonMrn), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Female")), qPrintable(details));
    QCOMPARE(child<QLabel>(window, Names::BannerAllergies)->text(),
             QStringLiteral("Allergies: not recorded"));
    QVERIFY(!child<QLabel>(window, Names::BannerRestricted)->isVisible());
    QCOMPARE(m_shell->patientContext().current()->mrn, m_zebulonMrn);

    // The summary dock follows the patient context.
    QWidget *summary =
        child<QWidget>(window->dock(App::Constants::DockPatientSummary), Names::SummaryText);
    QVERIFY(summary && summary->isVisible());
    QStringList summaryTexts;
    for (QLabel *label : summary->findChildren<QLabel *>())
        summaryTexts << label->text();
    const QString summaryText = summaryTexts.join(QLatin1Char('\n'));
    QVERIFY2(summaryText.contains(QStringLiteral("12 Quince Street")), qPrintable(summaryText));
    QVERIFY2(summaryText.contains(QStringLiteral("No insurance on file")), qPrintable(summaryText));
    // The numbers hospitals know the patient by; a Social Security number by its last four only.
    QVERIFY2(summaryText.contains(QStringLiteral("H-4455 (HOSP, MRN)")), qPrintable(summaryText));
    QVERIFY2(summaryText.contains(QStringLiteral("-6789 (USSSA, SSN)")), qPrintable(summaryText));
    QVERIFY2(!summaryText.contains(QStringLiteral("123-45")), qPrintable(summaryText));

    // Opening was audited as a read of that chart.
    Core::AuditFilter filter;
    filter.patientMrn = m_zebulonMrn;
    filter.action = QLatin1String(Core::Constants::Audit::PatientRead);
    auto reads = m_shell->services().audit().list(filter);
    QVERIFY(reads.ok());
    QVERIFY(!reads->isEmpty());
    QCOMPARE(reads->last().user, AdminUser);
}

void tst_Shell::searchSaysWhenTruncated()
{
    PatientSearchDialog *search = m_shell->mainWindow()->patientSearch();
    m_shell->mainWindow()->findPatientAction()->trigger();
    QVERIFY(search->isVisible());
    auto edit = child<QLineEdit>(search, Names::PatientSearchEdit);
    auto hint = child<QLabel>(search, Names::PatientSearchHint);
    QTest::keyClicks(edit, QStringLiteral("truncatew"));
    QCOMPARE(child<QListWidget>(search, Names::PatientSearchList)->count(),
             PatientSearchDialog::ResultLimit);
    QCOMPARE(hint->text(), QStringLiteral("More matches — keep typing."));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!search->isVisible());
}

void tst_Shell::adminTakesWrongNumberOff()
{
    // A hospital number matched to Zebulon by name and birth date, found wrong on review: the
    // admin takes it off from the summary, after a question Cancel can still stop.
    Core::PatientService &patients = m_shell->services().patients();
    const qint64 zebulon = patients.findByMrn(m_zebulonMrn).value();
    const qsizetype had = patients.identifiers(zebulon)->size(); // from the tests before
    QVERIFY(patients.addIdentifier(
        {zebulon, QStringLiteral("H-31"), QStringLiteral("HOSP"), QStringLiteral("MR")}));
    QVERIFY(patients.addIdentifier(
        {zebulon, QStringLiteral("L-9"), QStringLiteral("LAB"), QStringLiteral("PI")}));
    MainWindow *window = m_shell->mainWindow();
    QDockWidget *dock = window->dock(App::Constants::DockPatientSummary);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    auto remove = child<QPushButton>(dock, Names::SummaryRemoveNumber);
    QVERIFY(remove);
    m_shell->patientContext().setCurrent(patients.open(zebulon).value());
    QVERIFY(!remove->isHidden());

    const auto answer = [&](bool yes) {
        bool asked = false;
        Test::whenModal<QInputDialog>([&asked, had, yes](QInputDialog *dialog) {
            const QStringList offered = dialog->comboBoxItems();
            QCOMPARE(offered.size(), had + 2);
            QVERIFY(offered.contains(QStringLiteral("H-31 (HOSP, MRN)")));
            QVERIFY(offered.contains(QStringLiteral("L-9 (LAB, patient id)")));
            dialog->setTextValue(QStringLiteral("H-31 (HOSP, MRN)"));
            Test::whenModal<QMessageBox>([yes](QMessageBox *box) {
                QVERIFY(box->text().contains(QStringLiteral("Messages from HOSP")));
                if (yes)
                    box->button(QMessageBox::Yes)->click();
                else
                    box->reject();
            });
            asked = true;
            dialog->accept();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(asked);
    };
    answer(false);
    QCOMPARE(patients.findByIdentifier(QStringLiteral("H-31"), QStringLiteral("HOSP")).value(),
             zebulon);
    answer(true);
    QCOMPARE(patients.findByIdentifier(QStringLiteral("H-31"), QStringLiteral("HOSP")).value(), 0);
    QCOMPARE(patients.identifiers(zebulon)->size(), had + 1);
    auto text = child<QWidget>(dock, Names::SummaryText)->findChildren<QLabel *>();
    QVERIFY(std::none_of(text.cbegin(), text.cend(), [](QLabel *label) {
        return label->text().contains(QStringLiteral("H-31"));
    }));

    // Not offered with no number left (nor to anyone but admins: the service refuses them too).
    const QList<Core::PatientIdentifier> left = patients.identifiers(zebulon).value();
    for (const Core::PatientIdentifier &id : left)
        QVERIFY(patients.removeIdentifier(id));
    m_shell->patientContext().setCurrent(patients.open(zebulon).value());
    QVERIFY(remove->isHidden());
}

void tst_Shell::adminMergesDuplicateIntoPatient()
{
    Core::PatientService &patients = m_shell->services().patients();
    const qint64 zebulon = patients.findByMrn(m_zebulonMrn).value();
    // The front desk registered Zebulon again, with his new phone.
    Core::Patient twice;
    twice.family = QStringLiteral("Quackenbush");
    twice.given = QStringLiteral("Zebulon");
    twice.birthDate = QDate(1980, 3, 14);
    twice.sex = QStringLiteral("female");
    twice.phoneMobile = QStringLiteral("(217) 555-0188");
    auto duplicate = patients.createRecord(twice);
    QVERIFY(duplicate);
    const QString duplicateMrn = duplicate->mrn;

    MainWindow *window = m_shell->mainWindow();
    QAction *merge = child<QAction>(window, Names::ActionMergePatient);
    QVERIFY(merge);
    m_shell->patientContext().clear();
    QVERIFY(!merge->isEnabled()); // nobody on screen to merge into
    m_shell->patientContext().setCurrent(patients.open(zebulon).value());
    QVERIFY(merge->isEnabled());

    bool answered = false;
    Test::whenModal<MergePatientDialog>([&](MergePatientDialog *dialog) {
        auto search = child<QLineEdit>(dialog, Names::MergeSearch);
        auto list = child<QListWidget>(dialog, Names::MergeList);
        auto reason = child<QLineEdit>(dialog, Names::MergeReason);
        auto button = child<QPushButton>(dialog, Names::MergeButton);
        QTest::keyClicks(search, QStringLiteral("quack zeb"));
        // The record on screen is not offered: only the duplicate.
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(duplicateMrn));
        QVERIFY(!button->isEnabled());
        list->setCurrentRow(0);
        QVERIFY(child<QLabel>(dialog, Names::MergeChosen)->text().contains("(217) 555-0188"));
        QVERIFY(!button->isEnabled()); // not without a reason
        QTest::keyClicks(reason, QStringLiteral("registered twice at the desk"));
        QVERIFY(button->isEnabled());
        // Cancelling the question merges nothing; saying yes merges.
        Test::whenModal<QMessageBox>([](QMessageBox *box) { box->reject(); });
        button->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_shell->services().patients().findByMrn(duplicateMrn).value(), duplicate->id);
        Test::whenModal<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(QStringLiteral("not undone")));
            box->button(QMessageBox::Yes)->click();
        });
        button->click();
        answered = true;
    });
    merge->trigger();
    QVERIFY(answered);
    QTRY_COMPARE(m_shell->services().patients().findByMrn(duplicateMrn).value(), zebulon);
    QVERIFY(window->statusBar()->currentMessage().contains(duplicateMrn + " merged into"));
    QCOMPARE(m_shell->patientContext().current()->mrn, m_zebulonMrn);
    auto merges = patients.merges(zebulon);
    QVERIFY(merges && merges->size() == 1);
    QCOMPARE(merges->first().reason, QStringLiteral("registered twice at the desk"));
    QCOMPARE(merges->first().byUser, AdminUser);
}

void tst_Shell::idleLockHidesPatientData()
{
    MainWindow *window = m_shell->mainWindow();
    const QStringList docksBefore = visibleDocks(window);
    QVERIFY(docksBefore.size() >= 3);
    QVERIFY(visibleTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Quackenbush")));

    m_shell->setIdleTimeoutMs(150);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->isLocked(), 3000);
    m_shell->setIdleTimeoutMs(0);

    QVERIFY(visibleDocks(window).isEmpty());
    QVERIFY(window->lockScreen()->isVisible());
    const QString screen = visibleTexts().join(QLatin1Char('\n'));
    QVERIFY2(!screen.contains(QStringLiteral("Quackenbush")), qPrintable(screen));
    QVERIFY2(!screen.contains(QStringLiteral("Zebulon")), qPrintable(screen));
    QVERIFY2(!screen.contains(m_zebulonMrn), qPrintable(screen));
    QVERIFY2(screen.contains(AdminName), qPrintable(screen)); // whose session is locked
    // Nothing may bring a dock back while locked.
    QVERIFY(!child<QAction>(window, Names::ActionFindPatient)->isEnabled());
    QVERIFY(!child<QMenu>(window, Names::ViewMenu)->menuAction()->isEnabled());

    auto password = child<QLineEdit>(window, Names::LockPassword);
    auto unlock = child<QPushButton>(window, Names::UnlockButton);
    QTest::keyClicks(password, QStringLiteral("wrong-password-9"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(m_shell->isLocked());
    QVERIFY(child<QLabel>(window, Names::LockError)->isVisible());
    QVERIFY(visibleDocks(window).isEmpty());
    QVERIFY(!visibleTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Quackenbush")));

    QTest::keyClicks(password, AdminPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!m_shell->isLocked());
    QCOMPARE(visibleDocks(window), docksBefore);
    QCOMPARE(child<QLabel>(window, Names::BannerName)->text(),
             QStringLiteral("Quackenbush, Zebulon"));

    Core::AuditFilter filter;
    filter.action = QStringLiteral("session.");
    auto entries = m_shell->services().audit().list(filter);
    QVERIFY(entries.ok());
    QStringList actions;
    for (const Core::AuditEntry &e : entries.value())
        actions << e.action;
    QVERIFY(actions.contains(QLatin1String(Core::Constants::Audit::Lock)));
    QVERIFY(actions.contains(QLatin1String(Core::Constants::Audit::UnlockFailed)));
    QCOMPARE(actions.last(), QLatin1String(Core::Constants::Audit::Unlock));
}

void tst_Shell::restrictedPatientNeedsBreakGlass()
{
    MainWindow *window = m_shell->mainWindow();
    PatientSearchDialog *search = window->patientSearch();
    auto edit = child<QLineEdit>(search, Names::PatientSearchEdit);
    auto list = child<QListWidget>(search, Names::PatientSearchList);

    auto findRestricted = [&] {
        window->findPatientAction()->trigger();
        QTest::keyClicks(edit, QStringLiteral("vantab"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("restricted")));
    };

    // Cancelling the question opens nothing.
    findRestricted();
    bool asked = false;
    whenModal<BreakGlassDialog>([&](BreakGlassDialog *dialog) {
        asked = true;
        dialog->reject();
    });
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(asked);
    QCOMPARE(m_shell->patientContext().current()->mrn, m_zebulonMrn);
    search->clearAndHide();

    // A reason too short to review keeps the button disabled; a real one opens the record.
    findRestricted();
    bool shortRefused = false;
    whenModal<BreakGlassDialog>([&](BreakGlassDialog *dialog) {
        auto open = child<QPushButton>(dialog, "breakGlassOpen");
        dialog->setReason(QStringLiteral("because"));
        shortRefused = !open->isEnabled();
        dialog->setReason(QStringLiteral("Patient on the phone asking for a refill"));
        QTest::mouseClick(open, Qt::LeftButton);
    });
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(shortRefused);
    QCOMPARE(child<QLabel>(window, Names::BannerName)->text(), QStringLiteral("Vantablack, Rhea"));
    QVERIFY(child<QLabel>(window, Names::BannerRestricted)->isVisible());

    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::BreakGlass);
    filter.patientMrn = m_restrictedMrn;
    filter.user = AdminUser;
    auto entries = m_shell->services().audit().list(filter);
    QVERIFY(entries.ok());
    // The fixture's own opening came first, from another workstation name.
    QCOMPARE(entries->size(), 2);
    const Core::AuditEntry &entry = entries->last();
    QVERIFY(entry.flagged);
    QCOMPARE(entry.detail, QStringLiteral("Patient on the phone asking for a refill"));
    QCOMPARE(entry.workstation, Core::Services::thisWorkstation());
}

void tst_Shell::auditDockListsAndRecordsViewing()
{
    QDockWidget *dock = m_shell->mainWindow()->dock(App::Constants::DockAuditLog);
    auto widget = qobject_cast<Internal::AuditLogWidget *>(dock->widget());
    QVERIFY(widget);
    QVERIFY(widget->reload());
    const int shown = widget->model()->rowCount();
    QVERIFY(shown > 0);

    QString error;
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY2(widget->exportTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("patient.break-glass"));

    Core::AuditFilter filter;
    filter.action = QStringLiteral("audit.");
    auto entries = m_shell->services().audit().list(filter);
    QVERIFY(entries.ok());
    QStringList actions;
    for (const Core::AuditEntry &e : entries.value())
        actions << e.action;
    QVERIFY(actions.contains(QLatin1String(Core::Constants::Audit::AuditView)));
    QCOMPARE(actions.last(), QLatin1String(Core::Constants::Audit::AuditExport));
}

void tst_Shell::usersDockAddsAccountsAndShowsRefusals()
{
    QDockWidget *dock = m_shell->mainWindow()->dock(App::Constants::DockUsers);
    dock->raise();
    auto table = child<QTableWidget>(dock, Names::UsersTable);
    QVERIFY(table);
    QTRY_COMPARE(table->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    QCOMPARE(names, (QStringList{AdminUser, FrontUser}));

    // Passwords that differ keep the dialog open; the service adds the account.
    bool mismatchKeptOpen = false;
    whenModal<Internal::UserDialog>([&](Internal::UserDialog *dialog) {
        child<QLineEdit>(dialog, "userDialogUsername")->setText(QStringLiteral("drnew"));
        child<QLineEdit>(dialog, "userDialogDisplayName")->setText(QStringLiteral("Dr. New"));
        auto role = child<QComboBox>(dialog, "userDialogRole");
        role->setCurrentIndex(role->findText(Core::roleDisplayName(Core::Role::Provider)));
        child<QLineEdit>(dialog, "userDialogPassword")->setText(QStringLiteral("provider-pass-1"));
        child<QLineEdit>(dialog, "userDialogRepeat")->setText(QStringLiteral("provider-pass-2"));
        dialog->accept();
        mismatchKeptOpen = dialog->isVisible();
        child<QLineEdit>(dialog, "userDialogRepeat")->setText(QStringLiteral("provider-pass-1"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(dock, "usersAdd"), Qt::LeftButton);
    QVERIFY(mismatchKeptOpen);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), AdminUser);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("drnew"));
    QCOMPARE(table->item(1, 2)->text(), Core::roleDisplayName(Core::Role::Provider));

    // A refusal from the service reaches the admin.
    QString refusal;
    whenModal<Internal::UserDialog>([&](Internal::UserDialog *dialog) {
        child<QLineEdit>(dialog, "userDialogUsername")->setText(FrontUser);
        child<QLineEdit>(dialog, "userDialogPassword")->setText(QStringLiteral("another-pass-1"));
        child<QLineEdit>(dialog, "userDialogRepeat")->setText(QStringLiteral("another-pass-1"));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(dock, "usersAdd"), Qt::LeftButton);
    QVERIFY2(refusal.contains(FrontUser), qPrintable(refusal));
    QCOMPARE(table->rowCount(), 3);
}

void tst_Shell::layoutIsRestoredAfterRestart()
{
    MainWindow *window = m_shell->mainWindow();
    QDockWidget *audit = window->dock(App::Constants::DockAuditLog);
    QDockWidget *users = window->dock(App::Constants::DockUsers);
    QCOMPARE(window->dockWidgetArea(users), Qt::RightDockWidgetArea);
    audit->toggleViewAction()->trigger();
    QVERIFY(!audit->isVisible());
    window->addDockWidget(Qt::LeftDockWidgetArea, users);
    QCOMPARE(window->dockWidgetArea(users), Qt::LeftDockWidgetArea);
    window->resize(1333, 777);

    QSignalSpy ended(m_shell.get(), &Shell::sessionEnded);
    child<QAction>(window, Names::ActionSignOut)->trigger();
    QCOMPARE(ended.count(), 1);
    QVERIFY(!m_shell->isSignedIn());
    QVERIFY(window->docks().isEmpty());
    QVERIFY(m_shell->loginDialog() && m_shell->loginDialog()->isVisible());

    // Restart: the shell goes, the store is closed and opened again.
    m_shell.reset();
    m_store.reset();
    auto store = Core::Store::open(m_location, ModuleCatalog::migrations());
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    m_store = std::move(store.value());
    m_shell = std::make_unique<Shell>(*m_store);
    QVERIFY(m_shell->signIn(AdminUser, AdminPassword).ok());
    window = m_shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    audit = window->dock(App::Constants::DockAuditLog);
    users = window->dock(App::Constants::DockUsers);
    QVERIFY(audit && users);
    QVERIFY(!audit->isVisible());
    QVERIFY(users->isVisible());
    QCOMPARE(window->dockWidgetArea(users), Qt::LeftDockWidgetArea);
    QCOMPARE(window->size(), QSize(1333, 777));
    // No patient survives a restart.
    QCOMPARE(child<QLabel>(window, Names::BannerName)->text(),
             QStringLiteral("No patient selected"));

    // "Reset layout" brings back the admin's default.
    child<QAction>(window, Names::ActionResetLayout)->trigger();
    QVERIFY(audit->isVisible());
    QCOMPARE(window->dockWidgetArea(users), Qt::RightDockWidgetArea);
}

void tst_Shell::switchUserFromLockScreenEndsFirstSession()
{
    MainWindow *window = m_shell->mainWindow();
    m_shell->lockNow();
    QVERIFY(m_shell->isLocked());
    QTest::mouseClick(child<QPushButton>(window, Names::LockSwitchUserButton), Qt::LeftButton);
    QVERIFY(!m_shell->isSignedIn());
    QVERIFY(!window->isVisible());
    QVERIFY(!m_shell->patientContext().current());

    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::SignOut);
    filter.user = AdminUser;
    auto signOuts = m_shell->services().audit().list(filter);
    QVERIFY(signOuts.ok());
    QCOMPARE(signOuts->size(), 3); // fixture, sign-out before the restart, this switch

    LoginDialog *login = m_shell->loginDialog();
    QVERIFY(login && login->isVisible());
    QTest::keyClicks(child<QLineEdit>(login, Names::LoginUser), FrontUser);
    QTest::keyClicks(child<QLineEdit>(login, Names::LoginPassword), FrontPassword);
    QTest::mouseClick(child<QPushButton>(login, Names::LoginButton), Qt::LeftButton);
    QVERIFY(m_shell->isSignedIn());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!m_shell->isLocked());
    QCOMPARE(m_shell->services().context().session()->username, FrontUser);

    // The front desk sees the patient summary but none of the admin's docks, not even hidden.
    QVERIFY(window->dock(App::Constants::DockPatientSummary));
    QVERIFY(window->dock(App::Constants::DockPatientSummary)->isVisible());
    for (const QString &id : AdminDocks) {
        QVERIFY2(!window->dock(id), qPrintable(id));
        QVERIFY2(!window->findChild<QDockWidget *>(id), qPrintable(id));
    }
    // Plus the scheduling docks a front desk works in (calendar, flow board, registration,
    // waitlist); the count catches an admin dock leaking in under another name.
    QCOMPARE(window->docks().size(), 5);
    const QString status = child<QLabel>(window, Names::StatusUser)->text();
    QVERIFY2(status.contains(Core::roleDisplayName(Core::Role::FrontDesk)), qPrintable(status));
}

void tst_Shell::guessingAtLockScreenEndsSession()
{
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(m_shell->isSignedIn());
    m_shell->lockNow();
    QVERIFY(m_shell->isLocked());
    auto *password = child<QLineEdit>(window, Names::LockPassword);
    for (int i = 1; i <= Core::Constants::MaxFailedSignIns; ++i) {
        password->clear();
        QTest::keyClicks(password, QStringLiteral("wrong-guess-%1").arg(i));
        QTest::keyClick(password, Qt::Key_Return);
        if (i < Core::Constants::MaxFailedSignIns) {
            QVERIFY(m_shell->isSignedIn());
            QVERIFY(m_shell->isLocked());
        }
    }
    // The fifth wrong password locked the account and ended the session.
    QVERIFY(!m_shell->isSignedIn());
    QVERIFY(!window->isVisible());
    LoginDialog *login = m_shell->loginDialog();
    QVERIFY(login && login->isVisible());
    QVERIFY2(login->errorText().contains(QLatin1String("locked")), qPrintable(login->errorText()));
    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::AccountLocked);
    filter.user = FrontUser;
    QCOMPARE(m_shell->services().audit().list(filter)->size(), 1);
    // And the right password does not get the front desk back in while the lock lasts.
    QVERIFY(!m_shell->signIn(FrontUser, FrontPassword).ok());
}

QTEST_MAIN(tst_Shell)

#include "tst_shell.moc"
