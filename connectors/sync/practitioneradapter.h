#pragma once

#include "connectors/sync/resourceadapter.h"

namespace Ambulo::Sync {

// A provider as a Practitioner: pushed from its own change rows (DirectoryService writes one with
// every add and update), and found or created on demand when a booking refers to it first.
// Created with If-None-Exist on the NPI identifier, so two workstations never make two of one
// provider. Pulled Practitioners map to the local provider with the same NPI (or the one already
// linked) and their name, NPI, credentials, specialty and active flag are applied through
// DirectoryService::applyRemotePractitioner; one unknown here is skipped (providers are set up by
// the practice admin, not by a sync).
class PractitionerAdapter : public ResourceAdapter
{
public:
    QString resourceType() const override;
    bool pushedOnDemand() const override { return true; }
    Core::Result<Built> build(SyncEngine &engine, qint64 localId, const QJsonObject &base) override;
    QString createCondition(const QJsonObject &resource, const QString &clientId) const override;
    Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(SyncEngine &engine) override;
};

} // namespace Ambulo::Sync
