#include "app/modulecatalog.h"
#include "core/entities/patientsearch.h"
#include "core/store/checkpointer.h"
#include "core/store/database.h"
#include "core/store/keystore.h"
#include "core/store/migrations.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Ambulo;

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void createAndReopen();
    void fileIsNotPlainSqlite();
    void wrongKeyLeavesFilesUntouched();
    void keyFileChecks_data();
    void keyFileChecks();
    void missingStore();
    void refusesExistingStore();
    void newerSchemaIsRefused();
    void failedMigrationRollsBack();
    void searchIndexKeepsItsWordsThroughV4AndV5();
    void keychainHoldsTheKey();
    void checkpointsRunOffTheCommittingConnection();
    void joinedTransactions();
};

void tst_Store::createAndReopen()
{
    Test::TestStore t;
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(t.signInAdmin());
    auto id = t.services().patients().create(
        Test::samplePatient(QStringLiteral("Reopen"), QStringLiteral("Rita"), QDate(1970, 1, 2)));
    QVERIFY(id.ok());
    QVERIFY2(t.reopen(), qPrintable(t.error()));
    QVERIFY(t.signInAdmin());
    auto p = t.services().patients().open(id.value());
    QVERIFY(p.ok());
    QCOMPARE(p->family, QStringLiteral("Reopen"));
    QCOMPARE(Core::schemaVersion(t.store().db(), QStringLiteral("core")),
             Core::Store::coreMigrations().latest());
}

void tst_Store::fileIsNotPlainSqlite()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    t.close();
    QFile f(t.dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.read(16).startsWith("SQLite format 3"));
    QCOMPARE(QFile::permissions(t.dbPath()) & (QFile::ReadGroup | QFile::ReadOther), 0);
}

void tst_Store::wrongKeyLeavesFilesUntouched()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    t.close();
    const auto before = Test::fileHashes(t.dataDir());
    QVERIFY(!before.isEmpty());

    QTemporaryDir other;
    const QString wrongKey = other.filePath(QStringLiteral("wrong.key"));
    QVERIFY(Core::KeyStore::writeKeyFile(wrongKey, Core::KeyStore::randomKey(32)).ok());
    auto opened = Core::Store::open({t.dataDir(), wrongKey}, App::ModuleCatalog::migrations());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Core::ErrorCode::Denied);
    QVERIFY2(opened.error().message.contains(QLatin1String("key does not open")),
             qPrintable(opened.error().message));
    QCOMPARE(Test::fileHashes(t.dataDir()), before);
    QVERIFY(t.reopen());
}

void tst_Store::keyFileChecks_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    const QByteArray good = Core::KeyStore::randomKey(32).toHex();
    QTest::newRow("world-readable") << good << 0644 << QStringLiteral("must be 0600");
    QTest::newRow("group-readable") << good << 0640 << QStringLiteral("must be 0600");
    QTest::newRow("too short") << good.left(60) << 0600 << QStringLiteral("exactly 64 hex");
    QTest::newRow("not hex") << QByteArray(64, 'g') << 0600 << QStringLiteral("not hex");
    QTest::newRow("empty") << QByteArray() << 0600 << QStringLiteral("exactly 64 hex");
}

void tst_Store::keyFileChecks()
{
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
    auto key = Core::KeyStore::readKeyFile(path);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(expected), qPrintable(key.error().message));
    // Init with such a key file makes nothing.
    auto store = Core::Store::create({dir.filePath(QStringLiteral("data")), path}, {});
    QVERIFY(!store.ok());
    QVERIFY(!QFile::exists(Core::Store::databasePath(dir.filePath(QStringLiteral("data")))));
}

void tst_Store::missingStore()
{
    QTemporaryDir dir;
    auto store = Core::Store::open(
        {dir.filePath(QStringLiteral("nothing")), dir.filePath(QStringLiteral("k"))}, {});
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(QLatin1String("ambulo init")),
             qPrintable(store.error().message));
}

void tst_Store::refusesExistingStore()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    t.close();
    const auto before = Test::fileHashes(t.dataDir());
    auto again = Core::Store::create({t.dataDir(), t.keyFile()}, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Core::ErrorCode::Conflict);
    QCOMPARE(Test::fileHashes(t.dataDir()), before);
}

