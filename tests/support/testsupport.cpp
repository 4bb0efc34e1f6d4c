#include "tests/support/testsupport.h"

#include "app/modulecatalog.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace Ambulo::Test {

TestStore::TestStore()
{
    auto store = Core::Store::create({dataDir(), keyFile()}, App::ModuleCatalog::migrations());
    if (!store) {
        m_error = store.error().message;
        return;
    }
    m_store = std::move(store.value());
    m_services = std::make_unique<Core::Services>(*m_store, QStringLiteral("test-ws"));
    Core::Status s = m_services->practice().initialize(QStringLiteral("Test Practice"));
    if (s)
        s = m_services->users().bootstrapAdmin(
            {AdminName, QStringLiteral("The Boss"), Core::Role::Admin, AdminPassword});
    if (!s) {
        m_error = s.error().message;
        m_services.reset();
        m_store.reset();
    }
}

TestStore::~TestStore()
{
    close();
}

QString TestStore::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString TestStore::keyFile() const
{
    return m_dir.filePath(QStringLiteral("store.key"));
}

QString TestStore::dbPath() const
{
    return Core::Store::databasePath(dataDir());
}

bool TestStore::signInAdmin()
{
    return m_services && m_services->users().signIn(AdminName, AdminPassword).ok();
}

QString TestStore::addUser(const QString &name, Core::Role role)
{
    const QString password = name + QStringLiteral("-pass-1");
    auto id = m_services->users().add({name, QString(), role, password});
    if (!id)
        qWarning("addUser failed: %s", qPrintable(id.error().message));
    return password;
}

void TestStore::close()
{
    m_services.reset();
    m_store.reset();
}

bool TestStore::reopen()
{
    close();
    auto store = Core::Store::open({dataDir(), keyFile()}, App::ModuleCatalog::migrations());
    if (!store) {
        m_error = store.error().message;
        return false;
    }
    m_store = std::move(store.value());
    m_services = std::make_unique<Core::Services>(*m_store, QStringLiteral("test-ws"));
    return true;
}

Core::Patient samplePatient(const QString &family, const QString &given, const QDate &dob)
{
    Core::Patient p;
    p.family = family;
    p.given = given;
    p.birthDate = dob;
    p.sex = QStringLiteral("female");
    return p;
}

QMap<QString, QByteArray> fileHashes(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            hashes.insert(path, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

std::tuple<int, QString, QString> runAmbulo(const TestStore &store, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMBULO_PASSWORD"), AdminPassword);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("AMBULO_BIN"),
            QStringList{QStringLiteral("--data"), store.dataDir(), QStringLiteral("--key-file"),
                        store.keyFile(), QStringLiteral("--user"), AdminName}
                + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Ambulo::Test
