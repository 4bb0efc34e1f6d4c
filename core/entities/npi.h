#pragma once

#include <QString>

namespace Ambulo::Core::Npi {

// A US National Provider Identifier: 10 digits whose last is a Luhn check digit computed over
// the prefix 80840 and the first nine digits.
bool isValid(const QString &npi);
// The check digit for nine leading digits; used to make valid demo NPIs.
int checkDigit(const QString &firstNine);

} // namespace Ambulo::Core::Npi
