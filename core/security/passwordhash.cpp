#include "core/security/passwordhash.h"

#include "core/store/keystore.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Ambulo::Core::PasswordHash {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(HashBytes, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), HashBytes,
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace

QString hash(const QString &password, int iterations)
{
    const QByteArray salt = KeyStore::randomKey(SaltBytes);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    return expected.size() == actual.size()
           && CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(actual.size())) == 0;
}

void burn(const QString &password)
{
    (void)derive(password, QByteArray(SaltBytes, '\0'), Iterations);
}

} // namespace Ambulo::Core::PasswordHash
