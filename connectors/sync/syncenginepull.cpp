// SyncEngine's pull: the server's changes since the stamp, page by page.
#include "connectors/sync/syncengine.h"

#include "connectors/sync/patientmerge.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QUrlQuery>

#include <QJsonDocument>

#include <algorithm>
#include <any>
#include <memory>
#include <optional>

namespace Ambulo::Sync {

using namespace Internal;

namespace {

// A record of a pulled page with what the pull needs of it worked out beforehand: for a Patient
// pull on the thread that reads the pages (see pullType), so the applying thread, which holds the
// write lock, is left the SQL.
struct PulledEntry
{
    QJsonObject resource;
    QString type; // its resourceType
    QString serverId;
    QString lastUpdated;
    // A Patient pull's only; `patient` set when it maps and is valid (importNew may take it).
    std::optional<Core::Patient> patient;
    QString clientId;
    bool replaced = false; // replaced-by another record: a merge, never imported
    QString baseJson;      // `resource` as sync_record keeps it
    // Other systems' numbers for the patient (PatientResource::otherIdentifiers).
    QList<Core::PatientIdentifier> identifiers;
};
using PulledPage = QList<PulledEntry>;

// `patientSystem` is the MRN system of a Patient pull; empty for other types. Touches nothing but
// its arguments, so it may run on any thread.
PulledPage readPage(const QJsonObject &page, const QString &patientSystem)
{
    PulledPage out;
    const QJsonArray entries = page.value(QLatin1String("entry")).toArray();
    out.reserve(entries.size());
    for (const QJsonValue &entry : entries) {
        PulledEntry e;
        e.resource = entry.toObject().value(QLatin1String("resource")).toObject();
        e.type = e.resource.value(QLatin1String("resourceType")).toString();
        e.serverId = e.resource.value(QLatin1String("id")).toString();
        e.lastUpdated = metaValue(e.resource, "lastUpdated");
        if (!patientSystem.isEmpty() && e.type == PatientType) {
            e.clientId = clientIdOf(e.resource);
            e.replaced = !replacedByOf(e.resource).isEmpty();
            if (Core::Result<Core::Patient> incoming =
                    PatientResource::fromFhir(e.resource, patientSystem);
                incoming && Core::PatientService::validate(incoming.value())) {
                e.patient = std::move(incoming.value());
                e.patient->id = 0;
                e.identifiers = PatientResource::otherIdentifiers(e.resource, patientSystem);
                e.baseJson =
                    QString::fromUtf8(QJsonDocument(e.resource).toJson(QJsonDocument::Compact));
            }
        }
        out.append(std::move(e));
    }
    return out;
}

// Of the identifiers other systems gave a pulled patient (a hospital's MRN, the EHR's own
// number), those to record here, so that an HL7 message naming one finds the patient on this
// workstation too. Left out, and the pull goes on: one that a patient here holds already (or that
// `claimed` names, when given), since whether two records are one person is for a person to
// decide (a merge); one too long to keep here. (SyncEngine::dropIdentifiers forgets the ones the
// server withdrew.)
Core::Result<QList<Core::PatientIdentifier>>
identifiersToTake(Core::PatientService &patients, const QList<Core::PatientIdentifier> &identifiers,
                  QSet<std::pair<QString, QString>> *claimed = nullptr)
{
    QList<Core::PatientIdentifier> out;
    for (const Core::PatientIdentifier &id : identifiers) {
        const std::pair key{id.value, id.authority};
        if (!Core::PatientService::validate(id) || (claimed && claimed->contains(key)))
            continue;
        Core::Result<qint64> holder = patients.findByIdentifier(id.value, id.authority);
        if (!holder)
            return holder.error();
        if (holder.value() != 0)
            continue; // this patient's already, or another's
        if (claimed)
            claimed->insert(key);
        out.append(id);
    }
    return out;
}

// Records them for local patient `localId`, as origin "fhir" (never pushed back). One taken off
// the patient here is not taken back: the push is still to take it off the server's copy.
Core::Status takeIdentifiers(Core::Services &services, qint64 localId,
                             const QList<Core::PatientIdentifier> &identifiers)
{
    if (identifiers.isEmpty())
        return {};
    Core::Result<QList<Core::PatientIdentifier>> taken =
        identifiersToTake(services.patients(), identifiers);
    if (!taken)
        return taken.error();
    Core::Result<QList<Core::PatientIdentifier>> withdrawn =
        services.patients().withdrawnIdentifiers(localId);
    if (!withdrawn)
        return withdrawn.error();
    OriginScope scope(services.context(), QLatin1String(Constants::Origin));
    for (Core::PatientIdentifier id : std::as_const(taken.value())) {
        if (std::any_of(withdrawn->cbegin(), withdrawn->cend(),
                        [&](const auto &gone) { return gone.sameNumberAs(id); }))
            continue;
        id.patientId = localId;
        if (Core::Status s = services.patients().addIdentifier(id); !s)
            return s;
    }
    return {};
}

// A first sync brings thousands of records this workstation has never seen. Those that need no
// decision — not mapped here, not our own create whose answer was lost, MRN free here and once
// in the page — go in with one PatientService::import per page instead of one create each: one
// audit entry naming the page's MRN range, and no savepoint per record (every savepoint makes
// FTS4 flush its pending terms into a new segment). Everything else goes through applyPulled.
// Returns the server ids taken.
// With `joined` the import takes no savepoint of its own but joins the open transaction
// (Core::JoinNested), so the full-text index flushes once per commit rather than once per page;
// if the import then fails, the whole open transaction is rollback-only: `*spoiled` says so, and
// the caller must roll it back and apply its pages again without joining.
Core::Result<QSet<QString>> importNew(Core::Services &services, SyncStore &store,
                                      const QString &storeId, const PulledPage &entries,
                                      bool joined, bool *spoiled)
{
    QList<Core::Patient> patients;
    QList<QList<Core::PatientIdentifier>> identifiers;
    QList<const PulledEntry *> picked;
    QSet<QString> mrns;
    QSet<std::pair<QString, QString>> claimed; // other systems' identifiers given in this page
    QSet<QString> serverIds;
    const QString ownPrefix = storeId + u'-';
    for (const PulledEntry &e : entries) {
        if (!e.patient || e.serverId.isEmpty() || e.replaced || serverIds.contains(e.serverId)
            || e.clientId.startsWith(ownPrefix))
            continue;
        Core::Result<std::optional<RecordMap>> mapped =
            store.recordByServerId(PatientType, e.serverId);
        if (!mapped)
            return mapped.error();
        if (mapped->has_value())
            continue;
        const QString &mrn = e.patient->mrn;
        if (!mrn.isEmpty()) {
            if (mrns.contains(mrn))
                continue;
            Core::Result<qint64> holder = services.patients().findByMrn(mrn);
            if (!holder)
                return holder.error();
            if (holder.value() != 0)
                continue;
            mrns.insert(mrn);
        }
        Core::Result<QList<Core::PatientIdentifier>> own =
            identifiersToTake(services.patients(), e.identifiers, &claimed);
        if (!own)
            return own.error();
        serverIds.insert(e.serverId);
        patients.append(*e.patient);
        identifiers.append(own.value());
        picked.append(&e);
    }
    QSet<QString> taken;
    if (patients.size() < 2)
        return taken; // nothing to gain over applyPulled
    Core::Result<QList<qint64>> ids = [&] {
        OriginScope scope(services.context(), QLatin1String(Constants::Origin));
        std::optional<Core::JoinNested> join;
        if (joined)
            join.emplace(services.context().db());
        return services.patients().import(patients, identifiers);
    }();
    if (!ids) {
        if (joined && services.context().db().rollbackOnly())
            *spoiled = true; // what was written before it cannot be kept apart from it
        return taken;        // rolled back; applyPulled takes each one and says what is wrong
    }
    for (qsizetype i = 0; i < picked.size(); ++i) {
        const PulledEntry &e = *picked[i];
        if (patients[i].mrn.isEmpty()) {
            // Registered elsewhere without our MRN: the number given here goes to the server.
            if (Core::Status s = Core::ChangeLog::record(
                    services.context().db(), PatientType, ids->at(i), QStringLiteral("update"),
                    QLatin1String(Constants::Principal), QStringLiteral("mrn"));
                !s)
                return s.error();
        }
        RecordMap record{PatientType, ids->at(i),
                         e.serverId,  metaValue(e.resource, "versionId"),
                         e.resource,  QLatin1String(Constants::StateSynced),
                         e.clientId,  {}};
        if (Core::Status s = store.insertRecord(record, e.baseJson); !s)
            return s.error();
        taken.insert(e.serverId);
    }
    return taken;
}

} // namespace

RoundResult SyncEngine::pull()
{
    RoundResult result;
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("pull: %1").arg(error.message);
        return result;
    };
    Core::Result<QString> storeId = m_store.storeId();
    if (!storeId)
        return dbFailure(storeId.error());
    m_storeId = storeId.value();
    Core::Result<qint64> cursor = m_store.cursor();
    if (!cursor)
        return dbFailure(cursor.error());
    m_pullCursor = cursor.value();

