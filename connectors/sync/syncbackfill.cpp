// SyncEngine's backfill: local records that predate sync (a practice that worked offline before
// it set up a server, or records of a type mapped only in a later release) have no change rows
// after the push cursor, so the change log alone would never send them. Once per type and store
// they are queued as sync records in state pending, the same state a record waiting for a
// reference has, and the push sends them at its end in push order (Patient first), with our
// client identifier and If-None-Exist, claims for bookings, like any other record.
//
// Why sync records and not change-log rows: the change log is shared with the HL7 outbound
// interfaces, which would send every old appointment and patient again as SIU/ADT messages.
// The queue is the engine's own, and what has a sync record (on the server, pulled from it,
// queued, refused) is never queued twice.
#include "connectors/sync/syncengine.h"

#include "connectors/sync/syncinternal.h"
#include "core/constants.h"
#include "core/session/services.h"
#include "core/store/database.h"

namespace Ambulo::Sync {

using namespace Internal;

Core::Result<QList<qint64>> selectLocalIds(SyncEngine &engine, const QString &sql)
{
    Core::Query q = engine.services().context().db().query(sql);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.int64(0));
    if (q.failed())
        return q.error();
    return ids;
}

namespace {

// One resend pass (ResourceAdapter::resendPass) of `adapter`'s type, once per store: every
// record this workstation created and has synced whose server copy lacks what the adapter now
// sends is queued (state pending, kept server id and version), so the end of this push sends it
// once, If-Match on that copy, and a 412 goes to the ordinary merge. Records that came from
// elsewhere (the EHR, another workstation, which runs its own pass) are not ours to rewrite.
// Queued and marked in one transaction, as backfill.
Core::Result<int> resendOutdated(SyncEngine &engine, ResourceAdapter &adapter)
{
    const QString pass = adapter.resendPass();
    SyncStore &store = engine.store();
    Core::Result<bool> done = store.resent(pass);
    if (!done)
        return done.error();
    if (done.value())
        return 0;
    Core::Transaction tx(engine.services().context().db());
    if (!tx.active())
        return tx.error();
    Core::Result<QString> storeId = store.storeId();
    if (!storeId)
        return storeId.error();
    const QString ownPrefix = storeId.value() + u'-';
    Core::Result<QList<RecordMap>> synced = store.syncedRecords(adapter.resourceType());
    if (!synced)
        return synced.error();
    int queued = 0;
    for (RecordMap record : std::as_const(synced.value())) {
        if (!record.clientId.startsWith(ownPrefix))
            continue;
        Core::Result<bool> outdated = adapter.outdatedOnServer(engine, record.localId, record.base);
        if (!outdated)
            return outdated.error();
        if (!outdated.value())
            continue;
        record.state = QLatin1String(Constants::StatePending);
        record.lastError =
            QStringLiteral("the server's copy predates %1; queued to be sent again").arg(pass);
        if (Core::Status s = store.saveRecord(record); !s)
            return s.error();
        ++queued;
    }
    if (Core::Status s = store.markResent(pass); !s)
        return s.error();
    if (queued > 0) {
        if (Core::Status s = engine.services().context().record(
                Constants::AuditBackfill, QLatin1String(Core::Constants::OutcomeOk), 0, {},
                QStringLiteral("%1 queued to be sent again (%2): %3")
                    .arg(adapter.resourceType(), pass)
                    .arg(queued));
            !s)
            return s.error();
    }
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    return queued;
}

} // namespace

Core::Result<QList<qint64>> SyncEngine::patientLocalIds()
{
    // A merged-away patient is carried by its survivor.
    return selectLocalIds(*this, QStringLiteral("SELECT id FROM patients WHERE merged_into IS "
                                                "NULL ORDER BY id"));
}

Core::Result<int> SyncEngine::backfillType(const QString &type, ResourceAdapter *typeAdapter)
{
    Core::Result<bool> done = m_store.backfilled(type);
    if (!done)
        return done.error();
    if (done.value())
        return 0;
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return tx.error();
    Core::Result<QList<qint64>> ids =
        typeAdapter ? typeAdapter->localIds(*this) : patientLocalIds();
    if (!ids)
        return ids.error();
    Core::Result<QSet<qint64>> mapped = m_store.mappedIds(type);
    if (!mapped)
        return mapped.error();
    // Records with change rows still to push go to the server from those rows.
    Core::Result<qint64> cursor = m_store.cursor();
    if (!cursor)
        return cursor.error();
    Core::Result<QSet<qint64>> changed = m_store.changedIds(type, cursor.value());
    if (!changed)
        return changed.error();
    const QString why =
        QStringLiteral("made before %1 records were synced; queued for the server").arg(type);
    int queued = 0;
    for (const qint64 id : std::as_const(ids.value())) {
        if (mapped->contains(id) || changed->contains(id))
            continue;
        if (Core::Status s = m_store.queueRecord(type, id, m_store.clientId(m_storeId, id), why);
            !s)
            return s.error();
        ++queued;
    }
    if (Core::Status s = m_store.markBackfilled(type); !s)
        return s.error();
    if (queued > 0) {
        if (Core::Status s = m_services.context().record(
                Constants::AuditBackfill, QLatin1String(Core::Constants::OutcomeOk), 0, {},
                QStringLiteral("%1 queued for the server: %2").arg(type).arg(queued));
            !s)
            return s.error();
    }
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    return queued;
}

Core::Result<int> SyncEngine::backfill()
{
    if (m_storeId.isEmpty()) {
        Core::Result<QString> storeId = m_store.storeId();
        if (!storeId)
            return storeId.error();
        m_storeId = storeId.value();
    }
    int total = 0;
    for (const QString &type : resourceTypes()) {
        ResourceAdapter *typeAdapter = type == PatientType ? nullptr : adapter(type);
        // Found or created on demand when a record refers to it; nothing to queue.
        if (typeAdapter && !typeAdapter->pushesChanges())
            continue;
        Core::Result<int> queued = backfillType(type, typeAdapter);
        if (!queued)
            return queued.error();
        total += queued.value();
    }
    for (const std::unique_ptr<ResourceAdapter> &a : m_adapters) {
        if (!a->pushesChanges() || a->resendPass().isEmpty())
            continue;
        Core::Result<int> queued = resendOutdated(*this, *a);
        if (!queued)
            return queued.error();
        total += queued.value();
    }
    return total;
}

SyncEngine::Step SyncEngine::pushQueuedPatients(RoundResult &result)
{
    Core::Result<QList<RecordMap>> queued = m_store.pendingRecords(PatientType);
    if (!queued) {
        result.ok = false;
        result.message = QStringLiteral("push: %1").arg(queued.error().message);
        return Step::RetryLater;
    }
    for (const RecordMap &record : std::as_const(queued.value())) {
        if (stopRequested())
            return Step::Done;
        m_seq = 0;
        if (pushPatient(record.localId, result) == Step::RetryLater)
            return Step::RetryLater;
        // A patient refers to nothing, so one still pending was not sent because there is
        // nothing to send (merged away since it was queued): it leaves the queue.
        if (Core::Status s = m_store.forgetQueued(PatientType, record.localId); !s) {
            result.ok = false;
            result.message = QStringLiteral("push: %1").arg(s.error().message);
            return Step::RetryLater;
        }
    }
    return Step::Done;
}

} // namespace Ambulo::Sync
