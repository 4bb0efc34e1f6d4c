#include "core/constants.h"
#include "core/context/patientcontext.h"
#include "core/store/database.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

class tst_Patients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void createAssignsMrnAndAudits();
    void duplicateMrnIsAConflict();
    void updateReindexes();
    void changeMrnRenumbersOnePerson();
    void breakGlass();
    void breakGlassAskedWhereverAChartIsOpened();
    void importIsAllOrNothing();
    void coverageValidation_data();
    void coverageValidation();

private:
    int patientCount();
    std::unique_ptr<Test::TestStore> m_t;
};

void tst_Patients::initTestCase()
{
    m_t = std::make_unique<Test::TestStore>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->signInAdmin());
}

int tst_Patients::patientCount()
{
    auto q = m_t->store().db().query(QStringLiteral("SELECT count(*) FROM patients"));
    return q.next() ? int(q.int64(0)) : -1;
}

void tst_Patients::badInputStoresNothing_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("expected");
    const QDate ok(1980, 3, 14);
    QTest::newRow("empty family") << "  "
                                  << "Ann" << ok << "female"
                                  << ""
                                  << ""
                                  << "family name is required";
    QTest::newRow("empty given") << "Lee"
                                 << "" << ok << "female"
                                 << ""
                                 << ""
                                 << "given name is required";
    QTest::newRow("31 February") << "Lee"
                                 << "Ann" << QDate(1980, 2, 31) << "female"
                                 << ""
                                 << ""
                                 << "not a real date";
    QTest::newRow("future birth") << "Lee"
                                  << "Ann" << QDate::currentDate().addDays(3) << "female"
                                  << ""
                                  << ""
                                  << "in the future";
    QTest::newRow("ancient birth") << "Lee"
                                   << "Ann" << QDate(1850, 1, 1) << "female"
                                   << ""
                                   << ""
                                   << "before 1890";
    QTest::newRow("unknown sex") << "Lee"
                                 << "Ann" << ok << "f"
                                 << ""
                                 << ""
                                 << "Sex must be";
    QTest::newRow("oversize family") << QString(101, QLatin1Char('x')) << "Ann" << ok << "female"
                                     << ""
                                     << ""
                                     << "longer than 100";
    QTest::newRow("bad email") << "Lee"
                               << "Ann" << ok << "female"
                               << "ann-at-example"
                               << ""
                               << "not an email";
    QTest::newRow("bad phone") << "Lee"
                               << "Ann" << ok << "female"
                               << ""
                               << "12"
                               << "not a phone number";
}

void tst_Patients::badInputStoresNothing()
{
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QDate, dob);
    QFETCH(QString, sex);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, expected);
    const int before = patientCount();
    Core::Patient p = Test::samplePatient(family, given, dob);
    p.sex = sex;
    p.email = email;
    p.phoneHome = phone;
    auto r = m_t->services().patients().create(p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Core::ErrorCode::Invalid);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QCOMPARE(patientCount(), before);
}

void tst_Patients::createAssignsMrnAndAudits()
{
    auto id = m_t->services().patients().create(
        Test::samplePatient(QStringLiteral("  Nguyễn "), QStringLiteral("Thị"), QDate(1975, 7, 4)));
    QVERIFY(id.ok());
    auto p = m_t->services().patients().open(id.value());
    QVERIFY(p.ok());
    QCOMPARE(p->family, QStringLiteral("Nguyễn")); // trimmed
    QVERIFY(p->mrn.startsWith(QLatin1Char('M')));
    Core::AuditFilter f;
    f.patientMrn = p->mrn;
    auto entries = m_t->services().audit().list(f);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).action, QLatin1String(Core::Constants::Audit::PatientCreate));
    QCOMPARE(entries->at(1).action, QLatin1String(Core::Constants::Audit::PatientRead));
    QCOMPARE(entries->at(1).patientId, id.value());
}

void tst_Patients::duplicateMrnIsAConflict()
{
    Core::Patient p =
        Test::samplePatient(QStringLiteral("Dup"), QStringLiteral("One"), QDate(1990, 1, 1));
    p.mrn = QStringLiteral("EXT-42");
    QVERIFY(m_t->services().patients().create(p).ok());
    const int before = patientCount();
    p.given = QStringLiteral("Two");
    auto again = m_t->services().patients().create(p);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Core::ErrorCode::Conflict);
    QCOMPARE(patientCount(), before);
}