    // Merges pulled earlier whose survivor could not be taken then, before anything newer.
    if (!retryPendingMerges(result))
        return result;
    // Patient first, then the adapters in their order: a pulled booking finds its patient and
    // practitioner here already.
    bool go = pullType(
        PatientType,
        [this](const QJsonObject &resource, RoundResult &r) { return applyPulled(resource, r); },
        result);
    for (const std::unique_ptr<ResourceAdapter> &a : m_adapters) {
        if (!go || stopRequested())
            break;
        ResourceAdapter *adapter = a.get();
        go = pullType(
            adapter->resourceType(),
            [this, adapter](const QJsonObject &resource, RoundResult &r) {
                return applyPulledRecord(*adapter, resource, r);
            },
            result);
    }
    if (Core::Result<int> open = m_store.openConflictCount(); open)
        result.openConflicts = open.value();
    if (Core::Result<QList<PendingMerge>> waiting = m_store.pendingMerges(); waiting)
        result.waitingMerges = int(waiting->size());
    return result;
}

bool SyncEngine::pullType(
    const QString &type,
    const std::function<Core::Status(const QJsonObject &, RoundResult &)> &apply,
    RoundResult &result)
{
    Core::Database &db = m_services.context().db();
    const auto dbFailure = [&](const Core::Error &error) {
        result.ok = false;
        result.message = QStringLiteral("pull of %1: %2").arg(type, error.message);
        return false;
    };
    Core::Result<QString> stamp = m_store.pullStamp(type);
    if (!stamp)
        return dbFailure(stamp.error());

    // `ge`, not `gt`: two versions may share a millisecond, and one of them would be skipped for
    // good. What was applied already is recognised by its version and passed over.
    QUrlQuery query;
    if (!stamp->isEmpty())
        query.addQueryItem(QStringLiteral("_lastUpdated"), QStringLiteral("ge") + stamp.value());
    query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(m_options.pageSize));
    QString newest = stamp.value();
    std::optional<Core::Error> applyError;
    // Pages go in together, a transaction of several pages: the pages' records, then the stamp of
    // the newest, committed when the group holds `commitRecords` or has been open `commitMs`. A
    // commit writes every page it changed once, and the index pages a first sync touches at
    // random are shared by the records of several pages; the write lock is never held long
    // enough to keep a person's own save waiting. A group is also committed when the next page
    // has not arrived by the end of the group's time, so nothing applied sits uncommitted while
    // the network is slow.
    // A failure rolls the open group back, stamp included, so the next round fetches those
    // pages again. The stamp is written once, just before the commit (any statement that may
    // abort half-way makes FTS4 flush its pending terms, as a savepoint does), in the group's
    // own transaction, so it still names exactly what is committed.
    std::optional<Core::Transaction> tx;
    QElapsedTimer open;
    RoundResult group;
    QString groupNewest = newest;
    int groupRecords = 0;
    // The group's pages, kept until it commits: a failed joined import (see importNew) spoils the
    // whole group, which is then applied again with a savepoint per page.
    QList<PulledPage> groupPages;
    bool joinImports = true;
    // A committed group's pages are freed by the reading thread the next time it prepares a
    // page: in a first sync, freeing ten thousand records' JSON and patients is a noticeable
    // share of the applying thread's work, and that thread is the one the pull waits for.
    struct Disposal
    {
        QMutex mutex;
        QList<PulledPage> pages;
    };
    const auto disposal = std::make_shared<Disposal>();
    const auto commitGroup = [&]() -> bool {
        if (!tx)
            return true;
        if (groupNewest != newest) {
            if (Core::Status s = m_store.setPullStamp(type, groupNewest); !s) {
                applyError = s.error();
                return false;
            }
        }
        if (Core::Status s = tx->commit(); !s) {
            applyError = s.error();
            return false;
        }
        tx.reset();
        newest = groupNewest;
        result.pulled += group.pulled;
        result.newConflicts += group.newConflicts;
        result.renumbered += group.renumbered;
        result.skipped += group.skipped;
        if (!group.message.isEmpty())
            result.message = group.message;
        group = {};
        groupRecords = 0;
        {
            const QMutexLocker lock(&disposal->mutex);
            disposal->pages.append(std::move(groupPages));
        }
        groupPages.clear();
        joinImports = true;
        return true;
    };
    const auto begin = [&] {
        tx.emplace(db);
        if (!tx->active()) {
            applyError = tx->error();
            return false;
        }
        return true;
    };
    // One page's records into the open group; false on a failure (applyError says which).
    const auto applyEntries = [&](const PulledPage &entries, bool *spoiled) {
        // New patients that need no decision go in together (importNew skips other types).
        Core::Result<QSet<QString>> imported =
            importNew(m_services, m_store, m_storeId, entries, !!spoiled, spoiled);
        if (!imported) {
            applyError = imported.error();
            return false;
        }
        if (spoiled && *spoiled)
            return true;
        group.pulled += int(imported->size());
        for (const PulledEntry &e : entries) {
            if (e.type != type)
                continue; // an OperationOutcome of the search, not a record
            groupNewest = std::max(groupNewest, e.lastUpdated);
            ++groupRecords;
            if (imported->contains(e.serverId))
                continue;
            if (Core::Status s = apply(e.resource, group); !s) {
                applyError = Core::Error{
                    s.error().code,
                    QStringLiteral("%1/%2: %3").arg(type, e.serverId, s.error().message)};
                return false;
            }
        }
        return true;
    };
    const QString patientSystem = type == PatientType ? mrnSystem() : QString();
    const auto applyPage = [&](const QJsonObject &page, std::any &prepared) {
        if (!tx) {
            if (!begin())
                return false;
            open.start();
        }
        PulledPage *read = std::any_cast<PulledPage>(&prepared);
        groupPages.append(read ? std::move(*read) : readPage(page, patientSystem));
        bool spoiled = false;
        if (!applyEntries(groupPages.constLast(), joinImports ? &spoiled : nullptr))
            return false;
        if (spoiled) {
            // Roll the group back and apply its pages again, each import in a savepoint of its
            // own: the failed one is then undone alone and its records go in one by one.
            tx.reset();
            group = {};
            groupNewest = newest;
            groupRecords = 0;
            joinImports = false;
            if (!begin())
                return false;
            for (const PulledPage &again : std::as_const(groupPages)) {
                if (!applyEntries(again, nullptr))
                    return false;
            }
        }
        if (groupRecords >= m_options.commitRecords || open.elapsed() >= m_options.commitMs
            || stopRequested()) {
            if (!commitGroup())
                return false;
        }
        return !stopRequested();
    };
    // The next pages are fetched and parsed on another thread while this one applies, and their
    // records are mapped there too: what needs no SQL is not done while holding the write lock.
    const auto prepare = [patientSystem, disposal](const QJsonObject &page) {
        QList<PulledPage> committed;
        {
            const QMutexLocker lock(&disposal->mutex);
            committed.swap(disposal->pages);
        }
        committed.clear(); // here, on the reading thread
        return std::any(readPage(page, patientSystem));
    };
    // A page that is late by less than what is left of the group's time goes into the open group
    // rather than making it commit early: every commit writes the index pages its records touched
    // at random, so a group cut short by a busy reader costs page writes for nothing.
    const auto patience = [&] {
        return tx ? int(std::max<qint64>(m_options.commitMs - open.elapsed(), 0)) : 0;
    };
    const Fhir::Reply last =
        m_client.searchAheadPrepared(type, query, prepare, applyPage, commitGroup, patience);
    // Pages applied before a network failure are good: they stay.
    if (!applyError)
        commitGroup();
    tx.reset(); // an apply failure: the open group is rolled back
    if (applyError)
        return dbFailure(*applyError);
    if (!last.ok()) {
        fail(last, QStringLiteral("pulling %1").arg(type), result);
        return false;
    }
    if (!stopRequested()) {
        if (Core::Status s = m_store.markPulled(type); !s)
            return dbFailure(s.error());
    }
    return true;
}

