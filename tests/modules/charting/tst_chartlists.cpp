#include "modules/charting/domain/chartingconstants.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace Ambulo;
using Core::ErrorCode;

// Problems, medications and allergies with their history; the chart summary in one call.
class tst_ChartLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemNeedsAKnownCode();
    void problemHistory();
    void medicationsAndHistory();
    void allergiesValidated_data();
    void allergiesValidated();
    void summaryInOneCall();
    void listsNeedChartPermissions();

private:
    Test::ChartingFixture f;
};

void tst_ChartLists::initTestCase()
{
    QVERIFY(f.build());
}

void tst_ChartLists::problemNeedsAKnownCode()
{
    f.asMoreno();
    Charting::Problem p;
    p.patientId = f.garcia;
    p.code = QStringLiteral("X99.9");
    auto r = f.charting->problems().add(p);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY(r.error().message.contains(QLatin1String("X99.9")));
    p.code = QStringLiteral("e119");
    p.status = QStringLiteral("bogus");
    QCOMPARE(f.charting->problems().add(p).error().code, ErrorCode::Invalid);
    QCOMPARE(f.count(QStringLiteral("problems")), 0);
}

void tst_ChartLists::problemHistory()
{
    f.asMoreno();
    Charting::Problem p;
    p.patientId = f.garcia;
    p.code = QStringLiteral("e119");
    p.onset = QDate(2019, 4, 1);
    QSignalSpy spy(&f.events, &Core::EventHub::published);
    auto id = f.charting->problems().add(p);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<Core::DomainEvent>().type,
             QLatin1String(Charting::Constants::Events::ChartChanged));
    auto list = f.charting->problems().list(f.garcia);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().code, QStringLiteral("E11.9"));
    QCOMPARE(list->first().description, QStringLiteral("Type 2 diabetes mellitus w/o comp"));
    Charting::Problem changed = list->first();
    changed.status = QStringLiteral("resolved");
    QVERIFY(f.charting->problems().update(changed));
    QCOMPARE(f.charting->problems().list(f.garcia, true)->size(), 0);
    auto history = f.charting->problems().history(id.value());
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).action, QStringLiteral("add"));
    QCOMPARE(history->at(1).action, QStringLiteral("update"));
    const QJsonObject last = QJsonDocument::fromJson(history->at(1).snapshot.toUtf8()).object();
    QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(history->at(1).user, QStringLiteral("Alicia Moreno"));
    // Another patient's problem cannot be changed through this one.
    changed.patientId = f.smith;
    QCOMPARE(f.charting->problems().update(changed).error().code, ErrorCode::Invalid);
}

void tst_ChartLists::medicationsAndHistory()
{
    f.asMoreno();
    Charting::Medication m;
    m.patientId = f.garcia;
    m.name = QStringLiteral("Metformin");
    m.dose = QStringLiteral("500 mg");
    m.route = QStringLiteral("oral");
    m.frequency = QStringLiteral("twice daily");
    m.start = QDate(2020, 1, 1);
    auto id = f.charting->medications().add(m);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    m.id = id.value();
    m.stop = QDate(2019, 1, 1);
    QCOMPARE(f.charting->medications().update(m).error().code, ErrorCode::Invalid);
    m.stop = QDate(2024, 6, 1);
    m.status = QStringLiteral("stopped");
    QVERIFY(f.charting->medications().update(m));
    auto history = f.charting->medications().history(m.id);
    QCOMPARE(history->size(), 2);
    QVERIFY(history->at(1).snapshot.contains(QLatin1String("\"stop\":\"2024-06-01\"")));
    QCOMPARE(f.charting->medications().list(f.garcia, true)->size(), 0);
    QCOMPARE(f.charting->medications().list(f.garcia)->first().stop, QDate(2024, 6, 1));
    m.id = 0;
    m.name = QStringLiteral("  ");
    QCOMPARE(f.charting->medications().add(m).error().code, ErrorCode::Invalid);
}

void tst_ChartLists::allergiesValidated_data()
{
    QTest::addColumn<QString>("substance");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<bool>("ok");
    QTest::newRow("penicillin severe") << "Penicillin"
                                       << "severe" << true;
    QTest::newRow("no severity") << "Latex"
                                 << "" << true;
    QTest::newRow("bad severity") << "Peanuts"
                                  << "deadly" << false;
    QTest::newRow("no substance") << ""
                                  << "mild" << false;
}

void tst_ChartLists::allergiesValidated()
{
    QFETCH(QString, substance);
    QFETCH(QString, severity);
    QFETCH(bool, ok);
    f.asMoreno();
    Charting::Allergy a;
    a.patientId = f.smith;
    a.substance = substance;
    a.reaction = QStringLiteral("Hives");
    a.severity = severity;
    auto r = f.charting->allergies().add(a);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        QCOMPARE(r.error().code, ErrorCode::Invalid);
}

void tst_ChartLists::summaryInOneCall()
{
    f.asMoreno();
    Charting::Allergy a;
    a.patientId = f.garcia;
    a.substance = QStringLiteral("Sulfa");
    a.reaction = QStringLiteral("Rash");
    a.severity = QStringLiteral("moderate");
    QVERIFY(f.charting->allergies().add(a));
    Charting::Problem p;
    p.patientId = f.garcia;
    p.code = QStringLiteral("I10");
    QVERIFY(f.charting->problems().add(p));
    Charting::VitalsEntry v;
    v.patientId = f.garcia;
    v.pulse = 64;
    QVERIFY(f.charting->vitals().record(v));
    const qint64 enc = f.openEncounter(7);
    QVERIFY(enc > 0);
    auto sum = f.charting->queries().summary(f.garcia);
    QVERIFY2(sum.ok(), qPrintable(sum.error().message));
    QCOMPARE(sum->problems.size(), 1); // the resolved diabetes is not shown
    QCOMPARE(sum->problems.first().code, QStringLiteral("I10"));
    QCOMPARE(sum->allergies.size(), 1);
    QCOMPARE(sum->allergies.first().severity, QStringLiteral("moderate"));
    QCOMPARE(sum->allergies.first().reaction, QStringLiteral("Rash"));
    QCOMPARE(sum->medications.size(), 0);
    QCOMPARE(sum->recentVitals.size(), 1);
    QCOMPARE(*sum->recentVitals.first().pulse, 64);
    QCOMPARE(sum->encounters.size(), 1);
    QCOMPARE(sum->encounters.first().id, enc);
}

void tst_ChartLists::listsNeedChartPermissions()
{
    f.asClerk();
    QCOMPARE(f.charting->queries().summary(f.garcia).error().code, ErrorCode::Denied);
    Charting::Allergy a;
    a.patientId = f.garcia;
    a.substance = QStringLiteral("Iodine");
    QCOMPARE(f.charting->allergies().add(a).error().code, ErrorCode::Denied);
    f.asBiller();
    QVERIFY(f.charting->queries().summary(f.garcia).ok());
    QCOMPARE(f.charting->allergies().add(a).error().code, ErrorCode::Denied);
}

QTEST_GUILESS_MAIN(tst_ChartLists)
#include "tst_chartlists.moc"