void tst_Store::newerSchemaIsRefused()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    // Pretend a newer Ambulo wrote the file.
    QVERIFY(
        t.store()
            .db()
            .exec(QStringLiteral("UPDATE schema_version SET version = 99 WHERE component = 'core'"))
            .ok());
    QVERIFY(!t.reopen());
    QVERIFY2(t.error().contains(QLatin1String("newer Ambulo")), qPrintable(t.error()));
    QVERIFY2(t.error().contains(QLatin1String("99")), qPrintable(t.error()));
}

void tst_Store::failedMigrationRollsBack()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    const Core::MigrationSet good{QStringLiteral("testmodule"),
                                  {{1, {QStringLiteral("CREATE TABLE t1 (x INTEGER)")}}}};
    const Core::MigrationSet bad{
        QStringLiteral("testmodule"),
        {{1, {QStringLiteral("CREATE TABLE t1 (x INTEGER)")}},
         {2, {QStringLiteral("CREATE TABLE t2 (y INTEGER)"), QStringLiteral("THIS IS NOT SQL")}}}};
    QVERIFY(Core::applyMigrations(t.store().db(), {good}).ok());
    const Core::Status s = Core::applyMigrations(t.store().db(), {bad});
    QVERIFY(!s.ok());
    // Nothing of the failed version stays: not its first table, not its version number.
    QVERIFY2(s.error().message.contains(QLatin1String("testmodule v2")),
             qPrintable(s.error().message));
    QCOMPARE(Core::schemaVersion(t.store().db(), QStringLiteral("testmodule")), 1);
    auto q = t.store().db().query(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 't2'"));
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 0);
}

