#include "connectors/sync/practitioneradapter.h"

#include "connectors/fhir/adapters/practitionerresource.h"
#include "connectors/sync/syncengine.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"

#include <optional>

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
    Core::DirectoryService &directory = engine.services().directory();
    Core::Result<QList<Core::Practitioner>> all = directory.practitioners();
    if (!all)
        return all.error();
    std::optional<Core::Practitioner> here;
    for (const Core::Practitioner &p : std::as_const(all.value())) {
        // Known here: the provider it was mapped to (its NPI may have been corrected since);
        // new here: the provider with the same NPI.
        if (localId != 0 ? p.id == localId : p.npi == incoming->npi)
            here = p;
    }
    if (!here)
        return Applied{0, QStringLiteral("no provider with NPI %1 here").arg(incoming->npi), false};
    Core::Practitioner wanted = *here; // the linked user account stays
    wanted.npi = incoming->npi;
    wanted.family = incoming->family;
    wanted.given = incoming->given;
    wanted.credentials = incoming->credentials;
    wanted.specialty = incoming->specialty;
    wanted.active = incoming->active;
    if (wanted.npi == here->npi && wanted.family == here->family && wanted.given == here->given
        && wanted.credentials == here->credentials && wanted.specialty == here->specialty
        && wanted.active == here->active)
        return Applied{here->id, {}, false};
    if (Core::Status s = Core::DirectoryService::validate(wanted); !s)
        return Applied{0, s.error().message, false};
    Internal::OriginScope origin(engine.services().context(), QLatin1String(Constants::Origin));
    Core::Result<qint64> id = directory.applyRemotePractitioner(wanted);
    if (!id) {
        // A clash here (another provider holds the NPI) is the record's problem, not the round's.
        if (id.error().code == Core::ErrorCode::Conflict)
            return Applied{0, id.error().message, false};
        return id.error();
    }
    return Applied{id.value(), {}, false};
}

QStringList PractitionerAdapter::mergeUnits() const
{
    // The identifiers hold the NPI (editable here) and the first workstation's client identifier
    // (no other is added once one is there), so they merge as a whole like the name; the
    // specialty travels in an extension.
    return {QStringLiteral("identifier"), QStringLiteral("name"), QStringLiteral("active"),
            QStringLiteral("extension")};
}

Core::Result<QList<qint64>> PractitionerAdapter::localIds(SyncEngine &engine)
{
    return selectLocalIds(engine, QStringLiteral("SELECT id FROM practitioners ORDER BY id"));
}

} // namespace Ambulo::Sync
