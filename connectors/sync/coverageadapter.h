#pragma once

#include "connectors/sync/resourceadapter.h"

namespace Ambulo::Sync {

// Patients' insurance as FHIR Coverages (connectors/fhir/adapters/coverageresource.h), pushed
// from their change rows after Patient and Organization: a coverage whose patient or payer is not
// on the server yet waits for it. A pulled Coverage whose Patient or payor Organization is not
// known here, or that lacks what a coverage needs here (member id, subscriber, start date), or
// whose rank the patient holds here already with another coverage, is skipped with the reason.
class CoverageAdapter : public ResourceAdapter
{
public:
    QString resourceType() const override;
    Core::Result<Built> build(SyncEngine &engine, qint64 localId, const QJsonObject &base) override;
    Core::Result<Applied> apply(SyncEngine &engine, const QJsonObject &resource,
                                qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(SyncEngine &engine) override;
};

} // namespace Ambulo::Sync
