#include "core/constants.h"
#include "core/entities/npi.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

// Each role against each operation, at the service layer: a refusal holds whatever calls it.
class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void noSessionIsRefused();
    void chartPermissions_data();
    void chartPermissions();

private:
    void actAs(Core::Role role);
    int deniedCount();

    std::unique_ptr<Test::TestStore> m_t;
    qint64 m_patient = 0;
    qint64 m_restricted = 0;
    qint64 m_payer = 0;
    qint64 m_otherUser = 0;
    int m_serial = 0;
};

void tst_Permissions::initTestCase()
{
    m_t = std::make_unique<Test::TestStore>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->signInAdmin());
    auto p = m_t->services().patients().create(
        Test::samplePatient(QStringLiteral("Matrix"), QStringLiteral("Mia"), QDate(1990, 5, 5)));
    QVERIFY(p.ok());
    m_patient = p.value();
    Core::Patient r =
        Test::samplePatient(QStringLiteral("Private"), QStringLiteral("Pat"), QDate(1985, 1, 1));
    r.restricted = true;
    auto rid = m_t->services().patients().create(r);
    QVERIFY(rid.ok());
    m_restricted = rid.value();
    auto payer = m_t->services().directory().addPayer(
        {0, QStringLiteral("Acme Health"), QStringLiteral("ACME")});
    QVERIFY(payer.ok());
    m_payer = payer.value();
    auto u = m_t->services().users().add({QStringLiteral("victim"), QString(),
                                          Core::Role::FrontDesk, QStringLiteral("victim-pass-1")});
    QVERIFY(u.ok());
    m_otherUser = u.value();
}

void tst_Permissions::actAs(Core::Role role)
{
    Core::Session s;
    s.userId = 1;
    s.username = Core::roleId(role) + QStringLiteral("-user");
    s.role = role;
    m_t->services().context().setSession(s);
}

int tst_Permissions::deniedCount()
{
    Core::AuditFilter f;
    f.action = QLatin1String(Core::Constants::Audit::PermissionDenied);
    return int(m_t->services().audit().list(f)->size());
}

void tst_Permissions::matrix_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("frontDesk");
    QTest::addColumn<bool>("provider");
    QTest::addColumn<bool>("biller");
    QTest::addColumn<bool>("admin");
    QTest::newRow("search patients") << "search" << true << true << true << true;
    QTest::newRow("register patient") << "create" << true << true << false << true;
    QTest::newRow("update patient") << "update" << true << true << false << true;
    QTest::newRow("open chart") << "open" << true << true << true << true;
    QTest::newRow("break glass") << "breakglass" << true << true << false << true;
    QTest::newRow("add coverage") << "coverage.add" << true << true << false << true;
    QTest::newRow("read coverage") << "coverage.read" << true << true << true << true;
    QTest::newRow("list users") << "users.list" << false << false << false << true;
    QTest::newRow("add user") << "users.add" << false << false << false << true;
    QTest::newRow("disable user") << "users.disable" << false << false << false << true;
    QTest::newRow("reset password") << "users.reset" << false << false << false << true;
    QTest::newRow("practice settings") << "practice.save" << false << false << false << true;
    QTest::newRow("add practitioner") << "practitioner.add" << false << false << false << true;
    QTest::newRow("add location") << "location.add" << false << false << false << true;
    QTest::newRow("list practitioners") << "practitioner.list" << true << true << true << true;
}

