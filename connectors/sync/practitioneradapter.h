#pragma once

#include "connectors/sync/resourceadapter.h"

namespace Ambulo::Sync {

// Practitioners go to the server only as what a booking refers to: found there by NPI or created
// (If-None-Exist on the NPI identifier), so two workstations never make two of one provider.
// Pulled Practitioners map to the local provider with the same NPI; one unknown here is skipped
// (providers are set up by the practice admin, not by a sync).
class PractitionerAdapter : public ResourceAdapter
{
public:
    QString resourceType() const override;
    bool pushesChanges() const override { return false; }
    Core::Result<Built> build(SyncEngine &engine, qint64 localId, const QJsonObject &base) override;
    QString createCondition(const QJsonObject &resource, const QString &clientId) const override;
    Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(SyncEngine &engine) override;
};

} // namespace Ambulo::Sync
