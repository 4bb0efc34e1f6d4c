#pragma once

#include "core/session/services.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <tuple>

namespace Ambulo::Test {

inline const QString AdminName = QStringLiteral("boss");
inline const QString AdminPassword = QStringLiteral("boss-password-1");

// A real encrypted store in a temporary directory, keyed by a 0600 key file, with a first admin.
class TestStore
{
public:
    TestStore();
    ~TestStore();

    bool ok() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    QString dataDir() const;
    QString keyFile() const;
    QString dbPath() const;

    Core::Store &store() { return *m_store; }
    Core::Services &services() { return *m_services; }
    // Signs in as the admin (costs one password hash).
    bool signInAdmin();
    // Adds a user of the given role as the signed-in admin; returns its password.
    QString addUser(const QString &name, Core::Role role);
    // Closes and reopens the store, as after a restart.
    bool reopen();
    void close();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Core::Services> m_services;
    QString m_error;
};

Core::Patient samplePatient(const QString &family, const QString &given, const QDate &dob);

// SHA-256 of every file under a directory, to prove a failed open wrote nothing.
QMap<QString, QByteArray> fileHashes(const QString &dir);

// Runs the `ambulo` binary (AMBULO_BIN) on `store` as its admin, with `args` after the store and
// user options: its exit code (-1 when it has not finished within a minute), standard output
// and standard error.
std::tuple<int, QString, QString> runAmbulo(const TestStore &store, const QStringList &args);

} // namespace Ambulo::Test
