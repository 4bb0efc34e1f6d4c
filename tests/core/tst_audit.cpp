#include "core/constants.h"
#include "core/store/database.h"
#include "core/store/isotime.h"
#include "core/store/keystore.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

class tst_Audit : public QObject
{
    Q_OBJECT

private slots:
    void chainVerifies();
    void triggersRefuseChanges();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void filtersAndCsv();
    void storedTimesMatchQt_data();
    void storedTimesMatchQt();
};

namespace {

// Ten or so entries: a store init, sign-in, patients and a denied attempt.
void fillLog(Test::TestStore &t)
{
    QVERIFY(t.signInAdmin());
    for (int i = 0; i < 4; ++i) {
        auto id = t.services().patients().create(Test::samplePatient(
            QStringLiteral("Audit%1").arg(i), QStringLiteral("Ann"), QDate(1980, 1, 1 + i)));
        QVERIFY(id.ok());
    }
    t.services().users().signOut();
}

// Opens the file the way an intruder holding the key would: plain SQL, no services.
std::unique_ptr<Core::Database> outsider(Test::TestStore &t)
{
    auto key = Core::KeyStore::readKeyFile(t.keyFile());
    auto db = Core::Database::open(t.dbPath(), key.value(), Core::Database::OpenMode::OpenExisting);
    if (!db)
        return nullptr;
    (void)db.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    (void)db.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    return std::move(db.value());
}

} // namespace

void tst_Audit::chainVerifies()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    fillLog(t);
    const Core::AuditVerification v = t.services().audit().verify();
    QVERIFY2(v.ok, qPrintable(v.message));
    QVERIFY(v.entries >= 7);
    auto entries = t.services().audit().list({});
    QVERIFY(entries.ok());
    QCOMPARE(qint64(entries->size()), v.entries);
    QCOMPARE(entries->first().action, QLatin1String(Core::Constants::Audit::StoreInit));
    QCOMPARE(entries->at(1).action, QLatin1String(Core::Constants::Audit::SignIn));
    QCOMPARE(entries->at(1).user, Test::AdminName);
    QCOMPARE(entries->at(1).workstation, QStringLiteral("test-ws"));
    QCOMPARE(entries->at(2).action, QLatin1String(Core::Constants::Audit::PatientCreate));
    QVERIFY(!entries->at(2).patientMrn.isEmpty());
}

void tst_Audit::triggersRefuseChanges()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    fillLog(t);
    auto upd =
        t.store().db().query(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 1"));
    const Core::Status s = upd.exec();
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("append-only")));
    auto del = t.store().db().query(QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
    QVERIFY(!del.exec().ok());
    QVERIFY(t.services().audit().verify().ok);
}

