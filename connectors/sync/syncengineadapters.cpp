// SyncEngine's generic path: the resource types registered as adapters (Patient keeps its own
// path in syncengine.cpp for the MRN rules).
#include "connectors/sync/syncengine.h"

#include "connectors/sync/resourcemerge.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"
#include "core/store/database.h"

#include <utility>

namespace Ambulo::Sync {

using namespace Internal;

namespace {

// The copy to send on top of the server's: our units replace its, everything else it holds
// (extensions, fields we do not map) stays.
QJsonObject onTopOf(const QJsonObject &server, const QJsonObject &ours, const QStringList &units)
{
    QJsonObject out = server;
    for (const QString &unit : units)
        ResourceMerge::setUnit(out, unit, ResourceMerge::unitValue(ours, unit));
    return out;
}

} // namespace

Core::Result<QString> SyncEngine::reference(const QString &type, qint64 localId)
{
    Core::Result<std::optional<RecordMap>> map = m_store.record(type, localId);
    if (!map)
        return map.error();
    if (map->has_value() && !map->value().serverId.isEmpty())
        return type + u'/' + map->value().serverId;
    ResourceAdapter *onDemand = adapter(type);
    if (!onDemand || !onDemand->pushedOnDemand())
        return QString(); // pushed from its own change rows; the referring record waits
    RoundResult nested;
    const qint64 seq = m_seq;
    m_seq = 0; // the nested push must not move the cursor past the row in hand
    const bool mergeMove = std::exchange(m_mergeMove, false);
    const Step step = pushRecord(*onDemand, localId, nested);
    m_seq = seq;
    m_mergeMove = mergeMove;
    if (step == Step::RetryLater) {
        m_referenceFailure = nested;
        return Core::Error{Core::ErrorCode::Invalid, nested.message};
    }
    map = m_store.record(type, localId);
    if (!map)
        return map.error();
    if (map->has_value() && !map->value().serverId.isEmpty())
        return type + u'/' + map->value().serverId;
    return QString();
}

Core::Result<qint64> SyncEngine::localIdOf(const QString &type, const QString &serverId)
{
    Core::Result<std::optional<RecordMap>> map = m_store.recordByServerId(type, serverId);
    if (!map)
        return map.error();
    return map->has_value() ? map->value().localId : qint64(0);
}

Core::Status SyncEngine::markConflict(const QString &type, qint64 localId, const QJsonObject &local,
                                      const QJsonObject &server, const QStringList &fields,
                                      const QStringList &alternatives, const QString &message)
{
    Conflict conflict;
    conflict.resourceType = type;
    conflict.localId = localId;
    conflict.local = local;
    conflict.server = server;
    conflict.serverVersion = metaValue(server, "versionId");
    conflict.fields = fields;
    conflict.alternatives = alternatives;
    if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
        return id.error();
    Core::Result<std::optional<RecordMap>> map = m_store.record(type, localId);
    if (!map)
        return map.error();
    RecordMap record = map->value_or(
        RecordMap{type, localId, {}, {}, {}, {}, m_store.clientId(m_storeId, localId), {}});
    record.state = QLatin1String(Constants::StateConflict);
    record.lastError = message.left(1000);
    return m_store.saveRecord(record);
}

SyncEngine::Step SyncEngine::claimFailed(const Claim &claim, RoundResult &result)
{
    result.ok = false;
    result.transient = claim.transient;
    result.retryAfterSeconds = claim.retryAfterSeconds;
    result.message = claim.status > 0
                         ? QStringLiteral("%1 (HTTP %2)").arg(claim.message).arg(claim.status)
                         : claim.message;
    return Step::RetryLater;
}

SyncEngine::Step SyncEngine::pushRecord(ResourceAdapter &adapter, qint64 localId,
                                        RoundResult &result)
{
    const QString type = adapter.resourceType();
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message =
            QStringLiteral("push of %1/%2: %3").arg(type).arg(localId).arg(error.message);
        return Step::RetryLater;
    };
    const auto advance = [&]() {
        if (Core::Status s = advanceCursor(m_seq); !s)
            return dbFailure(s.error());
        return Step::Done;
    };
    Core::Result<std::optional<RecordMap>> map = m_store.record(type, localId);
    if (!map)
        return dbFailure(map.error());
    RecordMap record = map->value_or(RecordMap{type, localId, {}, {}, {}, {}, {}, {}});
    if (record.clientId.isEmpty())
        record.clientId = m_store.clientId(m_storeId, localId);
    bool lostBefore = false;
    if (record.state == QLatin1String(Constants::StateConflict)) {
        Core::Result<std::optional<Conflict>> open = m_store.openConflict(type, localId);
        if (!open)
            return dbFailure(open.error());
        lostBefore = open->has_value()
                     && open->value().fields.contains(QLatin1String(Constants::BookingConflict));
        // A field clash waits for a person; a lost booking is tried again on every change here
        // (moved to a free time, or cancelled, it goes through).
        if (!lostBefore && open->has_value())
            return advance();
    }

