#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Ambulo::Core {

class Database;

// A prepared statement borrowed from the connection's cache. Values are always bound, never
// formatted into SQL. The statement is reset when the Query goes out of scope.
class Query
{
public:
    Query(Database &db, sqlite3_stmt *stmt, QString sql);
    Query(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query();

    Query &bind(int index, qint64 value);
    Query &bind(int index, int value) { return bind(index, qint64(value)); }
    Query &bind(int index, double value);
    Query &bind(int index, const QString &value);  // a null QString binds '' (use bindNull)
    Query &bind(int index, const QVariant &value); // invalid/null binds NULL
    Query &bind(int index, const QByteArray &value);
    Query &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Query &bindNull(int index);

    // Steps once. True while a row is available; false at the end or on error (see failed()).
    bool next();
    // Runs a statement that returns no rows.
    Status exec();
    // Ends a read early so the connection holds no pending statement.
    void finish();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    bool failed() const { return m_failed; }
    Error error() const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
    QString m_sql;
    bool m_failed = false;
    QString m_message;
};

// RAII write transaction: BEGIN IMMEDIATE so the audit chain and conflict checks see a stable
// tail; rolled back unless commit() succeeds. Inside an open transaction it becomes a savepoint,
// so a service can be composed into a larger all-or-nothing unit — or, while a JoinNested is
// alive, it joins the open transaction (see there).
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool active() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_joined = false;
    QString m_savepoint;
    Error m_error;
};

// While one is alive, a Transaction opened inside the open transaction takes no savepoint: it
// joins the open one. Its commit() does nothing; ending it without commit() makes the whole
// transaction rollback-only (Database::rollbackOnly(); the outermost commit() then rolls back
// and fails). For a caller that can redo its work the slow way when that happens (the HL7 batch
// applies again with a savepoint per message): a savepoint makes SQLite copy every page it
// changes for the first time into a journal, and SQLCipher encrypts each copy.
class JoinNested
{
public:
    explicit JoinNested(Database &db);
    ~JoinNested();
    JoinNested(const JoinNested &) = delete;
    JoinNested &operator=(const JoinNested &) = delete;

private:
    Database &m_db;
};

// One SQLCipher connection; one per thread, never shared.
class Database
{
public:
    enum class OpenMode { OpenExisting, Create };

    // An empty key opens the file as plain SQLite; only benchmarks and tests do that.
    static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &rawKey,
                                                  OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Query query(const QString &sql);
    Status exec(const QString &sql); // statements without parameters (DDL, pragmas)
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    // A joined Transaction ended without commit() (see JoinNested) since the outermost began.
    bool rollbackOnly() const { return m_rollbackOnly; }
    QString path() const { return m_path; }
    QString lastErrorMessage() const;

    sqlite3 *handle() const { return m_db; }

    static constexpr int KeyBytes = 32;

private:
    Database(sqlite3 *db, QString path);
    Status configure(bool keyed);

    sqlite3 *m_db;
    QString m_path;
    QHash<QString, sqlite3_stmt *> m_cache;
    int m_savepointDepth = 0;
    int m_joinDepth = 0;
    bool m_rollbackOnly = false;
    friend class Query;
    friend class Transaction;
    friend class JoinNested;
};

} // namespace Ambulo::Core
