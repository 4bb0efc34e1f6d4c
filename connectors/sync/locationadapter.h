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
class LocationAdapter : public ResourceAdapter
{
public:
    QString resourceType() const override;
    Core::Result<Built> build(SyncEngine &engine, qint64 localId, const QJsonObject &base) override;
    Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(SyncEngine &engine) override;

private:
    Core::Result<Applied> applyRoom(SyncEngine &engine, const QJsonObject &resource,
                                    qint64 localId);
};

} // namespace Ambulo::Sync
