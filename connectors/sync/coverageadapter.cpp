#include "connectors/sync/coverageadapter.h"

#include "connectors/fhir/adapters/coverageresource.h"
#include "connectors/sync/syncengine.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"

namespace Ambulo::Sync {

namespace CoverageResource = Fhir::CoverageResource;

namespace {

const QString PatientType = QStringLiteral("Patient");
const QString OrganizationType = QStringLiteral("Organization");

Applied skipped(const QString &why)
{
    return Applied{0, why, false};
}

} // namespace

QString CoverageAdapter::resourceType() const
{
    return QStringLiteral("Coverage");
}

Core::Result<Built> CoverageAdapter::build(SyncEngine &engine, qint64 localId,
                                           const QJsonObject &base)
{
    Core::Result<std::optional<Core::Coverage>> found =
        engine.services().directory().coverage(localId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Built{{}, {}, true};
    const Core::Coverage &c = found->value();
    Core::Result<QString> patient = engine.reference(PatientType, c.patientId);
    if (!patient)
        return patient.error();
    if (patient->isEmpty())
        return Built{{}, QStringLiteral("Patient/%1").arg(c.patientId), false};
    Core::Result<QString> payer = engine.reference(OrganizationType, c.payerId);
    if (!payer)
        return payer.error();
    if (payer->isEmpty())
        return Built{{}, QStringLiteral("Organization/%1").arg(c.payerId), false};
    return Built{CoverageResource::toFhir(c, patient.value(), payer.value(), base), {}, false};
}

Core::Result<Applied> CoverageAdapter::apply(SyncEngine &engine, const QJsonObject &resource,
                                             qint64 localId)
{
    Core::Result<CoverageResource::Remote> incoming = CoverageResource::fromFhir(resource);
    if (!incoming)
        return skipped(incoming.error().message);
    Core::Coverage c = incoming->coverage;
    Core::Result<qint64> patient = engine.localIdOf(PatientType, incoming->beneficiaryId);
    if (!patient)
        return patient.error();
    if (patient.value() == 0)
        return skipped(QStringLiteral("its patient Patient/%1 is not known here")
                           .arg(incoming->beneficiaryId));
    Core::Result<qint64> payer = engine.localIdOf(OrganizationType, incoming->payorId);
    if (!payer)
        return payer.error();
    if (payer.value() == 0)
        return skipped(
            QStringLiteral("its payor Organization/%1 is not known here").arg(incoming->payorId));
    c.id = localId;
    c.patientId = patient.value();
    c.payerId = payer.value();
    Core::Services &services = engine.services();
    if (c.subscriberRelationship == QLatin1String("self")
        && (c.subscriberName.isEmpty() || !c.subscriberBirthDate.isValid())) {
        // The patient is the subscriber: what the server left out is the patient's.
        Core::Result<Core::Patient> p = services.patients().open(c.patientId);
        if (!p)
            return skipped(p.error().message);
        if (c.subscriberName.isEmpty())
            c.subscriberName = p->given + QLatin1Char(' ') + p->family;
        if (!c.subscriberBirthDate.isValid())
            c.subscriberBirthDate = p->birthDate;
    }
    if (Core::Status s = Core::DirectoryService::validate(c); !s)
        return skipped(s.error().message);
    Internal::OriginScope origin(services.context(), QLatin1String(Constants::Origin));
    Core::Result<qint64> id = services.directory().applyRemoteCoverage(c);
    if (!id) {
        if (id.error().code == Core::ErrorCode::Conflict)
            return skipped(id.error().message);
        return id.error();
    }
    return Applied{id.value(), {}, false};
}

QStringList CoverageAdapter::mergeUnits() const
{
    return {QStringLiteral("status"),       QStringLiteral("subscriberId"),
            QStringLiteral("beneficiary"),  QStringLiteral("subscriber"),
            QStringLiteral("relationship"), QStringLiteral("period"),
            QStringLiteral("payor"),        QStringLiteral("order"),
            QStringLiteral("class"),        QStringLiteral("extension")};
}

Core::Result<QList<qint64>> CoverageAdapter::localIds(SyncEngine &engine)
{
    return selectLocalIds(engine, QStringLiteral("SELECT id FROM coverages ORDER BY id"));
}

} // namespace Ambulo::Sync
