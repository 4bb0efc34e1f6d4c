// SyncEngine and removals: a record removed here is withdrawn on the server in the form its
// adapter gives (buildRemoved), and a patient merge made here reaches the server as HL7 FHIR
// intends (Patient.link), a merge made elsewhere coming back as one here.
#include "connectors/sync/syncengine.h"

#include "connectors/sync/patientmerge.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"

#include <QDateTime>
#include <QJsonArray>

namespace Ambulo::Sync {

using namespace Internal;

namespace {

const QString Replaces = QStringLiteral("replaces");
const QString ReplacedBy = QStringLiteral("replaced-by");

QString linkTarget(const QJsonValue &link)
{
    return link.toObject()
        .value(QLatin1String("other"))
        .toObject()
        .value(QLatin1String("reference"))
        .toString();
}

bool hasLink(const QJsonObject &patient, const QString &reference, const QString &type)
{
    for (const QJsonValue &link : patient.value(QLatin1String("link")).toArray()) {
        if (linkTarget(link) == reference
            && link.toObject().value(QLatin1String("type")).toString() == type)
            return true;
    }
    return false;
}

// `patient` with a link of `type` to `reference` added; links of the types in `replacing`
// are dropped first (a record is replaced by one survivor only).
QJsonObject withLink(QJsonObject patient, const QString &reference, const QString &type,
                     const QStringList &replacing = {})
{
    QJsonArray links;
    for (const QJsonValue &link : patient.value(QLatin1String("link")).toArray()) {
        const QString linkType = link.toObject().value(QLatin1String("type")).toString();
        if (replacing.contains(linkType) || (linkTarget(link) == reference && linkType == type))
            continue;
        links.append(link);
    }
    links.append(QJsonObject{{"other", QJsonObject{{"reference", reference}}}, {"type", type}});
    patient.insert(QLatin1String("link"), links);
    return patient;
}

// The merged-away record as the server should hold it: no longer in use, replaced by the
// survivor (R4 Patient.link: "replaced-by", the survivor being the record to use instead).
QJsonObject withdrawn(const QJsonObject &patient, const QString &survivor)
{
    QJsonObject out = withLink(patient, survivor, ReplacedBy, {ReplacedBy});
    out.insert(QLatin1String("active"), false);
    out.remove(QLatin1String("text")); // a narrative of the version in use would mislead
    return out;
}

bool isWithdrawn(const QJsonObject &patient, const QString &survivor)
{
    return patient.value(QLatin1String("active")).toBool(true) == false
           && hasLink(patient, survivor, ReplacedBy);
}

} // namespace

QJsonObject ResourceAdapter::buildRemoved(const QJsonObject &) const
{
    return {};
}

bool ResourceAdapter::removedOnServer(const QJsonObject &) const
{
    return false;
}

Core::Result<bool> ResourceAdapter::outdatedOnServer(SyncEngine &, qint64, const QJsonObject &)
{
    return false;
}

Core::Result<Built> SyncEngine::buildLocal(ResourceAdapter &adapter, qint64 localId,
                                           const QJsonObject &base)
{
    Core::Result<Built> built = adapter.build(*this, localId, base);
    if (!built || !built->gone || base.isEmpty() || adapter.removedOnServer(base))
        return built;
    QJsonObject removed = adapter.buildRemoved(base);
    if (removed.isEmpty())
        return built;
    return Built{removed, {}, false};
}

QString Internal::replacedByOf(const QJsonObject &patient)
{
    for (const QJsonValue &link : patient.value(QLatin1String("link")).toArray()) {
        if (link.toObject().value(QLatin1String("type")).toString() != ReplacedBy)
            continue;
        const QString target = linkTarget(link);
        if (target.startsWith(PatientType + u'/'))
            return target.mid(PatientType.size() + 1);
    }
    return {};
}

SyncEngine::Step SyncEngine::pushMerges(RoundResult &result)
{
    // Every merged-away record the server knows; those already withdrawn are passed over in
    // pushMerge. A record waiting for a person (conflict) or refused stays as it is.
    // patient_merges is small (a practice merges a few records a week): it drives the search.
    Core::Query q = m_services.context().db().query(
        QStringLiteral("SELECT DISTINCT p.id, p.merged_into FROM patient_merges m "
                       "JOIN patients p ON p.id = m.merged_id "
                       "JOIN sync_record r ON r.resource_type = 'Patient' AND r.local_id = p.id "
                       "WHERE IFNULL(p.merged_into, 0) <> 0 AND r.server_id <> '' "
                       "AND r.state NOT IN ('conflict', 'rejected') ORDER BY p.id"));
    QList<std::pair<qint64, qint64>> merges;
    while (q.next())
        merges.append({q.int64(0), q.int64(1)});
    if (q.failed()) {
        result.ok = false;
        result.message = QStringLiteral("push of merges: %1").arg(q.error().message);
        return Step::RetryLater;
    }
    q.finish();
    for (const auto &[mergedId, survivorId] : std::as_const(merges)) {
        if (stopRequested())
            return Step::Done;
        if (pushMerge(mergedId, survivorId, result) == Step::RetryLater)
            return Step::RetryLater;
    }
    return Step::Done;
}

SyncEngine::Step SyncEngine::pushMerge(qint64 mergedId, qint64 survivorId, RoundResult &result)
{
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message =
            QStringLiteral("push of the merge of patient %1: %2").arg(mergedId).arg(error.message);
        return Step::RetryLater;
    };
    const auto save = [&](const RecordMap &record) {
        Core::Transaction tx(m_services.context().db());
        if (!tx.active())
            return Core::Status(tx.error());
        if (Core::Status s = m_store.saveRecord(record); !s)
            return s;
        return tx.commit();
    };
    Core::Result<std::optional<RecordMap>> mergedMap = m_store.record(PatientType, mergedId);
    if (!mergedMap)
        return dbFailure(mergedMap.error());
    Core::Result<std::optional<RecordMap>> survivorMap = m_store.record(PatientType, survivorId);
    if (!survivorMap)
        return dbFailure(survivorMap.error());
    if (!mergedMap->has_value())
        return Step::Done;
    RecordMap merged = mergedMap->value();
    if (!survivorMap->has_value() || survivorMap->value().serverId.isEmpty()) {
        // The survivor's own change rows create it on the server; until then the merge waits.
        const QString why =
            QStringLiteral("merged into Patient/%1, which has not reached the server yet")
                .arg(survivorId);
        if (merged.lastError != why) {
            merged.lastError = why;
            if (Core::Status s = save(merged); !s)
                return dbFailure(s.error());
        }
        return Step::Done;
    }
    RecordMap survivor = survivorMap->value();
    const QString survivorRef = PatientType + u'/' + survivor.serverId;
    const QString mergedRef = PatientType + u'/' + merged.serverId;
    if (isWithdrawn(merged.base, survivorRef))
        return Step::Done;