void tst_Permissions::matrix()
{
    QFETCH(QString, operation);
    QFETCH(bool, frontDesk);
    QFETCH(bool, provider);
    QFETCH(bool, biller);
    QFETCH(bool, admin);
    const QList<std::pair<Core::Role, bool>> expectations{{Core::Role::FrontDesk, frontDesk},
                                                          {Core::Role::Provider, provider},
                                                          {Core::Role::Biller, biller},
                                                          {Core::Role::Admin, admin}};
    Core::Services &s = m_t->services();
    for (const auto &[role, allowed] : expectations) {
        actAs(role);
        const int deniedBefore = deniedCount();
        const QString unique = QString::number(++m_serial);
        Core::Status result;
        if (operation == QLatin1String("search")) {
            auto r = s.patients().search(QStringLiteral("matr"), 10,
                                         Core::PatientService::SearchUse::TypeAhead);
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("create")) {
            auto r = s.patients().create(Test::samplePatient(
                QStringLiteral("New") + unique, QStringLiteral("Nia"), QDate(2000, 1, 1)));
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("update")) {
            auto p = Test::samplePatient(QStringLiteral("Matrix"), QStringLiteral("Mia"),
                                         QDate(1990, 5, 5));
            p.id = m_patient;
            p.city = QStringLiteral("City ") + unique;
            result = s.patients().update(p);
        } else if (operation == QLatin1String("open")) {
            auto r = s.patients().open(m_patient);
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("breakglass")) {
            auto r = s.patients().open(m_restricted,
                                       QStringLiteral("patient in the waiting room needs care"));
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("coverage.add")) {
            Core::Coverage c;
            c.patientId = m_patient;
            c.rank = 1;
            c.payerId = m_payer;
            c.memberId = QStringLiteral("X") + unique;
            c.subscriberName = QStringLiteral("Mia Matrix");
            c.subscriberRelationship = QStringLiteral("self");
            c.subscriberBirthDate = QDate(1990, 5, 5);
            c.start = QDate(2024, 1, 1);
            auto r = s.directory().addCoverage(c);
            // Rank 1 exists after the first allowed role: a conflict is not a refusal.
            result = (r || r.error().code == Core::ErrorCode::Conflict) ? Core::Status()
                                                                        : Core::Status(r.error());
        } else if (operation == QLatin1String("coverage.read")) {
            auto r = s.directory().coverages(m_patient);
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("users.list")) {
            auto r = s.users().list();
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("users.add")) {
            auto r = s.users().add({QStringLiteral("u") + unique, QString(), Core::Role::Biller,
                                    QStringLiteral("password-") + unique});
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("users.disable")) {
            result = s.users().setDisabled(m_otherUser, false);
        } else if (operation == QLatin1String("users.reset")) {
            result = s.users().resetPassword(m_otherUser, QStringLiteral("new-password-") + unique);
        } else if (operation == QLatin1String("practice.save")) {
            Core::PracticeSettings settings = s.practice().settings();
            settings.phone = QStringLiteral("555-01") + unique.right(2);
            result = s.practice().save(settings);
        } else if (operation == QLatin1String("practitioner.add")) {
            Core::Practitioner p;
            p.family = QStringLiteral("Doc") + unique;
            p.given = QStringLiteral("Dee");
            const QString nine =
                QStringLiteral("1%1").arg(40000000 + m_serial, 8, 10, QLatin1Char('0'));
            p.npi = nine + QString::number(Core::Npi::checkDigit(nine));
            auto r = s.directory().addPractitioner(p);
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("location.add")) {
            auto r = s.directory().addLocation({0, QStringLiteral("Site ") + unique, {}, {}});
            result = r ? Core::Status() : Core::Status(r.error());
        } else if (operation == QLatin1String("practitioner.list")) {
            auto r = s.directory().practitioners();
            result = r ? Core::Status() : Core::Status(r.error());
        } else {
            QFAIL("unknown operation in the matrix");
        }
        const QString who = Core::roleId(role);
        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(who + QStringLiteral(": ") + result.error().message));
            QCOMPARE(deniedCount(), deniedBefore);
        } else {
            QVERIFY2(!result.ok(), qPrintable(who + QStringLiteral(" was allowed")));
            QCOMPARE(result.error().code, Core::ErrorCode::Denied);
            QVERIFY(result.error().message.contains(QLatin1String("Permission denied")));
            QCOMPARE(deniedCount(), deniedBefore + 1);
        }
    }
}

void tst_Permissions::noSessionIsRefused()
{
    m_t->services().context().setSession(std::nullopt);
    auto r = m_t->services().patients().search(QStringLiteral("matr"), 10,
                                               Core::PatientService::SearchUse::TypeAhead);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Core::ErrorCode::Denied);
    QVERIFY(!m_t->services().patients().open(m_patient).ok());
    QVERIFY(!m_t->services().users().list().ok());
}

// The chart's role table: note text is for providers (others use break-glass); billers see the
// chart's codes and lists but not the text; the interface files results but signs nothing.
void tst_Permissions::chartPermissions_data()
{
    QTest::addColumn<int>("permissionIndex");
    QTest::addColumn<bool>("frontDesk");
    QTest::addColumn<bool>("provider");
    QTest::addColumn<bool>("biller");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("interface");
    QTest::newRow("chart.read") << int(Core::Permission::ChartRead) << false << true << true << true
                                << true;
    QTest::newRow("chart.write") << int(Core::Permission::ChartWrite) << false << true << false
                                 << false << true;
    QTest::newRow("chart.sign") << int(Core::Permission::ChartSign) << false << true << false
                                << false << false;
    QTest::newRow("chart.note-read")
        << int(Core::Permission::NoteRead) << false << true << false << false << false;
    QTest::newRow("break-glass") << int(Core::Permission::BreakGlass) << true << true << false
                                 << true << false;
}

void tst_Permissions::chartPermissions()
{
    QFETCH(int, permissionIndex);
    const auto permission = Core::Permission(permissionIndex);
    QFETCH(bool, frontDesk);
    QFETCH(bool, provider);
    QFETCH(bool, biller);
    QFETCH(bool, admin);
    QFETCH(bool, interface);
    QCOMPARE(Core::roleHas(Core::Role::FrontDesk, permission), frontDesk);
    QCOMPARE(Core::roleHas(Core::Role::Provider, permission), provider);
    QCOMPARE(Core::roleHas(Core::Role::Biller, permission), biller);
    QCOMPARE(Core::roleHas(Core::Role::Admin, permission), admin);
    QCOMPARE(Core::roleHas(Core::Role::Interface, permission), interface);
    QVERIFY(Core::allPermissions().contains(permission));
    QVERIFY(!Core::permissionId(permission).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
