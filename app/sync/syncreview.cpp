#include "app/sync/syncreview.h"

#include "app/sync/syncconstants.h"
#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/sync/syncconstants.h"
#include "core/constants.h"
#include "core/session/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace Ambulo::App {

namespace {

const QString PatientType = QStringLiteral("Patient");

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::App::SyncReview", text);
}

QString fieldLabel(const QString &unit)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("mrn"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "MRN")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Family name")},
        {QStringLiteral("given"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Given name")},
        {QStringLiteral("middle"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Middle name")},
        {QStringLiteral("birthDate"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Birth date")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Sex")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Address")},
        {QStringLiteral("phoneHome"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Home phone")},
        {QStringLiteral("phoneMobile"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Mobile phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Email")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Language")},
        {QStringLiteral("preferredContact"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Preferred contact")},
        {QStringLiteral("restricted"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Restricted record")},
    };
    const char *label = labels.value(unit);
    return label ? tr(label) : unit;
}

QString patientUnit(const Core::Patient &p, const QString &unit)
{
    if (unit == QLatin1String("mrn"))
        return p.mrn;
    if (unit == QLatin1String("family"))
        return p.family;
    if (unit == QLatin1String("given"))
        return p.given;
    if (unit == QLatin1String("middle"))
        return p.middle;
    if (unit == QLatin1String("birthDate"))
        return p.birthDate.toString(Qt::ISODate);
    if (unit == QLatin1String("sex"))
        return p.sex;
    if (unit == QLatin1String("address")) {
        QStringList parts{p.addressLine, p.city, p.state, p.postalCode};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    if (unit == QLatin1String("phoneHome"))
        return p.phoneHome;
    if (unit == QLatin1String("phoneMobile"))
        return p.phoneMobile;
    if (unit == QLatin1String("email"))
        return p.email;
    if (unit == QLatin1String("language"))
        return p.language;
    if (unit == QLatin1String("preferredContact"))
        return p.preferredContact;
    if (unit == QLatin1String("restricted"))
        return p.restricted ? tr("yes") : tr("no");
    return {};
}

// A field of a resource type this view does not know: its JSON, compact.
QString jsonUnit(const QJsonObject &resource, const QString &field)
{
    const QJsonValue v = resource.value(field);
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.isUndefined() ? QString() : v.toVariant().toString();
}

} // namespace

SyncReview::SyncReview(Core::Services &services)
    : m_services(services)
{}

Core::Result<QList<Sync::Conflict>> SyncReview::openConflicts()
{
    if (Core::Status p = m_services.context().require(Core::Permission::PracticeAdmin); !p)
        return p.error();
    Sync::SyncStore store(m_services.context().db());
    return store.conflicts(true);
}

Core::Result<QList<ConflictView>> SyncReview::openConflictViews()
{
    Core::Result<QList<Sync::Conflict>> conflicts = openConflicts();
    if (!conflicts)
        return conflicts.error();
    const QString mrnSystem =
        Fhir::PatientResource::mrnSystem(m_services.practice().settings().npi);
    QList<ConflictView> views;
    for (const Sync::Conflict &c : std::as_const(conflicts.value())) {
        ConflictView view;
        view.id = c.id;
        view.resourceType = c.resourceType;
        view.localId = c.localId;
        view.createdAt = c.createdAt;
        std::optional<Core::Patient> local;
        std::optional<Core::Patient> server;
        if (c.resourceType == PatientType) {
            if (auto p = Fhir::PatientResource::fromFhir(c.local, mrnSystem))
                local = p.value();
            if (auto p = Fhir::PatientResource::fromFhir(c.server, mrnSystem))
                server = p.value();
        }
        if (local)
            view.title = tr("%1, %2 · MRN %3").arg(local->family, local->given, local->mrn);
        else
            view.title = tr("%1 %2").arg(c.resourceType).arg(c.localId);
        for (const QString &field : c.fields) {
            ConflictView::Field f;
            f.field = field;
            f.label = c.resourceType == PatientType ? fieldLabel(field) : field;
            f.local = local ? patientUnit(*local, field) : jsonUnit(c.local, field);
            f.server = server ? patientUnit(*server, field) : jsonUnit(c.server, field);
            view.fields.append(f);
        }
        views.append(view);
    }
    return views;
}

Core::Result<RecordSyncInfo> SyncReview::patientState(qint64 patientId)
{
    if (Core::Status p = m_services.context().require(Core::Permission::PatientRead, patientId); !p)
        return p.error();
    Sync::SyncStore store(m_services.context().db());
    Core::Result<std::optional<Sync::RecordMap>> map = store.record(PatientType, patientId);
    if (!map)
        return map.error();
    RecordSyncInfo info;
    if (map->has_value()) {
        const Sync::RecordMap &record = map->value();
        if (record.state == QLatin1String(Sync::Constants::StateConflict)) {
            info.state = RecordSyncState::Conflict;
            return info;
        }
        if (record.state == QLatin1String(Sync::Constants::StateRejected)) {
            info.state = RecordSyncState::Rejected;
            info.message = record.lastError;
            return info;
        }
    } else {
        return info; // never on the server: pending
    }
    Core::Result<qint64> cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    Core::Result<bool> pending = store.hasPendingChanges(PatientType, patientId, cursor.value());
    if (!pending)
        return pending.error();
    info.state = pending.value() ? RecordSyncState::Pending : RecordSyncState::Synced;
    return info;
}

Core::Status SyncReview::recordResolution(qint64 conflictId, qint64 patientId, bool keepLocal,
                                          bool ok, const QString &message)
{
    const QString detail = QStringLiteral("conflict %1: kept %2%3")
                               .arg(conflictId)
                               .arg(keepLocal ? QStringLiteral("local") : QStringLiteral("server"),
                                    ok ? QString() : QStringLiteral("; failed: ") + message);
    return m_services.context().record(
        SyncConstants::AuditResolve,
        QLatin1String(ok ? Core::Constants::OutcomeOk : Core::Constants::OutcomeFailed), patientId,
        {}, detail);
}

} // namespace Ambulo::App
