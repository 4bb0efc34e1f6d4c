#include "connectors/fhir/adapters/practitionerresource.h"

#include <QJsonArray>

namespace Ambulo::Fhir::PractitionerResource {

namespace {

bool isNpi(const QJsonValue &identifier)
{
    return identifier.toObject().value(QLatin1String("system")).toString()
           == QLatin1String(NpiSystem);
}

} // namespace

QJsonObject toFhir(const Core::Practitioner &p, QJsonObject base)
{
    base.insert(QLatin1String("resourceType"), QStringLiteral("Practitioner"));
    QJsonArray identifiers;
    for (const QJsonValue &id : base.value(QLatin1String("identifier")).toArray()) {
        if (!isNpi(id))
            identifiers.append(id);
    }
    identifiers.prepend(QJsonObject{{"system", QLatin1String(NpiSystem)}, {"value", p.npi}});
    base.insert(QLatin1String("identifier"), identifiers);
    base.insert(QLatin1String("active"), p.active);

    QJsonArray names;
    for (const QJsonValue &n : base.value(QLatin1String("name")).toArray()) {
        if (n.toObject().value(QLatin1String("use")).toString() != QLatin1String("official"))
            names.append(n);
    }
    QJsonObject name{{"use", "official"}, {"family", p.family}};
    if (!p.given.isEmpty())
        name.insert(QLatin1String("given"), QJsonArray{p.given});
    if (!p.credentials.isEmpty())
        name.insert(QLatin1String("suffix"), QJsonArray{p.credentials});
    names.prepend(name);
    base.insert(QLatin1String("name"), names);

    QJsonArray extensions;
    for (const QJsonValue &e : base.value(QLatin1String("extension")).toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString()
            != QLatin1String(SpecialtyExtension))
            extensions.append(e);
    }
    if (!p.specialty.isEmpty())
        extensions.append(
            QJsonObject{{"url", QLatin1String(SpecialtyExtension)}, {"valueString", p.specialty}});
    if (extensions.isEmpty())
        base.remove(QLatin1String("extension"));
    else
        base.insert(QLatin1String("extension"), extensions);
    return base;
}

QString npiOf(const QJsonObject &resource)
{
    for (const QJsonValue &id : resource.value(QLatin1String("identifier")).toArray()) {
        if (isNpi(id))
            return id.toObject().value(QLatin1String("value")).toString();
    }
    return {};
}

Core::Result<Core::Practitioner> fromFhir(const QJsonObject &resource)
{
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Practitioner"))
        return Core::invalid(QStringLiteral("not a Practitioner"));
    Core::Practitioner p;
    p.npi = npiOf(resource);
    if (p.npi.isEmpty())
        return Core::invalid(QStringLiteral("Practitioner/%1 has no NPI")
                                 .arg(resource.value(QLatin1String("id")).toString()));
    const QJsonArray names = resource.value(QLatin1String("name")).toArray();
    QJsonObject name = names.isEmpty() ? QJsonObject() : names.first().toObject();
    for (const QJsonValue &n : names) {
        if (n.toObject().value(QLatin1String("use")).toString() == QLatin1String("official")) {
            name = n.toObject();
            break;
        }
    }
    p.family = name.value(QLatin1String("family")).toString();
    p.given = name.value(QLatin1String("given")).toArray().at(0).toString();
    p.credentials = name.value(QLatin1String("suffix")).toArray().at(0).toString();
    p.active = resource.value(QLatin1String("active")).toBool(true);
    for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = e.toObject();
        if (extension.value(QLatin1String("url")).toString() == QLatin1String(SpecialtyExtension))
            p.specialty = extension.value(QLatin1String("valueString")).toString();
    }
    return p;
}

} // namespace Ambulo::Fhir::PractitionerResource
