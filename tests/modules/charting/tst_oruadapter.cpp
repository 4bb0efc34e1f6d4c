#include "connectors/hl7/message.h"
#include "modules/charting/adapters/oruadapter.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QFile>
#include <QtTest>

using namespace Ambulo;

// ORU^R01 through the charting adapter: orders and observations land on the patient found by
// PID-3; a resend updates in place and duplicates nothing.
class tst_OruAdapter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void filesFixture();
    void resendUpdatesInPlace();
    void unknownPatientFailsCleanly();
    void matchesTheRegistrationFeedsIdentifier();
    void identifiersAreReadAsAdtReadsThem();
    void badNumericValueRefused();
    void reviewAndTrend();

private:
    Hl7::Outcome apply(const QByteArray &text);
    Test::ChartingFixture f;
    QByteArray m_fixture;
    qint64 m_patient = 0;
};

void tst_OruAdapter::initTestCase()
{
    QVERIFY(f.build());
    QFile file(QStringLiteral(AMBULO_FIXTURES_DIR "/oru_r01.hl7"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_fixture = file.readAll();
    Core::Patient p =
        Test::samplePatient(QStringLiteral("Smith"), QStringLiteral("John"), QDate(1980, 1, 1));
    p.mrn = QStringLiteral("123456");
    auto id = f.store->services().patients().create(p);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    m_patient = id.value();
}

void tst_OruAdapter::init()
{
    f.actAs(Core::Role::Interface, 999, QStringLiteral("hl7-LAB"));
    f.store->services().context().setOrigin(QStringLiteral("hl7:LAB"));
}

Hl7::Outcome tst_OruAdapter::apply(const QByteArray &text)
{
    Hl7::Error error;
    auto message = Hl7::Message::parse(text, &error);
    if (!message)
        return Hl7::Outcome::failed(QStringLiteral("100"), {}, QStringLiteral("parse"));
    Hl7::HandlerContext context{f.store->services(), f.events, QStringLiteral("LAB")};
    auto handler = Charting::oruAdapter().inbound(context);
    if (!handler->messageTypes().contains(QStringLiteral("ORU^R01")))
        return Hl7::Outcome::failed(QStringLiteral("200"), {}, QStringLiteral("type"));
    return handler->apply(*message);
}

void tst_OruAdapter::filesFixture()
{
    auto outcome = apply(m_fixture);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    QCOMPARE(f.count(QStringLiteral("result_orders")), 1);
    QCOMPARE(f.count(QStringLiteral("observations")), 5);
    f.asMoreno();
    auto orders = f.charting->results().orders(m_patient);
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), 1);
    const Charting::ResultOrder &o = orders->first();
    QCOMPARE(o.placerNumber, QStringLiteral("ORD1"));
    QCOMPARE(o.fillerNumber, QStringLiteral("LAB1"));
    QCOMPARE(o.source, QStringLiteral("REFLAB"));
    QCOMPARE(o.testCode, QStringLiteral("24323-8"));
    QCOMPARE(o.testName, QStringLiteral("Comprehensive metabolic panel"));
    QCOMPARE(o.status, QStringLiteral("F"));
    QCOMPARE(o.collectedAt.toLocalTime(), QDateTime(QDate(2026, 11, 22), QTime(7, 0)));
    QCOMPARE(o.observations.size(), 5);
    const Charting::Observation &glucose = o.observations.at(0);
    QCOMPARE(glucose.code, QStringLiteral("2345-7"));
    QCOMPARE(glucose.name, QStringLiteral("Glucose"));
    QCOMPARE(glucose.valueType, QStringLiteral("NM"));
    QCOMPARE(*glucose.numericValue, 98.0);
    QCOMPARE(glucose.units, QStringLiteral("mg/dL"));
    QCOMPARE(glucose.referenceRange, QStringLiteral("70-99"));
    QCOMPARE(glucose.abnormalFlag, QStringLiteral("N"));
    QVERIFY(!glucose.isAbnormal());
    QCOMPARE(glucose.status, QStringLiteral("F"));
    QCOMPARE(glucose.performedAt.toLocalTime().time(), QTime(8, 0));
    const Charting::Observation &potassium = o.observations.at(1);
    QCOMPARE(potassium.value, QStringLiteral("5.4"));
    QCOMPARE(potassium.abnormalFlag, QStringLiteral("H"));
    QVERIFY(potassium.isAbnormal());
    QCOMPARE(o.observations.at(3).valueType, QStringLiteral("ST"));
    QVERIFY(o.observations.at(3).value.startsWith(QLatin1String("Bad ")));
    QCOMPARE(o.observations.at(4).value, QString()); // "" null: nothing to show
    // Every filed observation left a change-log row from the interface.
    Core::Query q = f.db().query(QStringLiteral(
        "SELECT count(*) FROM change_log WHERE entity = 'Observation' AND origin = 'hl7:LAB'"));
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 5);
    q.finish();
}

void tst_OruAdapter::resendUpdatesInPlace()
{
    QVERIFY(apply(m_fixture).ok);
    QVERIFY(apply(m_fixture).ok);
    QCOMPARE(f.count(QStringLiteral("result_orders")), 1);
    QCOMPARE(f.count(QStringLiteral("observations")), 5);
    // A corrected result: same filler order and OBX set, new value and status.
    QByteArray corrected = m_fixture;
    corrected.replace("MSG00011", "MSG00012");
    corrected.replace("||5.4|mmol/L|3.5-5.1|H|||F|", "||4.9|mmol/L|3.5-5.1|N|||C|");
    QVERIFY(apply(corrected).ok);
    QCOMPARE(f.count(QStringLiteral("result_orders")), 1);
    QCOMPARE(f.count(QStringLiteral("observations")), 5);
    f.asMoreno();
    auto orders = f.charting->results().orders(m_patient);
    const Charting::Observation &k = orders->first().observations.at(1);
    QCOMPARE(*k.numericValue, 4.9);
    QCOMPARE(k.status, QStringLiteral("C"));
    QCOMPARE(k.abnormalFlag, QStringLiteral("N"));
}

