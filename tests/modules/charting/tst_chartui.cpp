#include "app/shell/mainwindow.h"
#include "app/shell/shell.h"
#include "app/shell/shellconstants.h"
#include "core/constants.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/charting/chartingmodule.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/chartwidget.h"
#include "modules/charting/ui/newvisitdialog.h"
#include "tests/modules/charting/chartingfixture.h"
#include "tests/support/widgetsupport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QtTest>

using namespace Ambulo;
using namespace Ambulo::Charting;
using namespace Ambulo::Charting::Internal;
namespace Names = Charting::Constants::ObjectNames;
namespace Ev = Core::Constants::Events;

namespace {

using Ambulo::Test::child;

// The rows of a section as "cell | cell | ...", for comparing what a person reads.
QStringList rows(QTreeWidget *tree)
{
    QStringList out;
    for (int r = 0; r < tree->topLevelItemCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << tree->topLevelItem(r)->text(c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

QTreeWidgetItem *rowStarting(QTreeWidget *tree, const QString &first)
{
    for (int r = 0; r < tree->topLevelItemCount(); ++r)
        if (tree->topLevelItem(r)->text(0) == first)
            return tree->topLevelItem(r);
    return nullptr;
}

QList<Core::DomainEvent> eventsOf(const QSignalSpy &spy, const char *type)
{
    QList<Core::DomainEvent> out;
    for (const QList<QVariant> &args : spy) {
        const auto e = args.first().value<Core::DomainEvent>();
        if (e.type == QLatin1String(type))
            out << e;
    }
    return out;
}

} // namespace

// The chart summary dock and the allergy banner over a real encrypted store and the real
// services: what a provider sees when a patient is opened, and what double-click and "New visit"
// do.
class tst_ChartUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyWithoutPatient();
    void showsEverySectionInOneRead();
    void refreshesOnlyForTheCurrentPatient();
    void doubleClickOpensEncounterDock();
    void newVisitAsTheSignedInProvider();
    void newVisitAsksForProviderWithoutOwnRecord();
    void refusalIsShownNotThrown();
    void bannerShowsAllergiesInTheShell();

private:
    Core::ModuleContext context() { return {f.store->services(), m_patient, f.events}; }
    void openPatient(qint64 id)
    {
        auto p = f.store->services().patients().open(id);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        m_patient.setCurrent(p.value());
    }
    int chartReads(const QString &mrn);

    Test::ChartingFixture f;
    Core::PatientContext m_patient;
    ChartContext m_chart;
    QString m_garciaMrn;
    qint64 m_pastEncounter = 0;
};

void tst_ChartUi::initTestCase()
{
    QVERIFY(f.build());
    f.asMoreno();
    auto add = [this](const QString &substance, const QString &reaction, const QString &severity) {
        Allergy a;
        a.patientId = f.garcia;
        a.substance = substance;
        a.reaction = reaction;
        a.severity = severity;
        return f.charting->allergies().add(a).ok();
    };
    QVERIFY(
        add(QStringLiteral("Penicillin"), QStringLiteral("Anaphylaxis"), QStringLiteral("severe")));
    QVERIFY(add(QStringLiteral("Latex"), QStringLiteral("Rash"), QStringLiteral("mild")));
    Problem p;
    p.patientId = f.garcia;
    p.code = QStringLiteral("E11.9");
    p.onset = QDate(2019, 4, 2);
    QVERIFY(f.charting->problems().add(p).ok());
    Medication m;
    m.patientId = f.garcia;
    m.name = QStringLiteral("Metformin");
    m.dose = QStringLiteral("500 mg");
    m.route = QStringLiteral("oral");
    m.frequency = QStringLiteral("twice daily");
    m.start = QDate(2019, 4, 2);
    QVERIFY(f.charting->medications().add(m).ok());
    VitalsEntry v;
    v.patientId = f.garcia;
    v.systolic = 128;
    v.diastolic = 82;
    v.pulse = 72;
    v.temperature = 98.6;
    v.weight = 176;
    v.height = 66;
    v.spo2 = 98;
    v.respRate = 14;
    auto vitals = f.charting->vitals().record(v);
    QVERIFY2(vitals.ok(), qPrintable(vitals.error().message));
    ResultOrder order;
    order.source = QStringLiteral("LAB");
    order.fillerNumber = QStringLiteral("F1");
    order.testCode = QStringLiteral("BMP");
    order.testName = QStringLiteral("Basic metabolic panel");
    order.collectedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    auto obs = [](int set, const QString &name, const QString &value, const QString &flag) {
        Observation o;
        o.setId = set;
        o.code = name.toUpper();
        o.name = name;
        o.valueType = QStringLiteral("NM");
        o.value = value;
        o.numericValue = value.toDouble();
        o.units = QStringLiteral("mmol/L");
        o.referenceRange = QStringLiteral("3.5-5.1");
        o.abnormalFlag = flag;
        o.status = QStringLiteral("F");
        return o;
    };
    order.observations << obs(1, QStringLiteral("Potassium"), QStringLiteral("5.9"),
                              QStringLiteral("H"))
                       << obs(2, QStringLiteral("Sodium"), QStringLiteral("4.2"),
                              QStringLiteral("N"));
    auto filed = f.charting->results().file(f.garcia, order);
    QVERIFY2(filed.ok(), qPrintable(filed.error().message));
    auto past = f.charting->encounters().openAdHoc(
        f.garcia, f.chen, f.location, QStringLiteral("office"), QStringLiteral("Annual physical"),
        QDateTime::currentDateTimeUtc().addDays(-30));
    QVERIFY2(past.ok(), qPrintable(past.error().message));
    m_pastEncounter = past.value();
    m_garciaMrn = f.store->services().patients().open(f.garcia)->mrn;
}

void tst_ChartUi::init()
{
    f.asMoreno();
    m_patient.clear();
    m_chart.clear();
}

int tst_ChartUi::chartReads(const QString &mrn)
{
    Core::AuditFilter filter;
    filter.patientMrn = mrn;
    filter.action = QLatin1String(Charting::Constants::Audit::ChartRead);
    auto list = f.store->services().audit().list(filter);
    return list ? int(list->size()) : -1;
}

void tst_ChartUi::emptyWithoutPatient()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    QVERIFY(!chart.summary());
    QCOMPARE(chart.summaryReads(), 0);
    QVERIFY(chart.messageText().contains(QStringLiteral("No patient")));
    QVERIFY(child<QSplitter>(&chart, "")->isHidden());
    QVERIFY(!child<QPushButton>(&chart, Names::ChartNewVisit)->isEnabled());
    QVERIFY(!chart.newVisit());
}

void tst_ChartUi::showsEverySectionInOneRead()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    chart.resize(700, 900);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int readsBefore = chartReads(m_garciaMrn);
    openPatient(f.garcia);
    QCOMPARE(chart.summaryReads(), 1);
    QCOMPARE(chartReads(m_garciaMrn), readsBefore + 1); // one audited read per open
    QVERIFY(chart.messageText().isEmpty());

