#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "tests/connectors/hl7/listenerprocess.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTest>

#include <memory>

using namespace Ambulo;
namespace Ch = Ambulo::Charting;
namespace S = Ambulo::Scheduling;

// A patient merge made by another process than the one that set the chart up: the real binary's
// `hl7 import` and `hl7 listen` apply an ADT^A40, and every module's merge hook must run there
// (PatientService::merge only calls the hooks registered on that process's services), so the
// merged-away patient's problem and booking move to the survivor rather than staying on a record
// nobody opens any more.
class TestMergeHooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void a40MovesChartAndBookings_data();
    void a40MovesChartAndBookings();

private:
    QString m_bin;
};

namespace {

QString npi(int n)
{
    const QString nine = QStringLiteral("1%1").arg(98765400 + n, 8, 10, QLatin1Char('0'));
    return nine + QString::number(Core::Npi::checkDigit(nine));
}

// The next weekday at least two days ahead (working hours are Mon-Fri).
QDate workday()
{
    QDate d = QDate::currentDate().addDays(2);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

qint64 single(Core::Database &db, const QString &sql, qint64 id)
{
    Core::Query q = db.query(sql);
    q.bind(1, id);
    const qint64 value = q.next() ? q.int64(0) : -1;
    q.finish();
    return value;
}

} // namespace

void TestMergeHooks::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
}

void TestMergeHooks::a40MovesChartAndBookings_data()
{
    QTest::addColumn<bool>("listen"); // false: hl7 import FILE
    QTest::newRow("hl7 import") << false;
    QTest::newRow("hl7 listen") << true;
}

void TestMergeHooks::a40MovesChartAndBookings()
{
    QFETCH(bool, listen);
    Test::TestStore store;
    QVERIFY2(store.ok(), qPrintable(store.error()));
    QVERIFY(store.signInAdmin());
    Core::Services &core = store.services();
    const std::optional<Core::Session> admin = *core.context().session();
    qint64 survivor = 0;
    qint64 merged = 0;
    qint64 problem = 0;
    qint64 booking = 0;
    {
        // Set up in this process, with the modules' services of a workstation.
        Core::EventHub events;
        S::SchedulingServices scheduling(core, events);
        Ch::ChartingServices charting(core, events);
        auto user = core.users().add({QStringLiteral("moreno"), QStringLiteral("Alicia Moreno"),
                                      Core::Role::Provider, QStringLiteral("moreno-pass-1")});
        QVERIFY(user);
        auto moreno = core.directory().addPractitioner(
            {0, npi(1), "Moreno", "Alicia", "MD", {}, user.value(), true});
        QVERIFY(moreno);
        QVERIFY(scheduling.setup().setTimeZone("America/New_York"));
        auto type = scheduling.setup().saveType({0, "FU", "Follow-up", 15, "#2e7d32", false, true});
        QVERIFY(type);
        for (int day = 1; day <= 5; ++day)
            QVERIFY(scheduling.setup().setWorkingHours(
                moreno.value(), day, {{moreno.value(), day, 8 * 60, 17 * 60, 0}}));
        QVERIFY(charting.codes().addIcd10(
            {{QStringLiteral("I10"), true, QStringLiteral("Essential (primary) hypertension"),
              QStringLiteral("Essential (primary) hypertension")}}));

        auto smith = core.patients().create(Test::samplePatient(
            QStringLiteral("Smith"), QStringLiteral("John"), QDate(1970, 1, 2)));
        auto lee = core.patients().create(
            Test::samplePatient(QStringLiteral("Lee"), QStringLiteral("John"), QDate(1970, 1, 2)));
        QVERIFY(smith && lee);
        survivor = smith.value();
        merged = lee.value();
        QVERIFY(core.patients().addIdentifier({survivor, "900100", "HOSP", "MR"}));
        QVERIFY(core.patients().addIdentifier({merged, "900300", "HOSP", "MR"}));

        S::BookingRequest request;
        request.patientId = merged;
        request.providerId = moreno.value();
        request.typeId = type.value();
        request.date = workday();
        request.startMinute = 9 * 60;
        auto booked = scheduling.booking().book(request);
        QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
        booking = booked.value();

        Core::Session provider;
        provider.userId = user.value();
        provider.username = QStringLiteral("moreno");
        provider.displayName = QStringLiteral("Alicia Moreno");
        provider.role = Core::Role::Provider;
        core.context().setSession(provider);
        Ch::Problem p;
        p.patientId = merged;
        p.code = QStringLiteral("I10");
        p.onset = QDate(2019, 4, 2);
        auto added = charting.problems().add(p);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        problem = added.value();
        core.context().setSession(admin);
    }
    store.close(); // the binary opens it now

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a40.hl7"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("MSH|^~\\&|PM|CLINIC|AMBULO|CLINIC|20261122||ADT^A40^ADT_A39|M1|P|2.5.1\r"
                "EVN|A40\rPID|1||900100^^^HOSP^MR||Smith^John\rMRG|900300^^^HOSP^MR\r");
    }
    const QStringList storeArgs{QStringLiteral("--data"),     store.dataDir(),
                                QStringLiteral("--key-file"), store.keyFile(),
                                QStringLiteral("--user"),     Test::AdminName};
    if (listen) {
        Test::ListenerProcess listener;
        const quint16 port = listener.start(
            m_bin, QStringList{"hl7", "listen", "--port", "0"} + storeArgs, Test::AdminPassword);
        QVERIFY2(port != 0, qPrintable(listener.output() + listener.errors()));
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(AMBULO_PEERS_DIR));
        node.start(QStringLiteral("/usr/bin/node"),
                   {QStringLiteral("hl7_client.mjs"), QStringLiteral("127.0.0.1"),
                    QString::number(port), file});
        QVERIFY(node.waitForFinished(60000));
        const QString out = QString::fromUtf8(node.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("AA\tM1")),
                 qPrintable(out + node.readAllStandardError()));
        QCOMPARE(listener.stop(), 0);
    } else {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AMBULO_PASSWORD"), Test::AdminPassword);
        p.setProcessEnvironment(env);
        p.start(m_bin, QStringList{"hl7", "import", file} + storeArgs);
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("AA\tM1")),
                 qPrintable(out + p.readAllStandardError()));
        QCOMPARE(p.exitCode(), 0);
    }

    QVERIFY2(store.reopen(), qPrintable(store.error()));
    Core::Database &db = store.store().db();
    QCOMPARE(single(db,
                    QStringLiteral("SELECT survivor_id FROM patient_merges WHERE merged_id = ?"),
                    merged),
             survivor);
    // Charting's hook and scheduling's ran in the binary's merge.
    QCOMPARE(single(db, QStringLiteral("SELECT patient_id FROM problems WHERE id = ?"), problem),
             survivor);
    QCOMPARE(
        single(db, QStringLiteral("SELECT patient_id FROM appointments WHERE id = ?"), booking),
        survivor);
}

QTEST_GUILESS_MAIN(TestMergeHooks)
#include "tst_mergehooks.moc"
