#include "core/store/store.h"

#include "core/constants.h"
#include "core/store/database.h"
#include "core/store/keystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ambulo::Core {

namespace {

QList<MigrationSet> allMigrations(const QList<MigrationSet> &moduleMigrations)
{
    QList<MigrationSet> sets{Store::coreMigrations()};
    sets += moduleMigrations;
    return sets;
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Store::Store(StoreLocation location, QByteArray key, std::unique_ptr<Database> db, bool encrypted)
    : m_location(std::move(location))
    , m_key(std::move(key))
    , m_auditKey(KeyStore::deriveAuditKey(m_key))
    , m_db(std::move(db))
    , m_encrypted(encrypted)
{}

Store::~Store()
{
    m_key.fill('\0');
    m_auditKey.fill('\0');
}

QString Store::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Store::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(Constants::DatabaseFileName));
}

QString Store::keychainAccount(const QString &dataDir)
{
    return QStringLiteral("store:") + QFileInfo(databasePath(dataDir)).absoluteFilePath();
}

bool Store::exists(const QString &dataDir)
{
    return QFileInfo::exists(databasePath(dataDir));
}

Result<QByteArray> Store::loadKey(const StoreLocation &location)
{
    if (!location.keyFile.isEmpty())
        return KeyStore::readKeyFile(location.keyFile);
    return KeyStore::readKeychain(keychainAccount(location.dataDir));
}

Result<std::unique_ptr<Store>> Store::create(const StoreLocation &location,
                                             const QList<MigrationSet> &moduleMigrations)
{
    if (location.dataDir.isEmpty())
        return invalid(QStringLiteral("No data directory given."));
    if (exists(location.dataDir))
        return conflict(QStringLiteral("A store already exists in %1; refusing to overwrite it.")
                            .arg(location.dataDir));
    if (!QDir().mkpath(location.dataDir))
        return invalid(QStringLiteral("Cannot create data directory %1.").arg(location.dataDir));
    QFile::setPermissions(location.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A key file given at init may already exist (made by an installer); otherwise we make it.
    QByteArray key;
    bool madeKeyFile = false;
    bool madeKeychainEntry = false;
    if (!location.keyFile.isEmpty()) {
        if (QFileInfo::exists(location.keyFile)) {
            Result<QByteArray> k = KeyStore::readKeyFile(location.keyFile);
            if (!k)
                return k.error();
            key = k.value();
        } else {
            key = KeyStore::randomKey(Database::KeyBytes);
            if (Status s = KeyStore::writeKeyFile(location.keyFile, key); !s)
                return s.error();
            madeKeyFile = true;
        }
    } else {
        key = KeyStore::randomKey(Database::KeyBytes);
        if (Status s = KeyStore::writeKeychain(keychainAccount(location.dataDir), key); !s)
            return s.error();
        madeKeychainEntry = true;
    }

    const QString path = databasePath(location.dataDir);
    auto undo = [&](const Error &error) -> Error {
        removeDatabaseFiles(path);
        if (madeKeyFile)
            QFile::remove(location.keyFile);
        if (madeKeychainEntry)
            (void)KeyStore::deleteKeychain(keychainAccount(location.dataDir));
        return error;
    };

    Result<std::unique_ptr<Database>> db = Database::open(path, key, Database::OpenMode::Create);
    if (!db)
        return undo(db.error());
    if (Status s = applyMigrations(*db.value(), allMigrations(moduleMigrations)); !s) {
        db.value().reset();
        return undo(s.error());
    }
    return std::unique_ptr<Store>(new Store(location, key, std::move(db.value())));
}

Result<std::unique_ptr<Store>> Store::open(const StoreLocation &location,
                                           const QList<MigrationSet> &moduleMigrations)
{
    if (!exists(location.dataDir))
        return invalid(
            QStringLiteral("No Ambulo store in %1. Create one with 'ambulo init' "
                           "(or 'ambulo demo').")
                .arg(location.dataDir.isEmpty() ? QStringLiteral("(none)") : location.dataDir));
    Result<QByteArray> key = loadKey(location);
    if (!key)
        return key.error();
    Result<std::unique_ptr<Database>> db = Database::open(
        databasePath(location.dataDir), key.value(), Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    if (Status s = applyMigrations(*db.value(), allMigrations(moduleMigrations)); !s)
        return s.error();
    return std::unique_ptr<Store>(new Store(location, key.value(), std::move(db.value())));
}

Result<std::unique_ptr<Store>> Store::createUnencrypted(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return invalid(QStringLiteral("Cannot create %1.").arg(dataDir));
    const QString path = databasePath(dataDir);
    removeDatabaseFiles(path);
    Result<std::unique_ptr<Database>> db = Database::open(path, {}, Database::OpenMode::Create);
    if (!db)
        return db.error();
    if (Status s = applyMigrations(*db.value(), {coreMigrations()}); !s)
        return s.error();
    // The audit chain still needs a key; a fixed one is fine for a throwaway benchmark file.
    return std::unique_ptr<Store>(new Store({dataDir, {}}, QByteArray(Database::KeyBytes, 'b'),
                                            std::move(db.value()), false));
}

Result<std::unique_ptr<Store>> Store::openUnencrypted(const QString &dataDir)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(databasePath(dataDir), {}, Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    return std::unique_ptr<Store>(new Store({dataDir, {}}, QByteArray(Database::KeyBytes, 'b'),
                                            std::move(db.value()), false));
}

Result<std::unique_ptr<Database>> Store::openConnection() const
{
    return Database::open(databasePath(m_location.dataDir), m_key,
                          Database::OpenMode::OpenExisting);
}

} // namespace Ambulo::Core
