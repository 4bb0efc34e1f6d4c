#include "connectors/fhir/adapters/patientresource.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Ambulo::Fhir::PatientResource {

namespace {

const QString Bcp47 = QStringLiteral("urn:ietf:bcp:47");
const QString V2IdentifierType = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

// Sets or removes a key, so a field cleared in Ambulo is cleared on the server too.
void put(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty()))
        object.remove(key);
    else
        object.insert(key, value);
}

// Index of the first element of `array` for which `match` holds, -1 when none.
template<typename Match>
int find(const QJsonArray &array, Match match)
{
    for (int i = 0; i < array.size(); ++i) {
        if (match(array.at(i).toObject()))
            return i;
    }
    return -1;
}

// Replaces (or appends, or with an empty `value` removes) the element `match` finds.
template<typename Match>
void replaceOne(QJsonArray &array, Match match, const QJsonObject &value)
{
    const int at = find(array, match);
    if (value.isEmpty()) {
        if (at >= 0)
            array.removeAt(at);
    } else if (at >= 0) {
        array.replace(at, value);
    } else {
        array.append(value);
    }
}

QJsonObject merged(QJsonObject base, const QJsonObject &ours)
{
    for (auto it = ours.begin(); it != ours.end(); ++it)
        put(base, it.key(), it.value());
    return base;
}

bool isTelecom(const QJsonObject &object, const char *system, const char *use)
{
    return object.value(QLatin1String("system")).toString() == QLatin1String(system)
           && (!use || object.value(QLatin1String("use")).toString() == QLatin1String(use));
}

bool isOurName(const QJsonObject &name)
{
    const QString use = name.value(QLatin1String("use")).toString();
    return use.isEmpty() || use == QLatin1String("official") || use == QLatin1String("usual");
}

bool isHomeAddress(const QJsonObject &address)
{
    const QString use = address.value(QLatin1String("use")).toString();
    return use.isEmpty() || use == QLatin1String("home");
}

bool isOid(const QString &text)
{
    static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))+$"));
    return oid.match(text).hasMatch();
}

const QString OidPrefix = QStringLiteral("urn:oid:");
// The US Social Security Administration: HL7 table 0363's code, and the system FHIR (and US Core)
// names Social Security numbers by.
const QString SsaAuthority = QStringLiteral("USSSA");
const QString SsnSystem = QStringLiteral("http://hl7.org/fhir/sid/us-ssn");

int findIdentifier(const QJsonArray &identifiers, const QString &system, const QString &value)
{
    return find(identifiers, [&](const QJsonObject &id) {
        return id.value(QLatin1String("system")).toString() == system
               && id.value(QLatin1String("value")).toString() == value;
    });
}

} // namespace

QString identifierSystem(const QString &authority)
{
    if (authority.isEmpty())
        return {};
    if (authority == SsaAuthority)
        return SsnSystem;
    if (isOid(authority))
        return OidPrefix + authority;
    if (authority.contains(u':'))
        return authority; // a URI already
    return QLatin1String(AuthoritySystemPrefix)
           + QString::fromLatin1(QUrl::toPercentEncoding(authority));
}

QString authorityOf(const QString &system)
{
    if (system == SsnSystem)
        return SsaAuthority;
    if (system.startsWith(OidPrefix) && isOid(system.mid(OidPrefix.size())))
        return system.mid(OidPrefix.size());
    if (system.startsWith(QLatin1String(AuthoritySystemPrefix)))
        return QUrl::fromPercentEncoding(
            system.mid(qsizetype(sizeof(AuthoritySystemPrefix) - 1)).toLatin1());
    return system;
}

QList<Core::PatientIdentifier> otherIdentifiers(const QJsonObject &resource,
                                                const QString &mrnSystem)
{
    QList<Core::PatientIdentifier> out;
    for (const QJsonValue &value : resource.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = value.toObject();
        const QString system = id.value(QLatin1String("system")).toString();
        if (system == mrnSystem
            || (system.startsWith(QLatin1String("urn:ambulo:"))
                && !system.startsWith(QLatin1String(AuthoritySystemPrefix))))
            continue;
        Core::PatientIdentifier identifier;
        identifier.value = id.value(QLatin1String("value")).toString().trimmed();
        if (identifier.value.isEmpty())
            continue;
        identifier.authority = authorityOf(system);
        const QJsonArray codings =
            id.value(QLatin1String("type")).toObject().value(QLatin1String("coding")).toArray();
        const int typeAt = find(codings, [](const QJsonObject &coding) {
            return coding.value(QLatin1String("system")).toString() == V2IdentifierType;
        });
        if (typeAt >= 0)
            identifier.typeCode =
                codings.at(typeAt).toObject().value(QLatin1String("code")).toString();
        out.append(identifier);
    }
    return out;
}

