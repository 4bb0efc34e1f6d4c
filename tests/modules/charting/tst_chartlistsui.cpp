#include "app/shell/mainwindow.h"
#include "app/shell/shell.h"
#include "app/shell/shellconstants.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/clinicallists.h"
#include "modules/charting/domain/encounterservice.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/chartwidget.h"
#include "modules/charting/ui/encounterwidget.h"
#include "modules/charting/ui/listitemdialog.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Ambulo;
using namespace Ambulo::Charting;
using namespace Ambulo::Charting::Internal;
namespace Names = Charting::Constants::ObjectNames;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent ? parent->findChild<T *>(name) : nullptr;
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

template<typename T>
T *field(QObject *parent, const char *name)
{
    return child<T>(parent, QLatin1String(name));
}

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

bool selectData(QComboBox *box, const QString &data)
{
    const int i = box ? box->findData(data) : -1;
    if (i < 0)
        return false;
    box->setCurrentIndex(i);
    return true;
}

} // namespace

// A provider keeps the problem, medication and allergy lists from the chart dock: add, edit,
// status changes and history through the dialogs and the real services over a real store; and
// saves the visit summary PDF from the visit dock.
class tst_ChartListsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addProblemBySearchingWords();
    void addMedication();
    void addAllergyReachesTheBanner();
    void resolveProblemLeavesActiveListWithHistory();
    void refusalIsShownNothingStored_data();
    void refusalIsShownNothingStored();
    void onlyWritersSeeTheButtons_data();
    void onlyWritersSeeTheButtons();
    void visitSummaryPdfFromTheVisitDock();

private:
    Core::ModuleContext context() { return {f.store->services(), m_patient, f.events}; }
    void openPatient(qint64 id)
    {
        auto p = f.store->services().patients().open(id);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        m_patient.setCurrent(p.value());
    }

    Test::ChartingFixture f;
    Core::PatientContext m_patient;
    ChartContext m_chart;
};

void tst_ChartListsUi::initTestCase()
{
    QVERIFY(f.build());
}

void tst_ChartListsUi::init()
{
    f.asMoreno();
    m_patient.clear();
    m_chart.clear();
}

void tst_ChartListsUi::addProblemBySearchingWords()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    openPatient(f.garcia);
    QPointer<ListItemDialog> dialog = chart.addItem(ListKind::Problem);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible() && !dialog->isModal());

    // Typing words lists the matching codes; picking one fills the code and its description.
    auto code = field<QLineEdit>(dialog, ListItemDialog::CodeSearchName);
    QTest::keyClicks(code, QStringLiteral("essent hyper"));
    auto matches = field<QListWidget>(dialog, ListItemDialog::CodeMatchesName);
    QCOMPARE(matches->count(), 1);
    QVERIFY2(matches->item(0)->text().startsWith(QStringLiteral("I10")),
             qPrintable(matches->item(0)->text()));
    matches->setCurrentRow(0);
    QCOMPARE(code->text(), QStringLiteral("I10"));
    QCOMPARE(field<QLineEdit>(dialog, ListItemDialog::DescriptionName)->text(),
             QStringLiteral("Essential (primary) hypertension"));
    field<QDateEdit>(dialog, ListItemDialog::OnsetName)->setDate(QDate(2021, 3, 4));
    QTest::mouseClick(field<QPushButton>(dialog, ListItemDialog::SaveName), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed and gone

    auto problems = field<QTreeWidget>(&chart, Names::ChartProblems);
    QTRY_VERIFY(rowStarting(problems, QStringLiteral("I10")));
    QCOMPARE(rows(problems).filter(QStringLiteral("I10")).first(),
             QStringLiteral("I10 | Essential (primary) hypertension | ")
                 + QLocale().toString(QDate(2021, 3, 4), QLocale::ShortFormat));
    auto stored = f.charting->problems().list(f.garcia, true);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().onset, QDate(2021, 3, 4));
}

void tst_ChartListsUi::addMedication()
{
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    openPatient(f.garcia);
    QTest::mouseClick(field<QPushButton>(&chart, "chartMedicationsAdd"), Qt::LeftButton);
    QPointer<ListItemDialog> dialog = chart.findChild<ListItemDialog *>();
    QVERIFY(dialog && dialog->kind() == ListKind::Medication);
    field<QLineEdit>(dialog, ListItemDialog::NameName)->setText(QStringLiteral("Lisinopril"));
    field<QLineEdit>(dialog, ListItemDialog::DoseName)->setText(QStringLiteral("10 mg"));
    field<QLineEdit>(dialog, ListItemDialog::RouteName)->setText(QStringLiteral("oral"));
    field<QLineEdit>(dialog, ListItemDialog::FrequencyName)->setText(QStringLiteral("daily"));
    field<QDateEdit>(dialog, ListItemDialog::StartName)->setDate(QDate(2022, 1, 10));
    QSignalSpy saved(dialog.data(), &ListItemDialog::saved);
    QVERIFY2(dialog->save(), qPrintable(dialog->messageText()));
    QCOMPARE(saved.size(), 1);

    auto meds = field<QTreeWidget>(&chart, Names::ChartMedications);
    QTRY_VERIFY(rowStarting(meds, QStringLiteral("Lisinopril")));
    QCOMPARE(rows(meds).filter(QStringLiteral("Lisinopril")).first(),
             QStringLiteral("Lisinopril | 10 mg | oral | daily | ")
                 + QLocale().toString(QDate(2022, 1, 10), QLocale::ShortFormat));
    auto stored = f.charting->medications().list(f.garcia, true);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().id, saved.first().first().toLongLong());
    QVERIFY(!stored->first().stop.isValid());
}

