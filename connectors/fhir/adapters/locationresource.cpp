#include "connectors/fhir/adapters/locationresource.h"

#include <QJsonArray>

namespace Ambulo::Fhir::LocationResource {

namespace {

constexpr char BuildingCode[] = "bu";
constexpr char RoomCode[] = "ro";

QJsonObject physicalType(const char *code, const char *display)
{
    return {{"coding", QJsonArray{QJsonObject{{"system", QLatin1String(PhysicalTypeSystem)},
                                              {"code", QLatin1String(code)},
                                              {"display", QLatin1String(display)}}}}};
}

QString physicalCode(const QJsonObject &resource)
{
    for (const QJsonValue &c : resource.value(QLatin1String("physicalType"))
                                   .toObject()
                                   .value(QLatin1String("coding"))
                                   .toArray()) {
        const QJsonObject coding = c.toObject();
        if (coding.value(QLatin1String("system")).toString() == QLatin1String(PhysicalTypeSystem))
            return coding.value(QLatin1String("code")).toString();
    }
    return {};
}

// The one-line text of an address: its text, else its parts joined.
QString addressText(const QJsonObject &address)
{
    const QString text = address.value(QLatin1String("text")).toString().trimmed();
    if (!text.isEmpty())
        return text;
    QStringList parts;
    for (const QJsonValue &line : address.value(QLatin1String("line")).toArray())
        parts << line.toString().trimmed();
    const QString city = address.value(QLatin1String("city")).toString().trimmed();
    const QString state = address.value(QLatin1String("state")).toString().trimmed();
    const QString postal = address.value(QLatin1String("postalCode")).toString().trimmed();
    if (!city.isEmpty())
        parts << city;
    const QString statePostal = QStringList{state, postal}.join(QLatin1Char(' ')).trimmed();
    if (!statePostal.isEmpty())
        parts << statePostal;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

bool isPhone(const QJsonValue &contact)
{
    return contact.toObject().value(QLatin1String("system")).toString() == QLatin1String("phone");
}

QJsonObject common(QJsonObject base, const QString &name, const char *code, const char *display)
{
    base.insert(QLatin1String("resourceType"), QStringLiteral("Location"));
    base.insert(QLatin1String("status"), QStringLiteral("active"));
    base.insert(QLatin1String("mode"), QStringLiteral("instance"));
    base.insert(QLatin1String("name"), name.trimmed());
    if (physicalCode(base) != QLatin1String(code))
        base.insert(QLatin1String("physicalType"), physicalType(code, display));
    return base;
}

} // namespace

QJsonObject toFhir(const Core::Location &l, QJsonObject base)
{
    base = common(base, l.name, BuildingCode, "Building");
    base.remove(QLatin1String("partOf"));

    const QString address = l.address.trimmed();
    if (address.isEmpty())
        base.remove(QLatin1String("address"));
    else if (addressText(base.value(QLatin1String("address")).toObject()) != address)
        base.insert(QLatin1String("address"), QJsonObject{{"use", "work"}, {"text", address}});

    // The first phone is ours; fax, email and further numbers stay.
    QJsonArray telecom;
    bool replaced = false;
    for (const QJsonValue &t : base.value(QLatin1String("telecom")).toArray()) {
        if (isPhone(t) && !replaced) {
            replaced = true;
            continue;
        }
        telecom.append(t);
    }
    if (!l.phone.trimmed().isEmpty())
        telecom.prepend(
            QJsonObject{{"system", "phone"}, {"value", l.phone.trimmed()}, {"use", "work"}});
    if (telecom.isEmpty())
        base.remove(QLatin1String("telecom"));
    else
        base.insert(QLatin1String("telecom"), telecom);
    return base;
}

QJsonObject roomToFhir(const Core::Room &r, const QString &partOf, const QString &locationName,
                       QJsonObject base)
{
    base = common(base, r.name, RoomCode, "Room");
    QJsonObject ref{{"reference", partOf}};
    if (!locationName.isEmpty())
        ref.insert(QLatin1String("display"), locationName);
    base.insert(QLatin1String("partOf"), ref);
    return base;
}

bool isRoom(const QJsonObject &resource)
{
    return physicalCode(resource) == QLatin1String(RoomCode);
}

QString partOfId(const QJsonObject &resource)
{
    const QString ref = resource.value(QLatin1String("partOf"))
                            .toObject()
                            .value(QLatin1String("reference"))
                            .toString();
    const QString prefix = QStringLiteral("Location/");
    return ref.startsWith(prefix) ? ref.mid(prefix.size()) : QString();
}

Core::Result<Core::Location> locationFromFhir(const QJsonObject &resource)
{
    const QString id = resource.value(QLatin1String("id")).toString();
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Location"))
        return Core::invalid(QStringLiteral("not a Location"));
    Core::Location l;
    l.name = resource.value(QLatin1String("name")).toString().trimmed();
    if (l.name.isEmpty())
        return Core::invalid(QStringLiteral("Location/%1 has no name").arg(id));
    l.address = addressText(resource.value(QLatin1String("address")).toObject());
    for (const QJsonValue &t : resource.value(QLatin1String("telecom")).toArray()) {
        if (isPhone(t)) {
            l.phone = t.toObject().value(QLatin1String("value")).toString().trimmed();
            break;
        }
    }
    return l;
}

Core::Result<Core::Room> roomFromFhir(const QJsonObject &resource)
{
    const QString id = resource.value(QLatin1String("id")).toString();
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Location"))
        return Core::invalid(QStringLiteral("not a Location"));
    Core::Room r;
    r.name = resource.value(QLatin1String("name")).toString().trimmed();
    if (r.name.isEmpty())
        return Core::invalid(QStringLiteral("Location/%1 has no name").arg(id));
    return r;
}

} // namespace Ambulo::Fhir::LocationResource