QJsonObject withIdentifiers(QJsonObject resource, const QList<Core::PatientIdentifier> &identifiers)
{
    if (identifiers.isEmpty())
        return resource;
    QJsonArray list = resource.value(QLatin1String("identifier")).toArray();
    for (const Core::PatientIdentifier &identifier : identifiers) {
        const QString system = identifierSystem(identifier.authority);
        if (findIdentifier(list, system, identifier.value) >= 0)
            continue;
        QJsonObject id;
        if (!identifier.typeCode.isEmpty())
            id.insert(
                QLatin1String("type"),
                QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", V2IdentifierType},
                                                              {"code", identifier.typeCode}}}}});
        if (!system.isEmpty())
            id.insert(QLatin1String("system"), system);
        id.insert(QLatin1String("value"), identifier.value);
        list.append(id);
    }
    resource.insert(QLatin1String("identifier"), list);
    return resource;
}

QJsonObject withoutIdentifiers(QJsonObject resource,
                               const QList<Core::PatientIdentifier> &identifiers)
{
    QJsonArray list = resource.value(QLatin1String("identifier")).toArray();
    bool changed = false;
    for (const Core::PatientIdentifier &identifier : identifiers) {
        const QString system = identifierSystem(identifier.authority);
        for (int at = findIdentifier(list, system, identifier.value); at >= 0;
             at = findIdentifier(list, system, identifier.value)) {
            list.removeAt(at);
            changed = true;
        }
    }
    if (changed)
        resource.insert(QLatin1String("identifier"), list);
    return resource;
}

QList<Core::PatientIdentifier> droppedIdentifiers(const QJsonObject &before, const QJsonObject &now,
                                                  const QString &mrnSystem)
{
    QList<Core::PatientIdentifier> dropped;
    for (const Core::PatientIdentifier &id : otherIdentifiers(before, mrnSystem)) {
        if (lacksIdentifier(now, {id}))
            dropped.append(id);
    }
    return dropped;
}

bool lacksIdentifier(const QJsonObject &resource, const QList<Core::PatientIdentifier> &identifiers)
{
    const QJsonArray list = resource.value(QLatin1String("identifier")).toArray();
    for (const Core::PatientIdentifier &identifier : identifiers) {
        if (findIdentifier(list, identifierSystem(identifier.authority), identifier.value) < 0)
            return true;
    }
    return false;
}

QString mrnSystem(const QString &practiceNpi)
{
    return QStringLiteral("urn:ambulo:practice:%1:mrn")
        .arg(practiceNpi.isEmpty() ? QStringLiteral("local") : practiceNpi);
}

