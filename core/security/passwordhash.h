#pragma once

#include <QString>

namespace Ambulo::Core::PasswordHash {

// PBKDF2-HMAC-SHA256, per-user random salt. The encoded form names its iteration count so
// stronger settings can be rolled out without invalidating stored hashes.
constexpr int Iterations = 600000;

QString hash(const QString &password, int iterations = Iterations);
bool verify(const QString &password, const QString &encoded);
// Spend the same time as a real verification; used when the user does not exist so timing does
// not reveal which account names are valid.
void burn(const QString &password);

} // namespace Ambulo::Core::PasswordHash
