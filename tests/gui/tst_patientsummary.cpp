#include "app/shell/addnumberdialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/shell.h"
#include "app/shell/shellconstants.h"
#include "core/constants.h"
#include "core/context/patientcontext.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "tests/support/modal.h"
#include "tests/support/testsupport.h"
#include "tests/support/widgetsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <algorithm>

using namespace Ambulo;
using Test::whenModal;
namespace Names = App::Constants::ObjectNames;

namespace {

using Ambulo::Test::child;

const QString Front = QStringLiteral("desk");

} // namespace

// Who a record is to other systems, in the real shell, offscreen, over a real encrypted store: the
// summary dock's "Other numbers" (the front desk types one in; an admin undoes a name match
// there) and the admin's "Name matches" review dock. (A practice admin taking a wrong number off
// is in tst_shell, adminTakesWrongNumberOff.)
class tst_PatientSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frontDeskAddsNumber();
    void adminUndoesNameMatch();
    void adminReviewsNameMatches();

private:
    qint64 count(const QString &sql, qint64 patient);

    std::unique_ptr<Test::TestStore> m_store;
    QString m_frontPassword;
    qint64 m_garcia = 0;
    QString m_otherMrn;
};

void tst_PatientSummary::initTestCase()
{
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    QVERIFY(m_store->signInAdmin());
    m_frontPassword = m_store->addUser(Front, Core::Role::FrontDesk);
    Core::PatientService &patients = m_store->services().patients();
    auto garcia = patients.create(
        Test::samplePatient(QStringLiteral("Garcia"), QStringLiteral("Ana"), QDate(1980, 5, 17)));
    auto other = patients.create(
        Test::samplePatient(QStringLiteral("Other"), QStringLiteral("Ben"), QDate(1970, 1, 2)),
        {{0, QStringLiteral("L-5"), QStringLiteral("LAB"), QStringLiteral("PI")},
         {0, QStringLiteral("H-1"), QStringLiteral("HOSP"), QStringLiteral("MR")},
         {0, QStringLiteral("H-2"), QStringLiteral("HOSP"), QStringLiteral("MR")}});
    QVERIFY(garcia.ok() && other.ok());
    m_garcia = garcia.value();
    m_otherMrn = patients.mrnOf(other.value()).value();
    m_store->services().users().signOut();
}

qint64 tst_PatientSummary::count(const QString &sql, qint64 patient)
{
    Core::Query q = m_store->store().db().query(sql);
    q.bind(1, patient);
    return q.next() ? q.int64(0) : -1;
}

void tst_PatientSummary::frontDeskAddsNumber()
{
    App::Shell shell(m_store->store());
    const Core::Status signedIn = shell.signIn(Front, m_frontPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    App::MainWindow *window = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QDockWidget *dock = window->dock(App::Constants::DockPatientSummary);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    Core::PatientService &patients = shell.services().patients();
    shell.patientContext().setCurrent(patients.open(m_garcia).value());
    auto add = child<QPushButton>(dock, Names::SummaryAddNumber);
    auto remove = child<QPushButton>(dock, Names::SummaryRemoveNumber);
    QVERIFY(add && remove);
    QVERIFY(!add->isHidden());
    QVERIFY(remove->isHidden()); // taking one off is the practice admin's

    // Cancel adds nothing.
    bool asked = false;
    whenModal<App::AddNumberDialog>([&asked](App::AddNumberDialog *dialog) {
        asked = true;
        QTest::keyClicks(child<QLineEdit>(dialog, Names::AddNumberValue), QStringLiteral("H-9"));
        dialog->reject();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(patients.identifiers(m_garcia)->isEmpty());

    // The systems already known come first, most used first; Add waits for both the system and
    // the number; Ben's lab number is refused, naming his record, with what was typed kept; then
    // a new one is added as a lab patient id.
    asked = false;
    QString refusal;
    whenModal<App::AddNumberDialog>([&](App::AddNumberDialog *dialog) {
        asked = true;
        auto authority = child<QComboBox>(dialog, Names::AddNumberAuthority);
        auto value = child<QLineEdit>(dialog, Names::AddNumberValue);
        auto type = child<QComboBox>(dialog, Names::AddNumberType);
        auto error = child<QLabel>(dialog, Names::AddNumberError);
        auto button = child<QPushButton>(dialog, Names::AddNumberButton);
        QVERIFY(authority && value && type && error && button);
        QCOMPARE(authority->count(), 2);
        QCOMPARE(authority->itemText(0), QStringLiteral("HOSP"));
        QCOMPARE(authority->itemText(1), QStringLiteral("LAB"));
        QVERIFY(authority->currentText().isEmpty());
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(value, QStringLiteral("L-5"));
        QVERIFY(!button->isEnabled());
        authority->setCurrentIndex(1);
        QVERIFY(button->isEnabled());
        type->setCurrentIndex(type->findData(QStringLiteral("PI")));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        refusal = error->text();
        QCOMPARE(value->text(), QStringLiteral("L-5"));
        value->setText(QStringLiteral(" L-77 "));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY2(refusal.contains(m_otherMrn), qPrintable(refusal));
    QVERIFY(refusal.contains(QStringLiteral("L-5 of LAB")));

    QCOMPARE(patients.findByIdentifier(QStringLiteral("L-77"), QStringLiteral("LAB")).value(),
             m_garcia);
    const QList<Core::PatientIdentifier> held = patients.identifiers(m_garcia).value();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().typeCode, QStringLiteral("PI"));
    const QList<QLabel *> text = child<QWidget>(dock, Names::SummaryText)->findChildren<QLabel *>();
    QVERIFY(std::any_of(text.cbegin(), text.cend(), [](QLabel *label) {
        return label->text() == QStringLiteral("L-77 (LAB, patient id)");
    }));
    // Audited as the clerk's, and queued for the FHIR server and the HL7 interfaces.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'patient.identifier-add' AND patient_id = ? AND user_name = "
                                  "'desk'"),
                   m_garcia),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'Patient' AND "
                                  "entity_id = ? AND op = 'update'"),
                   m_garcia),
             qint64(1));
    QCOMPARE(patients.findByIdentifier(QStringLiteral("L-5"), QStringLiteral("LAB")).value(),
             patients.findByMrn(m_otherMrn).value());
}

