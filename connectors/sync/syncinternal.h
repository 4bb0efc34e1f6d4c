#pragma once

#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "core/session/servicecontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What the push and the pull halves of SyncEngine share; not for use outside connectors/sync.
namespace Ambulo::Sync::Internal {

namespace PatientResource = Fhir::PatientResource;

inline const QString PatientType = QStringLiteral("Patient");

// Changes made while it lives carry `origin`, so the pusher knows what not to send back.
class OriginScope
{
public:
    OriginScope(Core::ServiceContext &context, const QString &origin)
        : m_context(context)
        , m_previous(context.origin())
    {
        m_context.setOrigin(origin);
    }
    ~OriginScope() { m_context.setOrigin(m_previous); }
    OriginScope(const OriginScope &) = delete;
    OriginScope &operator=(const OriginScope &) = delete;

private:
    Core::ServiceContext &m_context;
    QString m_previous;
};

inline QString clientIdOf(const QJsonObject &resource)
{
    for (const QJsonValue &value : resource.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = value.toObject();
        if (id.value(QLatin1String("system")).toString()
            == QLatin1String(Constants::ClientIdSystem))
            return id.value(QLatin1String("value")).toString();
    }
    return {};
}

inline QJsonObject withClientId(QJsonObject resource, const QString &clientId)
{
    if (!clientIdOf(resource).isEmpty())
        return resource;
    QJsonArray identifiers = resource.value(QLatin1String("identifier")).toArray();
    identifiers.append(QJsonObject{{"system", Constants::ClientIdSystem}, {"value", clientId}});
    resource.insert(QLatin1String("identifier"), identifiers);
    return resource;
}

// The server id of the Patient a Patient resource is `replaced-by` (merged into); empty when none.
QString replacedByOf(const QJsonObject &patient);

inline QString metaValue(const QJsonObject &resource, const char *key)
{
    return resource.value(QLatin1String("meta")).toObject().value(QLatin1String(key)).toString();
}

// A failure that says nothing about the record itself: another try later may succeed. A 2xx
// whose body did not parse is one of them: the write may well have happened, and a retry is safe
// (If-None-Exist, If-Match).
inline bool retryable(const Fhir::Reply &reply)
{
    return reply.transient() || reply.failure == Fhir::Failure::Malformed;
}

// A refusal of this record (validation, gone from the server), not of us or of the connection.
inline bool recordRefused(const Fhir::Reply &reply)
{
    return reply.failure == Fhir::Failure::Http && reply.status >= 400 && reply.status < 500
           && reply.status != 401 && reply.status != 403 && reply.status != 408
           && reply.status != 412 && reply.status != 429;
}

} // namespace Ambulo::Sync::Internal
