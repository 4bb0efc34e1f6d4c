// The registration dock against a real encrypted store and the real services, as a clerk types:
// existing records offered before a duplicate is made, coverage checked, and the number another
// system knows the new patient by registered with them.

#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/scheduling/ui/registrationwidget.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"
#include "tests/modules/scheduling/schedulingfixture.h"
#include "tests/support/widgetsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace Ambulo;
using namespace Ambulo::Scheduling::Internal;
using Ambulo::Test::child;
namespace Names = Scheduling::Constants::ObjectNames;

class tst_Registration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(f.build()); }
    void init()
    {
        f.actAs(Core::Role::FrontDesk);
        m_patient.clear();
    }
    void registrationOffersExistingPatient();
    void registrationValidatesCoverage();
    void registrationTakesAnotherSystemsNumber();

private:
    Core::ModuleContext context() { return {f.store->services(), m_patient, f.events}; }

    Test::SchedulingFixture f;
    Core::PatientContext m_patient;
};

void tst_Registration::registrationOffersExistingPatient()
{
    Core::ModuleContext ctx = context();
    RegistrationWidget reg(*f.scheduling, ctx);
    reg.resize(420, 900);
    reg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reg));
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegFamily), QStringLiteral("Garcya"));
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegGiven), QStringLiteral("Ana"));
    reg.checkDuplicates();
    QVERIFY(reg.duplicates().isEmpty()); // a name alone is not enough to suspect
    child<QDateEdit>(&reg, Names::RegBirthDate)->setDate(QDate(1980, 5, 17));
    // The debounced check runs by itself.
    QTRY_VERIFY(!reg.duplicates().isEmpty());
    QCOMPARE(reg.duplicates().first().id, f.garcia);
    QVERIFY(!child<QListWidget>(&reg, Names::RegDuplicates)->isHidden());

    // Register anyway asks once before making a likely duplicate.
    auto patientsBefore = f.count(QStringLiteral("patients"));
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QCOMPARE(f.count(QStringLiteral("patients")), patientsBefore);
    QVERIFY(reg.message().contains(QStringLiteral("already have")));

    QTest::mouseClick(child<QPushButton>(&reg, Names::RegUseExisting), Qt::LeftButton);
    QVERIFY2(m_patient.current().has_value(), qPrintable(reg.message()));
    QCOMPARE(m_patient.current()->id, f.garcia);
    QCOMPARE(reg.editingId(), f.garcia);
    QCOMPARE(child<QLineEdit>(&reg, Names::RegFamily)->text(), QStringLiteral("Garcia"));

    // The same phone is a duplicate whatever the name.
    reg.clearForm();
    Core::Patient garcia = f.store->services().patients().open(f.garcia).value();
    garcia.phoneMobile = QStringLiteral("(217) 555-0142");
    QVERIFY(f.store->services().patients().update(garcia).ok());
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegPhone), QStringLiteral("217-555-0199"));
    reg.checkDuplicates();
    QVERIFY(reg.duplicates().isEmpty());
    child<QLineEdit>(&reg, Names::RegPhone)->clear();
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegPhone), QStringLiteral("217 555 0142"));
    reg.checkDuplicates();
    QCOMPARE(reg.duplicates().size(), 1);
    QCOMPARE(reg.duplicates().first().id, f.garcia);

    // The warning stands for the records it named: an edit clears it, and a different list of
    // possible existing patients warns again before anything is registered.
    reg.clearForm();
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegFamily), QStringLiteral("Garcya"));
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegGiven), QStringLiteral("Ana"));
    child<QDateEdit>(&reg, Names::RegBirthDate)->setDate(QDate(1980, 5, 17));
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QVERIFY(reg.message().contains(QStringLiteral("already have")));
    QCOMPARE(reg.duplicates().size(), 1);
    child<QLineEdit>(&reg, Names::RegGiven)->clear();
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegGiven), QStringLiteral("Kim"));
    QCOMPARE(reg.message(), QString());
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QCOMPARE(reg.duplicates().size(), 2); // Garcia by the family name, Lee by the given one
    QVERIFY(reg.message().contains(QStringLiteral("already have")));
    QCOMPARE(f.count(QStringLiteral("patients")), patientsBefore);
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QCOMPARE(f.count(QStringLiteral("patients")), patientsBefore + 1);
}

void tst_Registration::registrationValidatesCoverage()
{
    f.actAs(Core::Role::Admin);
    QVERIFY(f.store->services()
                .directory()
                .addPayer({0, QStringLiteral("Acme Health"), QStringLiteral("ACME1")})
                .ok());
    f.actAs(Core::Role::FrontDesk);
    Core::ModuleContext ctx = context();
    RegistrationWidget reg(*f.scheduling, ctx);
    reg.resize(420, 900);
    reg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reg));
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegFamily), QStringLiteral("Okonkwo"));
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegGiven), QStringLiteral("Chidi"));
    child<QDateEdit>(&reg, Names::RegBirthDate)->setDate(QDate(1990, 2, 3));
    // The first payer box is the primary coverage's.
    QComboBox *payer = nullptr;
    for (QComboBox *box : reg.findChildren<QComboBox *>())
        if (!payer && box->findText(QStringLiteral("Acme Health")) >= 0)
            payer = box;
    QVERIFY(payer);
    payer->setCurrentIndex(payer->findText(QStringLiteral("Acme Health")));
    const qint64 before = f.count(QStringLiteral("patients"));
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QVERIFY2(reg.message().contains(QStringLiteral("member id")), qPrintable(reg.message()));
    QCOMPARE(f.count(QStringLiteral("patients")), before);

    QLineEdit *member = nullptr;
    for (QLineEdit *e : payer->parentWidget()->findChildren<QLineEdit *>())
        if (!member)
            member = e; // member id is the first line in the coverage box
    QTest::keyClicks(member, QStringLiteral("ACM-778812"));
    const auto dates = payer->parentWidget()->findChildren<QDateEdit *>();
    dates.last()->setDate(QDate(2026, 1, 1)); // coverage starts
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QCOMPARE(f.count(QStringLiteral("patients")), before + 1);
    QVERIFY(m_patient.current().has_value());
    QCOMPARE(m_patient.current()->family, QStringLiteral("Okonkwo"));
    f.actAs(Core::Role::Admin);
    auto coverages = f.store->services().directory().coverages(m_patient.current()->id);
    QVERIFY(coverages.ok());
    QCOMPARE(coverages->size(), 1);
    QCOMPARE(coverages->first().memberId, QStringLiteral("ACM-778812"));
    QCOMPARE(coverages->first().subscriberBirthDate, QDate(1990, 2, 3));
    QCOMPARE(coverages->first().rank, 1);
}

