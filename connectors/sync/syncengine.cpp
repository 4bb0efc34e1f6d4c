#include "connectors/sync/syncengine.h"

#include "connectors/sync/patientmerge.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"

#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace Ambulo::Sync {

using namespace Internal;

SyncEngine::SyncEngine(Core::Services &services, Fhir::Client &client, EngineOptions options)
    : m_services(services)
    , m_client(client)
    , m_options(options)
    , m_store(services.context().db())
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setStopFlag(const std::atomic_bool *flag)
{
    m_stop = flag;
    m_client.cancelWhen(flag);
}

void SyncEngine::addAdapter(std::unique_ptr<ResourceAdapter> adapter)
{
    m_adapters.push_back(std::move(adapter));
}

QStringList SyncEngine::resourceTypes() const
{
    QStringList types{PatientType};
    for (const std::unique_ptr<ResourceAdapter> &a : m_adapters)
        types << a->resourceType();
    return types;
}

QStringList SyncEngine::pushedTypes() const
{
    QStringList types{PatientType};
    for (const std::unique_ptr<ResourceAdapter> &a : m_adapters) {
        if (a->pushesChanges())
            types << a->resourceType();
    }
    return types;
}

ResourceAdapter *SyncEngine::adapter(const QString &type) const
{
    for (const std::unique_ptr<ResourceAdapter> &a : m_adapters) {
        if (a->resourceType() == type)
            return a.get();
    }
    return nullptr;
}

QString SyncEngine::mrnSystem() const
{
    return PatientResource::mrnSystem(m_services.practice().settings().npi);
}

SyncEngine::Step SyncEngine::fail(const Fhir::Reply &reply, const QString &what,
                                  RoundResult &result)
{
    result.ok = false;
    result.transient = retryable(reply);
    result.retryAfterSeconds = reply.retryAfterSeconds;
    const QString status =
        reply.status > 0 ? QStringLiteral(" (HTTP %1)").arg(reply.status) : QString();
    result.message = QStringLiteral("%1: %2%3").arg(what, reply.message, status);
    return Step::RetryLater;
}

Core::Status SyncEngine::advanceCursor(qint64 seq)
{
    if (seq <= 0)
        return {};
    return m_store.setCursor(seq);
}

Core::Status SyncEngine::saveAndAdvance(const RecordMap &record)
{
    if (Core::Status s = m_store.saveRecord(record); !s)
        return s;
    return advanceCursor(m_seq);
}

void SyncEngine::takeServerCopy(RecordMap &record, const Fhir::Reply &reply)
{
    record.versionId =
        reply.versionId.isEmpty() ? metaValue(reply.body, "versionId") : reply.versionId;
    record.base = reply.body;
    record.state = QLatin1String(Constants::StateSynced);
    record.lastError.clear();
}

Core::Status SyncEngine::reject(RecordMap map, const QString &message, RoundResult &result)
{
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return tx.error();
    map.state = QLatin1String(Constants::StateRejected);
    map.lastError = message.left(1000);
    if (Core::Status s = saveAndAdvance(map); !s)
        return s;
    ++result.rejected;
    return tx.commit();
}

Core::Status SyncEngine::queueConflict(const Core::Patient &local, const QJsonObject &server,
                                       const QStringList &fields, RecordMap map,
                                       RoundResult &result)
{
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return tx.error();
    Conflict conflict;
    conflict.resourceType = PatientType;
    conflict.localId = local.id;
    conflict.local = PatientResource::toFhir(local, mrnSystem(), server);
    conflict.server = server;
    conflict.serverVersion = metaValue(server, "versionId");
    conflict.fields = fields;
    if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
        return id.error();
    // The base and version stay what both sides last agreed on: the merge a person makes later
    // starts from there.
    map.state = QLatin1String(Constants::StateConflict);
    if (Core::Status s = saveAndAdvance(map); !s)
        return s;
    ++result.newConflicts;
    return tx.commit();
}

