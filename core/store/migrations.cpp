#include "core/store/migrations.h"

#include "core/store/database.h"

#include <QDateTime>

namespace Ambulo::Core {

namespace {

const QString CreateVersionTable =
    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, "
                   "version INTEGER NOT NULL, applied_at TEXT NOT NULL)");

} // namespace

int schemaVersion(Database &db, const QString &component)
{
    Query q = db.query(QStringLiteral("SELECT version FROM schema_version WHERE component = ?"));
    q.bind(1, component);
    return q.next() ? q.integer(0) : 0;
}

Status applyMigrations(Database &db, const QList<MigrationSet> &sets)
{
    if (Status s = db.exec(CreateVersionTable); !s)
        return s;

    for (const MigrationSet &set : sets) {
        const int current = schemaVersion(db, set.component);
        if (current > set.latest())
            return invalid(QStringLiteral("This store was written by a newer Ambulo: its '%1' "
                                          "schema is version %2, this build knows up to %3. "
                                          "Install the newer Ambulo to open it.")
                               .arg(set.component)
                               .arg(current)
                               .arg(set.latest()));
    }

    for (const MigrationSet &set : sets) {
        const int current = schemaVersion(db, set.component);
        for (const Migration &m : set.migrations) {
            if (m.version <= current)
                continue;
            Transaction tx(db);
            if (!tx.active())
                return tx.error();
            for (const QString &statement : m.statements) {
                if (Status s = db.exec(statement); !s)
                    return invalid(QStringLiteral("Migration %1 v%2 failed: %3")
                                       .arg(set.component)
                                       .arg(m.version)
                                       .arg(s.error().message));
            }
            Query q = db.query(QStringLiteral(
                "INSERT OR REPLACE INTO schema_version (component, version, applied_at) "
                "VALUES (?, ?, ?)"));
            q.bind(1, set.component)
                .bind(2, m.version)
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (Status s = q.exec(); !s)
                return s;
            if (Status s = tx.commit(); !s)
                return s;
        }
    }
    return {};
}

} // namespace Ambulo::Core
