#include "connectors/fhir/adapters/coverageresource.h"

#include <QJsonArray>

namespace Ambulo::Fhir::CoverageResource {

namespace {

constexpr char GroupClass[] = "group";

QString referenceId(const QJsonValue &reference, const QString &type)
{
    const QString ref = reference.toObject().value(QLatin1String("reference")).toString();
    return ref.startsWith(type + u'/') ? ref.mid(type.size() + 1) : QString();
}

bool isGroupClass(const QJsonValue &c)
{
    for (const QJsonValue &coding : c.toObject()
                                        .value(QLatin1String("type"))
                                        .toObject()
                                        .value(QLatin1String("coding"))
                                        .toArray()) {
        const QJsonObject code = coding.toObject();
        if (code.value(QLatin1String("system")).toString() == QLatin1String(ClassSystem)
            && code.value(QLatin1String("code")).toString() == QLatin1String(GroupClass))
            return true;
    }
    return false;
}

bool isBirthDate(const QJsonValue &extension)
{
    return extension.toObject().value(QLatin1String("url")).toString()
           == QLatin1String(SubscriberBirthDateExtension);
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QJsonObject toFhir(const Core::Coverage &c, const QString &beneficiary, const QString &payor,
                   QJsonObject base)
{
    base.insert(QLatin1String("resourceType"), QStringLiteral("Coverage"));
    base.insert(QLatin1String("status"), QStringLiteral("active"));
    base.insert(QLatin1String("subscriberId"), c.memberId.trimmed());
    base.insert(QLatin1String("beneficiary"), QJsonObject{{"reference", beneficiary}});
    QJsonObject subscriber{{"display", c.subscriberName.trimmed()}};
    if (c.subscriberRelationship == QLatin1String("self"))
        subscriber.insert(QLatin1String("reference"), beneficiary);
    base.insert(QLatin1String("subscriber"), subscriber);
    base.insert(
        QLatin1String("relationship"),
        QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", QLatin1String(RelationshipSystem)},
                                                      {"code", c.subscriberRelationship}}}}});
    QJsonObject period{{"start", isoDate(c.start)}};
    if (c.end.isValid())
        period.insert(QLatin1String("end"), isoDate(c.end));
    base.insert(QLatin1String("period"), period);
    QJsonObject payorRef{{"reference", payor}};
    if (!c.payerName.isEmpty())
        payorRef.insert(QLatin1String("display"), c.payerName);
    base.insert(QLatin1String("payor"), QJsonArray{payorRef});
    base.insert(QLatin1String("order"), c.rank);

    QJsonArray classes;
    for (const QJsonValue &k : base.value(QLatin1String("class")).toArray()) {
        if (!isGroupClass(k))
            classes.append(k);
    }
    if (!c.groupNumber.trimmed().isEmpty())
        classes.prepend(QJsonObject{
            {"type",
             QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", QLatin1String(ClassSystem)},
                                                           {"code", QLatin1String(GroupClass)}}}}}},
            {"value", c.groupNumber.trimmed()}});
    if (classes.isEmpty())
        base.remove(QLatin1String("class"));
    else
        base.insert(QLatin1String("class"), classes);

    QJsonArray extensions;
    for (const QJsonValue &e : base.value(QLatin1String("extension")).toArray()) {
        if (!isBirthDate(e))
            extensions.append(e);
    }
    if (c.subscriberBirthDate.isValid())
        extensions.append(QJsonObject{{"url", QLatin1String(SubscriberBirthDateExtension)},
                                      {"valueDate", isoDate(c.subscriberBirthDate)}});
    if (extensions.isEmpty())
        base.remove(QLatin1String("extension"));
    else
        base.insert(QLatin1String("extension"), extensions);
    return base;
}

Core::Result<Remote> fromFhir(const QJsonObject &resource)
{
    const QString id = resource.value(QLatin1String("id")).toString();
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Coverage"))
        return Core::invalid(QStringLiteral("not a Coverage"));
    Remote r;
    Core::Coverage &c = r.coverage;
    c.memberId = resource.value(QLatin1String("subscriberId")).toString().trimmed();
    if (c.memberId.isEmpty()) {
        // US Core allows the member id as an identifier of type MB instead.
        for (const QJsonValue &i : resource.value(QLatin1String("identifier")).toArray()) {
            const QJsonObject identifier = i.toObject();
            const QJsonArray codings =
                identifier.value(QLatin1String("type")).toObject().value("coding").toArray();
            for (const QJsonValue &coding : codings) {
                if (coding.toObject().value(QLatin1String("code")).toString()
                    == QLatin1String("MB"))
                    c.memberId = identifier.value(QLatin1String("value")).toString().trimmed();
            }
        }
    }
    if (c.memberId.isEmpty())
        return Core::invalid(QStringLiteral("Coverage/%1 has no member id").arg(id));
    r.beneficiaryId =
        referenceId(resource.value(QLatin1String("beneficiary")), QStringLiteral("Patient"));
    if (r.beneficiaryId.isEmpty())
        return Core::invalid(QStringLiteral("Coverage/%1 has no beneficiary Patient").arg(id));
    const QJsonArray payors = resource.value(QLatin1String("payor")).toArray();
    for (const QJsonValue &p : payors) {
        r.payorId = referenceId(p, QStringLiteral("Organization"));
        if (!r.payorId.isEmpty())
            break;
    }
    if (r.payorId.isEmpty())
        return Core::invalid(QStringLiteral("Coverage/%1 has no payor Organization").arg(id));

    c.rank = resource.value(QLatin1String("order")).toInt(1);
    c.subscriberRelationship = resource.value(QLatin1String("relationship"))
                                   .toObject()
                                   .value(QLatin1String("coding"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("code"))
                                   .toString();
    if (c.subscriberRelationship.isEmpty())
        c.subscriberRelationship = QStringLiteral("self");
    c.subscriberName = resource.value(QLatin1String("subscriber"))
                           .toObject()
                           .value(QLatin1String("display"))
                           .toString()
                           .trimmed();
    for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
        if (isBirthDate(e))
            c.subscriberBirthDate = QDate::fromString(
                e.toObject().value(QLatin1String("valueDate")).toString(), Qt::ISODate);
    }
    for (const QJsonValue &k : resource.value(QLatin1String("class")).toArray()) {
        if (isGroupClass(k)) {
            c.groupNumber = k.toObject().value(QLatin1String("value")).toString().trimmed();
            break;
        }
    }
    const QJsonObject period = resource.value(QLatin1String("period")).toObject();
    c.start =
        QDate::fromString(period.value(QLatin1String("start")).toString().left(10), Qt::ISODate);
    c.end = QDate::fromString(period.value(QLatin1String("end")).toString().left(10), Qt::ISODate);
    return r;
}

} // namespace Ambulo::Fhir::CoverageResource
