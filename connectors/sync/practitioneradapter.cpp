#include "connectors/sync/practitioneradapter.h"

#include "connectors/fhir/adapters/practitionerresource.h"
#include "connectors/sync/syncengine.h"
#include "core/session/services.h"

namespace Ambulo::Sync {

namespace PractitionerResource = Fhir::PractitionerResource;

QString PractitionerAdapter::resourceType() const
{
    return QStringLiteral("Practitioner");
}

Core::Result<Built> PractitionerAdapter::build(SyncEngine &engine, qint64 localId,
                                               const QJsonObject &base)
{
    Core::Result<QList<Core::Practitioner>> all = engine.services().directory().practitioners();
    if (!all)
        return all.error();
    for (const Core::Practitioner &p : std::as_const(all.value())) {
        if (p.id == localId)
            return Built{PractitionerResource::toFhir(p, base), {}, false};
    }
    return Built{{}, {}, true};
}

QString PractitionerAdapter::createCondition(const QJsonObject &resource, const QString &) const
{
    return QStringLiteral("identifier=%1|%2")
        .arg(QLatin1String(PractitionerResource::NpiSystem), PractitionerResource::npiOf(resource));
}

Core::Result<Applied> PractitionerAdapter::apply(SyncEngine &engine, const QJsonObject &resource,
                                                 qint64 localId)
{
    Core::Result<Core::Practitioner> incoming = PractitionerResource::fromFhir(resource);
    if (!incoming)
        return Applied{0, incoming.error().message, false};
    Core::Result<QList<Core::Practitioner>> all = engine.services().directory().practitioners();
    if (!all)
        return all.error();
    for (const Core::Practitioner &p : std::as_const(all.value())) {
        if (p.npi == incoming->npi && (localId == 0 || p.id == localId))
            return Applied{p.id, {}, false};
    }
    return Applied{0, QStringLiteral("no provider with NPI %1 here").arg(incoming->npi), false};
}

QStringList PractitionerAdapter::mergeUnits() const
{
    // The identifiers are not ours alone (each workstation's client identifier, other systems'
    // ids): the NPI finds the record, the name and active flag are what we send.
    return {QStringLiteral("name"), QStringLiteral("active")};
}

Core::Result<QList<qint64>> PractitionerAdapter::localIds(SyncEngine &engine)
{
    return selectLocalIds(engine, QStringLiteral("SELECT id FROM practitioners ORDER BY id"));
}

} // namespace Ambulo::Sync
