#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ambulo::Core {

class Database;

// One local change to a record other systems may want: written by the service that made the
// change, in the same transaction, so a change is never committed without its row (the outbox of
// ARCHITECTURE.md). The FHIR sync engine and the HL7 outbound interfaces each keep their own
// cursor over these rows and build what they send from the record's current state.
struct Change
{
    qint64 seq = 0;
    QString entity; // "Patient", "Appointment", ... (the FHIR resource type it maps to)
    qint64 entityId = 0;
    QString op;     // "create", "update", "delete", "merge"
    QString origin; // "local", or the connector that applied it ("hl7:LAB", "fhir")
    QString detail; // what else a consumer needs (e.g. the merged-away id, the new status)
    QDateTime at;

    // Whether the FHIR sync engine applied it from the shared server: a change another
    // workstation (or the EHR itself) made, not one made on this workstation.
    bool fromServer() const;
};

namespace ChangeLog {

// The origin of what the sync engine applies from the shared server; its variants add a suffix
// after '-' ("fhir-merge").
inline constexpr char ServerOrigin[] = "fhir";

// Appends a row; call inside the transaction that makes the change.
Status record(Database &db, const QString &entity, qint64 entityId, const QString &op,
              const QString &origin, const QString &detail = {});

// Rows after `afterSeq`, oldest first, at most `limit`.
Result<QList<Change>> since(Database &db, qint64 afterSeq, int limit);

// The newest sequence number (0 when none), e.g. to start a new consumer at "now".
Result<qint64> head(Database &db);

} // namespace ChangeLog

} // namespace Ambulo::Core