Core::Status SyncEngine::applyLocally(const Core::Patient &target, const Core::Patient &current)
{
    OriginScope scope(m_services.context(), QLatin1String(Constants::Origin));
    Core::PatientService &patients = m_services.patients();
    if (!target.mrn.isEmpty() && target.mrn != current.mrn) {
        Core::Result<QString> changed = patients.changeMrn(
            current.id, target.mrn, QStringLiteral("the MRN the FHIR server holds"));
        if (!changed)
            return changed.error();
    }
    Core::Patient wanted = target;
    wanted.id = current.id;
    wanted.mrn = current.mrn;
    if (PatientMerge::differences(wanted, current).isEmpty())
        return {};
    return patients.update(wanted);
}

Core::Result<QJsonObject> SyncEngine::patientResource(const Core::Patient &patient,
                                                      const QJsonObject &base,
                                                      const QJsonObject &previousBase)
{
    Core::Result<QList<Core::PatientIdentifier>> identifiers =
        m_services.patients().identifiers(patient.id);
    if (!identifiers)
        return identifiers.error();
    QSet<std::pair<QString, QString>> dropped;
    for (const Core::PatientIdentifier &id :
         PatientResource::droppedIdentifiers(previousBase, base, mrnSystem()))
        dropped.insert({id.value, id.authority});
    QList<Core::PatientIdentifier> sent;
    for (const Core::PatientIdentifier &id : std::as_const(identifiers.value())) {
        if (!dropped.contains({id.value, id.authority}))
            sent.append(id);
    }
    Core::Result<QList<Core::PatientIdentifier>> withdrawn =
        m_services.patients().withdrawnIdentifiers(patient.id);
    if (!withdrawn)
        return withdrawn.error();
    return PatientResource::withoutIdentifiers(
        PatientResource::withIdentifiers(PatientResource::toFhir(patient, mrnSystem(), base), sent),
        withdrawn.value());
}

Core::Result<bool> SyncEngine::carriesWithdrawn(qint64 localId, const QJsonObject &copy)
{
    Core::Result<QList<Core::PatientIdentifier>> withdrawn =
        m_services.patients().withdrawnIdentifiers(localId);
    if (!withdrawn)
        return withdrawn.error();
    for (const Core::PatientIdentifier &id : std::as_const(withdrawn.value())) {
        if (!PatientResource::lacksIdentifier(copy, {id}))
            return true;
    }
    return false;
}

Core::Status SyncEngine::settleWithdrawals(qint64 localId, const QJsonObject &sent)
{
    Core::Result<QList<Core::PatientIdentifier>> withdrawn =
        m_services.patients().withdrawnIdentifiers(localId);
    if (!withdrawn)
        return withdrawn.error();
    QList<Core::PatientIdentifier> settled;
    for (const Core::PatientIdentifier &id : std::as_const(withdrawn.value())) {
        if (PatientResource::lacksIdentifier(sent, {id}))
            settled.append(id);
    }
    if (settled.isEmpty())
        return {};
    OriginScope scope(m_services.context(), QLatin1String(Constants::Origin));
    return m_services.patients().settleWithdrawals(localId, settled);
}

Core::Status SyncEngine::dropIdentifiers(qint64 localId, const QJsonObject &before,
                                         const QJsonObject &now)
{
    const QList<Core::PatientIdentifier> dropped =
        PatientResource::droppedIdentifiers(before, now, mrnSystem());
    if (dropped.isEmpty())
        return {};
    OriginScope scope(m_services.context(), QLatin1String(Constants::Origin));
    for (Core::PatientIdentifier id : dropped) {
        id.patientId = localId;
        if (Core::Status s = m_services.patients().removeIdentifier(id); !s)
            return s;
    }
    return {};
}

RoundResult SyncEngine::round()
{
    RoundResult pushed = push();
    if (!pushed.ok)
        return pushed;
    RoundResult pulled = pull();
    pulled.pushed = pushed.pushed;
    pulled.rejected += pushed.rejected;
    pulled.renumbered += pushed.renumbered;
    pulled.newConflicts += pushed.newConflicts;
    return pulled;
}