QJsonObject toFhir(const Core::Patient &patient, const QString &mrnSystem, QJsonObject base)
{
    base.insert(QLatin1String("resourceType"), QStringLiteral("Patient"));

    QJsonArray identifiers = base.value(QLatin1String("identifier")).toArray();
    const auto ourMrn = [&](const QJsonObject &id) {
        return id.value(QLatin1String("system")).toString() == mrnSystem;
    };
    QJsonObject mrn;
    if (!patient.mrn.isEmpty()) {
        const int at = find(identifiers, ourMrn);
        mrn = at >= 0 ? identifiers.at(at).toObject() : QJsonObject();
        mrn.insert(QLatin1String("use"), QStringLiteral("usual"));
        mrn.insert(QLatin1String("type"),
                   QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", V2IdentifierType},
                                                                 {"code", "MR"}}}}});
        mrn.insert(QLatin1String("system"), mrnSystem);
        mrn.insert(QLatin1String("value"), patient.mrn);
    }
    replaceOne(identifiers, ourMrn, mrn);
    put(base, QStringLiteral("identifier"), identifiers);

    QJsonArray names = base.value(QLatin1String("name")).toArray();
    QJsonArray given;
    if (!patient.given.isEmpty())
        given.append(patient.given);
    if (!patient.middle.isEmpty())
        given.append(patient.middle);
    const int nameAt = find(names, isOurName);
    QJsonObject name =
        merged(nameAt >= 0 ? names.at(nameAt).toObject() : QJsonObject(),
               {{"use", "official"}, {"family", text(patient.family)}, {"given", given}});
    name.remove(QLatin1String("text")); // a server's rendering of the old name would be stale
    replaceOne(names, isOurName, name);
    put(base, QStringLiteral("name"), names);

    put(base, QStringLiteral("gender"),
        text(patient.sex.isEmpty() ? QStringLiteral("unknown") : patient.sex));
    put(base, QStringLiteral("birthDate"),
        text(patient.birthDate.isValid() ? patient.birthDate.toString(Qt::ISODate) : QString()));

    QJsonArray telecom = base.value(QLatin1String("telecom")).toArray();
    const auto contact = [](const char *system, const char *use, const QString &value) {
        QJsonObject object;
        if (!value.isEmpty()) {
            object.insert(QLatin1String("system"), QLatin1String(system));
            object.insert(QLatin1String("value"), value);
            if (use)
                object.insert(QLatin1String("use"), QLatin1String(use));
        }
        return object;
    };
    replaceOne(
        telecom, [](const QJsonObject &t) { return isTelecom(t, "phone", "home"); },
        contact("phone", "home", patient.phoneHome));
    replaceOne(
        telecom, [](const QJsonObject &t) { return isTelecom(t, "phone", "mobile"); },
        contact("phone", "mobile", patient.phoneMobile));
    replaceOne(
        telecom, [](const QJsonObject &t) { return isTelecom(t, "email", nullptr); },
        contact("email", nullptr, patient.email));
    put(base, QStringLiteral("telecom"), telecom);

    QJsonArray addresses = base.value(QLatin1String("address")).toArray();
    const bool hasAddress = !patient.addressLine.isEmpty() || !patient.city.isEmpty()
                            || !patient.state.isEmpty() || !patient.postalCode.isEmpty();
    QJsonObject address;
    if (hasAddress) {
        const int at = find(addresses, isHomeAddress);
        address = merged(at >= 0 ? addresses.at(at).toObject() : QJsonObject(),
                         {{"use", "home"},
                          {"line", patient.addressLine.isEmpty() ? QJsonArray()
                                                                 : QJsonArray{patient.addressLine}},
                          {"city", text(patient.city)},
                          {"state", text(patient.state)},
                          {"postalCode", text(patient.postalCode)}});
        address.remove(QLatin1String("text"));
    }
    replaceOne(addresses, isHomeAddress, address);
    put(base, QStringLiteral("address"), addresses);

    QJsonArray communication = base.value(QLatin1String("communication")).toArray();
    const auto preferred = [](const QJsonObject &c) {
        return c.value(QLatin1String("preferred")).toBool();
    };
    QJsonObject language;
    if (!patient.language.isEmpty())
        language = {{"language",
                     QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", Bcp47},
                                                                   {"code", patient.language}}}}}},
                    {"preferred", true}};
    replaceOne(communication, preferred, language);
    put(base, QStringLiteral("communication"), communication);

    QJsonArray extensions = base.value(QLatin1String("extension")).toArray();
    const auto ourExtension = [](const QJsonObject &e) {
        return e.value(QLatin1String("url")).toString() == QLatin1String(PreferredContactExtension);
    };
    replaceOne(extensions, ourExtension,
               patient.preferredContact.isEmpty()
                   ? QJsonObject()
                   : QJsonObject{{"url", PreferredContactExtension},
                                 {"valueCode", patient.preferredContact}});
    put(base, QStringLiteral("extension"), extensions);

    QJsonObject meta = base.value(QLatin1String("meta")).toObject();
    QJsonArray security = meta.value(QLatin1String("security")).toArray();
    const auto restricted = [](const QJsonObject &s) {
        return s.value(QLatin1String("system")).toString() == QLatin1String(ConfidentialitySystem)
               && s.value(QLatin1String("code")).toString() == QLatin1String("R");
    };
    replaceOne(security, restricted,
               patient.restricted ? QJsonObject{{"system", ConfidentialitySystem}, {"code", "R"}}
                                  : QJsonObject());
    put(meta, QStringLiteral("security"), security);
    put(base, QStringLiteral("meta"), meta.isEmpty() ? QJsonValue() : QJsonValue(meta));
    return base;
}

