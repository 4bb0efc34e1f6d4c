#include "core/store/database.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QFileInfo>

namespace Ambulo::Core {

namespace {

// SQLCipher's own defaults (1 KiB pages) cost a third of the throughput on the workloads we
// measured; every open must use the same value or the file cannot be read.
constexpr int CipherPageSize = 4096;

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

Query::Query(Database &db, sqlite3_stmt *stmt, QString sql)
    : m_db(&db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
{
    if (!m_stmt) {
        m_failed = true;
        m_message = db.lastErrorMessage();
    }
}

Query::Query(Query &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_failed(other.m_failed)
    , m_message(std::move(other.m_message))
{}

Query::~Query()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    // Return the statement to the cache unless a twin was checked in meanwhile.
    auto it = m_db->m_cache.find(m_sql);
    if (it == m_db->m_cache.end())
        m_db->m_cache.insert(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Query &Query::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) {
        m_failed = true;
        m_message = m_db->lastErrorMessage();
    }
    return *this;
}

Query &Query::bind(int index, double value)
{
    if (m_stmt && sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) {
        m_failed = true;
        m_message = m_db->lastErrorMessage();
    }
    return *this;
}

Query &Query::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Query &Query::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt
        && sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
               != SQLITE_OK) {
        m_failed = true;
        m_message = m_db->lastErrorMessage();
    }
    return *this;
}

Query &Query::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    if (m_stmt
        && sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT)
               != SQLITE_OK) {
        m_failed = true;
        m_message = m_db->lastErrorMessage();
    }
    return *this;
}

Query &Query::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK) {
        m_failed = true;
        m_message = m_db->lastErrorMessage();
    }
    return *this;
}

bool Query::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_message = m_db->lastErrorMessage();
    }
    return false;
}

Status Query::exec()
{
    next();
    if (m_failed)
        return error();
    return {};
}

void Query::finish()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

qint64 Query::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Query::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Query::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), size);
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error Query::error() const
{
    return invalid(QStringLiteral("Database error: %1").arg(m_message));
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.inTransaction()) {
        if (db.m_joinDepth > 0) {
            m_joined = true;
            m_active = true;
            return;
        }
        m_savepoint = QStringLiteral("sp%1").arg(++db.m_savepointDepth);
        const Status s = db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
        m_active = s.ok();
        if (!s) {
            --db.m_savepointDepth;
            m_error = s.error();
        }
        return;
    }
    const Status s = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = s.ok();
    if (!s)
        m_error = s.error();
    db.m_rollbackOnly = false;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_joined) {
        m_db.m_rollbackOnly = true;
        return;
    }
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.m_rollbackOnly = false;
        return;
    }
    (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
    (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    --m_db.m_savepointDepth;
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    const auto rolledBackInside = [] {
        return invalid(QStringLiteral("A step inside the transaction failed; nothing of it was "
                                      "kept."));
    };
    if (m_joined) {
        m_active = false;
        if (m_db.m_rollbackOnly)
            return rolledBackInside();
        return {};
    }
    if (m_savepoint.isEmpty() && m_db.m_rollbackOnly) {
        m_active = false;
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.m_rollbackOnly = false;
        return rolledBackInside();
    }
    const Status s = m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                     : QStringLiteral("RELEASE ") + m_savepoint);
    if (s) {
        m_active = false;
        if (!m_savepoint.isEmpty())
            --m_db.m_savepointDepth;
    }
    return s;
}

JoinNested::JoinNested(Database &db)
    : m_db(db)
{
    ++m_db.m_joinDepth;
}

JoinNested::~JoinNested()
{
    --m_db.m_joinDepth;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::~Database()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QByteArray &rawKey,
                                                 OpenMode mode)
{
    if (!rawKey.isEmpty() && rawKey.size() != KeyBytes)
        return invalid(QStringLiteral("The store key must be %1 bytes.").arg(KeyBytes));
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::OpenExisting && !exists)
        return invalid(QStringLiteral("No store at %1.").arg(path));
    if (mode == OpenMode::Create && exists)
        return invalid(QStringLiteral("A store already exists at %1.").arg(path));

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::Create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *handle = nullptr;
    const QByteArray nativePath = path.toUtf8();
    if (mode == OpenMode::Create) {
        // Owner-only from the first byte; SQLite gives the WAL and shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return invalid(QStringLiteral("Cannot create %1: %2").arg(path, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    }
    const int rc = sqlite3_open_v2(nativePath.constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return invalid(QStringLiteral("Cannot open %1: %2").arg(path, sqliteMessage(handle)));

    if (!rawKey.isEmpty()) {
        // The x'…' form makes SQLCipher use the bytes as the key itself, skipping its KDF.
        QByteArray pragma = "PRAGMA key = \"x'" + rawKey.toHex() + "'\"";
        const int keyRc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
        pragma.fill('\0');
        if (keyRc != SQLITE_OK)
            return invalid(QStringLiteral("Cannot key %1: %2").arg(path, sqliteMessage(handle)));
        const QByteArray pageSize =
            "PRAGMA cipher_page_size = " + QByteArray::number(CipherPageSize);
        if (sqlite3_exec(handle, pageSize.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return invalid(
                QStringLiteral("Cannot configure encryption: %1").arg(sqliteMessage(handle)));
    }

    // The first read is where a wrong key shows: SQLCipher cannot authenticate page 1. Nothing has
    // been written yet, so the file stays byte-identical.
    const int probe =
        sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (probe == SQLITE_NOTADB)
        return Error{ErrorCode::Denied,
                     QStringLiteral("The key does not open the store at %1 (wrong key, or the file "
                                    "is not an Ambulo store).")
                         .arg(path)};
    if (probe != SQLITE_OK)
        return invalid(QStringLiteral("Cannot read %1: %2").arg(path, sqliteMessage(handle)));

    if (Status s = db->configure(!rawKey.isEmpty()); !s)
        return s.error();
    return db;
}

Status Database::configure(bool keyed)
{
    Q_UNUSED(keyed)
    sqlite3_busy_timeout(m_db, 5000);
    const char *pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA temp_store = MEMORY",
        // Every page read past the cache is decrypted and authenticated again; 32 MiB keeps the
        // pages a session works on in the clear, in memory only.
        "PRAGMA cache_size = -32768",
        "PRAGMA secure_delete = ON",
        "PRAGMA foreign_keys = ON",
    };
    for (const char *pragma : pragmas) {
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    return {};
}

Query Database::query(const QString &sql)
{
    sqlite3_stmt *stmt = m_cache.take(sql);
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr)
            != SQLITE_OK) {
            stmt = nullptr;
        }
    }
    return Query(*this, stmt, sql);
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return invalid(QStringLiteral("Database error: %1").arg(text));
    }
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::lastErrorMessage() const
{
    return sqliteMessage(m_db);
}

} // namespace Ambulo::Core