RoundResult SyncEngine::push()
{
    RoundResult result;
    Core::Database &db = m_services.context().db();
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("push: %1").arg(error.message);
        return result;
    };
    Core::Result<QString> storeId = m_store.storeId();
    if (!storeId)
        return dbFailure(storeId.error());
    m_storeId = storeId.value();
    if (Core::Result<int> queued = backfill(); !queued)
        return dbFailure(queued.error());
    Core::Result<qint64> cursor = m_store.cursor();
    if (!cursor)
        return dbFailure(cursor.error());
    qint64 at = cursor.value();
    QSet<QString> done; // "Type/id" sent this round as they are now: later rows of the same record
                        // add nothing
    qint64 passed = 0;
    for (;;) {
        if (stopRequested())
            break;
        Core::Result<QList<Core::Change>> changes =
            Core::ChangeLog::since(db, at, m_options.batchSize);
        if (!changes)
            return dbFailure(changes.error());
        if (changes->isEmpty())
            break;
        for (const Core::Change &change : std::as_const(changes.value())) {
            if (stopRequested())
                break;
            m_seq = change.seq;
            m_mergeMove = change.origin == QLatin1String(Constants::MergeOrigin);
            ResourceAdapter *typeAdapter = adapter(change.entity);
            const bool pushed =
                change.entity == PatientType || (typeAdapter && typeAdapter->pushesChanges());
            const QString key = change.entity + u'/' + QString::number(change.entityId);
            const bool ours =
                pushed && change.origin != QLatin1String(Constants::Origin) && !done.contains(key);
            if (ours) {
                const Step step = typeAdapter ? pushRecord(*typeAdapter, change.entityId, result)
                                              : pushPatient(change.entityId, result);
                if (step == Step::RetryLater) {
                    m_seq = 0;
                    if (Core::Result<int> open = m_store.openConflictCount(); open)
                        result.openConflicts = open.value();
                    return result;
                }
                done.insert(key);
                passed = 0; // the push moved the cursor past them
            } else {
                passed = change.seq;
            }
            at = change.seq;
        }
        // Rows passed over (pulled changes, other types) move the cursor once per batch, not
        // one synchronous write each.
        if (passed > 0) {
            if (Core::Status s = advanceCursor(passed); !s)
                return dbFailure(s.error());
            passed = 0;
        }
    }
    m_seq = 0;
    // Records that waited for a reference (a patient not on the server yet) try again.
    if (!stopRequested()
        && (pushWaiting(result) == Step::RetryLater || pushMerges(result) == Step::RetryLater)) {
        if (Core::Result<int> open = m_store.openConflictCount(); open)
            result.openConflicts = open.value();
        return result;
    }
    if (!stopRequested()) {
        for (const QString &type : resourceTypes()) {
            if (Core::Status s = m_store.markPushed(type); !s)
                return dbFailure(s.error());
        }
    }
    if (Core::Result<int> open = m_store.openConflictCount(); open)
        result.openConflicts = open.value();
    return result;
}

