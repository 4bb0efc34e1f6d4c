#include "connectors/sync/resourcemerge.h"

#include "connectors/sync/resourceadapter.h"
#include "connectors/sync/syncconstants.h"

#include <QJsonArray>

namespace Ambulo::Sync {

QString ResourceAdapter::createCondition(const QJsonObject &, const QString &clientId) const
{
    return QStringLiteral("identifier=%1|%2")
        .arg(QLatin1String(Constants::ClientIdSystem), clientId);
}

Claim ResourceAdapter::claim(SyncEngine &, qint64, const QJsonObject &, const RecordMap &)
{
    return Claim::granted();
}

namespace ResourceMerge {

namespace {

struct Part
{
    QString element;
    QString url;  // empty: the whole element
    QString sub;  // sub-extension that tells the part, empty: every entry of `url`
    QString code; // its valueCode
};

Part parse(const QString &unit)
{
    const qsizetype open = unit.indexOf(u'[');
    if (open <= 0 || !unit.endsWith(u']'))
        return Part{unit, {}, {}, {}};
    Part part{unit.left(open), {}, {}, {}};
    const QString inside = unit.mid(open + 1, unit.size() - open - 2);
    const qsizetype semi = inside.indexOf(u';');
    part.url = semi < 0 ? inside : inside.left(semi);
    if (semi >= 0) {
        const QString selector = inside.mid(semi + 1);
        const qsizetype eq = selector.indexOf(u'=');
        part.sub = selector.left(eq);
        part.code = eq < 0 ? QString() : selector.mid(eq + 1);
    }
    return part;
}

bool inPart(const QJsonValue &entry, const Part &part)
{
    const QJsonObject e = entry.toObject();
    const QString key = e.contains(QLatin1String("url"))
                            ? e.value(QLatin1String("url")).toString()
                            : e.value(QLatin1String("system")).toString();
    if (key != part.url)
        return false;
    if (part.sub.isEmpty())
        return true;
    for (const QJsonValue &v : e.value(QLatin1String("extension")).toArray()) {
        const QJsonObject sub = v.toObject();
        if (sub.value(QLatin1String("url")).toString() == part.sub)
            return sub.value(QLatin1String("valueCode")).toString() == part.code;
    }
    return false;
}

} // namespace

QString unitElement(const QString &unit)
{
    return parse(unit).element;
}

QString unitCode(const QString &unit)
{
    return parse(unit).code;
}

QJsonValue unitValue(const QJsonObject &resource, const QString &unit)
{
    const Part part = parse(unit);
    if (part.url.isEmpty())
        return resource.value(unit);
    QJsonArray entries;
    for (const QJsonValue &e : resource.value(part.element).toArray()) {
        if (inPart(e, part))
            entries.append(e);
    }
    return entries.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(entries);
}

void setUnit(QJsonObject &resource, const QString &unit, const QJsonValue &value)
{
    const Part part = parse(unit);
    if (part.url.isEmpty()) {
        if (value.isUndefined())
            resource.remove(unit);
        else
            resource.insert(unit, value);
        return;
    }
    QJsonArray out;
    bool placed = false;
    const auto place = [&] {
        if (placed)
            return;
        for (const QJsonValue &e : value.toArray())
            out.append(e);
        placed = true;
    };
    for (const QJsonValue &e : resource.value(part.element).toArray()) {
        if (inPart(e, part))
            place();
        else
            out.append(e);
    }
    place();
    if (out.isEmpty())
        resource.remove(part.element);
    else
        resource.insert(part.element, out);
}

Outcome merge(const QJsonObject &base, const QJsonObject &local, const QJsonObject &server,
              const QStringList &units)
{
    Outcome out;
    out.merged = server;
    for (const QString &unit : units) {
        const QJsonValue l = unitValue(local, unit);
        const QJsonValue s = unitValue(server, unit);
        if (l == s)
            continue;
        if (base.isEmpty()) {
            out.clashes << unit;
            continue;
        }
        const QJsonValue b = unitValue(base, unit);
        if (s == b) {
            setUnit(out.merged, unit, l);
            out.fromLocal << unit;
        } else if (l == b) {
            out.fromServer << unit;
        } else {
            out.clashes << unit;
        }
    }
    return out;
}

QStringList differences(const QJsonObject &a, const QJsonObject &b, const QStringList &units)
{
    QStringList out;
    for (const QString &unit : units) {
        if (unitValue(a, unit) != unitValue(b, unit))
            out << unit;
    }
    return out;
}

} // namespace ResourceMerge

} // namespace Ambulo::Sync
