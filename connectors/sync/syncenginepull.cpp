// SyncEngine's pull: the server's changes since the stamp, page by page.
#include "connectors/sync/syncengine.h"

#include "connectors/sync/patientmerge.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"

#include <QUrlQuery>

#include <optional>

namespace Ambulo::Sync {

using namespace Internal;

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
    const Fhir::Reply last = m_client.searchAll(type, query, [&](const QJsonObject &page) {
        // One page, one transaction: its records and the stamp after them, or nothing.
        Core::Transaction tx(db);
        if (!tx.active()) {
            applyError = tx.error();
            return false;
        }
        RoundResult pageResult;
        QString pageNewest = newest;
        for (const QJsonValue &entry : page.value(QLatin1String("entry")).toArray()) {
            const QJsonObject resource =
                entry.toObject().value(QLatin1String("resource")).toObject();
            if (resource.value(QLatin1String("resourceType")).toString() != type)
                continue; // an OperationOutcome of the search, not a record
            if (Core::Status s = apply(resource, pageResult); !s) {
                applyError = Core::Error{
                    s.error().code, QStringLiteral("%1/%2: %3")
                                        .arg(type, resource.value(QLatin1String("id")).toString(),
                                             s.error().message)};
                return false;
            }
            const QString updated = metaValue(resource, "lastUpdated");
            if (updated > pageNewest)
                pageNewest = updated;
        }
        if (pageNewest != newest) {
            if (Core::Status s = m_store.setPullStamp(type, pageNewest); !s) {
                applyError = s.error();
                return false;
            }
        }
        if (Core::Status s = tx.commit(); !s) {
            applyError = s.error();
            return false;
        }
        newest = pageNewest;
        result.pulled += pageResult.pulled;
        result.newConflicts += pageResult.newConflicts;
        result.renumbered += pageResult.renumbered;
        result.skipped += pageResult.skipped;
        if (!pageResult.message.isEmpty())
            result.message = pageResult.message;
        return !stopRequested();
    });
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
    ++result.pulled;
    return {};
}

} // namespace Ambulo::Sync