// Core v4 rebuilds the search index without FTS4's per-document size table; v5 rebuilds it without
// FTS4's prefix indexes, the starts searches ask for being words of their own. A store written by
// v3 keeps every patient findable, by whole words, by the first keystrokes and by codes, with the
// very words a save would write now.
void tst_Store::searchIndexKeepsItsWordsThroughV4AndV5()
{
    Test::TestStore t;
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(t.signInAdmin());
    Core::Patient oona = Test::samplePatient(QStringLiteral("Zelinski-Müller"),
                                             QStringLiteral("Oona"), QDate(1961, 7, 3));
    oona.phoneMobile = QStringLiteral("(617) 555-0142");
    auto id = t.services().patients().create(oona);
    QVERIFY(id.ok());
    auto other = t.services().patients().create(Test::samplePatient(
        QStringLiteral("Zelinski"), QStringLiteral("Piotr"), QDate(1970, 1, 1)));
    QVERIFY(other.ok());
    Core::Database &db = t.store().db();
    const auto tables = [&db](const QString &name) {
        auto q = db.query(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
        q.bind(1, name);
        return q.next() ? q.int64(0) : -1;
    };
    QCOMPARE(tables(QStringLiteral("patient_search_docsize")), 0);
    QCOMPARE(tables(QStringLiteral("patient_search_segments")), 1);
    // The index as v3 made it, holding what v3 wrote: whole words only, names as typed.
    const auto v3Words = [](const Core::Patient &p) {
        QStringList w = Core::PatientSearch::nameWords(p.family, p.given, p.middle);
        w << QStringLiteral("5") + p.mrn.toLower()
          << QStringLiteral("1") + p.birthDate.toString(QStringLiteral("yyyyMMdd"))
          << QStringLiteral("6") + p.birthDate.toString(QStringLiteral("MMddyyyy"));
        const QString digits = Core::PatientSearch::digitsOnly(p.phoneMobile);
        if (!digits.isEmpty())
            w << QStringLiteral("4") + digits << QStringLiteral("2") + digits.right(7)
              << QStringLiteral("3") + digits.right(4);
        return w.join(QLatin1Char(' '));
    };
    QList<Core::Patient> patients;
    for (const qint64 pid : {id.value(), other.value()}) {
        auto p = t.services().patients().open(pid);
        QVERIFY(p.ok());
        patients << p.value();
    }
    for (const char *sql :
         {"CREATE VIRTUAL TABLE search_v3 USING fts4 (tokens, prefix=\"1,2,3,5\", "
          "tokenize=unicode61 \"remove_diacritics=1\")",
          "DROP TABLE patient_search", "ALTER TABLE search_v3 RENAME TO patient_search",
          "DROP TABLE patient_identifier_withdrawals", // v6's
          "DROP TABLE patient_same_person_matches",    // v7's
          "UPDATE schema_version SET version = 3 WHERE component = 'core'"})
        QVERIFY2(db.exec(QString::fromLatin1(sql)).ok(), sql);
    for (const Core::Patient &p : std::as_const(patients)) {
        auto ins =
            db.query(QStringLiteral("INSERT INTO patient_search (docid, tokens) VALUES (?, ?)"));
        ins.bind(1, p.id).bind(2, v3Words(p));
        QVERIFY(ins.exec().ok());
    }
    QCOMPARE(tables(QStringLiteral("patient_search_docsize")), 1);

    QVERIFY2(t.reopen(), qPrintable(t.error()));
    Core::Database &reopened = t.store().db();
    QCOMPARE(Core::schemaVersion(reopened, QStringLiteral("core")), 7);
    auto q = reopened.query(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('patient_search_docsize', "
        "'patient_search_v4', 'patient_search_v5', 'search_words') OR name LIKE "
        "'patient_search_v%'"));
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 0);
    q.finish();
    // No prefix indexes left: FTS4 keeps each in segdir under its own index number.
    auto indexes = reopened.query(
        QStringLiteral("SELECT count(DISTINCT level / 1024) FROM patient_search_segdir"));
    QVERIFY(indexes.next());
    QCOMPARE(indexes.int64(0), 1);
    indexes.finish();
    for (const Core::Patient &p : std::as_const(patients)) {
        auto words =
            reopened.query(QStringLiteral("SELECT tokens FROM patient_search WHERE docid = ?"));
        words.bind(1, p.id);
        QVERIFY(words.next());
        QStringList migrated = words.text(0).split(QLatin1Char(' '));
        QStringList saved = Core::PatientSearch::indexTokens(p).split(QLatin1Char(' '));
        // v3 kept "müller" as typed, a save folds it; the tokenizer folds both alike.
        for (QString &w : migrated)
            w = Core::PatientSearch::fold(w);
        migrated.sort();
        saved.sort();
        QCOMPARE(migrated, saved);
    }
    QVERIFY(t.signInAdmin());
    for (const QString &typed :
         {QStringLiteral("zelinski oona"), QStringLiteral("zel oo"), QStringLiteral("oona 1961"),
          QStringLiteral("mül o"), QStringLiteral("zelinski 07/03/1961"), QStringLiteral("z 07/"),
          QStringLiteral("555-0142"), QStringLiteral("zel 0142")}) {
        auto found =
            t.services().patients().search(typed, 10, Core::PatientService::SearchUse::TypeAhead);
        QVERIFY2(found.ok(), qPrintable(typed));
        QCOMPARE(found->matches.size(), 1);
        QCOMPARE(found->matches.first().id, id.value());
    }
    auto both = t.services().patients().search(QStringLiteral("zel"), 10,
                                               Core::PatientService::SearchUse::TypeAhead);
    QVERIFY(both.ok());
    QCOMPARE(both->matches.size(), 2);
}

void tst_Store::keychainHoldsTheKey()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite through the README's test command, which starts "
              "one with an unlocked gnome-keyring.");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        auto store = Core::Store::create({data, {}}, App::ModuleCatalog::migrations());
        QVERIFY2(store.ok(), qPrintable(store.error().message));
    }
    // The key is in the keychain, nowhere in the data directory.
    auto key = Core::KeyStore::readKeychain(Core::Store::keychainAccount(data));
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->size(), 32);
    for (const QString &content : Test::fileHashes(data).keys()) {
        QFile f(content);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(key.value()));
        QVERIFY(!bytes.contains(key->toHex()));
    }
    {
        auto store = Core::Store::open({data, {}}, App::ModuleCatalog::migrations());
        QVERIFY2(store.ok(), qPrintable(store.error().message));
    }
    QVERIFY(Core::KeyStore::deleteKeychain(Core::Store::keychainAccount(data)).ok());
    auto store = Core::Store::open({data, {}}, App::ModuleCatalog::migrations());
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(QLatin1String("keychain holds no key")),
             qPrintable(store.error().message));
}

