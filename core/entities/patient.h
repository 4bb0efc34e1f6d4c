#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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

// The assigning authority under which this practice sends its own MRNs (HL7 PID-3 CX-4, MRG-1).
// Never another system's: PatientService::validate refuses it for a PatientIdentifier.
inline constexpr char OwnAuthority[] = "AMBULO";

// A number another system knows the patient by: HL7 PID-3 (CX-1, CX-4, CX-5) or a FHIR
// identifier. The pair (value, authority) names one patient.
struct PatientIdentifier
{
    qint64 patientId = 0;
    QString value;
    QString authority; // assigning authority, e.g. "HOSP"; empty when the sender gives none
    QString typeCode;  // HL7 table 0203: "MR", "PI", "SS", ...

    // The same number: (value, authority), whatever kind either says it is.
    bool sameNumberAs(const PatientIdentifier &other) const
    {
        return value == other.value && authority == other.authority;
    }
};

// A registration another system sent that was taken to be this record by name and birth date
// (PatientService::noteSamePerson), while it may still be undone.
struct SamePersonMatch
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString at;                           // ISO 8601 UTC
    QString source;                       // "ADT^A04 AD0001 from interface PM"
    QList<PatientIdentifier> identifiers; // those it brought that the record still holds
    QString mrn;                          // the record's, for a list across records
    QStringList changed;                  // the fields it changed ("home phone")
};

// One field a match changed: the record before it, what the sender's message said, and now.
struct SamePersonChange
{
    QString field; // "home phone"
    QString before;
    QString after;
    QString now;
};

// What undoing a match did, for the admin to read.
struct SamePersonUndo
{
    QList<PatientIdentifier> removed;
    QStringList restored; // fields put back as they were before the match ("home phone")
    QStringList kept;     // fields the match changed that were changed again since: left as now
};

// One merge of two records of the same person, kept for the audit trail.
struct PatientMerge
{
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString mergedMrn;
    QDateTime at; // UTC
    QString byUser;
    QString source; // the change origin: "local", "hl7:<interface>"
    QString reason;
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
