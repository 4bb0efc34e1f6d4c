#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Ambulo::Core {

// Where the store's 32-byte key lives: the OS keychain (default) or, for headless use, a key file
// holding 64 hex characters that only its owner may read.
class KeyStore
{
public:
    // Reads a key file, refusing one that group or others can read or write.
    static Result<QByteArray> readKeyFile(const QString &path);
    // Creates a new key file with mode 0600; refuses to overwrite.
    static Status writeKeyFile(const QString &path, const QByteArray &key);

    // Keychain entries are named after the store's canonical path so several stores can coexist.
    static Result<QByteArray> readKeychain(const QString &account);
    static Status writeKeychain(const QString &account, const QByteArray &key);
    static Status deleteKeychain(const QString &account);

    static QByteArray randomKey(int bytes);

    // The audit chain's HMAC key, derived from the store key so one secret opens one store. The
    // label keeps the two uses apart: the audit key never unlocks the database.
    static QByteArray deriveAuditKey(const QByteArray &storeKey);
};

} // namespace Ambulo::Core