    m_referenceFailure.reset();
    Core::Result<Built> built = buildLocal(adapter, localId, record.base);
    if (m_referenceFailure) {
        const RoundResult failure = *m_referenceFailure;
        m_referenceFailure.reset();
        result.ok = false;
        result.transient = failure.transient;
        result.retryAfterSeconds = failure.retryAfterSeconds;
        result.message = failure.message;
        return Step::RetryLater;
    }
    if (!built) {
        if (Core::Status s = reject(record, built.error().message, result); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    if (built->gone) {
        // Queued but never sent, and nothing to send now: it leaves the queue.
        if (record.state == QLatin1String(Constants::StatePending) && record.serverId.isEmpty()) {
            if (Core::Status s = m_store.forgetQueued(type, localId); !s)
                return dbFailure(s.error());
        }
        return advance();
    }
    if (!built->waitingFor.isEmpty()) {
        Core::Transaction tx(m_services.context().db());
        if (!tx.active())
            return dbFailure(tx.error());
        record.state = QLatin1String(Constants::StatePending);
        record.lastError =
            QStringLiteral("waiting for %1 to reach the server").arg(built->waitingFor);
        if (Core::Status s = saveAndAdvance(record); !s)
            return dbFailure(s.error());
        if (Core::Status s = tx.commit(); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    const QJsonObject resource = withClientId(built->resource, record.clientId);
    // A row a pulled merge moved whose server copy is already under the survivor (the workstation
    // that merged sent it, and this pull took it): nothing to send.
    if (m_mergeMove && !record.serverId.isEmpty()
        && ResourceMerge::differences(record.base, resource, adapter.mergeUnits()).isEmpty())
        return advance();

    const Claim claim = adapter.claim(*this, localId, resource, record);
    if (claim.kind == Claim::Kind::Failed)
        return claimFailed(claim, result);
    if (claim.kind == Claim::Kind::Lost) {
        Core::Transaction tx(m_services.context().db());
        if (!tx.active())
            return dbFailure(tx.error());
        if (Core::Status s = markConflict(type, localId, resource, claim.holder,
                                          {QLatin1String(Constants::BookingConflict)},
                                          claim.alternatives, claim.message);
            !s)
            return dbFailure(s.error());
        if (Core::Status s = advanceCursor(m_seq); !s)
            return dbFailure(s.error());
        if (Core::Status s = tx.commit(); !s)
            return dbFailure(s.error());
        if (!lostBefore)
            ++result.newConflicts;
        return Step::Done;
    }
    return sendRecord(adapter, resource, record, result);
}

SyncEngine::Step SyncEngine::sendRecord(ResourceAdapter &adapter, const QJsonObject &resource,
                                        RecordMap record, RoundResult &result)
{
    const QString type = adapter.resourceType();
    const QStringList units = adapter.mergeUnits();
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message =
            QStringLiteral("push of %1/%2: %3").arg(type).arg(record.localId).arg(error.message);
        return Step::RetryLater;
    };
    const auto refusedOrFailed = [&](const Fhir::Reply &reply, const QString &what) {
        if (recordRefused(reply)) {
            if (Core::Status s = reject(record, reply.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(reply, what, result);
    };

    Fhir::Reply accepted;
    if (record.serverId.isEmpty()) {
        const Fhir::Reply created =
            m_client.create(resource, adapter.createCondition(resource, record.clientId));
        if (!created.ok())
            return refusedOrFailed(created,
                                   QStringLiteral("creating %1/%2").arg(type).arg(record.localId));
        record.serverId = created.body.value(QLatin1String("id")).toString();
        takeServerCopy(record, created);
        accepted = created;
        // Found rather than made (an earlier try whose answer was lost, or a record another
        // workstation created): bring it up to what we hold.
        if (!ResourceMerge::differences(resource, created.body, units).isEmpty()) {
            const Fhir::Reply updated =
                m_client.update(onTopOf(created.body, resource, units), record.versionId);
            if (!updated.ok()) {
                if (updated.failure == Fhir::Failure::Http && updated.status == 412)
                    return mergeRecord(adapter, resource, record, result);
                return refusedOrFailed(
                    updated, QStringLiteral("updating %1/%2").arg(type).arg(record.localId));
            }
            takeServerCopy(record, updated);
        }
    } else {
        QJsonObject body = onTopOf(record.base, resource, units);
        body.insert(QLatin1String("id"), record.serverId);
        const Fhir::Reply updated = m_client.update(body, record.versionId);
        if (!updated.ok()) {
            if (updated.failure == Fhir::Failure::Http && updated.status == 412)
                return mergeRecord(adapter, resource, record, result);
            return refusedOrFailed(updated,
                                   QStringLiteral("updating %1/%2").arg(type).arg(record.localId));
        }
        takeServerCopy(record, updated);
    }

    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return dbFailure(tx.error());
    Core::Result<std::optional<Conflict>> open = m_store.openConflict(type, record.localId);
    if (!open)
        return dbFailure(open.error());
    if (open->has_value()) {
        // A lost booking that went through now (moved to a free time, or cancelled).
        if (Core::Status s = m_store.resolveConflict(open->value().id,
                                                     QLatin1String(Constants::ResolutionRebooked));
            !s)
            return dbFailure(s.error());
    }
    if (Core::Status s = saveAndAdvance(record); !s)
        return dbFailure(s.error());
    if (Core::Status s = tx.commit(); !s)
        return dbFailure(s.error());
    ++result.pushed;
    return Step::Done;
}

SyncEngine::Step SyncEngine::mergeRecord(ResourceAdapter &adapter, const QJsonObject &local,
                                         RecordMap record, RoundResult &result)
{
    const QString type = adapter.resourceType();
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message =
            QStringLiteral("merging %1/%2: %3").arg(type).arg(record.localId).arg(error.message);
        return Step::RetryLater;
    };
    const Fhir::Reply current = m_client.read(type, record.serverId);
    if (!current.ok()) {
        if (recordRefused(current)) {
            if (Core::Status s = reject(record, current.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(current, QStringLiteral("reading %1/%2").arg(type, record.serverId), result);
    }
    const ResourceMerge::Outcome outcome =
        ResourceMerge::merge(record.base, local, current.body, adapter.mergeUnits());
    if (!outcome.clashes.isEmpty()) {
        Core::Transaction tx(m_services.context().db());
        if (!tx.active())
            return dbFailure(tx.error());
        if (Core::Status s =
                markConflict(type, record.localId, local, current.body, outcome.clashes);
            !s)
            return dbFailure(s.error());
        if (Core::Status s = advanceCursor(m_seq); !s)
            return dbFailure(s.error());
        if (Core::Status s = tx.commit(); !s)
            return dbFailure(s.error());
        ++result.newConflicts;
        return Step::Done;
    }
    const QString version =
        current.versionId.isEmpty() ? metaValue(current.body, "versionId") : current.versionId;
    const Fhir::Reply updated = m_client.update(outcome.merged, version);
    if (!updated.ok()) {
        if (updated.failure == Fhir::Failure::Http && updated.status == 412) {
            result.ok = false;
            result.transient = true;
            result.message = QStringLiteral("%1/%2 changed on the server again while it was "
                                            "merged; the next round merges again")
                                 .arg(type, record.serverId);
            return Step::RetryLater;
        }
        if (recordRefused(updated)) {
            if (Core::Status s = reject(record, updated.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(updated, QStringLiteral("updating %1/%2").arg(type, record.serverId), result);
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return dbFailure(tx.error());
    if (!outcome.fromServer.isEmpty()) {
        Core::Result<Applied> applied = adapter.apply(*this, updated.body, record.localId);
        if (!applied)
            return dbFailure(applied.error());
        ++result.pulled;
    }
    takeServerCopy(record, updated);
    if (Core::Status s = saveAndAdvance(record); !s)
        return dbFailure(s.error());
    if (Core::Status s = tx.commit(); !s)
        return dbFailure(s.error());
    ++result.pushed;
    return Step::Done;
}

SyncEngine::Step SyncEngine::pushWaiting(RoundResult &result)
{
    if (pushQueuedPatients(result) == Step::RetryLater)
        return Step::RetryLater;
    for (const std::unique_ptr<ResourceAdapter> &a : m_adapters) {
        if (!a->pushesChanges())
            continue;
        Core::Result<QList<RecordMap>> waiting = m_store.pendingRecords(a->resourceType());
        if (!waiting) {
            result.ok = false;
            result.message = QStringLiteral("push: %1").arg(waiting.error().message);
            return Step::RetryLater;
        }
        for (const RecordMap &record : std::as_const(waiting.value())) {
            if (stopRequested())
                return Step::Done;
            m_seq = 0;
            m_mergeMove = false;
            if (pushRecord(*a, record.localId, result) == Step::RetryLater)
                return Step::RetryLater;
        }
    }
    return Step::Done;
}

Core::Status SyncEngine::applyPulledRecord(ResourceAdapter &adapter, const QJsonObject &resource,
                                           RoundResult &result)
{
    const QString type = adapter.resourceType();
    const QString serverId = resource.value(QLatin1String("id")).toString();
    const QString version = metaValue(resource, "versionId");
    Core::Result<std::optional<RecordMap>> found = m_store.recordByServerId(type, serverId);
    if (!found)
        return found.error();
    std::optional<RecordMap> map = found.value();
    if (!map) {
        // Our own create whose answer never arrived: the client identifier names the record.
        const QString clientId = clientIdOf(resource);
        const QString prefix = m_storeId + u'-';
        if (clientId.startsWith(prefix)) {
            const qint64 localId = clientId.mid(prefix.size()).toLongLong();
            Core::Result<std::optional<RecordMap>> own = m_store.record(type, localId);
            if (!own)
                return own.error();
            map = own->value_or(RecordMap{type, localId, {}, {}, {}, {}, clientId, {}});
            map->serverId = serverId;
        }
    }
    if (map && !version.isEmpty() && map->versionId == version)
        return {}; // what we pushed or pulled already
    if (map && map->state == QLatin1String(Constants::StateConflict))
        return {}; // waits for a person (or for the booking to be moved)

    bool localChanges = false;
    QJsonObject target = resource;
    if (map) {
        Core::Result<bool> pending = m_store.hasPendingChanges(type, map->localId, m_pullCursor);
        if (!pending)
            return pending.error();
        localChanges = pending.value() || map->state == QLatin1String(Constants::StatePending)
                       || map->state == QLatin1String(Constants::StateRejected);
    }
    if (localChanges) {
        m_referenceFailure.reset();
        Core::Result<Built> local = buildLocal(adapter, map->localId, map->base);
        m_referenceFailure.reset();
        if (local && !local->gone && local->waitingFor.isEmpty()) {
            const ResourceMerge::Outcome outcome =
                ResourceMerge::merge(map->base, local->resource, resource, adapter.mergeUnits());
            if (!outcome.clashes.isEmpty()) {
                if (Core::Status s = markConflict(type, map->localId, local->resource, resource,
                                                  outcome.clashes);
                    !s)
                    return s;
                ++result.newConflicts;
                return {};
            }
            target = outcome.merged;
            // What changed here is on the server already (a row a pulled merge moved, which the
            // merging workstation sent): nothing is left to send.
            if (ResourceMerge::differences(target, resource, adapter.mergeUnits()).isEmpty())
                localChanges = false;
        }
    }
    Core::Result<Applied> applied = adapter.apply(*this, target, map ? map->localId : 0);
    if (!applied)
        return applied.error();
    if (applied->conflict)
        ++result.newConflicts;
    if (applied->localId == 0 && applied->notOurs)
        return {};
    if (applied->localId == 0) {
        ++result.skipped;
        result.message = QStringLiteral("skipped %1/%2: %3").arg(type, serverId, applied->skipped);
        return {};
    }
    RecordMap record =
        map.value_or(RecordMap{type, applied->localId, {}, {}, {}, {}, clientIdOf(resource), {}});
    record.localId = applied->localId;
    record.serverId = serverId;
    record.versionId = version;
    record.base = resource;
    record.state = QLatin1String(localChanges ? Constants::StatePending : Constants::StateSynced);
    record.lastError.clear();
    if (record.clientId.isEmpty())
        record.clientId = clientIdOf(resource);
    if (record.clientId.isEmpty())
        record.clientId = type + u'/' + serverId; // registered elsewhere without one
    if (Core::Status s = m_store.saveRecord(record); !s)
        return s;
    ++result.pulled;
    return {};
}

Core::Status SyncEngine::resolveRecord(ResourceAdapter &adapter, const Conflict &conflict,
                                       bool keepLocal)
{
    const QString type = adapter.resourceType();
    const QStringList units = adapter.mergeUnits();
    Core::Result<std::optional<RecordMap>> map = m_store.record(type, conflict.localId);
    if (!map)
        return map.error();
    RecordMap record = map->value_or(RecordMap{type, conflict.localId, {}, {}, {}, {}, {}, {}});
    if (record.serverId.isEmpty())
        record.serverId = conflict.server.value(QLatin1String("id")).toString();
    m_referenceFailure.reset();
    Core::Result<Built> local = buildLocal(adapter, conflict.localId, record.base);
    m_referenceFailure.reset();
    if (!local)
        return local.error();
    if (local->gone || !local->waitingFor.isEmpty())
        return Core::invalid(
            QStringLiteral("%1/%2 cannot be sent now").arg(type).arg(conflict.localId));
    const ResourceMerge::Outcome outcome =
        ResourceMerge::merge(record.base, local->resource, conflict.server, units);
    QJsonObject target = outcome.merged; // clashing units hold the server's values
    if (keepLocal) {
        for (const QString &unit : outcome.clashes)
            ResourceMerge::setUnit(target, unit, ResourceMerge::unitValue(local->resource, unit));
    }
    QJsonObject newBase = conflict.server;
    QString version = conflict.serverVersion;
    if (!ResourceMerge::differences(target, conflict.server, units).isEmpty()) {
        const Fhir::Reply updated = m_client.update(target, conflict.serverVersion);
        if (!updated.ok()) {
            if (updated.failure == Fhir::Failure::Http && updated.status == 412)
                return Core::conflict(
                    QStringLiteral("the server's version changed again since conflict %1 was "
                                   "queued; run sync, then resolve the refreshed conflict")
                        .arg(conflict.id));
            return Core::invalid(
                QStringLiteral("resolving conflict %1: %2").arg(conflict.id).arg(updated.message));
        }
        newBase = updated.body;
        version =
            updated.versionId.isEmpty() ? metaValue(updated.body, "versionId") : updated.versionId;
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return tx.error();
    Core::Result<Applied> applied = adapter.apply(*this, newBase, conflict.localId);
    if (!applied)
        return applied.error();
    record.versionId = version;
    record.base = newBase;
    record.state = QLatin1String(Constants::StateSynced);
    record.lastError.clear();
    if (Core::Status s = m_store.saveRecord(record); !s)
        return s;
    if (Core::Status s = m_store.resolveConflict(
            conflict.id,
            QLatin1String(keepLocal ? Constants::ResolutionLocal : Constants::ResolutionServer));
        !s)
        return s;
    return tx.commit();
}

} // namespace Ambulo::Sync
