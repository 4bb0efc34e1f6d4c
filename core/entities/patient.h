#pragma once

#include <QDate>
#include <QString>

namespace Ambulo::Core {

struct Patient
{
    qint64 id = 0;
    QString mrn; // assigned by the store when empty
    QString family;
    QString given;
    QString middle;
    QDate birthDate;
    QString sex; // "female", "male", "other", "unknown" (FHIR administrative gender)
    QString addressLine;
    QString city;
    QString state;
    QString postalCode;
    QString phoneHome;
    QString phoneMobile;
    QString email;
    QString language;         // BCP-47, e.g. "en", "es"
    QString preferredContact; // "phone", "sms", "email", "mail"
    bool restricted = false;  // opening the chart needs break-glass

    QString displayName() const; // "Family, Given"
    int ageOn(const QDate &day) const;
};

// One row of a search result: enough to pick the right person, nothing more.
struct PatientMatch
{
    qint64 id = 0;
    QString mrn;
    QString family;
    QString given;
    QDate birthDate;
    QString sex;
    bool restricted = false;
};

} // namespace Ambulo::Core