    auto allergies = child<QTreeWidget>(&chart, Names::ChartAllergies);
    QCOMPARE(rows(allergies), (QStringList{QStringLiteral("Penicillin | Anaphylaxis | Severe"),
                                           QStringLiteral("Latex | Rash | Mild")}));
    // The severe one stands out; the mild one does not.
    QVERIFY(rowStarting(allergies, QStringLiteral("Penicillin"))->font(0).bold());
    QVERIFY(!rowStarting(allergies, QStringLiteral("Latex"))->font(0).bold());

    const QStringList problems = rows(child<QTreeWidget>(&chart, Names::ChartProblems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("E11.9 | Type 2 diabetes mellitus")),
             qPrintable(problems.first()));
    QVERIFY(problems.first().endsWith(QLocale().toString(QDate(2019, 4, 2), QLocale::ShortFormat)));

    QCOMPARE(rows(child<QTreeWidget>(&chart, Names::ChartMedications)),
             QStringList{QStringLiteral("Metformin | 500 mg | oral | twice daily | ")
                         + QLocale().toString(QDate(2019, 4, 2), QLocale::ShortFormat)});

    const QStringList vitals = rows(child<QTreeWidget>(&chart, Names::ChartVitals));
    QCOMPARE(vitals.size(), 1);
    for (const QString &part :
         {QStringLiteral("128/82 mmHg"), QStringLiteral("72 /min"), QStringLiteral("98.6 °F"),
          QStringLiteral("176.0 lb"), QStringLiteral("98 %"), QStringLiteral("14 /min")})
        QVERIFY2(vitals.first().contains(part), qPrintable(vitals.first() + " lacks " + part));

