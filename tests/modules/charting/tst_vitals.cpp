#include "tests/modules/charting/chartingfixture.h"

#include <QtTest>

using namespace Ambulo;
using Charting::VitalsEntry;
using Core::ErrorCode;

// Vitals: unit conversion, BMI, plausibility (confirmable) and possibility (never) limits.
class tst_Vitals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convertsUnitsAndComputesBmi();
    void plausibility_data();
    void plausibility();
    void frontDeskRecordsNoVitals();

private:
    Test::ChartingFixture f;
};

void tst_Vitals::initTestCase()
{
    QVERIFY(f.build());
}

void tst_Vitals::convertsUnitsAndComputesBmi()
{
    f.asMoreno();
    VitalsEntry e;
    e.patientId = f.garcia;
    e.temperature = 98.6;
    e.temperatureUnit = Charting::TemperatureUnit::Fahrenheit;
    e.weight = 154;
    e.weightUnit = Charting::WeightUnit::Pound;
    e.height = 68;
    e.heightUnit = Charting::LengthUnit::Inch;
    e.spo2 = 98;
    e.respRate = 14;
    auto id = f.charting->vitals().record(e);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    auto list = f.charting->vitals().forPatient(f.garcia, 1);
    QVERIFY(list.ok());
    const Charting::Vitals v = list->first();
    QCOMPARE(v.id, id.value());
    QVERIFY(qAbs(*v.temperatureC - 37.0) < 0.01);
    QVERIFY(qAbs(*v.weightKg - 69.853) < 0.01);
    QVERIFY(qAbs(*v.heightCm - 172.72) < 0.01);
    QCOMPARE(*v.bmi, 23.4);
    QVERIFY(!v.confirmedImplausible);
    QVERIFY(!v.systolic.has_value());

    VitalsEntry c;
    c.patientId = f.garcia;
    c.temperature = 38.5;
    c.temperatureUnit = Charting::TemperatureUnit::Celsius;
    c.weight = 80;
    c.weightUnit = Charting::WeightUnit::Kilogram;
    c.height = 180;
    c.heightUnit = Charting::LengthUnit::Centimetre;
    QVERIFY(f.charting->vitals().record(c));
    auto latest = f.charting->vitals().forPatient(f.garcia, 1);
    QCOMPARE(*latest->first().temperatureC, 38.5);
    QCOMPARE(*latest->first().bmi, 24.7);
}

void tst_Vitals::plausibility_data()
{
    QTest::addColumn<int>("systolic");
    QTest::addColumn<int>("diastolic");
    QTest::addColumn<double>("tempF");
    QTest::addColumn<int>("spo2");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("says");
    QTest::newRow("normal") << 120 << 80 << 98.6 << 97 << false << true << QString();
    QTest::newRow("BP 400/20 unconfirmed")
        << 400 << 20 << 98.6 << 97 << false << false << "Systolic pressure 400 mmHg";
    QTest::newRow("BP 400/20 confirmed") << 400 << 20 << 98.6 << 97 << true << true << QString();
    QTest::newRow("BP 500 never") << 500 << 80 << 98.6 << 97 << true << false << "not a possible";
    QTest::newRow("diastolic above systolic")
        << 80 << 120 << 98.6 << 97 << false << false << "not above the diastolic";
    QTest::newRow("fever 104 F") << 120 << 80 << 104.0 << 97 << false << true << QString();
    QTest::newRow("temp typed as C in F field")
        << 120 << 80 << 37.0 << 97 << true << false << "Temperature";
    QTest::newRow("SpO2 60 unconfirmed") << 120 << 80 << 98.6 << 60 << false << false << "SpO2 60";
    QTest::newRow("SpO2 101 never") << 120 << 80 << 98.6 << 101 << true << false << "SpO2 101";
}

void tst_Vitals::plausibility()
{
    QFETCH(int, systolic);
    QFETCH(int, diastolic);
    QFETCH(double, tempF);
    QFETCH(int, spo2);
    QFETCH(bool, confirmed);
    QFETCH(bool, stored);
    QFETCH(QString, says);
    f.asMoreno();
    VitalsEntry e;
    e.patientId = f.smith;
    e.systolic = systolic;
    e.diastolic = diastolic;
    e.temperature = tempF;
    e.spo2 = spo2;
    e.confirmed = confirmed;
    const qint64 before = f.count(QStringLiteral("vitals"));
    auto id = f.charting->vitals().record(e);
    QCOMPARE(id.ok(), stored);
    QCOMPARE(f.count(QStringLiteral("vitals")), before + (stored ? 1 : 0));
    if (!stored) {
        QCOMPARE(id.error().code, ErrorCode::Invalid);
        QVERIFY2(id.error().message.contains(says), qPrintable(id.error().message));
    } else {
        auto v = f.charting->vitals().forPatient(f.smith, 1);
        QCOMPARE(v->first().confirmedImplausible, confirmed);
    }
}

void tst_Vitals::frontDeskRecordsNoVitals()
{
    f.asClerk();
    VitalsEntry e;
    e.patientId = f.garcia;
    e.pulse = 70;
    QCOMPARE(f.charting->vitals().record(e).error().code, ErrorCode::Denied);
}

QTEST_GUILESS_MAIN(tst_Vitals)
#include "tst_vitals.moc"