    // 1. The survivor names the record it replaces. A 412 here is another workstation's write:
    // the pull brings it (merged with ours as always), and the next round adds the link.
    if (!hasLink(survivor.base, mergedRef, Replaces)) {
        if (survivor.state == QLatin1String(Constants::StateConflict))
            return Step::Done;
        QJsonObject body = withLink(survivor.base, mergedRef, Replaces);
        const Fhir::Reply updated = m_client.update(body, survivor.versionId);
        if (!updated.ok()) {
            if (updated.failure == Fhir::Failure::Http && updated.status == 412)
                return Step::Done;
            if (recordRefused(updated)) {
                if (Core::Status s = reject(merged,
                                            QStringLiteral("the server refused the link of %1 to "
                                                           "%2: %3")
                                                .arg(survivorRef, mergedRef, updated.message),
                                            result);
                    !s)
                    return dbFailure(s.error());
                return Step::Done;
            }
            return fail(updated, QStringLiteral("linking %1 to %2").arg(survivorRef, mergedRef),
                        result);
        }
        takeServerCopy(survivor, updated);
        if (Core::Status s = save(survivor); !s)
            return dbFailure(s.error());
        ++result.pushed;
    }

    // 2. The merged-away record: inactive, replaced by the survivor.
    const auto sent = [&](const Fhir::Reply &reply) {
        takeServerCopy(merged, reply);
        if (Core::Status s = save(merged); !s)
            return dbFailure(s.error());
        ++result.pushed;
        return Step::Done;
    };
    const auto refusedOrFailed = [&](const Fhir::Reply &reply) {
        if (recordRefused(reply)) {
            if (Core::Status s = reject(merged, reply.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(reply,
                    QStringLiteral("withdrawing %1 (merged into %2)").arg(mergedRef, survivorRef),
                    result);
    };
    const Fhir::Reply updated =
        m_client.update(withdrawn(merged.base, survivorRef), merged.versionId);
    if (updated.ok())
        return sent(updated);
    if (updated.failure != Fhir::Failure::Http || updated.status != 412)
        return refusedOrFailed(updated);

    // Changed on the server since we last saw it. An edit of the person there is not dropped
    // silently: a person decides (the conflict queue); anything else (fields we do not map) is
    // kept under the withdrawal.
    const Fhir::Reply current = m_client.read(PatientType, merged.serverId);
    if (!current.ok())
        return refusedOrFailed(current);
    const QString system = mrnSystem();
    Core::Result<Core::Patient> base = PatientResource::fromFhir(merged.base, system);
    Core::Result<Core::Patient> server = PatientResource::fromFhir(current.body, system);
    QStringList changed;
    if (base && server)
        changed = PatientMerge::differences(base.value(), server.value());
    if (!changed.isEmpty() && !isWithdrawn(current.body, survivorRef)) {
        Core::Transaction tx(m_services.context().db());
        if (!tx.active())
            return dbFailure(tx.error());
        Conflict conflict;
        conflict.resourceType = PatientType;
        conflict.localId = mergedId;
        conflict.local = withdrawn(current.body, survivorRef);
        conflict.server = current.body;
        conflict.serverVersion = metaValue(current.body, "versionId");
        conflict.fields = changed;
        if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
            return dbFailure(id.error());
        merged.state = QLatin1String(Constants::StateConflict);
        merged.lastError =
            QStringLiteral("merged into %1 here while it was changed on the server (%2)")
                .arg(survivorRef, changed.join(QStringLiteral(", ")));
        if (Core::Status s = m_store.saveRecord(merged); !s)
            return dbFailure(s.error());
        if (Core::Status s = tx.commit(); !s)
            return dbFailure(s.error());
        ++result.newConflicts;
        return Step::Done;
    }
    const QString version =
        current.versionId.isEmpty() ? metaValue(current.body, "versionId") : current.versionId;
    const Fhir::Reply again = m_client.update(withdrawn(current.body, survivorRef), version);
    if (again.ok())
        return sent(again);
    if (again.failure == Fhir::Failure::Http && again.status == 412) {
        result.ok = false;
        result.transient = true;
        result.message = QStringLiteral("%1 changed on the server again while it was withdrawn; "
                                        "the next round tries again")
                             .arg(mergedRef);
        return Step::RetryLater;
    }
    return refusedOrFailed(again);
}

Core::Status SyncEngine::resolveMergedAway(const Conflict &conflict, bool keepLocal)
{
    if (!keepLocal)
        return Core::invalid(
            QStringLiteral("conflict %1: patient %2 was merged here, and sync does not undo a "
                           "merge; copy what changed on the server to the surviving record, then "
                           "keep local (the server's record is withdrawn, its changes stay in "
                           "its history)")
                .arg(conflict.id)
                .arg(conflict.localId));
    Core::Result<std::optional<RecordMap>> map = m_store.record(PatientType, conflict.localId);
    if (!map)
        return map.error();
    if (!map->has_value())
        return Core::invalid(QStringLiteral("no sync record of patient %1").arg(conflict.localId));
    RecordMap record = map->value();
    const Fhir::Reply updated = m_client.update(conflict.local, conflict.serverVersion);
    if (!updated.ok()) {
        if (updated.failure == Fhir::Failure::Http && updated.status == 412)
            return Core::conflict(
                QStringLiteral("the server's version changed again since conflict %1 was "
                               "queued; run sync, then resolve the refreshed conflict")
                    .arg(conflict.id));
        return Core::invalid(
            QStringLiteral("resolving conflict %1: %2").arg(conflict.id).arg(updated.message));
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return tx.error();
    takeServerCopy(record, updated);
    if (Core::Status s = m_store.saveRecord(record); !s)
        return s;
    if (Core::Status s =
            m_store.resolveConflict(conflict.id, QLatin1String(Constants::ResolutionLocal));
        !s)
        return s;
    return tx.commit();
}

Core::Status SyncEngine::applyPulledMerge(const QJsonObject &resource,
                                          const QString &survivorServerId, RoundResult &result)
{
    const QString serverId = resource.value(QLatin1String("id")).toString();
    const QString version = metaValue(resource, "versionId");
    const auto skip = [&](const QString &why) {
        ++result.skipped;
        result.message = QStringLiteral("skipped Patient/%1: %2").arg(serverId, why);
        return Core::Status();
    };
    // The survivor cannot be taken here now: skipped this time, kept for a later pull.
    QString heldVersion; // what this store holds of the merged-away record
    const auto wait = [&](const QString &why) {
        if (Core::Status s =
                m_store.savePendingMerge(serverId, survivorServerId, why, version, heldVersion);
            !s)
            return s;
        ++m_mergeWaits;
        return skip(why);
    };
    // Retried at the start of this pull already (the pull's `ge` brings the last version again).
    if (!version.isEmpty() && m_mergesRetried.value(serverId) == version)
        return {};
    Core::Result<std::optional<RecordMap>> found = m_store.recordByServerId(PatientType, serverId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Merged away before this workstation ever held it: the survivor is the person.
        return skip(QStringLiteral("merged into Patient/%1 on the server; the surviving record "
                                   "is the one taken here")
                        .arg(survivorServerId));
    }
    RecordMap map = found->value();
    heldVersion = map.versionId;
    if (map.state == QLatin1String(Constants::StateConflict))
        return {}; // waits for a person

    Core::Result<qint64> survivorLocal = localIdOf(PatientType, survivorServerId);
    if (!survivorLocal)
        return survivorLocal.error();
    if (survivorLocal.value() == 0) {
        // The survivor is not here yet (pulled later, or never seen): fetch it, so the two
        // become one now rather than never (this version's stamp is passed with this page).
        const Fhir::Reply survivor = m_client.read(PatientType, survivorServerId);
        if (!survivor.ok()) {
            if (recordRefused(survivor))
                return wait(QStringLiteral("merged into Patient/%1 on the server, which cannot be "
                                           "read (%2); the record is kept here as it is until "
                                           "it can")
                                .arg(survivorServerId, survivor.message));
            return Core::Error{Core::ErrorCode::Invalid,
                               QStringLiteral("reading Patient/%1, the survivor of a merge: %2")
                                   .arg(survivorServerId, survivor.message)};
        }
        if (!replacedByOf(survivor.body).isEmpty())
            return wait(QStringLiteral("merged into Patient/%1, itself merged away on the "
                                       "server; the record is kept here until that settles")
                            .arg(survivorServerId));
        if (Core::Status s = applyPulled(survivor.body, result); !s)
            return s;
        survivorLocal = localIdOf(PatientType, survivorServerId);
        if (!survivorLocal)
            return survivorLocal.error();
        if (survivorLocal.value() == 0)
            return wait(QStringLiteral("merged into Patient/%1, which could not be taken here; "
                                       "the record is kept here as it is until it can")
                            .arg(survivorServerId));
    }

    Core::PatientService &patients = m_services.patients();
    Core::Result<Core::Patient> survivor = patients.open(survivorLocal.value());
    Core::Result<Core::Patient> merged = patients.open(map.localId);
    if (!survivor || !merged)
        return skip((survivor ? merged : survivor).error().message);
    if (merged->id == survivor->id && map.versionId == version)
        return {}; // our own withdrawal, or one taken already
    if (merged->id != survivor->id) {
        if (merged->id != map.localId)
            return skip(QStringLiteral("merged here into another record than the server's "
                                       "Patient/%1; a person sorts the two out")
                            .arg(survivorServerId));
        Core::Result<bool> pending =
            m_store.hasPendingChanges(PatientType, map.localId, m_pullCursor);
        if (!pending)
            return pending.error();
        if (pending.value() || map.state == QLatin1String(Constants::StatePending)
            || map.state == QLatin1String(Constants::StateRejected)) {
            // Changed here, not yet on the server: merging now would hide that change.
            Conflict conflict{0,
                              PatientType,
                              map.localId,
                              PatientResource::toFhir(merged.value(), mrnSystem(), resource),
                              resource,
                              version,
                              {QStringLiteral("link")},
                              {},
                              {},
                              {}};
            if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
                return id.error();
            map.state = QLatin1String(Constants::StateConflict);
            map.lastError = QStringLiteral("merged into Patient/%1 on the server while changed "
                                           "here")
                                .arg(survivorServerId);
            if (Core::Status s = m_store.saveRecord(map); !s)
                return s;
            ++result.newConflicts;
            return {};
        }
        // The merge and the claim of the rows it moved are one unit: a crash between them would
        // leave moved rows the pusher never sends.
        Core::Database &db = m_services.context().db();
        Core::Transaction tx(db);
        if (!tx.active())
            return tx.error();
        Core::Result<qint64> head = Core::ChangeLog::head(db);
        if (!head)
            return head.error();
        {
            OriginScope scope(m_services.context(), QLatin1String(Constants::Origin));
            if (Core::Status s = patients.merge(
                    survivor->id, map.localId,
                    QStringLiteral("merged on the FHIR server: Patient/%1 replaced by Patient/%2")
                        .arg(serverId, survivorServerId));
                !s)
                return skip(s.error().message);
        }
        if (Core::Status s = m_store.claimRowsMovedByMerge(head.value()); !s)
            return s;
        if (Core::Status s = tx.commit(); !s)
            return s;
    }
    map.versionId = version;
    map.base = resource;
    map.state = QLatin1String(Constants::StateSynced);
    map.lastError.clear();
    if (Core::Status s = m_store.saveRecord(map); !s)
        return s;
    ++result.pulled;
    return {};
}

bool SyncEngine::retryPendingMerges(RoundResult &result)
{
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("retrying pulled merges: %1").arg(error.message);
        return false;
    };
    m_mergesRetried.clear();
    Core::Result<QList<PendingMerge>> waiting = m_store.pendingMerges();
    if (!waiting)
        return dbFailure(waiting.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PendingMerge &pending : std::as_const(waiting.value())) {
        if (stopRequested())
            return true;
        // Each try costs two reads (the merged-away record, its survivor), so a merge whose
        // survivor stays out of reach is read again only when its backoff has passed
        // (SyncStore::mergeRetryDelaySecs), unless something this store holds says it changed:
        // the survivor was taken by a pull since, or the ordinary pull took another version of
        // the merged-away record (no longer merged there, or gone from here).
        bool due = !pending.nextTry.isValid() || pending.nextTry <= now;
        if (!due) {
            Core::Result<qint64> survivor = localIdOf(PatientType, pending.survivorServerId);
            if (!survivor)
                return dbFailure(survivor.error());
            due = survivor.value() != 0;
        }
        if (!due) {
            Core::Result<std::optional<RecordMap>> held =
                m_store.recordByServerId(PatientType, pending.mergedServerId);
            if (!held)
                return dbFailure(held.error());
            due = !held->has_value() || held->value().versionId != pending.heldVersion;
        }
        if (!due) {
            // The pull's `ge` brings the version it waited on again: passed over there too. A
            // newer version of it is taken by the pull as a merge pulled now.
            if (!pending.mergedVersion.isEmpty())
                m_mergesRetried.insert(pending.mergedServerId, pending.mergedVersion);
            continue;
        }
        // As the server holds it now: a newer version may name another survivor, or none.
        const Fhir::Reply now = m_client.read(PatientType, pending.mergedServerId);
        if (!now.ok() && !recordRefused(now)) {
            fail(now,
                 QStringLiteral("reading Patient/%1, merged away on the server")
                     .arg(pending.mergedServerId),
                 result);
            return false;
        }
        Core::Transaction tx(m_services.context().db());
        if (!tx.active())
            return dbFailure(tx.error());
        // Still waiting: applyPulledMerge keeps it (one try more). Merged, refused for another
        // reason, gone from the server, or no longer merged away there: it leaves the list (the
        // ordinary pull brings a record that is not merged away).
        const int waitsBefore = m_mergeWaits;
        if (now.ok()) {
            if (const QString survivor = replacedByOf(now.body); !survivor.isEmpty()) {
                if (Core::Status s = applyPulledMerge(now.body, survivor, result); !s)
                    return dbFailure(s.error());
                m_mergesRetried.insert(pending.mergedServerId, metaValue(now.body, "versionId"));
            }
        }
        if (m_mergeWaits == waitsBefore) {
            if (Core::Status s = m_store.forgetPendingMerge(pending.mergedServerId); !s)
                return dbFailure(s.error());
        }
        if (Core::Status s = tx.commit(); !s)
            return dbFailure(s.error());
    }
    return true;
}

} // namespace Ambulo::Sync