void tst_Registration::registrationTakesAnotherSystemsNumber()
{
    // The referring hospital's letter gives its MRN: typed in at registration, it is saved with
    // the patient in one go, and a number already on record offers that record instead.
    Core::PatientService &patients = f.store->services().patients();
    f.actAs(Core::Role::Admin);
    Core::Patient known = Test::samplePatient("Abara", "Nkem", QDate(1971, 9, 30));
    auto nkem = patients.create(
        known, {{0, QStringLiteral("H-4410"), QStringLiteral("HOSP"), QStringLiteral("MR")}});
    QVERIFY2(nkem, qPrintable(nkem.error().message));
    const QString nkemMrn = patients.mrnOf(nkem.value()).value();
    f.actAs(Core::Role::FrontDesk);

    Core::ModuleContext ctx = context();
    RegistrationWidget reg(*f.scheduling, ctx);
    reg.resize(420, 1100);
    reg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reg));
    auto authority = child<QComboBox>(&reg, Names::RegNumberAuthority);
    auto value = child<QLineEdit>(&reg, Names::RegNumberValue);
    auto kind = child<QComboBox>(&reg, Names::RegNumberKind);
    QVERIFY(authority && value && kind);
    QVERIFY(child<QGroupBox>(&reg, Names::RegNumberBox)->isVisible());
    // The authorities on record are offered, so HOSP is not spelled two ways.
    QVERIFY(authority->findText(QStringLiteral("HOSP")) >= 0);
    QCOMPARE(authority->currentText(), QString());

    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegFamily), QStringLiteral("Abarra"));
    QTest::keyClicks(child<QLineEdit>(&reg, Names::RegGiven), QStringLiteral("Kem"));
    child<QDateEdit>(&reg, Names::RegBirthDate)->setDate(QDate(1971, 3, 9)); // misread letter
    reg.checkDuplicates();
    QVERIFY(reg.duplicates().isEmpty());

    // Only one of the two: refused, nothing saved.
    const qint64 before = f.count(QStringLiteral("patients"));
    QTest::keyClicks(value, QStringLiteral("H-4410"));
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QVERIFY2(reg.message().contains(QStringLiteral("who gave it")), qPrintable(reg.message()));
    QCOMPARE(f.count(QStringLiteral("patients")), before);

    // Our own numbering is not another system's: refused by name. Typing clears a refusal.
    QTest::keyClicks(authority->lineEdit(), QStringLiteral("AMBULO"));
    QCOMPARE(reg.message(), QString());
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QVERIFY2(reg.message().contains(QStringLiteral("own numbering")), qPrintable(reg.message()));
    QCOMPARE(f.count(QStringLiteral("patients")), before);

    // Someone else's number: the record holding it is offered, whatever the name, and the
    // refusal names it.
    authority->setEditText(QStringLiteral("HOSP"));
    QTRY_VERIFY(!reg.duplicates().isEmpty());
    QCOMPARE(reg.duplicates().first().id, nkem.value());
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QVERIFY2(reg.message().contains(nkemMrn), qPrintable(reg.message()));
    QCOMPARE(f.count(QStringLiteral("patients")), before);

    // A number of our own: registered with it, in one transaction, as a lab patient id.
    value->clear();
    QTest::keyClicks(value, QStringLiteral("L-77"));
    authority->setEditText(QStringLiteral("LAB"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("PI")));
    reg.checkDuplicates();
    QVERIFY(reg.duplicates().isEmpty());
    QTest::mouseClick(child<QPushButton>(&reg, Names::RegSave), Qt::LeftButton);
    QCOMPARE(f.count(QStringLiteral("patients")), before + 1);
    QVERIFY2(m_patient.current().has_value(), qPrintable(reg.message()));
    const qint64 made = m_patient.current()->id;
    QCOMPARE(patients.findByIdentifier(QStringLiteral("L-77"), QStringLiteral("LAB")).value(),
             made);
    auto numbers = patients.identifiers(made);
    QVERIFY(numbers);
    QCOMPARE(numbers->size(), 1);
    QCOMPARE(numbers->first().typeCode, QStringLiteral("PI"));
    // The form now edits that patient: numbers are kept in the summary from here on.
    QCOMPARE(reg.editingId(), made);
    QVERIFY(!child<QGroupBox>(&reg, Names::RegNumberBox)->isVisible());
    QCOMPARE(value->text(), QString());
}

QTEST_MAIN(tst_Registration)
#include "tst_registration.moc"
