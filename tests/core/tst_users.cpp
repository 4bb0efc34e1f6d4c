#include "core/constants.h"
#include "core/security/passwordhash.h"
#include "core/store/database.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

class tst_Users : public QObject
{
    Q_OBJECT

private slots:
    void hashFormat();
    void signInAndOut();
    void lockoutAfterFiveFailures();
    void disabledAccount();
    void badInput_data();
    void badInput();
    void unlockNeedsTheSameUser();
    void roleChangeAndSelfProtection();
};

namespace {

int countAction(Test::TestStore &t, const char *action)
{
    Core::AuditFilter f;
    f.action = QLatin1String(action);
    return int(t.services().audit().list(f)->size());
}

} // namespace

void tst_Users::hashFormat()
{
    const QString h = Core::PasswordHash::hash(QStringLiteral("correct horse"));
    const QStringList parts = h.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
    QVERIFY(parts[1].toInt() >= 600000);
    QVERIFY(Core::PasswordHash::verify(QStringLiteral("correct horse"), h));
    QVERIFY(!Core::PasswordHash::verify(QStringLiteral("correct horsE"), h));
    // Per-user salt: the same password never hashes alike.
    QVERIFY(Core::PasswordHash::hash(QStringLiteral("correct horse"), 1000)
            != Core::PasswordHash::hash(QStringLiteral("correct horse"), 1000));
    QVERIFY(!Core::PasswordHash::verify(QStringLiteral("x"), QStringLiteral("garbage")));
}

void tst_Users::signInAndOut()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    auto s = t.services().users().signIn(Test::AdminName, Test::AdminPassword);
    QVERIFY(s.ok());
    QCOMPARE(s->role, Core::Role::Admin);
    QVERIFY(t.services().context().session());
    t.services().users().signOut();
    QVERIFY(!t.services().context().session());
    QCOMPARE(countAction(t, Core::Constants::Audit::SignIn), 1);
    QCOMPARE(countAction(t, Core::Constants::Audit::SignOut), 1);
    // Unknown users get the same message as wrong passwords.
    auto unknown =
        t.services().users().signIn(QStringLiteral("nobody"), QStringLiteral("whatever1"));
    QVERIFY(!unknown.ok());
    auto wrong = t.services().users().signIn(Test::AdminName, QStringLiteral("whatever1"));
    QVERIFY(!wrong.ok());
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(unknown.error().code, Core::ErrorCode::Denied);
    QCOMPARE(countAction(t, Core::Constants::Audit::SignInFailed), 2);
}

void tst_Users::lockoutAfterFiveFailures()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    QVERIFY(t.signInAdmin());
    const QString password = t.addUser(QStringLiteral("clerk"), Core::Role::FrontDesk);
    t.services().users().signOut();
    for (int i = 1; i <= Core::Constants::MaxFailedSignIns; ++i) {
        auto r = t.services().users().signIn(QStringLiteral("clerk"),
                                             QStringLiteral("not-it-%1").arg(i));
        QVERIFY(!r.ok());
        if (i == Core::Constants::MaxFailedSignIns)
            QVERIFY2(r.error().message.contains(QLatin1String("locked")),
                     qPrintable(r.error().message));
    }
    // The right password no longer works while locked.
    auto locked = t.services().users().signIn(QStringLiteral("clerk"), password);
    QVERIFY(!locked.ok());
    QVERIFY(locked.error().message.contains(QLatin1String("locked")));
    QVERIFY(locked.error().message.contains(QLatin1String("15 minutes"))
            || locked.error().message.contains(QLatin1String("minutes")));
    QCOMPARE(countAction(t, Core::Constants::Audit::AccountLocked), 1);

    // The admin unlocks; the clerk gets in.
    QVERIFY(t.signInAdmin());
    auto users = t.services().users().list();
    QVERIFY(users.ok());
    qint64 clerkId = 0;
    for (const auto &u : users.value()) {
        if (u.username == QLatin1String("clerk")) {
            clerkId = u.id;
            QVERIFY(u.lockedUntil > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
        }
    }
    QVERIFY(clerkId);
    QVERIFY(t.services().users().unlockAccount(clerkId).ok());
    QCOMPARE(countAction(t, Core::Constants::Audit::UserUnlock), 1);
    t.services().users().signOut();
    QVERIFY(t.services().users().signIn(QStringLiteral("clerk"), password).ok());
}