// A hospital registration taken to be this record by name and birth date, found wrong: the admin
// picks its number under "Remove a number…" and is offered to undo the whole match, which puts
// back what the match changed.
void tst_PatientSummary::adminUndoesNameMatch()
{
    QVERIFY(m_store->signInAdmin());
    Core::PatientService &patients = m_store->services().patients();
    Core::Patient mona =
        Test::samplePatient(QStringLiteral("Match"), QStringLiteral("Mona"), QDate(1990, 4, 4));
    mona.phoneHome = QStringLiteral("(217) 5551111");
    auto created = patients.create(mona);
    QVERIFY(created.ok());
    const Core::Patient before = patients.open(created.value()).value();
    Core::Patient after = before;
    after.phoneHome = QStringLiteral("(217) 5552222");
    QVERIFY(patients.update(after));
    const Core::PatientIdentifier number{before.id, QStringLiteral("H-50"), QStringLiteral("HOSP"),
                                         QStringLiteral("MR")};
    QVERIFY(patients.addIdentifier(number));
    QVERIFY(patients.noteSamePerson(before, after, {number},
                                    QStringLiteral("ADT^A04 X1 from interface PM")));
    m_store->services().users().signOut();

    App::Shell shell(m_store->store());
    const Core::Status signedIn = shell.signIn(Test::AdminName, Test::AdminPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    App::MainWindow *window = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QDockWidget *dock = window->dock(App::Constants::DockPatientSummary);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    shell.patientContext().setCurrent(shell.services().patients().open(before.id).value());
    auto remove = child<QPushButton>(dock, Names::SummaryRemoveNumber);
    QVERIFY(remove && !remove->isHidden());
    const QList<QLabel *> text = child<QWidget>(dock, Names::SummaryText)->findChildren<QLabel *>();
    QVERIFY(std::any_of(text.cbegin(), text.cend(), [](QLabel *label) {
        return label->text()
               == QStringLiteral("H-50 (HOSP, MRN) — matched by name, not reviewed yet");
    }));

    QString told;
    const auto answer = [&](bool undo) {
        QString question;
        whenModal<QInputDialog>([&](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("H-50 (HOSP, MRN)"));
            whenModal<QMessageBox>([&](QMessageBox *box) {
                question = box->text();
                if (!undo) {
                    box->button(QMessageBox::Cancel)->click();
                    return;
                }
                whenModal<QMessageBox>([&told](QMessageBox *done) {
                    told = done->text();
                    done->accept();
                });
                const QList<QAbstractButton *> buttons = box->buttons();
                for (QAbstractButton *button : buttons) {
                    if (button->text() == QStringLiteral("Undo the match"))
                        button->click();
                }
            });
            dialog->accept();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("ADT^A04 X1 from interface PM")),
                 qPrintable(question));
    };
    answer(false);
    QCOMPARE(shell.services().patients().identifiers(before.id)->size(), 1);
    answer(true);
    QVERIFY2(told.contains(QStringLiteral("Put back: home phone.")), qPrintable(told));
    QVERIFY(shell.services().patients().identifiers(before.id)->isEmpty());
    QCOMPARE(shell.patientContext().current()->phoneHome, before.phoneHome);
    QVERIFY(shell.services().patients().samePersonMatches(before.id)->isEmpty());
    QVERIFY(remove->isHidden());
}

