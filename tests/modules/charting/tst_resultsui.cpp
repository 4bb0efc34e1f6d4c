#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/charting/chartingmodule.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/resultswidget.h"
#include "modules/charting/ui/trendchart.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QChart>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTreeWidget>
#include <QValueAxis>
#include <QtTest>

using namespace Ambulo;
using namespace Ambulo::Charting;
using namespace Ambulo::Charting::Internal;
namespace Names = Charting::Constants::ObjectNames;
using Col = ResultsWidget::Column;

namespace {

const QString Glucose = QStringLiteral("2345-7");
const QString Potassium = QStringLiteral("2823-3");

QDateTime day(int month, int dayOfMonth)
{
    return QDateTime(QDate(2026, month, dayOfMonth), QTime(9, 30), Qt::UTC);
}

Observation obs(int setId, const QString &code, const QString &name, const QString &value,
                const QString &units, const QString &range, const QString &flag)
{
    Observation o;
    o.setId = setId;
    o.code = code;
    o.name = name;
    bool numeric = false;
    const double v = value.toDouble(&numeric);
    o.valueType = numeric ? QStringLiteral("NM") : QStringLiteral("ST");
    o.value = value;
    if (numeric)
        o.numericValue = v;
    o.units = units;
    o.referenceRange = range;
    o.abnormalFlag = flag;
    o.status = QStringLiteral("F");
    return o;
}

ResultOrder order(const QString &filler, const QString &code, const QString &name,
                  const QDateTime &at, const QList<Observation> &observations)
{
    ResultOrder o;
    o.source = QStringLiteral("ACME-LAB");
    o.fillerNumber = filler;
    o.placerNumber = QStringLiteral("P-") + filler;
    o.testCode = code;
    o.testName = name;
    o.status = QStringLiteral("F");
    o.collectedAt = at;
    o.reportedAt = at.addSecs(3600);
    o.observations = observations;
    return o;
}

QTreeWidgetItem *findRow(QTreeWidget *tree, const QString &orderText, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *o = tree->topLevelItem(i);
        if (!o->text(Col::ColName).contains(orderText))
            continue;
        if (name.isEmpty())
            return o;
        for (int j = 0; j < o->childCount(); ++j)
            if (o->child(j)->text(Col::ColName) == name)
                return o->child(j);
    }
    return nullptr;
}

} // namespace

// The results dock over a real encrypted store with results filed through ResultService: orders
// and observations as the provider sees them, flags, review and the trend chart.
class tst_ResultsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void referenceRangeParsed_data();
    void referenceRangeParsed();
    void dockRegistered();
    void ordersGroupedWithFlagsInWords();
    void trendChartForAnalyte();
    void nonNumericHasNoTrend();
    void refreshesWhenResultsFiledForThisPatient();
    void followsPatientContext();
    void billerCannotMarkReviewed();
    void providerMarksReviewedAudited();

private:
    Core::ModuleContext context() { return {f.store->services(), m_patient, f.events}; }
    void openGarcia();
    qint64 file(qint64 patient, const ResultOrder &o);

    Test::ChartingFixture f;
    Core::PatientContext m_patient;
    qint64 m_cmp1 = 0;
};