SyncEngine::Step SyncEngine::pushPatient(qint64 localId, RoundResult &result)
{
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("push of patient %1: %2").arg(localId).arg(error.message);
        return Step::RetryLater;
    };
    Core::Result<std::optional<RecordMap>> map = m_store.record(PatientType, localId);
    if (!map)
        return dbFailure(map.error());
    RecordMap record = map->value_or(RecordMap{PatientType, localId, {}, {}, {}, {}, {}, {}});
    if (record.clientId.isEmpty())
        record.clientId = m_store.clientId(m_storeId, localId);
    if (record.state == QLatin1String(Constants::StateConflict)) {
        // Waits for a person; the conflict holds the server's side.
        if (Core::Status s = advanceCursor(m_seq); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    Core::Result<Core::Patient> patient = m_services.patients().open(localId);
    if (!patient) {
        // Unreadable in this session (the sync principal reads restricted records; a person
        // would need break-glass): kept as refused, with the reason, for `sync status`.
        if (Core::Status s = reject(record, patient.error().message, result); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    if (patient->id != localId) {
        // Merged away since: the survivor's own change row carries the person.
        if (Core::Status s = advanceCursor(m_seq); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    Core::Patient current = patient.value();
    if (record.serverId.isEmpty())
        return createPatient(current, result);
    return updatePatient(current, record, result);
}

SyncEngine::Step SyncEngine::createPatient(Core::Patient &p, RoundResult &result)
{
    const QString system = mrnSystem();
    const QString clientId = m_store.clientId(m_storeId, p.id);
    RecordMap record{PatientType, p.id, {}, {}, {}, {}, clientId, {}};
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("push of patient %1: %2").arg(p.mrn, error.message);
        return Step::RetryLater;
    };

    // The MRN is the practice's: if the server already holds it for someone else (two
    // workstations numbered two people alike while offline), the first one there keeps it and
    // this record takes the next free number before it leaves.
    QJsonObject serverCopy;
    for (int attempt = 0;; ++attempt) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("identifier"), system + u'|' + p.mrn);
        const Fhir::Reply found = m_client.search(PatientType, query);
        if (!found.ok())
            return fail(found, QStringLiteral("looking up MRN %1 on the server").arg(p.mrn),
                        result);
        QJsonObject other;
        for (const QJsonValue &entry : found.body.value(QLatin1String("entry")).toArray()) {
            const QJsonObject resource =
                entry.toObject().value(QLatin1String("resource")).toObject();
            if (resource.value(QLatin1String("resourceType")).toString() != PatientType)
                continue;
            if (clientIdOf(resource) == clientId)
                serverCopy = resource; // our own create, whose answer was lost
            else
                other = resource;
        }
        if (!serverCopy.isEmpty() || other.isEmpty())
            break;
        if (attempt >= 20) {
            if (Core::Status s =
                    reject(record, QStringLiteral("no free MRN found after %1 tries").arg(attempt),
                           result);
                !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        Core::Result<QString> renumbered = m_services.patients().changeMrn(
            p.id, {},
            QStringLiteral("MRN %1 belongs to Patient/%2 on the FHIR server")
                .arg(p.mrn, other.value(QLatin1String("id")).toString()));
        if (!renumbered)
            return dbFailure(renumbered.error());
        p.mrn = renumbered.value();
        ++result.renumbered;
    }

    Core::Result<QJsonObject> ours = patientResource(p, {});
    if (!ours)
        return dbFailure(ours.error());
    QString version = metaValue(serverCopy, "versionId");
    if (serverCopy.isEmpty()) {
        const QJsonObject resource = withClientId(ours.value(), clientId);
        const Fhir::Reply created =
            m_client.create(resource, QStringLiteral("identifier=%1|%2")
                                          .arg(QLatin1String(Constants::ClientIdSystem), clientId));
        if (!created.ok()) {
            if (recordRefused(created)) {
                if (Core::Status s = reject(record, created.message, result); !s)
                    return dbFailure(s.error());
                return Step::Done;
            }
            return fail(created, QStringLiteral("creating patient %1").arg(p.mrn), result);
        }
        serverCopy = created.body;
        version =
            created.versionId.isEmpty() ? metaValue(serverCopy, "versionId") : created.versionId;
    }
    record.serverId = serverCopy.value(QLatin1String("id")).toString();
    record.versionId = version;
    record.base = serverCopy;
    // A copy made by an earlier try may predate later edits here: bring it up to date.
    Core::Result<Core::Patient> onServer = PatientResource::fromFhir(serverCopy, system);
    if (onServer) {
        Core::Patient compared = onServer.value();
        compared.id = p.id;
        Core::Result<bool> withdrawn = carriesWithdrawn(p.id, serverCopy);
        if (!withdrawn)
            return dbFailure(withdrawn.error());
        if (!PatientMerge::differences(compared, p).isEmpty() || withdrawn.value()
            || PatientResource::lacksIdentifier(
                serverCopy, PatientResource::otherIdentifiers(ours.value(), system)))
            return updatePatient(p, record, result);
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return dbFailure(tx.error());
    if (Core::Status s = settleWithdrawals(p.id, serverCopy); !s)
        return dbFailure(s.error());
    record.state = QLatin1String(Constants::StateSynced);
    if (Core::Status s = saveAndAdvance(record); !s)
        return dbFailure(s.error());
    if (Core::Status s = tx.commit(); !s)
        return dbFailure(s.error());
    ++result.pushed;
    return Step::Done;
}

SyncEngine::Step SyncEngine::updatePatient(const Core::Patient &p, RecordMap record,
                                           RoundResult &result)
{
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("push of patient %1: %2").arg(p.mrn, error.message);
        return Step::RetryLater;
    };
    const Core::Result<QJsonObject> resource = patientResource(p, record.base);
    if (!resource)
        return dbFailure(resource.error());
    const Fhir::Reply updated = m_client.update(resource.value(), record.versionId);
    if (!updated.ok()) {
        if (updated.failure == Fhir::Failure::Http && updated.status == 412)
            return resolvePrecondition(p, record, result);
        if (recordRefused(updated)) {
            if (Core::Status s = reject(record, updated.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(updated, QStringLiteral("updating patient %1").arg(p.mrn), result);
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return dbFailure(tx.error());
    if (Core::Status s = settleWithdrawals(p.id, resource.value()); !s)
        return dbFailure(s.error());
    takeServerCopy(record, updated);
    if (Core::Status s = saveAndAdvance(record); !s)
        return dbFailure(s.error());
    if (Core::Status s = tx.commit(); !s)
        return dbFailure(s.error());
    ++result.pushed;
    return Step::Done;
}

SyncEngine::Step SyncEngine::resolvePrecondition(const Core::Patient &p, RecordMap record,
                                                 RoundResult &result)
{
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("merging patient %1: %2").arg(p.mrn, error.message);
        return Step::RetryLater;
    };
    const QString system = mrnSystem();
    const Fhir::Reply current = m_client.read(PatientType, record.serverId);
    if (!current.ok()) {
        if (recordRefused(current)) {
            if (Core::Status s = reject(record, current.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(current, QStringLiteral("reading patient %1's server version").arg(p.mrn),
                    result);
    }
    Core::Result<Core::Patient> server = PatientResource::fromFhir(current.body, system);
    if (!server) {
        if (Core::Status s = reject(record, server.error().message, result); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    Core::Result<Core::Patient> base = PatientResource::fromFhir(record.base, system);
    PatientMerge::Outcome outcome =
        PatientMerge::merge(base ? base.value() : server.value(), p, server.value());
    if (!base) // nothing to merge against: every difference is a clash
        outcome.clashes = PatientMerge::differences(p, server.value());
    if (!outcome.clashes.isEmpty()) {
        if (Core::Status s = queueConflict(p, current.body, outcome.clashes, record, result); !s)
            return dbFailure(s.error());
        return Step::Done;
    }
    outcome.merged.id = p.id;
    const Core::Result<QJsonObject> resource =
        patientResource(outcome.merged, current.body, record.base);
    if (!resource)
        return dbFailure(resource.error());
    const QString version =
        current.versionId.isEmpty() ? metaValue(current.body, "versionId") : current.versionId;
    const Fhir::Reply updated = m_client.update(resource.value(), version);
    if (!updated.ok()) {
        if (updated.failure == Fhir::Failure::Http && updated.status == 412) {
            result.ok = false;
            result.transient = true;
            result.message = QStringLiteral("patient %1 changed on the server again while it was "
                                            "merged; the next round merges again")
                                 .arg(p.mrn);
            return Step::RetryLater;
        }
        if (recordRefused(updated)) {
            if (Core::Status s = reject(record, updated.message, result); !s)
                return dbFailure(s.error());
            return Step::Done;
        }
        return fail(updated, QStringLiteral("updating patient %1").arg(p.mrn), result);
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return dbFailure(tx.error());
    if (Core::Status s = applyLocally(outcome.merged, p); !s)
        return dbFailure(s.error());
    if (Core::Status s = dropIdentifiers(p.id, record.base, current.body); !s)
        return dbFailure(s.error());
    if (Core::Status s = settleWithdrawals(p.id, resource.value()); !s)
        return dbFailure(s.error());
    takeServerCopy(record, updated);
    if (Core::Status s = saveAndAdvance(record); !s)
        return dbFailure(s.error());
    if (Core::Status s = tx.commit(); !s)
        return dbFailure(s.error());
    ++result.pushed;
    if (!outcome.fromServer.isEmpty())
        ++result.pulled;
    return Step::Done;
}

Core::Status SyncEngine::resolve(qint64 conflictId, bool keepLocal)
{
    Core::Result<QList<Conflict>> open = m_store.conflicts(true);
    if (!open)
        return open.error();
    const auto it = std::find_if(open->begin(), open->end(),
                                 [&](const Conflict &c) { return c.id == conflictId; });
    if (it == open->end())
        return Core::invalid(QStringLiteral("no open conflict %1").arg(conflictId));
    const Conflict conflict = *it;
    if (conflict.resourceType != PatientType) {
        ResourceAdapter *typeAdapter = adapter(conflict.resourceType);
        if (!typeAdapter)
            return Core::invalid(
                QStringLiteral("conflicts of %1 are not handled here").arg(conflict.resourceType));
        if (conflict.fields.contains(QLatin1String(Constants::BookingConflict)))
            return Core::conflict(
                QStringLiteral("conflict %1 is a booking whose time another workstation holds on "
                               "the server: move it to a free time (%2) or cancel it, then sync")
                    .arg(conflictId)
                    .arg(conflict.alternatives.isEmpty()
                             ? QStringLiteral("see the calendar")
                             : conflict.alternatives.join(QStringLiteral(", "))));
        return resolveRecord(*typeAdapter, conflict, keepLocal);
    }
    Core::Result<std::optional<RecordMap>> map = m_store.record(PatientType, conflict.localId);
    if (!map)
        return map.error();
    Core::Result<Core::Patient> local = m_services.patients().open(conflict.localId);
    if (!local)
        return local.error();
    if (local->id != conflict.localId)
        return resolveMergedAway(conflict, keepLocal);
    const QString system = mrnSystem();
    Core::Result<Core::Patient> server = PatientResource::fromFhir(conflict.server, system);
    if (!server)
        return server.error();
    RecordMap record =
        map->value_or(RecordMap{PatientType, conflict.localId, {}, {}, {}, {}, {}, {}});
    if (record.serverId.isEmpty())
        record.serverId = conflict.server.value(QLatin1String("id")).toString();

    Core::Result<Core::Patient> base = PatientResource::fromFhir(record.base, system);
    PatientMerge::Outcome outcome =
        PatientMerge::merge(base ? base.value() : server.value(), local.value(), server.value());
    if (!base)
        outcome.clashes = PatientMerge::differences(local.value(), server.value());
    Core::Patient target = outcome.merged; // clashing units hold the local values
    if (!keepLocal) {
        for (const QString &unit : std::as_const(outcome.clashes))
            PatientMerge::assign(target, server.value(), unit);
    }
    target.id = local->id;

    QJsonObject newBase = conflict.server;
    QString version = conflict.serverVersion;
    Core::Result<bool> withdrawn = carriesWithdrawn(local->id, conflict.server);
    if (!withdrawn)
        return withdrawn.error();
    std::optional<QJsonObject> sent;
    if (!PatientMerge::differences(target, server.value()).isEmpty() || withdrawn.value()) {
        const Core::Result<QJsonObject> resource =
            patientResource(target, conflict.server, record.base);
        if (!resource)
            return resource.error();
        sent = resource.value();
        const Fhir::Reply updated = m_client.update(resource.value(), conflict.serverVersion);
        if (!updated.ok()) {
            if (updated.failure == Fhir::Failure::Http && updated.status == 412)
                return Core::conflict(
                    QStringLiteral("the server's version changed again since conflict %1 was "
                                   "queued; run sync, then resolve the refreshed conflict")
                        .arg(conflictId));
            const QString status =
                updated.status > 0 ? QStringLiteral(" (HTTP %1)").arg(updated.status) : QString();
            return Core::invalid(QStringLiteral("resolving conflict %1: %2%3")
                                     .arg(conflictId)
                                     .arg(updated.message, status));
        }
        newBase = updated.body;
        version =
            updated.versionId.isEmpty() ? metaValue(updated.body, "versionId") : updated.versionId;
    }
    Core::Transaction tx(m_services.context().db());
    if (!tx.active())
        return tx.error();
    if (Core::Status s = applyLocally(target, local.value()); !s)
        return s;
    if (Core::Status s = dropIdentifiers(local->id, record.base, conflict.server); !s)
        return s;
    if (sent) {
        if (Core::Status s = settleWithdrawals(local->id, *sent); !s)
            return s;
    }
    record.versionId = version;
    record.base = newBase;
    record.state = QLatin1String(Constants::StateSynced);
    record.lastError.clear();
    if (Core::Status s = m_store.saveRecord(record); !s)
        return s;
    if (Core::Status s = m_store.resolveConflict(
            conflictId,
            QLatin1String(keepLocal ? Constants::ResolutionLocal : Constants::ResolutionServer));
        !s)
        return s;
    return tx.commit();
}

} // namespace Ambulo::Sync