void tst_Patients::updateReindexes()
{
    auto id = m_t->services().patients().create(
        Test::samplePatient(QStringLiteral("Oldname"), QStringLiteral("Olga"), QDate(1966, 6, 6)));
    QVERIFY(id.ok());
    auto p = m_t->services().patients().open(id.value());
    p->family = QStringLiteral("Newname");
    QVERIFY(m_t->services().patients().update(p.value()).ok());
    using Use = Core::PatientService::SearchUse;
    QCOMPARE(m_t->services()
                 .patients()
                 .search(QStringLiteral("oldn olg"), 10, Use::TypeAhead)
                 ->matches.size(),
             0);
    auto found = m_t->services().patients().search(QStringLiteral("newn olg"), 10, Use::TypeAhead);
    QCOMPARE(found->matches.size(), 1);
    QCOMPARE(found->matches.first().mrn, p->mrn);
    // A bad update changes nothing.
    p->birthDate = QDate();
    QVERIFY(!m_t->services().patients().update(p.value()).ok());
    QCOMPARE(m_t->services().patients().open(id.value())->birthDate, QDate(1966, 6, 6));
}

void tst_Patients::changeMrnRenumbersOnePerson()
{
    Core::PatientService &patients = m_t->services().patients();
    auto id = patients.create(
        Test::samplePatient(QStringLiteral("Renumber"), QStringLiteral("Rita"), QDate(1970, 2, 2)));
    QVERIFY(id.ok());
    const QString old = patients.open(id.value())->mrn;
    auto other = patients.create(
        Test::samplePatient(QStringLiteral("Other"), QStringLiteral("Otto"), QDate(1971, 3, 3)));
    QVERIFY(other.ok());
    const QString othersMrn = patients.open(other.value())->mrn;

    // Another patient's number is refused; a bad one too; nothing changes.
    auto taken = patients.changeMrn(id.value(), othersMrn, QStringLiteral("test"));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, Core::ErrorCode::Conflict);
    QVERIFY(!patients.changeMrn(id.value(), QStringLiteral("no spaces"), {}).ok());
    QCOMPARE(patients.open(id.value())->mrn, old);

    // Empty: the next free number, searchable, audited with both numbers.
    auto renumbered = patients.changeMrn(id.value(), {}, QStringLiteral("taken on the server"));
    QVERIFY2(renumbered.ok(), qPrintable(renumbered.error().message));
    QVERIFY(renumbered.value() != old && renumbered.value() != othersMrn);
    QCOMPARE(patients.open(id.value())->mrn, renumbered.value());
    QCOMPARE(patients.findByMrn(old).value(), qint64(0));
    QCOMPARE(patients.findByMrn(renumbered.value()).value(), id.value());
    auto found = patients.search(renumbered.value(), 5, Core::PatientService::SearchUse::TypeAhead);
    QCOMPARE(found->matches.size(), 1);
    Core::AuditFilter f;
    f.patientMrn = renumbered.value();
    auto entries = m_t->services().audit().list(f);
    QVERIFY(entries.ok());
    bool audited = false;
    for (const auto &e : entries.value())
        audited = audited
                  || (e.action == QLatin1String(Core::Constants::Audit::PatientMrnChange)
                      && e.detail.contains(old) && e.detail.contains(renumbered.value()));
    QVERIFY(audited);
}

void tst_Patients::breakGlass()
{
    Core::Patient r =
        Test::samplePatient(QStringLiteral("Vip"), QStringLiteral("Victor"), QDate(1960, 2, 2));
    r.restricted = true;
    auto id = m_t->services().patients().create(r);
    QVERIFY(id.ok());
    auto refused = m_t->services().patients().open(id.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QVERIFY(refused.error().message.contains(QLatin1String("restricted")));
    QVERIFY(
        !m_t->services().patients().open(id.value(), QStringLiteral("because")).ok()); // too short
    auto opened = m_t->services().patients().open(
        id.value(), QStringLiteral("Patient collapsed at the front desk"));
    QVERIFY(opened.ok());
    Core::AuditFilter f;
    f.action = QLatin1String(Core::Constants::Audit::BreakGlass);
    auto entries = m_t->services().audit().list(f);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().flagged);
    QCOMPARE(entries->first().detail, QStringLiteral("Patient collapsed at the front desk"));
    QCOMPARE(entries->first().patientMrn, opened->mrn);
}