// The admin works through the "Name matches" dock: compares one (the record before, the sender's
// value), confirms it, and undoes the other, which puts the record back.
void tst_PatientSummary::adminReviewsNameMatches()
{
    QVERIFY(m_store->signInAdmin());
    Core::PatientService &patients = m_store->services().patients();
    const auto matchOf = [&patients](const QString &given, const QString &number) -> qint64 {
        Core::Patient p = Test::samplePatient(QStringLiteral("Review"), given, QDate(1960, 1, 1));
        p.phoneHome = QStringLiteral("(217) 5550100");
        auto id = patients.create(p);
        if (!id)
            return 0;
        const Core::Patient before = patients.open(id.value()).value();
        Core::Patient after = before;
        after.phoneHome = QStringLiteral("(217) 5550200");
        const Core::PatientIdentifier n{id.value(), number, QStringLiteral("HOSP"),
                                        QStringLiteral("MR")};
        const bool ok =
            patients.update(after) && patients.addIdentifier(n)
            && patients.noteSamePerson(before, after, {n},
                                       QStringLiteral("ADT^A04 %1 from interface PM").arg(number));
        return ok ? id.value() : 0;
    };
    const qint64 rita = matchOf(QStringLiteral("Rita"), QStringLiteral("R-1"));
    const qint64 sam = matchOf(QStringLiteral("Sam"), QStringLiteral("S-1"));
    QVERIFY(rita && sam);
    m_store->services().users().signOut();

    App::Shell shell(m_store->store());
    QVERIFY(shell.signIn(Test::AdminName, Test::AdminPassword).ok());
    App::MainWindow *window = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QDockWidget *dock = window->dock(App::Constants::DockNameMatches);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    auto table = child<QTableWidget>(dock, Names::MatchesTable);
    auto details = child<QLabel>(dock, Names::MatchesDetails);
    auto status = child<QLabel>(dock, Names::MatchesStatus);
    auto compare = child<QPushButton>(dock, Names::MatchesCompare);
    auto confirm = child<QPushButton>(dock, Names::MatchesConfirm);
    auto undo = child<QPushButton>(dock, Names::MatchesUndo);
    QVERIFY(table && details && status && compare && confirm && undo);
    child<QPushButton>(dock, Names::MatchesRefresh)->click();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(!compare->isEnabled()); // nothing chosen yet
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("S-1 (HOSP, MRN)"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("home phone"));

    table->selectRow(0);
    QVERIFY(compare->isEnabled());
    compare->click();
    QVERIFY2(details->text().contains(QStringLiteral("home phone: (217) 5550100 → (217) 5550200")),
             qPrintable(details->text()));
    confirm->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(status->text().startsWith(QStringLiteral("Confirmed")), qPrintable(status->text()));
    QCOMPARE(shell.services().patients().identifiers(sam)->size(), 1);

    table->selectRow(0);
    whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("ADT^A04 R-1 from interface PM")));
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text() == QStringLiteral("Undo the match"))
                button->click();
        }
    });
    undo->click();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY2(status->text().contains(QStringLiteral("Put back: home phone.")),
             qPrintable(status->text()));
    QVERIFY(shell.services().patients().identifiers(rita)->isEmpty());
    QCOMPARE(shell.services().patients().open(rita)->phoneHome, QStringLiteral("(217) 5550100"));

    // Matches the interfaces make while the dock is open (here through another connection, as
    // `ambulo hl7 listen` would) appear by themselves; the admin's choice and its comparison stay.
    auto poll = child<QTimer>(dock, Names::MatchesPoll);
    QVERIFY(poll && poll->isActive());
    poll->setInterval(20);
    QVERIFY(m_store->signInAdmin());
    const qint64 tara = matchOf(QStringLiteral("Tara"), QStringLiteral("T-1"));
    QVERIFY(tara);
    QTRY_COMPARE(table->rowCount(), 1);
    table->selectRow(0);
    compare->click();
    const QString compared = details->text();
    QVERIFY(compared.contains(QStringLiteral("T-1")));
    QVERIFY(matchOf(QStringLiteral("Uma"), QStringLiteral("U-1")));
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("U-1 (HOSP, MRN)")); // newest first
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QCOMPARE(details->text(), compared);
    QVERIFY(compare->isEnabled());
    dock->hide();
    QVERIFY(!poll->isActive());
}

QTEST_MAIN(tst_PatientSummary)
#include "tst_patientsummary.moc"