qint64 tst_ResultsUi::file(qint64 patient, const ResultOrder &o)
{
    auto id = f.charting->results().file(patient, o);
    if (!id)
        qWarning("file: %s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

void tst_ResultsUi::initTestCase()
{
    QVERIFY(f.build());
    f.asMoreno();
    const QString mgdl = QStringLiteral("mg/dL");
    const QString mmol = QStringLiteral("mmol/L");
    m_cmp1 = file(
        f.garcia,
        order(QStringLiteral("F1"), QStringLiteral("24323-8"), QStringLiteral("CMP"), day(1, 10),
              {obs(1, Glucose, QStringLiteral("Glucose"), QStringLiteral("250"), mgdl,
                   QStringLiteral("70-99"), QStringLiteral("H")),
               obs(2, Potassium, QStringLiteral("Potassium"), QStringLiteral("6.8"), mmol,
                   QStringLiteral("3.5-5.1"), QStringLiteral("HH")),
               obs(3, QStringLiteral("2951-2"), QStringLiteral("Sodium"), QStringLiteral("140"),
                   mmol, QStringLiteral("136-145"), QStringLiteral("N"))}));
    QVERIFY(m_cmp1);
    QVERIFY(
        file(f.garcia, order(QStringLiteral("F2"), QStringLiteral("24323-8"), QStringLiteral("CMP"),
                             day(2, 10),
                             {obs(1, Glucose, QStringLiteral("Glucose"), QStringLiteral("180"),
                                  mgdl, QStringLiteral("70-99"), QStringLiteral("H")),
                              obs(2, Potassium, QStringLiteral("Potassium"), QStringLiteral("4.0"),
                                  mmol, QStringLiteral("3.5-5.1"), QStringLiteral("N"))})));
    QVERIFY(file(f.garcia, order(QStringLiteral("F3"), QStringLiteral("2345-7"),
                                 QStringLiteral("Glucose, fasting"), day(3, 10),
                                 {obs(1, Glucose, QStringLiteral("Glucose"), QStringLiteral("95"),
                                      mgdl, QStringLiteral("70-99"), QStringLiteral("N"))})));
    QVERIFY(file(f.garcia, order(QStringLiteral("F4"), QStringLiteral("24356-8"),
                                 QStringLiteral("Urinalysis"), day(3, 11),
                                 {obs(1, QStringLiteral("5778-6"), QStringLiteral("Color"),
                                      QStringLiteral("Yellow"), {}, {}, {}),
                                  obs(2, QStringLiteral("630-4"), QStringLiteral("Culture"),
                                      QStringLiteral("Heavy growth <E. coli>"), {}, {},
                                      QStringLiteral("AA"))})));
    QVERIFY(file(f.smith, order(QStringLiteral("S1"), QStringLiteral("2345-7"),
                                QStringLiteral("Glucose, fasting"), day(3, 1),
                                {obs(1, Glucose, QStringLiteral("Glucose"), QStringLiteral("88"),
                                     mgdl, QStringLiteral("70-99"), QStringLiteral("N"))})));
}

void tst_ResultsUi::init()
{
    f.asMoreno();
    m_patient.clear();
}

void tst_ResultsUi::openGarcia()
{
    auto p = f.store->services().patients().open(f.garcia);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    m_patient.setCurrent(p.value());
}

void tst_ResultsUi::referenceRangeParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("low");  // NaN: none
    QTest::addColumn<double>("high"); // NaN: none
    const double none = qQNaN();
    QTest::newRow("dash") << QStringLiteral("70-99") << 70.0 << 99.0;
    QTest::newRow("spaced decimals") << QStringLiteral(" 3.5 - 5.0 ") << 3.5 << 5.0;
    QTest::newRow("en dash") << QStringLiteral("136–145") << 136.0 << 145.0;
    QTest::newRow("below") << QStringLiteral("<200") << none << 200.0;
    QTest::newRow("at least") << QStringLiteral(">= 40") << 40.0 << none;
    QTest::newRow("text") << QStringLiteral("negative") << none << none;
    QTest::newRow("reversed") << QStringLiteral("99-70") << none << none;
    QTest::newRow("empty") << QString() << none << none;
}

void tst_ResultsUi::referenceRangeParsed()
{
    QFETCH(QString, text);
    QFETCH(double, low);
    QFETCH(double, high);
    const ReferenceRange r = ReferenceRange::parse(text);
    QCOMPARE(r.low.has_value(), !qIsNaN(low));
    QCOMPARE(r.high.has_value(), !qIsNaN(high));
    if (r.low)
        QCOMPARE(*r.low, low);
    if (r.high)
        QCOMPARE(*r.high, high);
}

void tst_ResultsUi::dockRegistered()
{
    ChartingModule module;
    const QList<Core::DockSpec> docks = module.docks();
    const auto it = std::find_if(docks.begin(), docks.end(), [](const Core::DockSpec &d) {
        return d.id == QLatin1String(Charting::Constants::DockResults);
    });
    QVERIFY(it != docks.end());
    QCOMPARE(it->area, Qt::RightDockWidgetArea);
    QCOMPARE(it->defaultRoles, QList<Core::Role>{Core::Role::Provider});
    QVERIFY(it->permission == Core::Permission::ChartRead);
    Core::ModuleContext ctx = context();
    std::unique_ptr<QWidget> widget(it->create(ctx, nullptr));
    QVERIFY(qobject_cast<ResultsWidget *>(widget.get()));
    module.sessionEnded();
}

void tst_ResultsUi::ordersGroupedWithFlagsInWords()
{
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    QTreeWidget *tree = w.findChild<QTreeWidget *>(QLatin1String(Names::ResultsTree));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 0);
    openGarcia();
    // Newest first; each order with its observations.
    QCOMPARE(tree->topLevelItemCount(), 4);
    QVERIFY(tree->topLevelItem(0)->text(Col::ColName).contains(QLatin1String("Urinalysis")));
    QVERIFY(tree->topLevelItem(3)->text(Col::ColName).contains(QLatin1String("CMP")));
    QCOMPARE(tree->topLevelItem(3)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(3)->text(Col::ColReviewed), QStringLiteral("Not reviewed"));

    QTreeWidgetItem *k = tree->topLevelItem(3)->child(1);
    QCOMPARE(k->text(Col::ColName), QStringLiteral("Potassium"));
    QCOMPARE(k->text(Col::ColValue), QStringLiteral("6.8"));
    QCOMPARE(k->text(Col::ColUnits), QStringLiteral("mmol/L"));
    QCOMPARE(k->text(Col::ColRange), QStringLiteral("3.5-5.1"));
    QCOMPARE(k->text(Col::ColFlag), QStringLiteral("HH (critical high)"));
    QVERIFY(k->font(Col::ColValue).bold());
    QCOMPARE(k->foreground(Col::ColValue).color(), QColor(0xb7, 0x1c, 0x1c));
    QVERIFY(!k->text(Col::ColTime).isEmpty());

    QTreeWidgetItem *glu = tree->topLevelItem(3)->child(0);
    QCOMPARE(glu->text(Col::ColFlag), QStringLiteral("H (high)"));
    QVERIFY(glu->font(Col::ColValue).bold());
    QVERIFY(glu->foreground(Col::ColValue).color() != QColor(0xb7, 0x1c, 0x1c));

    QTreeWidgetItem *na = tree->topLevelItem(3)->child(2);
    QCOMPARE(na->text(Col::ColFlag), QString());
    QVERIFY(!na->font(Col::ColValue).bold());

    // The order row says how many are abnormal, and that one is critical.
    QCOMPARE(tree->topLevelItem(3)->text(Col::ColFlag), QStringLiteral("2 abnormal, critical"));
    QTreeWidgetItem *culture =
        findRow(tree, QStringLiteral("Urinalysis"), QStringLiteral("Culture"));
    QVERIFY(culture);
    QCOMPARE(culture->text(Col::ColValue), QStringLiteral("Heavy growth <E. coli>"));
    QCOMPARE(culture->text(Col::ColFlag), QStringLiteral("AA (critical abnormal)"));
}

