#include "core/entities/npi.h"

namespace Ambulo::Core::Npi {

int checkDigit(const QString &firstNine)
{
    // Doubling every other digit from the right of the nine, plus the constant 24 that
    // stands for the 80840 prefix.
    int sum = 24;
    for (int i = 0; i < 9; ++i) {
        int d = firstNine.at(8 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

bool isValid(const QString &npi)
{
    if (npi.size() != 10)
        return false;
    for (const QChar c : npi) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    return checkDigit(npi.left(9)) == npi.at(9).digitValue();
}

} // namespace Ambulo::Core::Npi