    auto results = child<QTreeWidget>(&chart, Names::ChartResults);
    QTreeWidgetItem *potassium = nullptr;
    QTreeWidgetItem *sodium = nullptr;
    for (int r = 0; r < results->topLevelItemCount(); ++r) {
        if (results->topLevelItem(r)->text(1) == QLatin1String("Potassium"))
            potassium = results->topLevelItem(r);
        if (results->topLevelItem(r)->text(1) == QLatin1String("Sodium"))
            sodium = results->topLevelItem(r);
    }
    QVERIFY(potassium && sodium);
    QCOMPARE(potassium->text(2), QStringLiteral("5.9 mmol/L"));
    QCOMPARE(potassium->text(3), QStringLiteral("3.5-5.1"));
    QCOMPARE(potassium->text(4), QStringLiteral("H"));
    QVERIFY(potassium->font(2).bold()); // abnormal: highlighted
    QVERIFY(!sodium->font(2).bold());

    const QStringList encounters = rows(child<QTreeWidget>(&chart, Names::ChartEncounters));
    QCOMPARE(encounters.size(), 1);
    QVERIFY2(encounters.first().contains(
                 QStringLiteral("Ben Chen | Office visit | Annual physical | Open")),
             qPrintable(encounters.first()));

    // Another patient with nothing recorded says so, section by section.
    openPatient(f.smith);
    QCOMPARE(chart.summaryReads(), 2);
    QCOMPARE(allergies->topLevelItemCount(), 1);
    QCOMPARE(allergies->topLevelItem(0)->text(0), QStringLiteral("No active allergies recorded"));
    QCOMPARE(allergies->topLevelItem(0)->flags() & Qt::ItemIsSelectable, Qt::ItemFlags());
    QCOMPARE(child<QTreeWidget>(&chart, Names::ChartEncounters)->topLevelItemCount(), 1);
    m_patient.clear();
    QVERIFY(child<QSplitter>(&chart, "")->isHidden());
}

void tst_ChartUi::refreshesOnlyForTheCurrentPatient()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    openPatient(f.garcia);
    QCOMPARE(chart.summaryReads(), 1);
    auto allergies = child<QTreeWidget>(&chart, Names::ChartAllergies);
    const int before = allergies->topLevelItemCount();

    // Another patient's chart changes: no read.
    Allergy other;
    other.patientId = f.smith;
    other.substance = QStringLiteral("Codeine");
    other.severity = QStringLiteral("moderate");
    QVERIFY(f.charting->allergies().add(other).ok());
    QCoreApplication::processEvents();
    QCOMPARE(chart.summaryReads(), 1);

    // This patient's: one read, even for a burst of changes.
    Allergy sulfa;
    sulfa.patientId = f.garcia;
    sulfa.substance = QStringLiteral("Sulfa");
    sulfa.reaction = QStringLiteral("Hives");
    sulfa.severity = QStringLiteral("moderate");
    QVERIFY(f.charting->allergies().add(sulfa).ok());
    f.events.publish({QLatin1String(Charting::Constants::Events::ResultsFiled),
                      {{QLatin1String(Charting::Constants::Events::KeyPatientId), f.garcia}}});
    QTRY_COMPARE(chart.summaryReads(), 2);
    QCOMPARE(allergies->topLevelItemCount(), before + 1);
    QVERIFY(rowStarting(allergies, QStringLiteral("Sulfa")));
    QCoreApplication::processEvents();
    QCOMPARE(chart.summaryReads(), 2);
}

