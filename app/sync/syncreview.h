#pragma once

#include "connectors/sync/syncstore.h"
#include "core/result.h"

#include <QList>

namespace Ambulo::Core {
class Services;
}

namespace Ambulo::App {

// Where one local record stands with the server, as shown beside it.
enum class RecordSyncState {
    Pending,  // changed here (or never sent) and not yet on the server
    Synced,   // the server holds what this workstation holds
    Conflict, // both sides changed the same field: waits in the conflict queue
    Rejected, // the server refused it; see the message
};

struct RecordSyncInfo
{
    RecordSyncState state = RecordSyncState::Pending;
    QString message; // the server's reason for a rejected record
};

// One open conflict as a person reads it: what it is about and, per clashing field, the value
// here and on the server.
struct ConflictView
{
    struct Field
    {
        QString field; // the engine's unit name
        QString label;
        QString local;
        QString server;
    };
    qint64 id = 0;
    QString resourceType;
    qint64 localId = 0;
    QString title;        // e.g. "Garcia, Ana · MRN 1004"
    qint64 patientId = 0; // the patient it is about, when known here (for the audit entry)
    // That patient's record is restricted: the title does not name them, and the values are
    // shown once the person gives a reason (break-glass), as the chart would be.
    bool restricted = false;
    QList<Field> fields;
    QDateTime createdAt;
};

// A record the server refused (HTTP 4xx on its push): it waits, unchanged here, until it changes
// again or an admin sends it again (SyncReview::sendAgain).
struct RefusedRecord
{
    QString resourceType;
    qint64 localId = 0;
    QString title;  // "Patient · MRN M0000012", "Condition 7"
    QString reason; // the server's, as the push read it
};

// What the shell shows about sync, read on the GUI's own connection from the sync tables
// (plain local reads: the worker thread does every write). Permission checked here so widgets
// never read the tables themselves.
class SyncReview
{
public:
    explicit SyncReview(Core::Services &services);

    // The open conflicts with both versions; practice admin (the one who may settle them).
    Core::Result<QList<Sync::Conflict>> openConflicts();
    // The same, laid out side by side per clashing field.
    Core::Result<QList<ConflictView>> openConflictViews();
    // The audit entry for a person reading one conflict's values side by side (both versions of
    // a patient's data, or of a record about a patient). A restricted patient's needs a reason
    // (break-glass); the entry is then flagged for review.
    Core::Status recordViewed(const ConflictView &view, const QString &breakGlassReason = {});
    // A patient's sync state; anyone who may read the patient.
    Core::Result<RecordSyncInfo> patientState(qint64 patientId);
    // The records the server refused and not yet changed or sent again since, by type and id;
    // practice admin.
    Core::Result<QList<RefusedRecord>> refusedRecords();
    // Queues a refused record to be pushed again by the next round, as if it had just changed
    // (the fault was the server's, or was mended there): practice admin, audited. Refused, with
    // a clear message, for a record that is not waiting as refused.
    Core::Status sendAgain(const QString &resourceType, qint64 localId);
    // The audit entry for a settlement made on the person's behalf by the sync worker.
    Core::Status recordResolution(qint64 conflictId, qint64 patientId, bool keepLocal, bool ok,
                                  const QString &message);

private:
    Core::Services &m_services;
};

} // namespace Ambulo::App