Core::Result<Core::Patient> fromFhir(const QJsonObject &resource, const QString &mrnSystem)
{
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Patient"))
        return Core::invalid(QStringLiteral("expected a Patient resource, got '%1'")
                                 .arg(resource.value(QLatin1String("resourceType")).toString()));
    const QString serverId = resource.value(QLatin1String("id")).toString();
    Core::Patient patient;

    const QJsonArray identifiers = resource.value(QLatin1String("identifier")).toArray();
    const int mrnAt = find(identifiers, [&](const QJsonObject &id) {
        return id.value(QLatin1String("system")).toString() == mrnSystem;
    });
    if (mrnAt >= 0)
        patient.mrn = identifiers.at(mrnAt).toObject().value(QLatin1String("value")).toString();

    const QJsonArray names = resource.value(QLatin1String("name")).toArray();
    const int nameAt = find(names, isOurName);
    const QJsonObject name = names.at(nameAt >= 0 ? nameAt : 0).toObject();
    patient.family = name.value(QLatin1String("family")).toString();
    const QJsonArray given = name.value(QLatin1String("given")).toArray();
    patient.given = given.at(0).toString();
    QStringList middle;
    for (qsizetype i = 1; i < given.size(); ++i)
        middle.append(given.at(i).toString());
    patient.middle = middle.join(u' ');
    if (patient.family.isEmpty() && patient.given.isEmpty())
        return Core::invalid(QStringLiteral("Patient/%1 has no name").arg(serverId));

    patient.birthDate =
        QDate::fromString(resource.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    if (!patient.birthDate.isValid())
        return Core::invalid(
            QStringLiteral("Patient/%1 has no full birth date (YYYY-MM-DD)").arg(serverId));
    patient.sex = resource.value(QLatin1String("gender")).toString(QStringLiteral("unknown"));

    for (const QJsonValue &value : resource.value(QLatin1String("telecom")).toArray()) {
        const QJsonObject t = value.toObject();
        const QString v = t.value(QLatin1String("value")).toString();
        if (isTelecom(t, "phone", "home") && patient.phoneHome.isEmpty())
            patient.phoneHome = v;
        else if (isTelecom(t, "phone", "mobile") && patient.phoneMobile.isEmpty())
            patient.phoneMobile = v;
        else if (isTelecom(t, "email", nullptr) && patient.email.isEmpty())
            patient.email = v;
    }

    const QJsonArray addresses = resource.value(QLatin1String("address")).toArray();
    const int addressAt = find(addresses, isHomeAddress);
    if (addressAt >= 0) {
        const QJsonObject address = addresses.at(addressAt).toObject();
        QStringList lines;
        for (const QJsonValue &line : address.value(QLatin1String("line")).toArray())
            lines.append(line.toString());
        patient.addressLine = lines.join(QLatin1String(", "));
        patient.city = address.value(QLatin1String("city")).toString();
        patient.state = address.value(QLatin1String("state")).toString();
        patient.postalCode = address.value(QLatin1String("postalCode")).toString();
    }

    for (const QJsonValue &value : resource.value(QLatin1String("communication")).toArray()) {
        const QJsonObject c = value.toObject();
        if (!c.value(QLatin1String("preferred")).toBool())
            continue;
        for (const QJsonValue &coding :
             c.value(QLatin1String("language")).toObject().value(QLatin1String("coding")).toArray())
            if (coding.toObject().value(QLatin1String("system")).toString() == Bcp47)
                patient.language = coding.toObject().value(QLatin1String("code")).toString();
    }

    for (const QJsonValue &value : resource.value(QLatin1String("extension")).toArray()) {
        const QJsonObject e = value.toObject();
        if (e.value(QLatin1String("url")).toString() == QLatin1String(PreferredContactExtension))
            patient.preferredContact = e.value(QLatin1String("valueCode")).toString();
    }

    const QJsonArray security =
        resource.value(QLatin1String("meta")).toObject().value(QLatin1String("security")).toArray();
    patient.restricted =
        find(security,
             [](const QJsonObject &s) {
                 return s.value(QLatin1String("system")).toString()
                            == QLatin1String(ConfidentialitySystem)
                        && s.value(QLatin1String("code")).toString() == QLatin1String("R");
             })
        >= 0;
    return patient;
}

} // namespace Ambulo::Fhir::PatientResource