void tst_OruAdapter::unknownPatientFailsCleanly()
{
    const qint64 before = f.count(QStringLiteral("observations"));
    QByteArray other = m_fixture;
    other.replace("123456^^^HOSP^MR", "999999^^^HOSP^MR");
    other.replace("|LAB1|", "|LAB2|");
    auto outcome = apply(other);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.location, QStringLiteral("PID-3"));
    QCOMPARE(outcome.error.code, QStringLiteral("204"));
    QVERIFY2(outcome.error.text.contains(QLatin1String("999999 (HOSP)")),
             qPrintable(outcome.error.text));
    QCOMPARE(f.count(QStringLiteral("observations")), before);
}

// The lab knows the patient only by the hospital's number, which an ADT feed registered.
void tst_OruAdapter::matchesTheRegistrationFeedsIdentifier()
{
    f.asAdmin();
    auto other = f.store->services().patients().create(
        Test::samplePatient(QStringLiteral("Ngata"), QStringLiteral("Aroha"), QDate(1975, 3, 9)));
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    QVERIFY(f.store->services()
                .patients()
                .addIdentifier({other.value(), QStringLiteral("H-777"), QStringLiteral("HOSP"),
                                QStringLiteral("MR")})
                .ok());
    init();
    QByteArray byHospitalId = m_fixture;
    byHospitalId.replace("123456^^^HOSP^MR", "H-777^^^HOSP^MR");
    byHospitalId.replace("|LAB1|", "|LAB7|");
    auto outcome = apply(byHospitalId);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    f.asMoreno();
    auto orders = f.charting->results().orders(other.value());
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->first().fillerNumber, QStringLiteral("LAB7"));
}

// An authority known by an OID (as a FHIR server names it) comes as a universal id (CX-4-2),
// as ADT and SIU read it; identifiers naming two different patients are refused, not guessed.
void tst_OruAdapter::identifiersAreReadAsAdtReadsThem()
{
    const QString oid = QStringLiteral("2.16.840.1.113883.19.5");
    f.asAdmin();
    auto other = f.store->services().patients().create(
        Test::samplePatient(QStringLiteral("Tane"), QStringLiteral("Mere"), QDate(1981, 4, 2)),
        {{0, QStringLiteral("H-9"), oid, QStringLiteral("MR")}});
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    init();
    QByteArray byOid = m_fixture;
    byOid.replace("123456^^^HOSP^MR", "H-9^^^&" + oid.toLatin1() + "&ISO^MR");
    byOid.replace("|LAB1|", "|LAB21|");
    const Hl7::Outcome outcome = apply(byOid);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    QVERIFY2(outcome.summary.contains(f.store->services().patients().mrnOf(other.value()).value()),
             qPrintable(outcome.summary));

    QByteArray both = m_fixture;
    both.replace("123456^^^HOSP^MR", "H-9^^^&" + oid.toLatin1() + "&ISO^MR~123456^^^AMBULO^MR");
    both.replace("|LAB1|", "|LAB22|");
    const qint64 before = f.count(QStringLiteral("observations"));
    const Hl7::Outcome refused = apply(both);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, QStringLiteral("205"));
    QCOMPARE(f.count(QStringLiteral("observations")), before);
}

void tst_OruAdapter::badNumericValueRefused()
{
    const qint64 before = f.count(QStringLiteral("observations"));
    QByteArray bad = m_fixture;
    bad.replace("||98|mg/dL|", "||ninety|mg/dL|");
    bad.replace("|LAB1|", "|LAB3|");
    auto outcome = apply(bad);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.location, QStringLiteral("OBX(1)-5"));
    QCOMPARE(f.count(QStringLiteral("observations")), before);
}

void tst_OruAdapter::reviewAndTrend()
{
    QVERIFY(apply(m_fixture).ok);
    QByteArray later = m_fixture;
    later.replace("|LAB1|", "|LAB9|");
    later.replace("||98|mg/dL|70-99|N|||F|||20261122080000",
                  "||131|mg/dL|70-99|H|||F|||20261129080000");
    QVERIFY(apply(later).ok);
    f.asMoreno();
    auto trend = f.charting->results().trend(m_patient, QStringLiteral("2345-7"));
    QVERIFY(trend.ok());
    QCOMPARE(trend->size(), 2);
    QCOMPARE(trend->at(0).value, 98.0);
    QCOMPARE(trend->at(1).value, 131.0);
    QCOMPARE(trend->at(1).abnormalFlag, QStringLiteral("H"));
    auto orders = f.charting->results().orders(m_patient);
    const qint64 orderId = orders->first().id;
    f.asBiller();
    QCOMPARE(f.charting->results().markReviewed(orderId).error().code, Core::ErrorCode::Denied);
    f.asMoreno();
    QVERIFY(f.charting->results().markReviewed(orderId));
    orders = f.charting->results().orders(m_patient);
    QCOMPARE(orders->first().observations.first().reviewedBy, QStringLiteral("Alicia Moreno"));
    QVERIFY(orders->first().observations.first().reviewedAt.isValid());
    Core::AuditFilter filter;
    filter.action = QStringLiteral("result.review");
    QCOMPARE(f.store->services().audit().list(filter)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_OruAdapter)
#include "tst_oruadapter.moc"