void tst_Users::disabledAccount()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    QVERIFY(t.signInAdmin());
    const QString password = t.addUser(QStringLiteral("gone"), Core::Role::Biller);
    const qint64 id = t.services().users().list()->last().id;
    QVERIFY(t.services().users().setDisabled(id, true).ok());
    t.services().users().signOut();
    auto r = t.services().users().signIn(QStringLiteral("gone"), password);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("disabled")));
}

void tst_Users::badInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << QString() << QStringLiteral("long-enough-1")
                                << QStringLiteral("required");
    QTest::newRow("space in name")
        << QStringLiteral("a b") << QStringLiteral("long-enough-1") << QStringLiteral("not valid");
    QTest::newRow("too long name")
        << QString(40, QLatin1Char('a')) << QStringLiteral("long-enough-1")
        << QStringLiteral("not valid");
    QTest::newRow("starts with digit")
        << QStringLiteral("1abc") << QStringLiteral("long-enough-1") << QStringLiteral("not valid");
    QTest::newRow("short password")
        << QStringLiteral("okname") << QStringLiteral("short") << QStringLiteral("at least 8");
    QTest::newRow("oversize password") << QStringLiteral("okname") << QString(300, QLatin1Char('p'))
                                       << QStringLiteral("longer than 256");
    QTest::newRow("duplicate") << QStringLiteral("BOSS") << QStringLiteral("long-enough-1")
                               << QStringLiteral("already exists");
}

void tst_Users::badInput()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    Test::TestStore t;
    QVERIFY(t.ok());
    QVERIFY(t.signInAdmin());
    const int before = int(t.services().users().list()->size());
    auto r = t.services().users().add({username, QString(), Core::Role::Biller, password});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QCOMPARE(int(t.services().users().list()->size()), before);
    QCOMPARE(countAction(t, Core::Constants::Audit::UserAdd), 0);
}

void tst_Users::unlockNeedsTheSameUser()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    QVERIFY(t.signInAdmin());
    QVERIFY(t.services().users().recordLock().ok());
    QVERIFY(!t.services().users().unlock(QStringLiteral("not the password")).ok());
    QVERIFY(t.services().users().unlock(Test::AdminPassword).ok());
    QCOMPARE(countAction(t, Core::Constants::Audit::Lock), 1);
    QCOMPARE(countAction(t, Core::Constants::Audit::UnlockFailed), 1);
    QCOMPARE(countAction(t, Core::Constants::Audit::Unlock), 1);

    // Guessing at the lock screen counts toward the lockout like guessing at the login.
    QVERIFY(t.services().users().recordLock().ok());
    const qint64 self = t.services().context().session()->userId;
    for (int i = 1; i < Core::Constants::MaxFailedSignIns; ++i) {
        QVERIFY(!t.services().users().unlock(QStringLiteral("guess-%1").arg(i)).ok());
        QVERIFY(!t.services().users().isAccountLocked(self));
    }
    const Core::Status last = t.services().users().unlock(QStringLiteral("guess-last"));
    QVERIFY(!last.ok());
    QVERIFY2(last.error().message.contains(QLatin1String("locked")),
             qPrintable(last.error().message));
    QVERIFY(t.services().users().isAccountLocked(self));
    // Even the right password no longer unlocks.
    QVERIFY(!t.services().users().unlock(Test::AdminPassword).ok());
    QCOMPARE(countAction(t, Core::Constants::Audit::AccountLocked), 1);
}

void tst_Users::roleChangeAndSelfProtection()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    QVERIFY(t.signInAdmin());
    const qint64 self = t.services().context().session()->userId;
    QVERIFY(!t.services().users().setRole(self, Core::Role::Biller).ok());
    QVERIFY(!t.services().users().setDisabled(self, true).ok());
    const QString pw = t.addUser(QStringLiteral("doc"), Core::Role::FrontDesk);
    const qint64 doc = t.services().users().list()->at(1).id;
    QVERIFY(t.services().users().setRole(doc, Core::Role::Provider).ok());
    t.services().users().signOut();
    auto s = t.services().users().signIn(QStringLiteral("doc"), pw);
    QVERIFY(s.ok());
    QCOMPARE(s->role, Core::Role::Provider);
}

QTEST_GUILESS_MAIN(tst_Users)
#include "tst_users.moc"
