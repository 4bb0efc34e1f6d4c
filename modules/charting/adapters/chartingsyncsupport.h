#pragma once

// What the chart's sync adapters share (chartingsync.cpp, chartingsyncobs.cpp); not for use
// elsewhere.

#include "connectors/sync/resourceadapter.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/session/servicecontext.h"
#include "core/store/isotime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ambulo::Charting::SyncSupport {

inline const QString PatientType = QStringLiteral("Patient");
inline const QString PractitionerType = QStringLiteral("Practitioner");
inline const QString EncounterType = QStringLiteral("Encounter");

// Changes made while it lives carry change origin "fhir", so the pusher never sends them back.
class FhirOrigin
{
public:
    explicit FhirOrigin(Core::ServiceContext &context)
        : m_context(context)
        , m_previous(context.origin())
    {
        m_context.setOrigin(QLatin1String(Sync::Constants::Origin));
    }
    ~FhirOrigin() { m_context.setOrigin(m_previous); }
    FhirOrigin(const FhirOrigin &) = delete;
    FhirOrigin &operator=(const FhirOrigin &) = delete;

private:
    Core::ServiceContext &m_context;
    QString m_previous;
};

// A reference to a local record on the server, or the Built that makes the record wait for it.
struct Ref
{
    QString reference; // "Patient/abc"
    std::optional<Sync::Built> wait;
};

inline Core::Result<Ref> referTo(Sync::SyncEngine &engine, const QString &type, qint64 localId)
{
    Core::Result<QString> ref = engine.reference(type, localId);
    if (!ref)
        return ref.error();
    if (ref->isEmpty())
        return Ref{{}, Sync::Built{{}, QStringLiteral("%1/%2").arg(type).arg(localId), false}};
    return Ref{ref.value(), std::nullopt};
}

inline QJsonObject reference(const QString &ref)
{
    return QJsonObject{{"reference", ref}};
}

// The local id of `{"reference": "Patient/abc"}`; 0 when it names nothing known here.
inline Core::Result<qint64> localOf(Sync::SyncEngine &engine, const QString &type,
                                    const QJsonValue &ref)
{
    const QString text = ref.toObject().value(QLatin1String("reference")).toString();
    if (!text.startsWith(type + u'/'))
        return qint64(0);
    return engine.localIdOf(type, text.mid(type.size() + 1));
}

inline QJsonObject coding(const char *system, const QString &code, const QString &display = {})
{
    QJsonObject c{{"system", QLatin1String(system)}, {"code", code}};
    if (!display.isEmpty())
        c.insert(QLatin1String("display"), display);
    return c;
}

inline QJsonObject codeable(const char *system, const QString &code, const QString &display = {})
{
    return QJsonObject{{"coding", QJsonArray{coding(system, code, display)}}};
}

// The code of `system` in a CodeableConcept; empty when none.
inline QString codeIn(const QJsonValue &value, const char *system)
{
    for (const QJsonValue &c : value.toObject().value(QLatin1String("coding")).toArray()) {
        if (c.toObject().value(QLatin1String("system")).toString() == QLatin1String(system))
            return c.toObject().value(QLatin1String("code")).toString();
    }
    return {};
}

// Sets `key`, or removes it when `value` is empty (FHIR allows no empty elements).
inline void put(QJsonObject &r, const QString &key, const QJsonValue &value)
{
    const bool empty = value.isUndefined() || value.isNull()
                       || (value.isString() && value.toString().isEmpty())
                       || (value.isArray() && value.toArray().isEmpty())
                       || (value.isObject() && value.toObject().isEmpty());
    if (empty)
        r.remove(key);
    else
        r.insert(key, value);
}

inline QString instant(const QDateTime &at)
{
    return Core::isoUtcMs(at);
}

inline QDateTime parseInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

inline QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A FHIR date or dateTime as a date ("2026-03-09", "2026-03-09T10:00:00Z").
inline QDate parseDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace Ambulo::Charting::SyncSupport
