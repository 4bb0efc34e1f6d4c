#include "core/store/database.h"
#include "core/store/keystore.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ambulo;

// The real `ambulo` binary, as a script or a clerk at a terminal would run it.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initAndUsers();
    void exitCodes_data();
    void exitCodes();
    void helpOption();
    void searchOutput();
    void mergeIsForAdmins();
    void demoIsEncryptedAtRest();
    void wrongKeyChangesNothing();
    void auditVerifyFindsTampering();
    void auditListFilters();
    void keychainStore();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &password = {}, const QByteArray &input = {},
            const QString &newPassword = {});
    QStringList store() const
    {
        return {QStringLiteral("--data"), m_data, QStringLiteral("--key-file"), m_key};
    }

    QString m_bin;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_key;
};

tst_Cli::Run tst_Cli::run(const QStringList &args, const QString &password, const QByteArray &input,
                          const QString &newPassword)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AMBULO_PASSWORD"));
    env.remove(QStringLiteral("AMBULO_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("AMBULO_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("AMBULO_NEW_PASSWORD"), newPassword);
    p.setProcessEnvironment(env);
    p.start(m_bin, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(240000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_Cli::initTestCase()
{
    m_bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(m_bin), "AMBULO_BIN must name the ambulo binary");
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_key = m_dir.filePath(QStringLiteral("store.key"));
    const Run r = run(store()
                          + QStringList{QStringLiteral("init"), QStringLiteral("--practice"),
                                        QStringLiteral("Elm Street Clinic"),
                                        QStringLiteral("--admin"), QStringLiteral("boss")},
                      QStringLiteral("boss-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Elm Street Clinic")));
    QCOMPARE(QFile::permissions(m_key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             0);
}

void tst_Cli::initAndUsers()
{
    // The acting password on the first stdin line, the new one on the second.
    Run r = run(store()
                    + QStringList{QStringLiteral("--user"), QStringLiteral("boss"),
                                  QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("frank"), QStringLiteral("--role"),
                                  QStringLiteral("front-desk")},
                {}, "boss-password-1\nfrank-password-1\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(store()
                + QStringList{QStringLiteral("--user"), QStringLiteral("boss"),
                              QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bill"),
                              QStringLiteral("--role"), QStringLiteral("biller")},
            QStringLiteral("boss-password-1"), {}, QStringLiteral("bill-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(store()
                + QStringList{QStringLiteral("--user"), QStringLiteral("boss"),
                              QStringLiteral("user"), QStringLiteral("list")},
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("frank\tfront-desk\tactive")));
    QVERIFY(r.out.contains(QLatin1String("bill\tbiller\tactive")));
    // Add two patients for the later searches.
    for (const auto &[family, given, dob] : {std::tuple{"Garcia", "Ana", "1980-03-14"},
                                             std::tuple{"Garcia", "Andrés", "1977-07-07"}}) {
        r = run(store()
                    + QStringList{QStringLiteral("--user"), QStringLiteral("frank"),
                                  QStringLiteral("patients"), QStringLiteral("add"),
                                  QStringLiteral("--family"), QString::fromUtf8(family),
                                  QStringLiteral("--given"), QString::fromUtf8(given),
                                  QStringLiteral("--dob"), QString::fromUtf8(dob),
                                  QStringLiteral("--sex"), QStringLiteral("female")},
                QStringLiteral("frank-password-1"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.trimmed().startsWith(QLatin1Char('M')));
    }
}

void tst_Cli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString boss = QStringLiteral("boss-password-1");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << boss << 2 << "unknown command";
    QTest::newRow("usage: missing value")
        << QStringList{"patients", "search", "--limit"} << boss << 2 << "needs a value";
    QTest::newRow("no user") << QStringList{"audit", "verify"} << boss << 2 << "--user";
    QTest::newRow("wrong password") << QStringList{"--user", "boss", "audit", "verify"}
                                    << "nope-nope-1" << 4 << "wrong password";
    QTest::newRow("biller adds user")
        << QStringList{"--user", "bill", "user", "add", "x1", "--role", "biller"}
        << "bill-password-1" << 4 << "Permission denied";
    QTest::newRow("front desk reads audit") << QStringList{"--user", "frank", "audit", "list"}
                                            << "frank-password-1" << 4 << "Permission denied";
    QTest::newRow("unknown role") << QStringList{"--user", "boss",   "user",   "add",
                                                 "x2",     "--role", "janitor"}
                                  << boss << 1 << "Unknown role 'janitor'";
    QTest::newRow("init over a store")
        << QStringList{"init", "--practice", "X", "--admin", "yy"} << boss << 3 << "already exists";
    QTest::newRow("31 February") << QStringList{"--user",   "frank",      "patients", "add",
                                                "--family", "Lee",        "--given",  "Al",
                                                "--dob",    "1980-02-31", "--sex",    "male"}
                                 << "frank-password-1" << 1 << "not a real date";
    QTest::newRow("malformed date")
        << QStringList{"--user",  "frank", "patients", "add",        "--family", "Lee",
                       "--given", "Al",    "--dob",    "14/03/1980", "--sex",    "male"}
        << "frank-password-1" << 1 << "YYYY-MM-DD";
    QTest::newRow("empty family") << QStringList{"--user",   "frank",      "patients", "add",
                                                 "--family", "",           "--given",  "Al",
                                                 "--dob",    "1980-02-01", "--sex",    "male"}
                                  << "frank-password-1" << 1 << "family name is required";
    QTest::newRow("oversize name")
        << QStringList{"--user",     "frank",    "patients",
                       "add",        "--family", QString(150, QLatin1Char('q')),
                       "--given",    "Al",       "--dob",
                       "1980-02-01", "--sex",    "male"}
        << "frank-password-1" << 1 << "longer than 100";
    QTest::newRow("bad limit") << QStringList{"--user", "frank",   "patients", "search",
                                              "gar",    "--limit", "0"}
                               << "frank-password-1" << 2 << "--limit";
    QTest::newRow("bad audit date")
        << QStringList{"--user", "boss", "audit", "list", "--from", "yesterday"} << boss << 2
        << "not an ISO date";
    QTest::newRow("unknown benchmark")
        << QStringList{"bench", "nothing"} << boss << 2 << "unknown benchmark";
    // A misspelt option is refused before anything runs, not ignored while the command goes
    // ahead without it.
    QTest::newRow("misspelt option")
        << QStringList{"--user", "frank",   "patients", "add",         "--family",
                       "Lee",    "--given", "Al",       "--dob",       "1980-02-01",
                       "--sex",  "male",    "--phnoe",  "217-555-0100"}
        << "frank-password-1" << 2 << "unknown option --phnoe";
    QTest::newRow("misspelt flag") << QStringList{"--user", "boss", "hl7", "queue", "--sned"}
                                   << boss << 2 << "unknown option --sned";
}

void tst_Cli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, password);
    QFETCH(int, code);
    QFETCH(QString, message);
    // Count the patients before, so a refused command provably stored nothing.
    const Run before = run(store()
                               + QStringList{QStringLiteral("--user"), QStringLiteral("frank"),
                                             QStringLiteral("patients"), QStringLiteral("search"),
                                             QStringLiteral("a"), QStringLiteral("--limit"),
                                             QStringLiteral("500")},
                           QStringLiteral("frank-password-1"));
    const Run r = run(store() + args, password);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const Run after = run(store()
                              + QStringList{QStringLiteral("--user"), QStringLiteral("frank"),
                                            QStringLiteral("patients"), QStringLiteral("search"),
                                            QStringLiteral("a"), QStringLiteral("--limit"),
                                            QStringLiteral("500")},
                          QStringLiteral("frank-password-1"));
    QCOMPARE(after.out, before.out);
}