void tst_ResultsUi::trendChartForAnalyte()
{
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    openGarcia();
    TrendChart *trend = w.findChild<TrendChart *>(QLatin1String(Names::ResultsTrend));
    QVERIFY(trend);
    QVERIFY(!trend->showsChart());
    QTreeWidgetItem *glu =
        findRow(w.tree(), QStringLiteral("Glucose, fasting"), QStringLiteral("Glucose"));
    QVERIFY(glu);
    w.tree()->setCurrentItem(glu);
    QVERIFY(trend->showsChart());
    // Garcia's three glucose results, oldest first; Smith's is not hers.
    QLineSeries *values = trend->valueSeries();
    QVERIFY(values);
    QCOMPARE(values->count(), 3);
    QCOMPARE(values->at(0).y(), 250.0);
    QCOMPARE(values->at(1).y(), 180.0);
    QCOMPARE(values->at(2).y(), 95.0);
    QCOMPARE(qint64(values->at(0).x()), day(1, 10).toMSecsSinceEpoch());
    QVERIFY(values->at(0).x() < values->at(1).x() && values->at(1).x() < values->at(2).x());
    QVERIFY(values->pointsVisible());
    // The two high ones drawn again, as squares.
    QScatterSeries *abnormal = trend->abnormalSeries();
    QCOMPARE(abnormal->count(), 2);
    QCOMPARE(abnormal->markerShape(), QScatterSeries::MarkerShapeRectangle);
    QCOMPARE(trend->referenceRange().low.value_or(-1), 70.0);
    QCOMPARE(trend->referenceRange().high.value_or(-1), 99.0);
    QVERIFY(trend->chart()->title().contains(QLatin1String("mg/dL")));
    QCOMPARE(trend->chart()->series().size(), 5); // band, its two edges, values, abnormal
    QVERIFY(
        trend->chart()->axes(Qt::Vertical).first()->titleText().contains(QLatin1String("mg/dL")));

    // Potassium: two results, one critical.
    QTreeWidgetItem *k = findRow(w.tree(), QStringLiteral("CMP"), QStringLiteral("Potassium"));
    w.tree()->setCurrentItem(k);
    QCOMPARE(trend->valueSeries()->count(), 2);
    QCOMPARE(trend->abnormalSeries()->count(), 1);

    // Selecting the order itself has no single analyte.
    w.tree()->setCurrentItem(findRow(w.tree(), QStringLiteral("CMP"), QString()));
    QVERIFY(!trend->showsChart());
}