void tst_ChartListsUi::addAllergyReachesTheBanner()
{
    App::Shell shell(f.store->store());
    const Core::Status s = shell.signIn(QStringLiteral("moreno"), QStringLiteral("moreno-pass-1"));
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    App::MainWindow *window = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QDockWidget *dock = window->dock(QLatin1String(Charting::Constants::DockChart));
    QVERIFY(dock);
    auto banner = field<QLabel>(window, App::Constants::ObjectNames::BannerAllergies);
    QVERIFY(banner);
    auto smith = shell.services().patients().open(f.smith);
    QVERIFY(smith.ok());
    shell.patientContext().setCurrent(smith.value());
    auto chart = dock->findChild<ChartWidget *>();
    QVERIFY(chart);

    QPointer<ListItemDialog> dialog = chart->addItem(ListKind::Allergy);
    QVERIFY(dialog);
    field<QLineEdit>(dialog, ListItemDialog::SubstanceName)->setText(QStringLiteral("Shellfish"));
    field<QLineEdit>(dialog, ListItemDialog::ReactionName)->setText(QStringLiteral("Hives"));
    QVERIFY(selectData(field<QComboBox>(dialog, ListItemDialog::SeverityName),
                       QStringLiteral("moderate")));
    QVERIFY2(dialog->save(), qPrintable(dialog->messageText()));

    QTRY_COMPARE(banner->text(), QStringLiteral("Allergies: Shellfish (moderate)"));
    QCOMPARE(*shell.patientContext().allergies(),
             QStringList{QStringLiteral("Shellfish (moderate)")});
    auto allergies = field<QTreeWidget>(chart, Names::ChartAllergies);
    QTRY_COMPARE(rows(allergies), QStringList{QStringLiteral("Shellfish | Hives | Moderate")});
}

void tst_ChartListsUi::resolveProblemLeavesActiveListWithHistory()
{
    Problem p;
    p.patientId = f.garcia;
    p.code = QStringLiteral("J06.9");
    auto added = f.charting->problems().add(p);
    QVERIFY2(added.ok(), qPrintable(added.error().message));

    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    openPatient(f.garcia);
    auto problems = field<QTreeWidget>(&chart, Names::ChartProblems);
    QTreeWidgetItem *row = rowStarting(problems, QStringLiteral("J06.9"));
    QVERIFY(row);
    QCOMPARE(row->data(0, Qt::UserRole).toLongLong(), added.value());

    // Double-click edits the entry.
    emit problems->itemActivated(row, 0);
    QPointer<ListItemDialog> dialog = chart.findChild<ListItemDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->itemId(), added.value());
    QCOMPARE(field<QLineEdit>(dialog, ListItemDialog::CodeSearchName)->text(),
             QStringLiteral("J06.9"));
    QVERIFY(selectData(field<QComboBox>(dialog, ListItemDialog::StatusName),
                       QStringLiteral("resolved")));
    QVERIFY2(dialog->save(), qPrintable(dialog->messageText()));
    QTRY_VERIFY(!rowStarting(problems, QStringLiteral("J06.9")));

    // History: the add and the status change, each with who and what it became.
    problems->setCurrentItem(nullptr);
    QVERIFY(!chart.showHistory(ListKind::Problem, 0));
    QVERIFY(!chart.messageText().isEmpty());
    QPointer<ListHistoryDialog> history = chart.showHistory(ListKind::Problem, added.value());
    QVERIFY(history);
    const QStringList lines = history->rows();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QStringLiteral("| Alicia Moreno | Added | Code: J06.9; Description: "
                                              "Acute upper respiratory infection; Status: active")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QStringLiteral("| Alicia Moreno | Changed |"))
                 && lines[1].endsWith(QStringLiteral("Status: resolved")),
             qPrintable(lines[1]));
    history->close();
}

void tst_ChartListsUi::refusalIsShownNothingStored_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown ICD-10 code")
        << int(ListKind::Problem) << QString::fromLatin1(ListItemDialog::CodeSearchName)
        << QStringLiteral("Q99.999") << QStringLiteral("problems") << QStringLiteral("Q99");
    QTest::newRow("no code picked")
        << int(ListKind::Problem) << QString::fromLatin1(ListItemDialog::CodeSearchName)
        << QString() << QStringLiteral("problems") << QStringLiteral("ICD-10-CM");
    QTest::newRow("empty substance")
        << int(ListKind::Allergy) << QString::fromLatin1(ListItemDialog::SubstanceName)
        << QStringLiteral("   ") << QStringLiteral("allergies") << QStringLiteral("substance");
    QTest::newRow("medication without a name")
        << int(ListKind::Medication) << QString::fromLatin1(ListItemDialog::NameName) << QString()
        << QStringLiteral("medications") << QStringLiteral("name");
}

