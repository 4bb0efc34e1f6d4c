#include "core/store/keystore.h"

#include "core/store/database.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ambulo::Core {

namespace {

const QString KeychainService = QStringLiteral("Ambulo");

// QtKeychain answers asynchronously; the store needs its key before anything else can happen.
void runJob(QKeychain::Job &job, const QString &account)
{
    job.setAutoDelete(false);
    job.setKey(account);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

Result<QByteArray> KeyStore::readKeyFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0)
        return invalid(QStringLiteral("Key file %1 does not exist.").arg(path));
    if (!S_ISREG(st.st_mode))
        return invalid(QStringLiteral("Key file %1 is not a regular file.").arg(path));
    if ((st.st_mode & 077) != 0)
        return invalid(QStringLiteral("Key file %1 has mode %2; it must be 0600 (chmod 600 %1).")
                           .arg(path)
                           .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("Cannot read key file %1: %2").arg(path, file.errorString()));
    const QByteArray hex = file.read(4096).trimmed();
    if (hex.size() != 2 * Database::KeyBytes)
        return invalid(QStringLiteral("Key file %1 must hold exactly %2 hex characters.")
                           .arg(path)
                           .arg(2 * Database::KeyBytes));
    for (char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return invalid(
                QStringLiteral("Key file %1 holds a character that is not hex.").arg(path));
    }
    return QByteArray::fromHex(hex);
}

Status KeyStore::writeKeyFile(const QString &path, const QByteArray &key)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return invalid(QStringLiteral("Cannot create key file %1: %2")
                           .arg(path, QString::fromLocal8Bit(strerror(errno))));
    const QByteArray hex = key.toHex() + '\n';
    const bool written = ::write(fd, hex.constData(), size_t(hex.size())) == hex.size();
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!written || !synced)
        return invalid(QStringLiteral("Cannot write key file %1.").arg(path));
    return {};
}

Result<QByteArray> KeyStore::readKeychain(const QString &account)
{
    QKeychain::ReadPasswordJob job(KeychainService);
    runJob(job, account);
    if (job.error() == QKeychain::EntryNotFound)
        return invalid(QStringLiteral("The OS keychain holds no key for this store (%1). Use "
                                      "--key-file if the store was created with one.")
                           .arg(account));
    if (job.error() != QKeychain::NoError)
        return invalid(QStringLiteral("The OS keychain is not available: %1. Start a secret "
                                      "service (e.g. gnome-keyring) or use --key-file.")
                           .arg(job.errorString()));
    const QByteArray key = QByteArray::fromHex(job.binaryData());
    if (key.size() != Database::KeyBytes)
        return invalid(QStringLiteral("The keychain entry for %1 is damaged.").arg(account));
    return key;
}

Status KeyStore::writeKeychain(const QString &account, const QByteArray &key)
{
    QKeychain::WritePasswordJob job(KeychainService);
    job.setBinaryData(key.toHex());
    runJob(job, account);
    if (job.error() != QKeychain::NoError)
        return invalid(QStringLiteral("Cannot store the key in the OS keychain: %1. Start a "
                                      "secret service (e.g. gnome-keyring) or use --key-file.")
                           .arg(job.errorString()));
    return {};
}

Status KeyStore::deleteKeychain(const QString &account)
{
    QKeychain::DeletePasswordJob job(KeychainService);
    runJob(job, account);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return invalid(job.errorString());
    return {};
}

QByteArray KeyStore::randomKey(int bytes)
{
    QByteArray key(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), bytes) != 1)
        qFatal("OpenSSL could not produce random bytes");
    return key;
}

QByteArray KeyStore::deriveAuditKey(const QByteArray &storeKey)
{
    static const QByteArray label = "ambulo audit chain v1";
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), storeKey.constData(), int(storeKey.size()),
         reinterpret_cast<const unsigned char *>(label.constData()), size_t(label.size()), out,
         &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

} // namespace Ambulo::Core