void tst_ResultsUi::nonNumericHasNoTrend()
{
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    openGarcia();
    QTreeWidgetItem *color =
        findRow(w.tree(), QStringLiteral("Urinalysis"), QStringLiteral("Color"));
    QVERIFY(color);
    w.tree()->setCurrentItem(color);
    QVERIFY(!w.trend()->showsChart());
    QVERIFY2(w.trend()->message().contains(QLatin1String("not numeric")),
             qPrintable(w.trend()->message()));
    auto label = w.trend()->findChild<QLabel *>(QLatin1String(Names::TrendMessage));
    QVERIFY(label && label->isVisibleTo(w.trend()));
}

void tst_ResultsUi::refreshesWhenResultsFiledForThisPatient()
{
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    openGarcia();
    const int before = w.tree()->topLevelItemCount();
    QVERIFY(file(f.smith, order(QStringLiteral("S2"), QStringLiteral("2345-7"),
                                QStringLiteral("Glucose, fasting"), day(4, 1),
                                {obs(1, Glucose, QStringLiteral("Glucose"), QStringLiteral("90"),
                                     QStringLiteral("mg/dL"), QStringLiteral("70-99"), {})})));
    QCOMPARE(w.tree()->topLevelItemCount(), before);
    QVERIFY(file(f.garcia, order(QStringLiteral("F5"), QStringLiteral("4548-4"),
                                 QStringLiteral("Hemoglobin A1c"), day(4, 2),
                                 {obs(1, QStringLiteral("4548-4"), QStringLiteral("HbA1c"),
                                      QStringLiteral("7.9"), QStringLiteral("%"),
                                      QStringLiteral("<5.7"), QStringLiteral("H"))})));
    QCOMPARE(w.tree()->topLevelItemCount(), before + 1);
    QVERIFY(w.tree()->topLevelItem(0)->text(Col::ColName).contains(QLatin1String("A1c")));
    // One result with a one-sided range: a single dashed bound, and still a span of time.
    w.tree()->setCurrentItem(w.tree()->topLevelItem(0)->child(0));
    QVERIFY(w.trend()->showsChart());
    QCOMPARE(w.trend()->valueSeries()->count(), 1);
    QVERIFY(!w.trend()->referenceRange().low);
    QCOMPARE(w.trend()->referenceRange().high.value_or(-1), 5.7);
    QCOMPARE(w.trend()->chart()->series().size(), 3);
    auto time = qobject_cast<QDateTimeAxis *>(w.trend()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(time && time->min() < time->max());
}

void tst_ResultsUi::followsPatientContext()
{
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    openGarcia();
    QVERIFY(w.tree()->topLevelItemCount() >= 4);
    auto smith = f.store->services().patients().open(f.smith);
    QVERIFY(smith);
    m_patient.setCurrent(smith.value());
    QCOMPARE(w.patientId(), f.smith);
    for (int i = 0; i < w.tree()->topLevelItemCount(); ++i)
        QVERIFY(w.tree()->topLevelItem(i)->text(Col::ColName).contains(QLatin1String("Glucose")));
    m_patient.clear();
    QCOMPARE(w.tree()->topLevelItemCount(), 0);
    QVERIFY(!w.findChild<QPushButton *>(QLatin1String(Names::ResultsMarkReviewed))->isEnabled());
}

void tst_ResultsUi::billerCannotMarkReviewed()
{
    // A biller reads the chart (results included) but does not review.
    f.asBiller();
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    openGarcia();
    QVERIFY(w.selectOrder(m_cmp1));
    auto button = w.findChild<QPushButton *>(QLatin1String(Names::ResultsMarkReviewed));
    QVERIFY(!button->isEnabled());
    // Even when asked, the service refuses and the dock says why.
    w.markSelectedReviewed();
    auto message = w.findChild<QLabel *>(QLatin1String(Names::ResultsMessage));
    QVERIFY(!message->text().isEmpty());
    f.asMoreno();
    auto orders = f.charting->results().orders(f.garcia);
    QVERIFY(orders);
    for (const ResultOrder &o : orders.value())
        for (const Observation &ob : o.observations)
            QVERIFY(!ob.reviewedAt.isValid());
}

void tst_ResultsUi::providerMarksReviewedAudited()
{
    Core::ModuleContext ctx = context();
    ResultsWidget w(*f.charting, ctx);
    openGarcia();
    const int orders = w.tree()->topLevelItemCount();
    // Selecting an observation marks its whole order.
    QVERIFY(w.selectOrder(m_cmp1));
    QTreeWidgetItem *k = w.tree()->currentItem()->child(1);
    QCOMPARE(k->text(Col::ColName), QStringLiteral("Potassium"));
    w.tree()->setCurrentItem(k);
    QCOMPARE(w.selectedOrderId(), m_cmp1);
    auto button = w.findChild<QPushButton *>(QLatin1String(Names::ResultsMarkReviewed));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    auto list = f.charting->results().orders(f.garcia);
    QVERIFY(list);
    for (const ResultOrder &o : list.value()) {
        for (const Observation &ob : o.observations) {
            QCOMPARE(ob.reviewedAt.isValid(), o.id == m_cmp1);
            if (o.id == m_cmp1)
                QCOMPARE(ob.reviewedBy, QStringLiteral("Alicia Moreno"));
        }
    }
    Core::AuditFilter filter;
    filter.action = QLatin1String(Charting::Constants::Audit::ResultReview);
    auto audit = f.store->services().audit().list(filter);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().patientId, f.garcia);
    QVERIFY(audit->first().detail.contains(QString::number(m_cmp1)));

    // The dock shows who reviewed, and the order is done: nothing left to mark.
    QTreeWidgetItem *order = nullptr;
    for (int i = 0; i < w.tree()->topLevelItemCount(); ++i)
        if (w.tree()->topLevelItem(i)->data(Col::ColName, Qt::UserRole).toLongLong() == m_cmp1)
            order = w.tree()->topLevelItem(i);
    QVERIFY(order);
    QVERIFY(order->text(Col::ColReviewed).startsWith(QLatin1String("Alicia Moreno")));
    QVERIFY(w.selectOrder(m_cmp1));
    QVERIFY(!button->isEnabled());

    // Unreviewed only hides it.
    auto unreviewed = w.findChild<QCheckBox *>(QLatin1String(Names::ResultsUnreviewedOnly));
    unreviewed->setChecked(true);
    QCOMPARE(w.tree()->topLevelItemCount(), orders - 1);
    for (int i = 0; i < w.tree()->topLevelItemCount(); ++i)
        QVERIFY(w.tree()->topLevelItem(i)->data(Col::ColName, Qt::UserRole).toLongLong() != m_cmp1);
    unreviewed->setChecked(false);
    QCOMPARE(w.tree()->topLevelItemCount(), orders);
}

QTEST_MAIN(tst_ResultsUi)
#include "tst_resultsui.moc"