void tst_ChartUi::doubleClickOpensEncounterDock()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    chart.resize(700, 900);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    openPatient(f.garcia);
    QSignalSpy published(&f.events, &Core::EventHub::published);
    QSignalSpy encounterChanged(&m_chart, &ChartContext::encounterChanged);
    auto encounters = child<QTreeWidget>(&chart, Names::ChartEncounters);
    QTreeWidgetItem *item = nullptr;
    for (int r = 0; r < encounters->topLevelItemCount(); ++r)
        if (encounters->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == m_pastEncounter)
            item = encounters->topLevelItem(r);
    QVERIFY(item);
    const QPoint at = encounters->visualItemRect(item).center();
    QTest::mouseClick(encounters->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(encounters->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_chart.encounterId(), m_pastEncounter);
    QCOMPARE(encounterChanged.size(), 1);
    const auto shows = eventsOf(published, Ev::ShowDock);
    QCOMPARE(shows.size(), 1);
    QCOMPARE(shows.first().data.value(QLatin1String(Ev::KeyDock)).toString(),
             QLatin1String(Charting::Constants::DockEncounter));
}

void tst_ChartUi::newVisitAsTheSignedInProvider()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    openPatient(f.smith);
    auto button = child<QPushButton>(&chart, Names::ChartNewVisit);
    QVERIFY(!button->isHidden());
    QVERIFY(button->isEnabled());
    // Smith has no encounters yet: the list holds only its placeholder row.
    QCOMPARE(
        child<QTreeWidget>(&chart, Names::ChartEncounters)->topLevelItem(0)->data(0, Qt::UserRole),
        QVariant());
    QSignalSpy published(&f.events, &Core::EventHub::published);
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<NewVisitDialog> dialog = chart.findChild<NewVisitDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto provider = child<QComboBox>(dialog, Names::NewVisitProvider);
    QCOMPARE(provider->currentData().toLongLong(), f.moreno); // the signed-in provider's record
    auto kind = child<QComboBox>(dialog, Names::NewVisitKind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("phone")));
    // The fixture has one location: it is the default.
    QCOMPARE(child<QComboBox>(dialog, Names::NewVisitLocation)->currentData().toLongLong(),
             f.location);
    QTest::keyClicks(child<QLineEdit>(dialog, Names::NewVisitReason),
                     QStringLiteral("Refill question"));
    QTest::mouseClick(child<QPushButton>(dialog, Names::NewVisitOpen), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    const qint64 id = m_chart.encounterId();
    QVERIFY(id > 0);
    auto e = f.charting->encounters().encounter(id);
    QVERIFY2(e.ok(), qPrintable(e.error().message));
    QCOMPARE(e->patientId, f.smith);
    QCOMPARE(e->providerId, f.moreno);
    QCOMPARE(e->locationId, f.location);
    QCOMPARE(e->kind, QStringLiteral("phone"));
    QCOMPARE(e->reason, QStringLiteral("Refill question"));
    QCOMPARE(e->appointmentId, qint64(0));
    const auto shows = eventsOf(published, Ev::ShowDock);
    QCOMPARE(shows.size(), 1);
    QCOMPARE(shows.first().data.value(QLatin1String(Ev::KeyDock)).toString(),
             QLatin1String(Charting::Constants::DockEncounter));
    // The chart heard EncounterOpened and shows the new visit.
    QTRY_COMPARE(child<QTreeWidget>(&chart, Names::ChartEncounters)
                     ->topLevelItem(0)
                     ->data(0, Qt::UserRole)
                     .toLongLong(),
                 id);
}

