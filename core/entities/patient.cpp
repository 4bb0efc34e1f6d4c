#include "core/entities/patient.h"

namespace Ambulo::Core {

QString Patient::displayName() const
{
    return family + QStringLiteral(", ") + given;
}

int Patient::ageOn(const QDate &day) const
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return 0;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month()
        || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace Ambulo::Core
