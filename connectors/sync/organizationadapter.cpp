#include "connectors/sync/organizationadapter.h"

#include "connectors/fhir/adapters/organizationresource.h"
#include "connectors/sync/syncengine.h"
#include "connectors/sync/syncinternal.h"
#include "core/session/services.h"

namespace Ambulo::Sync {

namespace OrganizationResource = Fhir::OrganizationResource;

QString OrganizationAdapter::resourceType() const
{
    return QStringLiteral("Organization");
}

Core::Result<Built> OrganizationAdapter::build(SyncEngine &engine, qint64 localId,
                                               const QJsonObject &base)
{
    Core::Result<QList<Core::Payer>> all = engine.services().directory().payers();
    if (!all)
        return all.error();
    for (const Core::Payer &p : std::as_const(all.value())) {
        if (p.id == localId)
            return Built{OrganizationResource::toFhir(p, base), {}, false};
    }
    return Built{{}, {}, true};
}

QString OrganizationAdapter::createCondition(const QJsonObject &resource,
                                             const QString &clientId) const
{
    const QString payerId = OrganizationResource::payerIdOf(resource);
    if (payerId.isEmpty())
        return ResourceAdapter::createCondition(resource, clientId);
    return QStringLiteral("identifier=%1|%2")
        .arg(QLatin1String(OrganizationResource::PayerIdSystem), payerId);
}

Core::Result<Applied> OrganizationAdapter::apply(SyncEngine &engine, const QJsonObject &resource,
                                                 qint64 localId)
{
    Core::Result<Core::Payer> incoming = OrganizationResource::fromFhir(resource);
    if (!incoming)
        return Applied{0, incoming.error().message, false};
    if (Core::Status s = Core::DirectoryService::validate(incoming.value()); !s)
        return Applied{0, s.error().message, false};
    Core::DirectoryService &directory = engine.services().directory();
    Core::Payer payer = incoming.value();
    payer.id = localId;
    if (payer.id == 0) {
        Core::Result<QList<Core::Payer>> all = directory.payers();
        if (!all)
            return all.error();
        for (const Core::Payer &p : std::as_const(all.value())) {
            if (!payer.payerId.isEmpty() && p.payerId == payer.payerId) {
                payer.id = p.id;
                break;
            }
            if (p.name.compare(payer.name, Qt::CaseInsensitive) == 0)
                payer.id = p.id;
        }
    }
    Internal::OriginScope origin(engine.services().context(), QLatin1String(Constants::Origin));
    Core::Result<qint64> id = directory.applyRemotePayer(payer);
    if (!id) {
        if (id.error().code == Core::ErrorCode::Conflict)
            return Applied{0, id.error().message, false};
        return id.error();
    }
    return Applied{id.value(), {}, false};
}

QStringList OrganizationAdapter::mergeUnits() const
{
    return {QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("type"),
            QStringLiteral("identifier")};
}

Core::Result<QList<qint64>> OrganizationAdapter::localIds(SyncEngine &engine)
{
    return selectLocalIds(engine, QStringLiteral("SELECT id FROM payers ORDER BY id"));
}

} // namespace Ambulo::Sync
