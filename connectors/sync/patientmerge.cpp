#include "connectors/sync/patientmerge.h"

#include <QMap>

namespace Ambulo::Sync::PatientMerge {

namespace {

const QString Mrn = QStringLiteral("mrn");
const QString Address = QStringLiteral("address");

// Each unit's value as comparable text.
QMap<QString, QString> units(const Core::Patient &p)
{
    const QChar sep(0x1f); // a character no field holds
    return {
        {Mrn, p.mrn},
        {QStringLiteral("family"), p.family},
        {QStringLiteral("given"), p.given},
        {QStringLiteral("middle"), p.middle},
        {QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("sex"), p.sex},
        {Address, QStringList{p.addressLine, p.city, p.state, p.postalCode}.join(sep)},
        {QStringLiteral("phoneHome"), p.phoneHome},
        {QStringLiteral("phoneMobile"), p.phoneMobile},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("language"), p.language},
        {QStringLiteral("preferredContact"), p.preferredContact},
        {QStringLiteral("restricted"), p.restricted ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

void takeUnit(Core::Patient &to, const Core::Patient &from, const QString &unit)
{
    if (unit == Mrn) {
        to.mrn = from.mrn;
    } else if (unit == QLatin1String("family")) {
        to.family = from.family;
    } else if (unit == QLatin1String("given")) {
        to.given = from.given;
    } else if (unit == QLatin1String("middle")) {
        to.middle = from.middle;
    } else if (unit == QLatin1String("birthDate")) {
        to.birthDate = from.birthDate;
    } else if (unit == QLatin1String("sex")) {
        to.sex = from.sex;
    } else if (unit == Address) {
        to.addressLine = from.addressLine;
        to.city = from.city;
        to.state = from.state;
        to.postalCode = from.postalCode;
    } else if (unit == QLatin1String("phoneHome")) {
        to.phoneHome = from.phoneHome;
    } else if (unit == QLatin1String("phoneMobile")) {
        to.phoneMobile = from.phoneMobile;
    } else if (unit == QLatin1String("email")) {
        to.email = from.email;
    } else if (unit == QLatin1String("language")) {
        to.language = from.language;
    } else if (unit == QLatin1String("preferredContact")) {
        to.preferredContact = from.preferredContact;
    } else if (unit == QLatin1String("restricted")) {
        to.restricted = from.restricted;
    }
}

} // namespace

void assign(Core::Patient &to, const Core::Patient &from, const QString &unit)
{
    takeUnit(to, from, unit);
}

QStringList fields()
{
    return units(Core::Patient()).keys();
}

QStringList differences(const Core::Patient &a, const Core::Patient &b)
{
    const QMap<QString, QString> ua = units(a);
    const QMap<QString, QString> ub = units(b);
    QStringList out;
    for (auto it = ua.begin(); it != ua.end(); ++it) {
        if (ub.value(it.key()) != it.value())
            out.append(it.key());
    }
    return out;
}

Outcome merge(const Core::Patient &base, const Core::Patient &local, const Core::Patient &server)
{
    Outcome out;
    out.merged = local;
    const QMap<QString, QString> b = units(base);
    const QMap<QString, QString> l = units(local);
    const QMap<QString, QString> s = units(server);
    for (auto it = b.begin(); it != b.end(); ++it) {
        const QString &unit = it.key();
        const bool localChanged = l.value(unit) != it.value();
        const bool serverChanged = s.value(unit) != it.value();
        if (!serverChanged)
            continue; // local's value (changed or not) stands
        if (!localChanged || l.value(unit) == s.value(unit)
            || (unit == Mrn && it.value().isEmpty())) {
            if (l.value(unit) != s.value(unit)) {
                takeUnit(out.merged, server, unit);
                out.fromServer.append(unit);
            }
            continue;
        }
        out.clashes.append(unit);
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (l.value(it.key()) != it.value() && s.value(it.key()) == it.value())
            out.fromLocal.append(it.key());
    }
    return out;
}

} // namespace Ambulo::Sync::PatientMerge