void tst_ChartUi::newVisitAsksForProviderWithoutOwnRecord()
{
    // A provider account with no practitioner record behind it (a covering nurse practitioner
    // not yet in the directory).
    f.actAs(Core::Role::Provider, 4242, QStringLiteral("float"));
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    openPatient(f.smith);
    QPointer<NewVisitDialog> dialog = chart.newVisit();
    QVERIFY(dialog);
    auto provider = child<QComboBox>(dialog, Names::NewVisitProvider);
    QCOMPARE(provider->currentIndex(), -1);
    const qint64 before = f.count(QStringLiteral("encounters"));
    QVERIFY(!dialog->openVisit());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("Choose the provider")),
             qPrintable(dialog->messageText()));
    QCOMPARE(f.count(QStringLiteral("encounters")), before);
    QVERIFY(dialog->isVisible());

    provider->setCurrentIndex(provider->findData(f.chen));
    child<QComboBox>(dialog, Names::NewVisitKind)
        ->setCurrentIndex(
            child<QComboBox>(dialog, Names::NewVisitKind)->findData(QStringLiteral("walk-in")));
    QVERIFY(dialog->openVisit());
    QCOMPARE(f.count(QStringLiteral("encounters")), before + 1);
    QCOMPARE(f.charting->encounters().encounter(m_chart.encounterId())->providerId, f.chen);
}

void tst_ChartUi::refusalIsShownNotThrown()
{
    // The shell never makes this dock for the front desk; if a session change leaves one, the
    // service's refusal is what it shows.
    f.asClerk();
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    QVERIFY(child<QPushButton>(&chart, Names::ChartNewVisit)->isHidden());
    openPatient(f.garcia);
    QCOMPARE(chart.summaryReads(), 1);
    QVERIFY(!chart.summary());
    QVERIFY(!chart.messageText().isEmpty());
    QVERIFY(chart.messageText()
            != QStringLiteral("No patient open. Find one with Ctrl+K to see the chart."));
    QVERIFY(child<QSplitter>(&chart, "")->isHidden());
    QCOMPARE(child<QTreeWidget>(&chart, Names::ChartAllergies)->topLevelItemCount(), 0);
}

void tst_ChartUi::bannerShowsAllergiesInTheShell()
{
    App::Shell shell(f.store->store());
    const Core::Status s = shell.signIn(QStringLiteral("moreno"), QStringLiteral("moreno-pass-1"));
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    App::MainWindow *window = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QDockWidget *dock = window->dock(QLatin1String(Charting::Constants::DockChart));
    QVERIFY(dock && dock->isVisible());
    auto banner = child<QLabel>(window, App::Constants::ObjectNames::BannerAllergies);
    QVERIFY(banner);

    auto garcia = shell.services().patients().open(f.garcia);
    QVERIFY(garcia.ok());
    shell.patientContext().setCurrent(garcia.value());
    QVERIFY(shell.patientContext().allergies().has_value());
    QCOMPARE(*shell.patientContext().allergies(),
             (QStringList{QStringLiteral("Penicillin (severe)"), QStringLiteral("Sulfa (moderate)"),
                          QStringLiteral("Latex (mild)")}));
    QCOMPARE(banner->text(), QStringLiteral("Allergies: Penicillin (severe), Sulfa (moderate), "
                                            "Latex (mild)"));
    // And the chart dock shows the same patient.
    auto chart = dock->findChild<ChartWidget *>();
    QVERIFY(chart && chart->summary());
    QCOMPARE(chart->summary()->patientId, f.garcia);

    // A new allergy reaches the banner without reopening the patient.
    Charting::ChartingServices charting(shell.services(), shell.events());
    Allergy iodine;
    iodine.patientId = f.garcia;
    iodine.substance = QStringLiteral("Iodine");
    QVERIFY(charting.allergies().add(iodine).ok());
    QVERIFY2(banner->text().endsWith(QStringLiteral(", Iodine")), qPrintable(banner->text()));

    // A patient with none recorded: an empty list, which the banner shows as not recorded.
    auto lee = shell.services().patients().create(
        Test::samplePatient(QStringLiteral("Lee"), QStringLiteral("Kim"), QDate(1990, 1, 1)));
    QVERIFY(lee.ok());
    shell.patientContext().setCurrent(shell.services().patients().open(lee.value()).value());
    QVERIFY(shell.patientContext().allergies().has_value());
    QVERIFY(shell.patientContext().allergies()->isEmpty());
    QCOMPARE(banner->text(), QStringLiteral("Allergies: not recorded"));
}

QTEST_MAIN(tst_ChartUi)
#include "tst_chartui.moc"