Core::Status SyncEngine::applyPulled(const QJsonObject &resource, RoundResult &result)
{
    if (const QString survivor = replacedByOf(resource); !survivor.isEmpty())
        return applyPulledMerge(resource, survivor, result); // merged away on the server
    const QString system = mrnSystem();
    const QString serverId = resource.value(QLatin1String("id")).toString();
    const QString version = metaValue(resource, "versionId");
    Core::Result<Core::Patient> incoming = PatientResource::fromFhir(resource, system);
    if (!incoming) {
        ++result.skipped;
        result.message = QStringLiteral("skipped: %1").arg(incoming.error().message);
        return {};
    }
    Core::PatientService &patients = m_services.patients();

    Core::Result<std::optional<RecordMap>> found = m_store.recordByServerId(PatientType, serverId);
    if (!found)
        return found.error();
    std::optional<RecordMap> map = found.value();
    if (!map) {
        // Our own create whose answer never arrived: the client identifier names the record.
        const QString clientId = clientIdOf(resource);
        const QString prefix = m_storeId + u'-';
        if (clientId.startsWith(prefix)) {
            const qint64 localId = clientId.mid(prefix.size()).toLongLong();
            Core::Result<std::optional<RecordMap>> own = m_store.record(PatientType, localId);
            if (!own)
                return own.error();
            map = own->value_or(RecordMap{PatientType, localId, {}, {}, {}, {}, clientId, {}});
            map->serverId = serverId;
        }
    }

    if (map) {
        if (!version.isEmpty() && map->versionId == version)
            return {}; // what we pushed or pulled already
        Core::Result<Core::Patient> local = patients.open(map->localId);
        if (!local || local->id != map->localId) {
            ++result.skipped;
            result.message = QStringLiteral("skipped Patient/%1: %2")
                                 .arg(serverId, local ? QStringLiteral("merged away here")
                                                      : local.error().message);
            return {};
        }
        if (map->state == QLatin1String(Constants::StateConflict)) {
            // Still waiting for a person: show them the newest server version.
            Core::Result<Core::Patient> base = PatientResource::fromFhir(map->base, system);
            QStringList clashes =
                base ? PatientMerge::merge(base.value(), local.value(), incoming.value()).clashes
                     : PatientMerge::differences(local.value(), incoming.value());
            Conflict conflict{0,         PatientType,
                              local->id, PatientResource::toFhir(local.value(), system, resource),
                              resource,  version,
                              clashes,   {},
                              {},        {}};
            if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
                return id.error();
            return {};
        }
        Core::Result<bool> pending =
            m_store.hasPendingChanges(PatientType, map->localId, m_pullCursor);
        if (!pending)
            return pending.error();
        const bool localChanges = pending.value()
                                  || map->state == QLatin1String(Constants::StatePending)
                                  || map->state == QLatin1String(Constants::StateRejected);
        Core::Patient target = incoming.value();
        if (localChanges) {
            Core::Result<Core::Patient> base = PatientResource::fromFhir(map->base, system);
            PatientMerge::Outcome outcome = PatientMerge::merge(
                base ? base.value() : incoming.value(), local.value(), incoming.value());
            if (!outcome.clashes.isEmpty()) {
                RecordMap conflicted = *map;
                Conflict conflict{0,
                                  PatientType,
                                  local->id,
                                  PatientResource::toFhir(local.value(), system, resource),
                                  resource,
                                  version,
                                  outcome.clashes,
                                  {},
                                  {},
                                  {}};
                if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
                    return id.error();
                conflicted.state = QLatin1String(Constants::StateConflict);
                if (Core::Status s = m_store.saveRecord(conflicted); !s)
                    return s;
                ++result.newConflicts;
                return {};
            }
            target = outcome.merged;
        } else if (target.mrn.isEmpty()) {
            target.mrn = local->mrn;
        }
        target.id = local->id;
        const QJsonObject previousBase = map->base;
        if (Core::Status s = applyLocally(target, local.value()); !s) {
            if (s.error().code != Core::ErrorCode::Conflict)
                return s;
            // The server's MRN is another local patient's: a person sorts the two out.
            Conflict conflict{0,
                              PatientType,
                              local->id,
                              PatientResource::toFhir(local.value(), system, resource),
                              resource,
                              version,
                              {QStringLiteral("mrn")},
                              {},
                              {},
                              {}};
            if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
                return id.error();
            RecordMap conflicted = *map;
            conflicted.state = QLatin1String(Constants::StateConflict);
            if (Core::Status saved = m_store.saveRecord(conflicted); !saved)
                return saved;
            ++result.newConflicts;
            return {};
        }
        map->serverId = serverId;
        map->versionId = version;
        map->base = resource;
        map->state = QLatin1String(localChanges ? Constants::StatePending : Constants::StateSynced);
        map->lastError.clear();
        if (Core::Status s = m_store.saveRecord(*map); !s)
            return s;
        if (Core::Status s = dropIdentifiers(local->id, previousBase, resource); !s)
            return s;
        if (Core::Status s = takeIdentifiers(m_services, local->id,
                                             PatientResource::otherIdentifiers(resource, system));
            !s)
            return s;
        ++result.pulled;
        return {};
    }

    // New to this workstation.
    if (!incoming->mrn.isEmpty()) {
        Core::Result<qint64> holder = patients.findByMrn(incoming->mrn);
        if (!holder)
            return holder.error();
        if (holder.value() != 0) {
            Core::Result<std::optional<RecordMap>> held =
                m_store.record(PatientType, holder.value());
            if (!held)
                return held.error();
            if (held->has_value() && !held->value().serverId.isEmpty()) {
                // Two server records claim one MRN; neither is merged into the other.
                Core::Result<Core::Patient> local = patients.open(holder.value());
                Conflict conflict{0,
                                  PatientType,
                                  holder.value(),
                                  local ? PatientResource::toFhir(local.value(), system)
                                        : QJsonObject(),
                                  resource,
                                  version,
                                  {QStringLiteral("mrn")},
                                  {},
                                  {},
                                  {}};
                if (Core::Result<qint64> id = m_store.addConflict(conflict); !id)
                    return id.error();
                ++result.newConflicts;
                return {};
            }
            // Numbered here while offline and not on the server yet: another person, since the
            // server's record does not carry this record's client identifier. The server's
            // holder keeps the number; ours takes the next free one and is pushed with it.
            Core::Result<QString> renumbered =
                patients.changeMrn(holder.value(), {},
                                   QStringLiteral("MRN %1 belongs to Patient/%2 on the FHIR server")
                                       .arg(incoming->mrn, serverId));
            if (!renumbered)
                return renumbered.error();
            ++result.renumbered;
        }
    }
    Core::Patient p = incoming.value();
    p.id = 0;
    Core::Result<qint64> id = [&] {
        OriginScope scope(m_services.context(), QLatin1String(Constants::Origin));
        return patients.create(p);
    }();
    if (!id)
        return id.error();
    if (incoming->mrn.isEmpty()) {
        // Registered elsewhere without our MRN: the number given here goes to the server.
        if (Core::Status s = Core::ChangeLog::record(
                m_services.context().db(), PatientType, id.value(), QStringLiteral("update"),
                QLatin1String(Constants::Principal), QStringLiteral("mrn"));
            !s)
            return s;
    }
    RecordMap record{PatientType,
                     id.value(),
                     serverId,
                     version,
                     resource,
                     QLatin1String(Constants::StateSynced),
                     clientIdOf(resource),
                     {}};
    if (Core::Status s = m_store.saveRecord(record); !s)
        return s;
    if (Core::Status s = takeIdentifiers(m_services, id.value(),
                                         PatientResource::otherIdentifiers(resource, system));
        !s)
        return s;
    ++result.pulled;
    return {};
}

} // namespace Ambulo::Sync
