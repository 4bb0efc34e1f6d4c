#include "connectors/sync/locationadapter.h"

#include "connectors/fhir/adapters/locationresource.h"
#include "connectors/sync/syncengine.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/practiceservice.h"
#include "core/session/services.h"

#include <QJsonArray>

namespace Ambulo::Sync {

namespace LocationResource = Fhir::LocationResource;

namespace {

const QString LocationType = QStringLiteral("Location");

Applied skipped(const QString &why)
{
    return Applied{0, why, false};
}

// A refusal of the record (a name taken here) is a skip; anything else stops the round.
Core::Result<Applied> appliedOrSkipped(const Core::Result<qint64> &id, qint64 localId)
{
    if (!id) {
        if (id.error().code == Core::ErrorCode::Conflict)
            return skipped(id.error().message);
        return id.error();
    }
    return Applied{localId, {}, false};
}

QString keyValueOf(const QJsonObject &resource)
{
    for (const QJsonValue &v : resource.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        if (id.value(QLatin1String("system")).toString()
            == QLatin1String(LocationAdapter::KeySystem))
            return id.value(QLatin1String("value")).toString();
    }
    return {};
}

// `resource` with its natural key set to `key` (removed when empty), other identifiers kept.
QJsonObject withKey(QJsonObject resource, const QString &key)
{
    QJsonArray identifiers;
    for (const QJsonValue &v : resource.value(QLatin1String("identifier")).toArray()) {
        if (v.toObject().value(QLatin1String("system")).toString()
            != QLatin1String(LocationAdapter::KeySystem))
            identifiers.append(v);
    }
    if (!key.isEmpty())
        identifiers.append(
            QJsonObject{{"system", QLatin1String(LocationAdapter::KeySystem)}, {"value", key}});
    if (identifiers.isEmpty())
        resource.remove(QLatin1String("identifier"));
    else
        resource.insert(QLatin1String("identifier"), identifiers);
    return resource;
}

// Lowercase ASCII letters and digits, every other run one "-": "Exam Room 1", "exam room  1" and
// "Exam-Room #1" are one room; accents are dropped ("Sala Médica" is "sala-medica"). Nothing a
// FHIR token search treats specially (`|`, `,`, `$`) survives.
QString fold(const QString &text)
{
    QString out;
    bool gap = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const QChar l = c.toLower();
        if ((l >= u'a' && l <= u'z') || (l >= u'0' && l <= u'9')) {
            if (gap && !out.isEmpty())
                out += u'-';
            out += l;
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

QString practiceKey(SyncEngine &engine)
{
    const QString npi = engine.services().practice().settings().npi;
    return npi.isEmpty() ? QStringLiteral("local") : fold(npi);
}

} // namespace

QString LocationAdapter::keyOf(const QString &practice, const QString &name,
                               const QString &locationServerId)
{
    const QString folded = fold(name);
    if (folded.isEmpty())
        return {};
    if (locationServerId.isEmpty())
        return practice + u'.' + folded;
    return practice + u'.' + fold(locationServerId) + u'.' + folded;
}

QString LocationAdapter::createCondition(const QJsonObject &resource, const QString &clientId) const
{
    const QString key = keyValueOf(resource);
    if (key.isEmpty())
        return ResourceAdapter::createCondition(resource, clientId);
    return QStringLiteral("identifier=%1|%2").arg(QLatin1String(KeySystem), key);
}

QString LocationAdapter::resourceType() const
{
    return LocationType;
}

Core::Result<Built> LocationAdapter::build(SyncEngine &engine, qint64 localId,
                                           const QJsonObject &base)
{
    Core::DirectoryService &directory = engine.services().directory();
    Core::Result<QList<Core::Location>> locations = directory.locations();
    if (!locations)
        return locations.error();
    if (localId > 0) {
        for (const Core::Location &l : std::as_const(locations.value())) {
            if (l.id == localId)
                return Built{
                    withKey(LocationResource::toFhir(l, base), keyOf(practiceKey(engine), l.name)),
                    {},
                    false};
        }
        return Built{{}, {}, true};
    }
    Core::Result<QList<Core::Room>> rooms = directory.rooms();
    if (!rooms)
        return rooms.error();
    for (const Core::Room &r : std::as_const(rooms.value())) {
        if (Core::roomEntityId(r.id) != localId)
            continue;
        Core::Result<QString> partOf = engine.reference(LocationType, r.locationId);
        if (!partOf)
            return partOf.error();
        if (partOf->isEmpty())
            return Built{{}, QStringLiteral("Location/%1").arg(r.locationId), false};
        QString locationName;
        for (const Core::Location &l : std::as_const(locations.value())) {
            if (l.id == r.locationId)
                locationName = l.name;
        }
        const QString key = keyOf(practiceKey(engine), r.name,
                                  partOf->section(u'/', 1, 1, QString::SectionSkipEmpty));
        return Built{
            withKey(LocationResource::roomToFhir(r, partOf.value(), locationName, base), key),
            {},
            false};
    }
    return Built{{}, {}, true};
}

Core::Result<Applied> LocationAdapter::apply(SyncEngine &engine, const QJsonObject &resource,
                                             qint64 localId)
{
    if (LocationResource::isRoom(resource))
        return applyRoom(engine, resource, localId);
    if (localId < 0)
        return skipped(QStringLiteral("it is a room here but no longer one on the server"));
    Core::Result<Core::Location> incoming = LocationResource::locationFromFhir(resource);
    if (!incoming)
        return skipped(incoming.error().message);
    if (Core::Status s = Core::DirectoryService::validate(incoming.value()); !s)
        return skipped(s.error().message);
    Core::DirectoryService &directory = engine.services().directory();
    Core::Location location = incoming.value();
    location.id = localId;
    if (location.id == 0) {
        Core::Result<QList<Core::Location>> all = directory.locations();
        if (!all)
            return all.error();
        for (const Core::Location &l : std::as_const(all.value())) {
            if (l.name == location.name)
                location.id = l.id;
        }
    }
    Internal::OriginScope origin(engine.services().context(), QLatin1String(Constants::Origin));
    Core::Result<qint64> id = directory.applyRemoteLocation(location);
    return appliedOrSkipped(id, id ? id.value() : 0);
}

Core::Result<Applied> LocationAdapter::applyRoom(SyncEngine &engine, const QJsonObject &resource,
                                                 qint64 localId)
{
    if (localId > 0)
        return skipped(QStringLiteral("it is a location here but a room on the server"));
    Core::Result<Core::Room> incoming = LocationResource::roomFromFhir(resource);
    if (!incoming)
        return skipped(incoming.error().message);
    const QString parent = LocationResource::partOfId(resource);
    if (parent.isEmpty())
        return skipped(QStringLiteral("the room is not part of a Location"));
    Core::Result<qint64> locationId = engine.localIdOf(LocationType, parent);
    if (!locationId)
        return locationId.error();
    if (locationId.value() <= 0)
        return skipped(QStringLiteral("its location Location/%1 is not known here").arg(parent));
    Core::Room room = incoming.value();
    room.locationId = locationId.value();
    room.id = -localId;
    if (Core::Status s = Core::DirectoryService::validate(room); !s)
        return skipped(s.error().message);
    Core::DirectoryService &directory = engine.services().directory();
    if (room.id == 0) {
        Core::Result<QList<Core::Room>> all = directory.rooms(room.locationId);
        if (!all)
            return all.error();
        for (const Core::Room &r : std::as_const(all.value())) {
            if (r.name == room.name)
                room.id = r.id;
        }
    }
    Internal::OriginScope origin(engine.services().context(), QLatin1String(Constants::Origin));
    Core::Result<qint64> id = directory.applyRemoteRoom(room);
    return appliedOrSkipped(id, id ? Core::roomEntityId(id.value()) : 0);
}

QStringList LocationAdapter::mergeUnits() const
{
    return {
        QStringLiteral("name"),    QStringLiteral("status"),
        QStringLiteral("mode"),    QStringLiteral("physicalType"),
        QStringLiteral("address"), QStringLiteral("telecom"),
        QStringLiteral("partOf"),  QStringLiteral("identifier[%1]").arg(QLatin1String(KeySystem))};
}

QString LocationAdapter::resendPass() const
{
    return QStringLiteral("location-key");
}

Core::Result<bool> LocationAdapter::outdatedOnServer(SyncEngine &engine, qint64 localId,
                                                     const QJsonObject &base)
{
    if (!keyValueOf(base).isEmpty())
        return false;
    // Only a record that would carry a key (its name has a letter or digit) and still exists.
    Core::DirectoryService &directory = engine.services().directory();
    if (localId > 0) {
        Core::Result<QList<Core::Location>> locations = directory.locations();
        if (!locations)
            return locations.error();
        for (const Core::Location &l : std::as_const(locations.value())) {
            if (l.id == localId)
                return !fold(l.name).isEmpty();
        }
        return false;
    }
    Core::Result<QList<Core::Room>> rooms = directory.rooms();
    if (!rooms)
        return rooms.error();
    for (const Core::Room &r : std::as_const(rooms.value())) {
        if (Core::roomEntityId(r.id) == localId)
            return !fold(r.name).isEmpty();
    }
    return false;
}

Core::Result<QList<qint64>> LocationAdapter::localIds(SyncEngine &engine)
{
    // Locations before rooms: a room's Location is partOf its location's.
    Core::Result<QList<qint64>> ids =
        selectLocalIds(engine, QStringLiteral("SELECT id FROM locations ORDER BY id"));
    if (!ids)
        return ids;
    Core::Result<QList<qint64>> rooms =
        selectLocalIds(engine, QStringLiteral("SELECT id FROM rooms ORDER BY id"));
    if (!rooms)
        return rooms;
    for (const qint64 room : std::as_const(rooms.value()))
        ids->append(Core::roomEntityId(room));
    return ids;
}

} // namespace Ambulo::Sync
