#pragma once

#include "connectors/sync/resourceadapter.h"

namespace Ambulo::Sync {

// Payers as Organizations of type `pay` (connectors/fhir/adapters/organizationresource.h),
// pushed from their change rows. A payer with a payer id is created with If-None-Exist on that
// identifier, so workstations that set up the same payer share one Organization. A pulled payer
// Organization maps to the local payer with the same payer id, else the same name, else is added;
// an Organization that is not a payer is skipped.
class OrganizationAdapter : public ResourceAdapter
{
public:
    QString resourceType() const override;
    Core::Result<Built> build(SyncEngine &engine, qint64 localId, const QJsonObject &base) override;
    QString createCondition(const QJsonObject &resource, const QString &clientId) const override;
    Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(SyncEngine &engine) override;
};

} // namespace Ambulo::Sync
