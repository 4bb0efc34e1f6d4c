#include "app/sync/syncreview.h"

#include "app/sync/syncconstants.h"
#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/sync/resourcemerge.h"
#include "connectors/sync/syncconstants.h"
#include "core/constants.h"
#include "core/session/breakglass.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>

namespace Ambulo::App {

namespace {

const QString PatientType = QStringLiteral("Patient");

// For the labels below (QT_TRANSLATE_NOOP): lupdate files a plain tr() in a free function under
// the namespace, so strings written here in full name the class's context themselves.
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
        return p.restricted ? QCoreApplication::translate("Ambulo::App::SyncReview", "yes")
                            : QCoreApplication::translate("Ambulo::App::SyncReview", "no");
    return {};
}

// The elements the other types' adapters merge as a whole (their mergeUnits()), as a person
// names them; anything else is shown by its element name.
QString unitLabel(const QString &unit)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Active")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Whose schedule")},
        {QStringLiteral("appointment"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Appointment")},
        {QStringLiteral("appointmentType"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Visit type")},
        {QStringLiteral("beneficiary"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Patient")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Category")},
        {QStringLiteral("class"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Class")},
        {QStringLiteral("clinicalStatus"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Clinical status")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Code")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Comment")},
        {QStringLiteral("component"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Readings")},
        {QStringLiteral("criticality"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Criticality")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Description")},
        {QStringLiteral("dosage"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Dosage")},
        {QStringLiteral("effectiveDateTime"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Taken at")},
        {QStringLiteral("effectivePeriod"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Period taken")},
        {QStringLiteral("encounter"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Visit")},
        {QStringLiteral("end"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "End")},
        {QStringLiteral("extension"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Details")},
        {QStringLiteral("identifier"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Identifiers")},
        {QStringLiteral("interpretation"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Abnormal flag")},
        {QStringLiteral("issued"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Reported at")},
        {QStringLiteral("medicationCodeableConcept"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Medication")},
        {QStringLiteral("minutesDuration"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Minutes")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Mode")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Name")},
        {QStringLiteral("onsetDateTime"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Onset")},
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Rank")},
        {QStringLiteral("partOf"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Part of")},
        {QStringLiteral("participant"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Participants")},
        {QStringLiteral("patient"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Patient")},
        {QStringLiteral("payor"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Payer")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Period")},
        {QStringLiteral("physicalType"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Kind of place")},
        {QStringLiteral("reaction"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Reaction")},
        {QStringLiteral("reasonCode"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Reason")},
        {QStringLiteral("referenceRange"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Reference range")},
        {QStringLiteral("relationship"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Relationship")},
        {QStringLiteral("schedule"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Schedule")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Start")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Status")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Patient")},
        {QStringLiteral("subscriber"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Subscriber")},
        {QStringLiteral("subscriberId"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Member ID")},
        {QStringLiteral("telecom"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Phone, email")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Type")},
        {QStringLiteral("valueQuantity"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Value")},
        {QStringLiteral("valueString"), QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Value")},
        {QStringLiteral("verificationStatus"),
         QT_TRANSLATE_NOOP("Ambulo::App::SyncReview", "Verification status")},
    };
    // Part of an element merged on its own: a provider's hours of one weekday, a natural key.
    if (const QString element = Sync::ResourceMerge::unitElement(unit); element != unit) {
        static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"),
                                      QStringLiteral("wed"), QStringLiteral("thu"),
                                      QStringLiteral("fri"), QStringLiteral("sat"),
                                      QStringLiteral("sun")};
        const qsizetype day = days.indexOf(Sync::ResourceMerge::unitCode(unit));
        if (day >= 0)
            return QCoreApplication::translate("Ambulo::App::SyncReview", "Working hours, %1")
                .arg(QLocale().dayName(int(day) + 1));
        return unitLabel(element);
    }
    const char *label = labels.value(unit);
    return label ? tr(label) : unit;
}

// An element of another type as a person reads it: the text, display or value the FHIR
// datatype carries for people, rather than its JSON.
QString readable(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("Ambulo::App::SyncReview", "yes")
                          : QCoreApplication::translate("Ambulo::App::SyncReview", "no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            const QString text = readable(item);
            if (!text.isEmpty())
                items << text;
        }
        return items.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        break;
    default:
        return {};
    }
    const QJsonObject o = v.toObject();
    const auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    if (!text("text").isEmpty()) // CodeableConcept, Annotation, Dosage
        return text("text");
    if (!text("display").isEmpty()) // Reference, Coding
        return text("display");
    if (o.contains(QLatin1String("coding"))) // CodeableConcept without text
        return readable(o.value(QLatin1String("coding")));
    if (!text("code").isEmpty() && !o.contains(QLatin1String("value")))
        return text("code");
    if (!text("reference").isEmpty())
        return text("reference");
    if (o.contains(QLatin1String("url")) && o.contains(QLatin1String("extension"))) {
        // A complex extension (an interval of working hours): its parts' values, in order.
        QStringList parts;
        for (const QJsonValue &part : o.value(QLatin1String("extension")).toArray()) {
            const QJsonObject p = part.toObject();
            for (auto it = p.begin(); it != p.end(); ++it) {
                if (it.key().startsWith(QLatin1String("value")))
                    parts << readable(it.value());
            }
        }
        parts.removeAll(QString());
        return parts.join(u' ');
    }
    if (o.contains(QLatin1String("value"))) { // Quantity, ContactPoint, Identifier
        const QString unit = !text("unit").isEmpty() ? text("unit") : text("code");
        const QString value = readable(o.value(QLatin1String("value")));
        return unit.isEmpty() ? value : value + u' ' + unit;
    }
    if (o.contains(QLatin1String("low")) || o.contains(QLatin1String("high"))) // Range
        return QCoreApplication::translate("Ambulo::App::SyncReview", "%1 – %2")
            .arg(readable(o.value(QLatin1String("low"))), readable(o.value(QLatin1String("high"))));
    if (o.contains(QLatin1String("start")) || o.contains(QLatin1String("end"))) // Period
        return QCoreApplication::translate("Ambulo::App::SyncReview", "%1 – %2")
            .arg(text("start"), text("end"));
    if (o.contains(QLatin1String("family")) || o.contains(QLatin1String("given"))) { // HumanName
        QStringList parts;
        for (const QJsonValue &g : o.value(QLatin1String("given")).toArray())
            parts << g.toString();
        parts << text("family");
        parts.removeAll(QString());
        return parts.join(u' ');
    }
    if (o.contains(QLatin1String("line")) || o.contains(QLatin1String("city"))) { // Address
        QStringList parts;
        for (const QJsonValue &l : o.value(QLatin1String("line")).toArray())
            parts << l.toString();
        parts << text("city") << text("state") << text("postalCode");
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The local patient a record of another type is about, from its patient reference (0: none or
// not mapped here). Appointments name theirs among the participants.
qint64 patientOf(const QJsonObject &resource, Sync::SyncStore &store)
{
    QStringList references;
    for (const char *key : {"subject", "patient", "beneficiary"})
        references << resource.value(QLatin1String(key))
                          .toObject()
                          .value(QLatin1String("reference"))
                          .toString();
    for (const QJsonValue &p : resource.value(QLatin1String("participant")).toArray())
        references << p.toObject()
                          .value(QLatin1String("actor"))
                          .toObject()
                          .value(QLatin1String("reference"))
                          .toString();
    const QString prefix = PatientType + u'/';
    for (const QString &reference : std::as_const(references)) {
        if (!reference.startsWith(prefix))
            continue;
        Core::Result<std::optional<Sync::RecordMap>> mapped =
            store.recordByServerId(PatientType, reference.mid(prefix.size()));
        if (mapped && mapped->has_value())
            return mapped->value().localId;
    }
    return 0;
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
    Sync::SyncStore store(m_services.context().db());
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
        view.patientId = c.resourceType == PatientType ? c.localId : patientOf(c.local, store);
        if (view.patientId != 0) {
            Core::Result<bool> restricted = m_services.patients().isRestricted(view.patientId);
            view.restricted = restricted && restricted.value();
        }
        if (view.restricted && local)
            view.title = tr("Restricted record · MRN %1").arg(local->mrn);
        for (const QString &field : c.fields) {
            ConflictView::Field f;
            f.field = field;
            f.label = c.resourceType == PatientType ? fieldLabel(field) : unitLabel(field);
            f.local = local ? patientUnit(*local, field)
                            : readable(Sync::ResourceMerge::unitValue(c.local, field));
            f.server = server ? patientUnit(*server, field)
                              : readable(Sync::ResourceMerge::unitValue(c.server, field));
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
    if (!map->has_value())
        return info; // never on the server: pending
    if (map->value().state == QLatin1String(Sync::Constants::StateConflict)) {
        info.state = RecordSyncState::Conflict;
        return info;
    }
    Core::Result<qint64> cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    Core::Result<bool> pending = store.hasPendingChanges(PatientType, patientId, cursor.value());
    if (!pending)
        return pending.error();
    if (map->value().state == QLatin1String(Sync::Constants::StateRejected) && !pending.value()) {
        // Refused, and not changed or sent again since (then it is pending).
        info.state = RecordSyncState::Rejected;
        info.message = map->value().lastError;
        return info;
    }
    info.state = pending.value() ? RecordSyncState::Pending : RecordSyncState::Synced;
    return info;
}

Core::Result<QList<RefusedRecord>> SyncReview::refusedRecords()
{
    if (Core::Status p = m_services.context().require(Core::Permission::PracticeAdmin); !p)
        return p.error();
    Sync::SyncStore store(m_services.context().db());
    Core::Result<QList<Sync::RecordMap>> rejected = store.rejected();
    if (!rejected)
        return rejected.error();
    Core::Result<qint64> cursor = store.cursor();
    if (!cursor)
        return cursor.error();
    QList<RefusedRecord> list;
    for (const Sync::RecordMap &r : std::as_const(rejected.value())) {
        Core::Result<bool> queued =
            store.hasPendingChanges(r.resourceType, r.localId, cursor.value());
        if (!queued)
            return queued.error();
        if (queued.value())
            continue; // goes with the next round already
        QString title = tr("%1 %2").arg(r.resourceType).arg(r.localId);
        if (r.resourceType == PatientType) {
            // Named by MRN only: reading the name would be a read of the chart.
            Core::Result<QString> mrn = m_services.patients().mrnOf(r.localId);
            if (!mrn)
                return mrn.error();
            title = tr("Patient · MRN %1").arg(mrn.value());
        }
        list.append({r.resourceType, r.localId, title, r.lastError});
    }
    return list;
}

Core::Status SyncReview::sendAgain(const QString &resourceType, qint64 localId)
{
    if (Core::Status p = m_services.context().require(Core::Permission::PracticeAdmin); !p)
        return p;
    Core::Database &db = m_services.context().db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Sync::SyncStore store(db);
    Core::Result<std::optional<Sync::RecordMap>> map = store.record(resourceType, localId);
    if (!map)
        return map.error();
    if (!map->has_value() || map->value().state != QLatin1String(Sync::Constants::StateRejected))
        return Core::invalid(tr("%1/%2 is not a record the server refused: there is nothing to "
                                "send again.")
                                 .arg(resourceType.left(40))
                                 .arg(localId));
    // The push builds what it sends from the record as it is now: a change row is all it needs.
    if (Core::Status s = Core::ChangeLog::record(
            db, resourceType, localId, QStringLiteral("update"), m_services.context().origin());
        !s)
        return s;
    qint64 patientId = 0;
    QString mrn;
    if (resourceType == PatientType) {
        Core::Result<QString> known = m_services.patients().mrnOf(localId);
        if (!known)
            return known.error();
        patientId = localId;
        mrn = known.value();
    }
    if (Core::Status s =
            m_services.context().record(SyncConstants::AuditSendAgain,
                                        QLatin1String(Core::Constants::OutcomeOk), patientId, mrn,
                                        QStringLiteral("%1/%2, refused: %3")
                                            .arg(resourceType)
                                            .arg(localId)
                                            .arg(map->value().lastError.simplified().left(200)));
        !s)
        return s;
    return tx.commit();
}

Core::Status SyncReview::recordViewed(const ConflictView &view, const QString &breakGlassReason)
{
    if (Core::Status p = m_services.context().require(Core::Permission::PracticeAdmin); !p)
        return p;
    const QString reason = breakGlassReason.trimmed();
    if (view.restricted) {
        if (Core::Status p =
                Core::requireBreakGlass(m_services.context(), reason, view.patientId, {});
            !p)
            return p;
    }
    QStringList fields;
    for (const ConflictView::Field &f : view.fields)
        fields << f.field;
    QString mrn;
    if (view.patientId != 0) {
        Core::Result<QString> known = m_services.patients().mrnOf(view.patientId);
        if (!known)
            return known.error();
        mrn = known.value();
    }
    return m_services.context().record(
        SyncConstants::AuditView, QLatin1String(Core::Constants::OutcomeOk), view.patientId, mrn,
        QStringLiteral("conflict %1: %2 %3, %4%5")
            .arg(view.id)
            .arg(view.resourceType)
            .arg(view.localId)
            .arg(fields.join(u' '), view.restricted ? QStringLiteral(": ") + reason : QString()),
        view.restricted);
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
