#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ambulo::Core {

class Database;

struct Migration
{
    int version = 0;
    QStringList statements;
};

// The migrations of one library or module, numbered from 1 without gaps.
struct MigrationSet
{
    QString component;
    QList<Migration> migrations;

    int latest() const { return migrations.isEmpty() ? 0 : migrations.last().version; }
};

// Applies what is missing, each migration in its own transaction. Refuses up front, touching
// nothing, when the file holds a newer schema of a component than this build knows.
Status applyMigrations(Database &db, const QList<MigrationSet> &sets);

// The version the file holds for a component, 0 when absent.
int schemaVersion(Database &db, const QString &component);

} // namespace Ambulo::Core