void tst_ChartListsUi::refusalIsShownNothingStored()
{
    QFETCH(int, kind);
    QFETCH(QString, fieldName);
    QFETCH(QString, value);
    QFETCH(QString, table);
    QFETCH(QString, says);
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    openPatient(f.garcia);
    const qint64 before = f.count(table);
    const qint64 historyBefore = f.count(QStringLiteral("chart_list_history"));
    QPointer<ListItemDialog> dialog = chart.addItem(ListKind(kind));
    QVERIFY(dialog);
    child<QLineEdit>(dialog, fieldName)->setText(value);
    QVERIFY(!dialog->save());
    QVERIFY(dialog && dialog->isVisible()); // stays open to be corrected
    QVERIFY2(dialog->messageText().contains(says, Qt::CaseInsensitive),
             qPrintable(dialog->messageText()));
    QVERIFY(field<QLabel>(dialog, ListItemDialog::MessageName)->isVisible());
    QCOMPARE(f.count(table), before);
    QCOMPARE(f.count(QStringLiteral("chart_list_history")), historyBefore);
    dialog->close();
}

void tst_ChartListsUi::onlyWritersSeeTheButtons_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("writes");
    QTest::addColumn<bool>("reads");
    QTest::newRow("provider") << int(Core::Role::Provider) << true << true;
    QTest::newRow("biller") << int(Core::Role::Biller) << false << true;
    QTest::newRow("front desk") << int(Core::Role::FrontDesk) << false << false;
}

void tst_ChartListsUi::onlyWritersSeeTheButtons()
{
    QFETCH(int, role);
    QFETCH(bool, writes);
    QFETCH(bool, reads);
    switch (Core::Role(role)) {
    case Core::Role::Biller:
        f.asBiller();
        break;
    case Core::Role::FrontDesk:
        f.asClerk();
        break;
    default:
        f.asMoreno();
        break;
    }
    Core::ModuleContext ctx = context();
    ChartWidget chart(*f.charting, m_chart, ctx);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    openPatient(f.garcia);
    for (const char *section :
         {Names::ChartAllergies, Names::ChartProblems, Names::ChartMedications}) {
        for (const char *suffix : {ChartWidget::ButtonAdd, ChartWidget::ButtonEdit}) {
            const QString name = QLatin1String(section) + QLatin1String(suffix);
            auto button = child<QPushButton>(&chart, name);
            QVERIFY(button);
            QCOMPARE(!button->isHidden(), writes);
        }
        auto history = child<QPushButton>(&chart, QLatin1String(section)
                                                      + QLatin1String(ChartWidget::ButtonHistory));
        QVERIFY(history);
        QCOMPARE(!history->isHidden(), reads);
    }
    // Double-click on an entry opens nothing for a reader.
    // (The provider's I10 from the first test; a reader may not see the chart at all.)
    auto problems = field<QTreeWidget>(&chart, Names::ChartProblems);
    QTreeWidgetItem *item = rowStarting(problems, QStringLiteral("I10"));
    if (writes)
        QVERIFY(item);
    if (item) {
        emit problems->itemActivated(item, 0);
        QCOMPARE(chart.findChild<ListItemDialog *>() != nullptr, writes);
    }
}

void tst_ChartListsUi::visitSummaryPdfFromTheVisitDock()
{
    auto opened = f.charting->encounters().openAdHoc(
        f.garcia, f.moreno, f.location, QStringLiteral("office"), QStringLiteral("Cough"));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    openPatient(f.garcia);
    m_chart.setEncounter(opened.value());
    Core::ModuleContext ctx = context();
    EncounterWidget visit(*f.charting, m_chart, ctx);
    QCOMPARE(visit.encounterId(), opened.value());
    auto button = field<QPushButton>(&visit, Names::EncounterSummaryPdf);
    QVERIFY(button && button->isEnabled());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    QVERIFY2(visit.exportSummary(path), qPrintable(visit.messageText()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY2(visit.messageText().contains(QStringLiteral("summary.pdf")),
             qPrintable(visit.messageText()));

    // A place that cannot be written: said so, nothing left behind.
    const QString bad = dir.filePath(QStringLiteral("missing/summary.pdf"));
    QVERIFY(!visit.exportSummary(bad));
    QVERIFY2(visit.messageText().contains(QStringLiteral("not saved")),
             qPrintable(visit.messageText()));
    QVERIFY(!QFile::exists(bad));

    // Nothing open: nothing to export.
    m_chart.clear();
    QTRY_COMPARE(visit.encounterId(), qint64(0));
    QVERIFY(!button->isEnabled());
    QVERIFY(!visit.exportSummary(dir.filePath(QStringLiteral("none.pdf"))));
}

QTEST_MAIN(tst_ChartListsUi)
#include "tst_chartlistsui.moc"
