#pragma once

#include "connectors/sync/resourceadapter.h"

namespace Ambulo::Sync {

// Practice locations and their rooms as FHIR Locations (connectors/fhir/adapters/
// locationresource.h), pushed from their change rows. Both share the type's local ids: a
// location's is its id, a room's its id negated (Core::roomEntityId). A room refers to its
// location (partOf) and waits until that is on the server. A pulled Location with physicalType
// `ro` is a room of the location its partOf names (skipped while that is not known here); any
// other is a location. A pulled record new here takes the local one of the same name (and
// location, for a room) if there is one.
//
// "The same room" across workstations: each Location we send carries a natural key, identifier
// `urn:ambulo:location-key|<practice NPI or "local">.<name>` for a location and
// `...|<practice>.<its location's server id>.<name>` for a room (names folded to lowercase ASCII
// letters and digits joined by "-"), and is created with If-None-Exist on it: a workstation
// that made the same room offline adopts the Location the first one created (its map row points
// there) instead of making a twin. The key follows renames (it is a merge unit of its own).
class LocationAdapter : public ResourceAdapter
{
public:
    static constexpr char KeySystem[] = "urn:ambulo:location-key";
    // The key value of a name, "" when the name has no letter or digit (then no key is sent and
    // the create falls back to our client identifier).
    static QString keyOf(const QString &practice, const QString &name,
                         const QString &locationServerId = {});

    QString resourceType() const override;
    Core::Result<Built> build(SyncEngine &engine, qint64 localId, const QJsonObject &base) override;
    QString createCondition(const QJsonObject &resource, const QString &clientId) const override;
    Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(SyncEngine &engine) override;
    // Locations synced before the natural key existed are sent once more, with it, so other
    // workstations find them by it (pass "location-key").
    QString resendPass() const override;
    Core::Result<bool> outdatedOnServer(SyncEngine &engine, qint64 localId,
                                        const QJsonObject &base) override;

private:
    Core::Result<Applied> applyRoom(SyncEngine &engine, const QJsonObject &resource,
                                    qint64 localId);
};

} // namespace Ambulo::Sync
