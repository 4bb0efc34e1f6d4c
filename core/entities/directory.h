#pragma once

#include <QDate>
#include <QString>

namespace Ambulo::Core {

struct Practitioner
{
    qint64 id = 0;
    QString npi;
    QString family;
    QString given;
    QString credentials; // "MD", "NP", ...
    QString specialty;
    qint64 userId = 0; // the account that signs as this practitioner, if any
    bool active = true;

    QString displayName() const { return given + QLatin1Char(' ') + family; }
};

struct Location
{
    qint64 id = 0;
    QString name;
    QString address;
    QString phone;
};

struct Room
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString name;
};

// Locations and rooms are both FHIR Locations and share the change-log entity "Location": a
// location's entity id is its id, a room's is its id negated, so the two tables never collide.
inline qint64 roomEntityId(qint64 roomId)
{
    return -roomId;
}

struct Payer
{
    qint64 id = 0;
    QString name;
    QString payerId; // the clearinghouse's id for claims
};

struct Coverage
{
    qint64 id = 0;
    qint64 patientId = 0;
    int rank = 1; // 1 primary, 2 secondary, 3 tertiary
    qint64 payerId = 0;
    QString payerName; // filled when read
    QString memberId;
    QString groupNumber;
    QString subscriberName;
    QString subscriberRelationship; // "self", "spouse", "child", "other"
    QDate subscriberBirthDate;
    QDate start;
    QDate end; // invalid: open-ended
};

} // namespace Ambulo::Core
