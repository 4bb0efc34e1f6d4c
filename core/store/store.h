#pragma once

#include "core/result.h"
#include "core/store/migrations.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Ambulo::Core {

class Database;

struct StoreLocation
{
    QString dataDir;
    QString keyFile; // empty: the key lives in the OS keychain
};

// The practice's encrypted cache on this workstation: one directory, one SQLCipher file, one key.
class Store
{
public:
    ~Store();

    static QString defaultDataDir();
    static QString databasePath(const QString &dataDir);
    static QString keychainAccount(const QString &dataDir);
    static bool exists(const QString &dataDir);

    // Creates directory, key and schema. Anything it made is removed again if a step fails.
    static Result<std::unique_ptr<Store>> create(const StoreLocation &location,
                                                 const QList<MigrationSet> &moduleMigrations);
    static Result<std::unique_ptr<Store>> open(const StoreLocation &location,
                                               const QList<MigrationSet> &moduleMigrations);
    // For benchmarks only: the same schema in a plain SQLite file, to measure what encryption
    // costs.
    static Result<std::unique_ptr<Store>> createUnencrypted(const QString &dataDir);
    static Result<std::unique_ptr<Store>> openUnencrypted(const QString &dataDir);

    Database &db() { return *m_db; }
    const QByteArray &auditKey() const { return m_auditKey; }
    const StoreLocation &location() const { return m_location; }
    // A further connection for a worker thread.
    Result<std::unique_ptr<Database>> openConnection() const;

    static const MigrationSet &coreMigrations();

private:
    Store(StoreLocation location, QByteArray key, std::unique_ptr<Database> db,
          bool encrypted = true);
    static Result<QByteArray> loadKey(const StoreLocation &location);

    StoreLocation m_location;
    QByteArray m_key;
    QByteArray m_auditKey;
    std::unique_ptr<Database> m_db;
    bool m_encrypted = true;
};

} // namespace Ambulo::Core