void tst_Cli::helpOption()
{
    // `--help` is the help, as `help` is, wherever it stands.
    for (const QStringList &args :
         {QStringList{"--help"}, QStringList{"help"}, QStringList{"patients", "--help"}}) {
        const Run r = run(args, QString());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("hl7 interface add")), qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
}

void tst_Cli::searchOutput()
{
    Run r = run(store()
                    + QStringList{QStringLiteral("--user"), QStringLiteral("bill"),
                                  QStringLiteral("patients"), QStringLiteral("search"),
                                  QStringLiteral("gar"), QStringLiteral("1980")},
                QStringLiteral("bill-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^M\\d{7}\tGarcia, Ana\t1980-03-14$"))
                .match(lines[0])
                .hasMatch());

    // --stdin: one query per line after the password line; each block ends with an empty line.
    r = run(store()
                + QStringList{QStringLiteral("--user"), QStringLiteral("frank"),
                              QStringLiteral("patients"), QStringLiteral("search"),
                              QStringLiteral("--stdin")},
            {}, "frank-password-1\nana garcia\nnobody-at-all\nandres\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QList<QStringList> blocks{{}};
    QStringList outLines = r.out.split(QLatin1Char('\n'));
    QCOMPARE(outLines.takeLast(), QString()); // output ends with a line end
    for (const QString &line : std::as_const(outLines)) {
        if (line.isEmpty())
            blocks.append(QStringList());
        else
            blocks.last().append(line);
    }
    QCOMPARE(blocks.takeLast(), QStringList()); // nothing after the last block's empty line
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[0].size(), 1);
    QVERIFY(blocks[0][0].contains(QLatin1String("Garcia, Ana")));
    QCOMPARE(blocks[1], QStringList());
    QCOMPARE(blocks[2].size(), 1);
    QVERIFY(blocks[2][0].contains(QStringLiteral("Garcia, Andrés")));
}

