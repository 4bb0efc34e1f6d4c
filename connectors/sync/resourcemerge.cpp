#include "connectors/sync/resourcemerge.h"

#include "connectors/sync/resourceadapter.h"
#include "connectors/sync/syncconstants.h"

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

Outcome merge(const QJsonObject &base, const QJsonObject &local, const QJsonObject &server,
              const QStringList &units)
{
    Outcome out;
    out.merged = server;
    for (const QString &unit : units) {
        const QJsonValue l = local.value(unit);
        const QJsonValue s = server.value(unit);
        if (l == s)
            continue;
        if (base.isEmpty()) {
            out.clashes << unit;
            continue;
        }
        const QJsonValue b = base.value(unit);
        if (s == b) {
            if (l.isUndefined())
                out.merged.remove(unit);
            else
                out.merged.insert(unit, l);
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
        if (a.value(unit) != b.value(unit))
            out << unit;
    }
    return out;
}

} // namespace ResourceMerge

} // namespace Ambulo::Sync
