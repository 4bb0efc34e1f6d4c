#include "connectors/fhir/adapters/organizationresource.h"

#include <QJsonArray>

namespace Ambulo::Fhir::OrganizationResource {

namespace {

bool isPayerId(const QJsonValue &identifier)
{
    return identifier.toObject().value(QLatin1String("system")).toString()
           == QLatin1String(PayerIdSystem);
}

bool isPayerType(const QJsonValue &type)
{
    for (const QJsonValue &c : type.toObject().value(QLatin1String("coding")).toArray()) {
        const QJsonObject coding = c.toObject();
        if (coding.value(QLatin1String("system")).toString() == QLatin1String(TypeSystem)
            && coding.value(QLatin1String("code")).toString() == QLatin1String(PayerType))
            return true;
    }
    return false;
}

bool hasPayerType(const QJsonObject &resource)
{
    const QJsonArray types = resource.value(QLatin1String("type")).toArray();
    return std::any_of(types.begin(), types.end(), isPayerType);
}

} // namespace

QJsonObject toFhir(const Core::Payer &p, QJsonObject base)
{
    base.insert(QLatin1String("resourceType"), QStringLiteral("Organization"));
    base.insert(QLatin1String("active"), true);
    base.insert(QLatin1String("name"), p.name.trimmed());

    QJsonArray identifiers;
    for (const QJsonValue &id : base.value(QLatin1String("identifier")).toArray()) {
        if (!isPayerId(id))
            identifiers.append(id);
    }
    if (!p.payerId.trimmed().isEmpty())
        identifiers.prepend(
            QJsonObject{{"system", QLatin1String(PayerIdSystem)}, {"value", p.payerId.trimmed()}});
    if (identifiers.isEmpty())
        base.remove(QLatin1String("identifier"));
    else
        base.insert(QLatin1String("identifier"), identifiers);

    if (!hasPayerType(base)) {
        QJsonArray types = base.value(QLatin1String("type")).toArray();
        types.prepend(
            QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", QLatin1String(TypeSystem)},
                                                          {"code", QLatin1String(PayerType)},
                                                          {"display", "Payer"}}}}});
        base.insert(QLatin1String("type"), types);
    }
    return base;
}

QString payerIdOf(const QJsonObject &resource)
{
    for (const QJsonValue &id : resource.value(QLatin1String("identifier")).toArray()) {
        if (isPayerId(id))
            return id.toObject().value(QLatin1String("value")).toString();
    }
    return {};
}

Core::Result<Core::Payer> fromFhir(const QJsonObject &resource)
{
    const QString id = resource.value(QLatin1String("id")).toString();
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Organization"))
        return Core::invalid(QStringLiteral("not an Organization"));
    if (!hasPayerType(resource))
        return Core::invalid(QStringLiteral("Organization/%1 is not a payer (type %2)")
                                 .arg(id, QLatin1String(PayerType)));
    Core::Payer p;
    p.name = resource.value(QLatin1String("name")).toString().trimmed();
    if (p.name.isEmpty())
        return Core::invalid(QStringLiteral("Organization/%1 has no name").arg(id));
    p.payerId = payerIdOf(resource).trimmed();
    return p;
}

} // namespace Ambulo::Fhir::OrganizationResource