void tst_Audit::tamperingIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("brokenAt"); // 0: the last entry's id + 1
    QTest::newRow("altered detail")
        << QStringLiteral("UPDATE audit_log SET detail = 'nothing to see' WHERE id = 3") << 3;
    QTest::newRow("altered user") << QStringLiteral(
        "UPDATE audit_log SET user_name = 'someone' WHERE id = 4")
                                  << 4;
    QTest::newRow("altered patient")
        << QStringLiteral("UPDATE audit_log SET patient_mrn = 'M9999999' WHERE id = 5") << 5;
    QTest::newRow("altered time") << QStringLiteral(
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2")
                                  << 2;
    QTest::newRow("deleted middle") << QStringLiteral("DELETE FROM audit_log WHERE id = 4") << 4;
    QTest::newRow("deleted first") << QStringLiteral("DELETE FROM audit_log WHERE id = 1") << 1;
    QTest::newRow("deleted last") << QStringLiteral(
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
                                  << -1;
    QTest::newRow("inserted at end")
        << QStringLiteral("INSERT INTO audit_log (id, at, user_name, workstation, action, outcome, "
                          "detail, hmac) SELECT max(id) + 1, '2026-01-01T00:00:00.000Z', 'x', 'y', "
                          "'patient.read', 'ok', '', (SELECT hmac FROM audit_log ORDER BY id DESC "
                          "LIMIT 1) FROM audit_log")
        << 0;
    QTest::newRow("swapped two entries' actions") << QStringLiteral(
        "UPDATE audit_log SET action = CASE id WHEN 2 THEN (SELECT action FROM "
        "audit_log WHERE id = 3) ELSE (SELECT action FROM audit_log WHERE id = 2) "
        "END WHERE id IN (2, 3)") << 2;
    QTest::newRow("forged head") << QStringLiteral("UPDATE audit_head SET last_id = last_id - 1")
                                 << 0;
}

void tst_Audit::tamperingIsFound()
{
    QFETCH(QString, sql);
    QFETCH(int, brokenAt);
    Test::TestStore t;
    QVERIFY(t.ok());
    fillLog(t);
    const qint64 last = t.services().audit().verify().entries;
    t.close();
    {
        auto db = outsider(t);
        QVERIFY(db);
        const Core::Status s = db->exec(sql);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(db->changes() > 0, true);
    }
    QVERIFY(t.reopen());
    const Core::AuditVerification v = t.services().audit().verify();
    QVERIFY(!v.ok);
    const qint64 expected = brokenAt > 0 ? brokenAt : (brokenAt == 0 ? last + 1 : last);
    QCOMPARE(v.brokenAt, expected);
    QVERIFY(!v.message.isEmpty());

    // The app keeps appending after tampering, and verification still points at the damage.
    QVERIFY(t.signInAdmin());
    const Core::AuditVerification after = t.services().audit().verify();
    QVERIFY(!after.ok);
    QCOMPARE(after.brokenAt, expected);
}

void tst_Audit::filtersAndCsv()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    fillLog(t);
    Core::AuditFilter byAction;
    byAction.action = QStringLiteral("patient.");
    auto patients = t.services().audit().list(byAction);
    QVERIFY(patients.ok());
    QCOMPARE(patients->size(), 4);
    Core::AuditFilter byMrn;
    byMrn.patientMrn = patients->at(1).patientMrn;
    auto one = t.services().audit().list(byMrn);
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 1);
    Core::AuditFilter future;
    future.from = QDateTime::currentDateTimeUtc().addDays(1);
    QCOMPARE(t.services().audit().list(future)->size(), 0);
    Core::AuditFilter byUser;
    byUser.user = QStringLiteral("BOSS"); // user names compare without case
    QVERIFY(t.services().audit().list(byUser)->size() >= 6);

    Core::AuditEntry tricky;
    tricky.id = 1;
    tricky.at = QDateTime::currentDateTimeUtc();
    tricky.user = QStringLiteral("a,b");
    tricky.detail = QStringLiteral("say \"hi\"\nthere");
    const QString csv = Core::AuditLog::toCsv({tricky});
    QVERIFY(csv.startsWith(QLatin1String("id,time_utc,user")));
    QVERIFY(csv.contains(QLatin1String("\"a,b\"")));
    QVERIFY(csv.contains(QLatin1String("\"say \"\"hi\"\"\nthere\"")));
}

// The store's hand-written timestamp text must be exactly Qt's: the audit MAC covers it, and
// older rows were written by Qt.
void tst_Audit::storedTimesMatchQt_data()
{
    QTest::addColumn<qint64>("ms");
    const auto at = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
    };
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("just before the epoch") << qint64(-1);
    QTest::newRow("leap day 2024") << at(2024, 2, 29, 23, 59, 59, 999);
    QTest::newRow("not a leap day 2100") << at(2100, 3, 1, 0, 0, 0, 0);
    QTest::newRow("leap day 2000") << at(2000, 2, 29, 12, 0, 0, 5);
    QTest::newRow("1900-02-28") << at(1900, 2, 28, 1, 2, 3, 40);
    QTest::newRow("year 1") << at(1, 1, 1, 0, 0, 0, 0);
    QTest::newRow("year 9999") << at(9999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("year 10000 (Qt's)") << at(10000, 1, 1, 0, 0, 0, 0);
    QTest::newRow("1 BC (Qt's)") << at(-1, 6, 1, 0, 0, 0, 0);
    // Every day of four centuries, each at a different time of day.
    quint64 x = 88172645463325252ULL;
    const qint64 from = at(1850, 1, 1, 0, 0, 0, 0);
    for (int i = 0; i < 200; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const qint64 ms = from + qint64(x % (400ULL * 366 * 86'400'000ULL));
        QTest::addRow("random %d", i) << ms;
    }
}

void tst_Audit::storedTimesMatchQt()
{
    QFETCH(qint64, ms);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QCOMPARE(Core::isoUtcMs(utc), utc.toString(Qt::ISODateWithMs));
    // A local time names the same instant: the text is the UTC one.
    QCOMPARE(Core::isoUtcMs(utc.toLocalTime()), utc.toString(Qt::ISODateWithMs));
    QCOMPARE(Core::isoUtcMs(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