void tst_Cli::mergeIsForAdmins()
{
    // One person registered twice (by the admin: auditListFilters counts frank's registrations).
    QStringList mrns;
    for (int n = 0; n < 2; ++n) {
        const Run r = run(store()
                              + QStringList{"--user", "boss", "patients", "add", "--family",
                                            "Okoro", "--given", "Ben", "--dob", "1990-01-01",
                                            "--sex", "male", "--phone", n == 0 ? "555-0101" : ""},
                          QStringLiteral("boss-password-1"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        mrns << r.out.trimmed();
    }
    const auto found = [&](const QString &query) {
        const Run r = run(store() + QStringList{"--user", "boss", "patients", "search", query},
                          QStringLiteral("boss-password-1"));
        return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    QCOMPARE(found(QStringLiteral("okoro")).size(), 2);
    const QStringList merge{"patients", "merge", mrns[0], mrns[1], "--reason", "registered twice"};

    // The front desk may not merge; nothing changes.
    Run r =
        run(store() + QStringList{"--user", "frank"} + merge, QStringLiteral("frank-password-1"));
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("practice.admin")), qPrintable(r.err));
    QCOMPARE(found(QStringLiteral("okoro")).size(), 2);
    // The admin must say why, and name two records that exist.
    r = run(store() + QStringList{"--user", "boss"} + merge.mid(0, 4),
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--reason")));
    r = run(store()
                + QStringList{"--user", "boss", "patients", "merge", mrns[0], "M9999999",
                              "--reason", "registered twice"},
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("M9999999")));
    r = run(store()
                + QStringList{"--user", "boss", "patients", "merge", mrns[0], mrns[0], "--reason",
                              "registered twice"},
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 1);
    QCOMPARE(found(QStringLiteral("okoro")).size(), 2);

    r = run(store() + QStringList{"--user", "boss"} + merge, QStringLiteral("boss-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("%1 merged into %2").arg(mrns[1], mrns[0]));
    const QStringList left = found(QStringLiteral("okoro"));
    QCOMPARE(left.size(), 1);
    QVERIFY(left[0].startsWith(mrns[0]));
    // The merged-away MRN still leads to the person's record.
    r = run(store() + QStringList{"--user", "boss", "patients", "show", mrns[1]},
            QStringLiteral("boss-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(mrns[0] + QLatin1Char('\t')));
    QVERIFY(r.out.contains(QLatin1String("555-0101")));
    // Again: already done, nothing more.
    r = run(store() + QStringList{"--user", "boss"} + merge, QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("already part of")));
    // Audited with the reason.
    r = run(
        store()
            + QStringList{"--user", "boss", "audit", "list", "--action", "patient.merge", "--csv"},
        QStringLiteral("boss-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1String("registered twice")), 1);
}

void tst_Cli::demoIsEncryptedAtRest()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("demo"));
    const QString key = dir.filePath(QStringLiteral("demo.key"));
    const Run r = run({QStringLiteral("--data"), data, QStringLiteral("--key-file"), key,
                       QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("400"),
                       QStringLiteral("--seed"), QStringLiteral("9")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("frontdesk")));

    // What was seeded, read back through the key.
    QStringList secrets;
    {
        auto db = Core::Database::open(Core::Store::databasePath(data),
                                       Core::KeyStore::readKeyFile(key).value(),
                                       Core::Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        auto q = db.value()->query(
            QStringLiteral("SELECT mrn, family, given, phone_mobile, email FROM patients"));
        while (q.next()) {
            secrets << q.text(0) << q.text(4);
            if (q.text(1).size() >= 5)
                secrets << q.text(1) + QStringLiteral(", ") + q.text(2) << q.text(1);
        }
    }
    QCOMPARE(secrets.isEmpty(), false);
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(path));
        for (const QString &s : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(path + QStringLiteral(" holds ") + s));
            QVERIFY2(!bytes.contains(s.toLower().toUtf8()),
                     qPrintable(path + QStringLiteral(" holds ") + s));
        }
    }
    QVERIFY(files >= 1);
}

void tst_Cli::wrongKeyChangesNothing()
{
    const auto before = Test::fileHashes(m_data);
    QTemporaryDir other;
    const QString wrong = other.filePath(QStringLiteral("wrong.key"));
    QVERIFY(Core::KeyStore::writeKeyFile(wrong, Core::KeyStore::randomKey(32)).ok());
    Run r = run({QStringLiteral("--data"), m_data, QStringLiteral("--key-file"), wrong,
                 QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("audit"),
                 QStringLiteral("verify")},
                QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("key does not open")), qPrintable(r.err));
    QCOMPARE(Test::fileHashes(m_data), before);

    r = run({QStringLiteral("--data"), m_data, QStringLiteral("--key-file"),
             other.filePath(QStringLiteral("missing.key")), QStringLiteral("--user"),
             QStringLiteral("boss"), QStringLiteral("audit"), QStringLiteral("verify")},
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
    QCOMPARE(Test::fileHashes(m_data), before);
}

void tst_Cli::auditVerifyFindsTampering()
{
    QTemporaryDir dir;
    const QStringList s{QStringLiteral("--data"), dir.filePath(QStringLiteral("d")),
                        QStringLiteral("--key-file"), dir.filePath(QStringLiteral("k"))};
    QCOMPARE(run(s
                     + QStringList{QStringLiteral("init"), QStringLiteral("--practice"),
                                   QStringLiteral("P"), QStringLiteral("--admin"),
                                   QStringLiteral("root1")},
                 QStringLiteral("root-password-1"))
                 .code,
             0);
    Run r = run(s
                    + QStringList{QStringLiteral("--user"), QStringLiteral("root1"),
                                  QStringLiteral("audit"), QStringLiteral("verify")},
                QStringLiteral("root-password-1"));
    QCOMPARE(r.code, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^ok \\d+ entries\n$")).match(r.out).hasMatch(),
             qPrintable(r.out));
    {
        auto db = Core::Database::open(
            Core::Store::databasePath(dir.filePath(QStringLiteral("d"))),
            Core::KeyStore::readKeyFile(dir.filePath(QStringLiteral("k"))).value(),
            Core::Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        QVERIFY(
            db.value()
                ->exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2"))
                .ok());
    }
    r = run(s
                + QStringList{QStringLiteral("--user"), QStringLiteral("root1"),
                              QStringLiteral("audit"), QStringLiteral("verify")},
            QStringLiteral("root-password-1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("entry 2")), qPrintable(r.err));
}

void tst_Cli::auditListFilters()
{
    Run r = run(store()
                    + QStringList{QStringLiteral("--user"), QStringLiteral("boss"),
                                  QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--user"), QStringLiteral("frank"),
                                  QStringLiteral("--action"), QStringLiteral("patient.create")},
                QStringLiteral("boss-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.value(2), QStringLiteral("frank"));
        QCOMPARE(f.value(4), QStringLiteral("patient.create"));
        QVERIFY(f.value(6).startsWith(QLatin1Char('M')));
    }
    r = run(store()
                + QStringList{QStringLiteral("--user"), QStringLiteral("boss"),
                              QStringLiteral("audit"), QStringLiteral("list"),
                              QStringLiteral("--from"), QStringLiteral("2999-01-01")},
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    r = run(store()
                + QStringList{QStringLiteral("--user"), QStringLiteral("boss"),
                              QStringLiteral("audit"), QStringLiteral("list"),
                              QStringLiteral("--action"), QStringLiteral("session.sign-in-failed"),
                              QStringLiteral("--csv")},
            QStringLiteral("boss-password-1"));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("id,time_utc,user,")));
    QVERIFY(r.out.contains(QLatin1String("wrong password")));
}

void tst_Cli::keychainStore()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite through the README's test command.");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("kc"));
    Run r = run({QStringLiteral("--data"), data, QStringLiteral("init"),
                 QStringLiteral("--practice"), QStringLiteral("Keychain Clinic"),
                 QStringLiteral("--admin"), QStringLiteral("kcadmin")},
                QStringLiteral("kc-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("OS keychain")));
    r = run({QStringLiteral("--data"), data, QStringLiteral("--user"), QStringLiteral("kcadmin"),
             QStringLiteral("audit"), QStringLiteral("verify")},
            QStringLiteral("kc-password-1"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QLatin1String("ok ")));
    QVERIFY(Core::KeyStore::deleteKeychain(Core::Store::keychainAccount(data)).ok());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