void tst_Store::checkpointsRunOffTheCommittingConnection()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    QVERIFY(t.signInAdmin());
    const QString wal = t.dbPath() + QStringLiteral("-wal");
    auto autoCheckpoint = [&] {
        auto q = t.store().db().query(QStringLiteral("PRAGMA wal_autocheckpoint"));
        return q.next() ? q.int64(0) : -1;
    };
    int serial = 0;
    auto writeBatches = [&](int batches) {
        for (int b = 0; b < batches; ++b) {
            QList<Core::Patient> batch;
            for (int i = 0; i < 200; ++i, ++serial)
                batch << Test::samplePatient(QStringLiteral("Wal%1").arg(serial),
                                             QStringLiteral("W"),
                                             QDate(1970, 1, 1).addDays(serial % 9000));
            QVERIFY(t.services().patients().import(batch).ok());
            QTest::qWait(60);
        }
    };
    {
        Core::Checkpointer checkpointer(t.store(), std::chrono::milliseconds(20));
        QVERIFY(checkpointer.start().ok());
        QCOMPARE(autoCheckpoint(), 0);
        writeBatches(15);
        QTRY_VERIFY(checkpointer.passes() > 10);
        // With checkpoints done behind it, the WAL is reused instead of growing with every batch.
        const qint64 bounded = QFileInfo(wal).size();
        writeBatches(15);
        QVERIFY2(QFileInfo(wal).size() <= bounded + 512 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2").arg(bounded).arg(QFileInfo(wal).size())));
    }
    QCOMPARE(autoCheckpoint(), 1000);
    // Without anyone checkpointing, the same writes make the WAL grow: the check above can fail.
    QVERIFY(t.store().db().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
    const qint64 before = QFileInfo(wal).size();
    writeBatches(15);
    QVERIFY2(QFileInfo(wal).size() > before + 512 * 1024,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(QFileInfo(wal).size())));
    auto count = t.store().db().query(QStringLiteral("SELECT count(*) FROM patients"));
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), qint64(serial));
}

// A Transaction inside a JoinNested scope joins the open transaction: it takes no savepoint (the
// caller's way to spare SQLCipher the journal), and one that ends without commit() makes the whole
// transaction rollback-only.
void tst_Store::joinedTransactions()
{
    Test::TestStore t;
    QVERIFY(t.ok());
    Core::Database &db = t.store().db();
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE j (x INTEGER)")).ok());
    const auto rows = [&db] {
        auto q = db.query(QStringLiteral("SELECT count(*) FROM j"));
        return q.next() ? q.int64(0) : -1;
    };
    const auto insert = [&db](int x) {
        auto q = db.query(QStringLiteral("INSERT INTO j (x) VALUES (?)"));
        q.bind(1, x);
        return q.exec();
    };
    // Joined and committed: kept with the outer commit.
    {
        Core::Transaction outer(db);
        Core::JoinNested join(db);
        {
            Core::Transaction inner(db);
            QVERIFY(inner.active());
            QVERIFY(insert(1).ok());
            // A savepoint would make this fail: RELEASE of a name never opened.
            QVERIFY(!db.exec(QStringLiteral("RELEASE sp1")).ok());
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(!db.rollbackOnly());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(rows(), 1);
    // Joined and abandoned: the outer commit refuses and rolls everything back, its own rows too.
    {
        Core::Transaction outer(db);
        QVERIFY(insert(2).ok());
        Core::JoinNested join(db);
        {
            Core::Transaction inner(db);
            QVERIFY(insert(3).ok());
        }
        QVERIFY(db.rollbackOnly());
        {
            // A later joined step cannot commit on top of it either.
            Core::Transaction later(db);
            QVERIFY(!later.commit().ok());
        }
        const Core::Status s = outer.commit();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("nothing of it was kept")),
                 qPrintable(s.error().message));
    }
    QVERIFY(!db.inTransaction());
    QVERIFY(!db.rollbackOnly());
    QCOMPARE(rows(), 1);
    // Without the scope, a nested Transaction is a savepoint again: its rollback is its own.
    {
        Core::Transaction outer(db);
        QVERIFY(insert(4).ok());
        {
            Core::Transaction inner(db);
            QVERIFY(insert(5).ok());
        }
        QVERIFY(!db.rollbackOnly());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(rows(), 2);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