void tst_Patients::breakGlassAskedWhereverAChartIsOpened()
{
    Core::PatientService &patients = m_t->services().patients();
    Core::Patient r =
        Test::samplePatient(QStringLiteral("Vault"), QStringLiteral("Vera"), QDate(1971, 3, 3));
    r.restricted = true;
    auto restrictedId = patients.create(r);
    auto plainId = patients.create(
        Test::samplePatient(QStringLiteral("Plain"), QStringLiteral("Pat"), QDate(1980, 4, 4)));
    QVERIFY(restrictedId.ok() && plainId.ok());
    QCOMPARE(patients.isRestricted(restrictedId.value()).value(), true);
    QCOMPARE(patients.isRestricted(plainId.value()).value(), false);
    const auto breakGlassEntries = [&] {
        Core::AuditFilter f;
        f.action = QLatin1String(Core::Constants::Audit::BreakGlass);
        f.patientMrn = patients.mrnOf(restrictedId.value()).value();
        return m_t->services().audit().list(f)->size();
    };

    // Without a prompt (a headless caller), the service's refusal stands.
    Core::PatientContext context;
    auto refused = context.openForPerson(patients, restrictedId.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QVERIFY(refused.error().message.contains(QLatin1String("Give a reason")));

    QList<qint64> asked;
    std::optional<QString> answer;
    context.setBreakGlassPrompt([&](qint64 id) {
        asked.append(id);
        return answer;
    });
    // A record that is not restricted opens without a question.
    QVERIFY(context.openForPerson(patients, plainId.value()).ok());
    QVERIFY(asked.isEmpty());
    // Declined: nothing opened, nothing to tell, no break-glass entry.
    auto declined = context.openForPerson(patients, restrictedId.value());
    QVERIFY(!declined.ok());
    QCOMPARE(declined.error().code, Core::ErrorCode::Denied);
    QVERIFY(declined.error().message.isEmpty());
    QCOMPARE(asked, QList<qint64>{restrictedId.value()});
    QCOMPARE(breakGlassEntries(), 0);
    // A token reason is the service's to refuse, with its message.
    answer = QStringLiteral("because");
    auto token = context.openForPerson(patients, restrictedId.value());
    QVERIFY(!token.ok());
    QVERIFY(!token.error().message.isEmpty());
    QCOMPARE(breakGlassEntries(), 0);
    // A real reason opens it, flagged for review with the reason.
    answer = QStringLiteral("Seen in clinic today, chart needed for the visit");
    auto opened = context.openForPerson(patients, restrictedId.value());
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->id, restrictedId.value());
    QCOMPARE(breakGlassEntries(), 1);

    // A role without break-glass is told so, not asked for a reason it could not use.
    const QString password = m_t->addUser(QStringLiteral("biller1"), Core::Role::Biller);
    QVERIFY(m_t->services().users().signIn(QStringLiteral("biller1"), password).ok());
    auto billerRefused = patients.open(restrictedId.value());
    QVERIFY(!billerRefused.ok());
    QVERIFY2(billerRefused.error().message.contains(QLatin1String("your role may not")),
             qPrintable(billerRefused.error().message));
    m_t->services().users().signOut();
    QVERIFY(m_t->signInAdmin());
}

void tst_Patients::importIsAllOrNothing()
{
    const int before = patientCount();
    QList<Core::Patient> batch;
    for (int i = 0; i < 5; ++i)
        batch << Test::samplePatient(QStringLiteral("Batch%1").arg(i), QStringLiteral("B"),
                                     QDate(2001, 1, 1 + i));
    batch[3].birthDate = QDate(); // one bad record spoils the load
    auto r = m_t->services().patients().import(batch);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("Record 4")), qPrintable(r.error().message));
    QCOMPARE(patientCount(), before);
    batch[3].birthDate = QDate(2001, 1, 9);
    r = m_t->services().patients().import(batch);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 5);
    QCOMPARE(patientCount(), before + 5);
}

void tst_Patients::coverageValidation_data()
{
    QTest::addColumn<QString>("memberId");
    QTest::addColumn<QString>("relationship");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no member id") << ""
                                  << "self" << QDate(2024, 1, 1) << QDate()
                                  << "member id is required";
    QTest::newRow("bad relationship") << "A1"
                                      << "cousin" << QDate(2024, 1, 1) << QDate() << "relationship";
    QTest::newRow("ends before start")
        << "A1"
        << "self" << QDate(2024, 1, 1) << QDate(2023, 1, 1) << "before it starts";
    QTest::newRow("no start") << "A1"
                              << "self" << QDate() << QDate() << "start date";
}

void tst_Patients::coverageValidation()
{
    QFETCH(QString, memberId);
    QFETCH(QString, relationship);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, expected);
    static qint64 payer =
        m_t->services()
            .directory()
            .addPayer({0, QStringLiteral("Validation Payer"), QStringLiteral("VP1")})
            .value();
    static qint64 patient =
        m_t->services()
            .patients()
            .create(Test::samplePatient(QStringLiteral("Cover"), QStringLiteral("Cora"),
                                        QDate(1991, 1, 1)))
            .value();
    Core::Coverage c;
    c.patientId = patient;
    c.payerId = payer;
    c.memberId = memberId;
    c.subscriberName = QStringLiteral("Cora Cover");
    c.subscriberRelationship = relationship;
    c.subscriberBirthDate = QDate(1991, 1, 1);
    c.start = start;
    c.end = end;
    auto r = m_t->services().directory().addCoverage(c);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QCOMPARE(m_t->services().directory().coverages(patient)->size(), 0);
}

QTEST_GUILESS_MAIN(tst_Patients)
#include "tst_patients.moc"
