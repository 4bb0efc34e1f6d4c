#include "modules/scheduling/adapters/appointmentsync.h"

#include "connectors/fhir/adapters/practitionerresource.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "modules/scheduling/domain/conflictcheck.h"
#include "modules/scheduling/domain/practiceclock.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

namespace Ambulo::Scheduling {

namespace {

// Persisted on the server; defined once.
constexpr char LedgerSystem[] = "urn:ambulo:provider-day";
constexpr char BusyExtension[] = "https://ambulo.example/fhir/StructureDefinition/busy-interval";
constexpr char StatusExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/appointment-status";
constexpr char TypeSystem[] = "https://ambulo.example/fhir/CodeSystem/appointment-type";
constexpr int ClaimAttempts = 10;

const QString AppointmentResource = QStringLiteral("Appointment");
const QString PatientType = QStringLiteral("Patient");
const QString PractitionerType = QStringLiteral("Practitioner");

QString instant(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QDateTime parseInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString fhirStatus(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::Confirmed:
        return QStringLiteral("booked");
    case AppointmentStatus::Arrived:
    case AppointmentStatus::Roomed:
    case AppointmentStatus::Seen:
        return QStringLiteral("arrived");
    case AppointmentStatus::CheckedOut:
        return QStringLiteral("fulfilled");
    case AppointmentStatus::NoShow:
        return QStringLiteral("noshow");
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("booked");
}

std::optional<AppointmentStatus> statusOf(const QJsonObject &resource)
{
    for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QLatin1String("url")).toString() == QLatin1String(StatusExtension)) {
            if (auto s = statusFromId(ext.value(QLatin1String("valueCode")).toString()))
                return s;
        }
    }
    const QString s = resource.value(QLatin1String("status")).toString();
    if (s == QLatin1String("booked") || s == QLatin1String("pending")
        || s == QLatin1String("proposed"))
        return AppointmentStatus::Booked;
    if (s == QLatin1String("arrived") || s == QLatin1String("checked-in"))
        return AppointmentStatus::Arrived;
    if (s == QLatin1String("fulfilled"))
        return AppointmentStatus::CheckedOut;
    if (s == QLatin1String("noshow"))
        return AppointmentStatus::NoShow;
    if (s == QLatin1String("cancelled") || s == QLatin1String("entered-in-error"))
        return AppointmentStatus::Cancelled;
    return std::nullopt;
}

// "Practitioner/abc" of a participant, by resource type.
QString participant(const QJsonObject &resource, const QString &type)
{
    for (const QJsonValue &p : resource.value(QLatin1String("participant")).toArray()) {
        const QString ref = p.toObject()
                                .value(QLatin1String("actor"))
                                .toObject()
                                .value(QLatin1String("reference"))
                                .toString();
        if (ref.startsWith(type + u'/'))
            return ref.mid(type.size() + 1);
    }
    return {};
}

bool holdsTime(const QJsonObject &resource)
{
    const std::optional<AppointmentStatus> s = statusOf(resource);
    return s && holdsSlot(*s);
}

} // namespace

struct AppointmentSyncAdapter::Interval
{
    QString client; // the client identifier of the appointment holding it
    QDateTime start;
    QDateTime end;

    bool overlaps(const QDateTime &s, const QDateTime &e) const { return start < e && s < end; }
    QJsonObject toJson() const
    {
        return {{"url", QLatin1String(BusyExtension)},
                {"extension",
                 QJsonArray{QJsonObject{{"url", "client"}, {"valueString", client}},
                            QJsonObject{{"url", "period"},
                                        {"valuePeriod", QJsonObject{{"start", instant(start)},
                                                                    {"end", instant(end)}}}}}}};
    }
    static std::optional<Interval> fromJson(const QJsonObject &ext)
    {
        if (ext.value(QLatin1String("url")).toString() != QLatin1String(BusyExtension))
            return std::nullopt;
        Interval i;
        for (const QJsonValue &v : ext.value(QLatin1String("extension")).toArray()) {
            const QJsonObject part = v.toObject();
            const QString url = part.value(QLatin1String("url")).toString();
            if (url == QLatin1String("client")) {
                i.client = part.value(QLatin1String("valueString")).toString();
            } else if (url == QLatin1String("period")) {
                const QJsonObject period = part.value(QLatin1String("valuePeriod")).toObject();
                i.start = parseInstant(period.value(QLatin1String("start")).toString());
                i.end = parseInstant(period.value(QLatin1String("end")).toString());
            }
        }
        if (i.client.isEmpty() || !i.start.isValid() || !i.end.isValid())
            return std::nullopt;
        return i;
    }
};

struct AppointmentSyncAdapter::Ledger
{
    QJsonObject resource;
    QString version;
    QList<Interval> intervals;

    // The resource with its busy intervals replaced by `intervals`; other extensions kept.
    QJsonObject withIntervals(const QList<Interval> &list) const
    {
        QJsonObject out = resource;
        QJsonArray extensions;
        for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
            if (e.toObject().value(QLatin1String("url")).toString() != QLatin1String(BusyExtension))
                extensions.append(e);
        }
        for (const Interval &i : list)
            extensions.append(i.toJson());
        out.insert(QLatin1String("extension"), extensions);
        return out;
    }
};

AppointmentSyncAdapter::AppointmentSyncAdapter(Core::Services &services)
    : m_services(services)
    , m_scheduling(services, m_events)
{}

AppointmentSyncAdapter::~AppointmentSyncAdapter() = default;

QString AppointmentSyncAdapter::resourceType() const
{
    return AppointmentResource;
}

QStringList AppointmentSyncAdapter::mergeUnits() const
{
    return {QStringLiteral("status"),
            QStringLiteral("extension"),
            QStringLiteral("appointmentType"),
            QStringLiteral("description"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("minutesDuration"),
            QStringLiteral("participant"),
            QStringLiteral("cancelationReason")};
}

Core::Result<QString> AppointmentSyncAdapter::npiOf(qint64 providerId)
{
    Core::Result<QList<Core::Practitioner>> all = m_services.directory().practitioners();
    if (!all)
        return all.error();
    for (const Core::Practitioner &p : std::as_const(all.value())) {
        if (p.id == providerId)
            return p.npi;
    }
    return Core::invalid(QStringLiteral("there is no provider %1").arg(providerId));
}

Core::Result<Sync::Built> AppointmentSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                        const QJsonObject &base)
{
    Core::Result<Appointment> a = Internal::loadAppointment(m_services.context().db(), localId);
    if (!a)
        return Sync::Built{{}, {}, true};
    Core::Result<QString> patient = engine.reference(PatientType, a->patientId);
    if (!patient)
        return patient.error();
    if (patient->isEmpty())
        return Sync::Built{{}, QStringLiteral("Patient/%1").arg(a->patientId), false};
    Core::Result<QString> provider = engine.reference(PractitionerType, a->providerId);
    if (!provider)
        return provider.error();
    if (provider->isEmpty())
        return Sync::Built{{}, QStringLiteral("Practitioner/%1").arg(a->providerId), false};

    const Internal::PracticeClock clock(m_scheduling.setup().timeZone());
    Core::Result<QDateTime> start = clock.toUtc(a->date, a->startMinute);
    if (!start)
        return start.error();
    Core::Result<QDateTime> end = clock.toUtc(a->date, a->endMinute);
    if (!end)
        return end.error();

    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), AppointmentResource);
    r.insert(QLatin1String("status"), fhirStatus(a->status));
    QJsonArray extensions;
    for (const QJsonValue &e : base.value(QLatin1String("extension")).toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString() != QLatin1String(StatusExtension))
            extensions.append(e);
    }
    extensions.append(
        QJsonObject{{"url", QLatin1String(StatusExtension)}, {"valueCode", statusId(a->status)}});
    r.insert(QLatin1String("extension"), extensions);
    r.insert(QLatin1String("appointmentType"),
             QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", QLatin1String(TypeSystem)},
                                                           {"code", a->typeCode},
                                                           {"display", a->typeName}}}}});
    if (a->reason.trimmed().isEmpty())
        r.remove(QLatin1String("description"));
    else
        r.insert(QLatin1String("description"), a->reason.trimmed());
    r.insert(QLatin1String("start"), instant(start.value()));
    r.insert(QLatin1String("end"), instant(end.value()));
    r.insert(QLatin1String("minutesDuration"), a->minutes());
    r.insert(QLatin1String("participant"),
             QJsonArray{QJsonObject{{"actor", QJsonObject{{"reference", patient.value()},
                                                          {"display", a->patientName}}},
                                    {"required", "required"},
                                    {"status", "accepted"}},
                        QJsonObject{{"actor", QJsonObject{{"reference", provider.value()},
                                                          {"display", a->providerName}}},
                                    {"required", "required"},
                                    {"status", "accepted"}}});
    if (a->status == AppointmentStatus::Cancelled && !a->cancelReason.trimmed().isEmpty())
        r.insert(QLatin1String("cancelationReason"),
                 QJsonObject{{"text", a->cancelReason.trimmed()}});
    else
        r.remove(QLatin1String("cancelationReason"));
    return Sync::Built{r, {}, false};
}

std::optional<Sync::Claim> AppointmentSyncAdapter::readLedgers(Sync::SyncEngine &engine,
                                                               const QString &key,
                                                               QList<Ledger> &out)
{
    out.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("identifier"), QLatin1String(LedgerSystem) + u'|' + key);
    const Fhir::Reply found = engine.client().search(QStringLiteral("Schedule"), query);
    if (!found.ok()) {
        Sync::Claim failed;
        failed.kind = Sync::Claim::Kind::Failed;
        failed.message =
            QStringLiteral("reading the booking ledger %1: %2").arg(key, found.message);
        failed.status = found.status;
        failed.transient = found.transient() || found.failure == Fhir::Failure::Malformed;
        failed.retryAfterSeconds = found.retryAfterSeconds;
        return failed;
    }
    for (const QJsonValue &entry : found.body.value(QLatin1String("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QLatin1String("resource")).toObject();
        if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Schedule"))
            continue;
        Ledger ledger;
        ledger.resource = resource;
        ledger.version = resource.value(QLatin1String("meta"))
                             .toObject()
                             .value(QLatin1String("versionId"))
                             .toString();
        for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
            if (std::optional<Interval> i = Interval::fromJson(e.toObject()))
                ledger.intervals << *i;
        }
        out << ledger;
    }
    return std::nullopt;
}

bool AppointmentSyncAdapter::staleHere(Sync::SyncEngine &engine, const Interval &interval,
                                       qint64 providerId)
{
    // The appointment here that holds this interval: one of ours (client id "<store id>-<id>"),
    // or one another workstation made that we pulled (its client id is in the sync map).
    qint64 id = 0;
    const QString prefix = engine.storeId() + u'-';
    const bool ours = !engine.storeId().isEmpty() && interval.client.startsWith(prefix);
    if (ours) {
        bool ok = false;
        id = interval.client.mid(prefix.size()).toLongLong(&ok);
        if (!ok)
            return false;
    } else {
        Core::Result<std::optional<Sync::RecordMap>> map =
            engine.store().recordByClientId(AppointmentResource, interval.client);
        if (!map || !map->has_value())
            return false; // not known here: only its owner releases it
        id = map->value().localId;
    }
    Core::Result<Appointment> a = Internal::loadAppointment(m_services.context().db(), id);
    if (!a)
        return ours; // an appointment of ours that is not here any more holds nothing
    if (!holdsSlot(a->status) || a->providerId != providerId)
        return true; // cancelled, rescheduled or given to another provider here; the release
                     // is on its way
    const Internal::PracticeClock clock(m_scheduling.setup().timeZone());
    Core::Result<QDateTime> start = clock.toUtc(a->date, a->startMinute);
    Core::Result<QDateTime> end = clock.toUtc(a->date, a->endMinute);
    return start && end && !interval.overlaps(start.value(), end.value());
}

QStringList AppointmentSyncAdapter::alternatives(const Appointment &a, const QList<Interval> &taken)
{
    OpeningQuery query;
    query.typeId = a.typeId;
    query.minutes = a.minutes();
    query.providerIds = {a.providerId};
    query.from = a.date;
    query.to = a.date.addDays(13);
    query.limit = 12;
    query.notBefore = QDateTime::currentDateTimeUtc();
    Core::Result<QList<Opening>> openings = m_scheduling.queries().openings(query);
    if (!openings)
        return {};
    const Internal::PracticeClock clock(m_scheduling.setup().timeZone());
    QStringList out;
    for (const Opening &o : std::as_const(openings.value())) {
        Core::Result<QDateTime> s = clock.toUtc(o.date, o.startMinute);
        Core::Result<QDateTime> e = clock.toUtc(o.date, o.endMinute);
        if (!s || !e)
            continue;
        const bool held = std::any_of(taken.begin(), taken.end(), [&](const Interval &i) {
            return i.overlaps(s.value(), e.value());
        });
        if (!held)
            out << o.startText();
        if (out.size() >= 3)
            break;
    }
    return out;
}

Sync::Claim AppointmentSyncAdapter::take(Sync::SyncEngine &engine, const Appointment &a,
                                         const QString &clientId)
{
    const auto failed = [](const QString &message, const Fhir::Reply &reply) {
        Sync::Claim c;
        c.kind = Sync::Claim::Kind::Failed;
        c.message = message + QStringLiteral(": ") + reply.message;
        c.status = reply.status;
        c.transient = reply.transient() || reply.failure == Fhir::Failure::Malformed;
        c.retryAfterSeconds = reply.retryAfterSeconds;
        return c;
    };
    Core::Result<QString> npi = npiOf(a.providerId);
    if (!npi)
        return failed(npi.error().message, {});
    const QString key = npi.value() + u'.' + a.date.toString(Qt::ISODate);
    const Internal::PracticeClock clock(m_scheduling.setup().timeZone());
    const Core::Result<QDateTime> start = clock.toUtc(a.date, a.startMinute);
    const Core::Result<QDateTime> end = clock.toUtc(a.date, a.endMinute);
    if (!start || !end)
        return failed(QStringLiteral("appointment %1 has no real time").arg(a.id), {});
    const Interval ours{clientId, start.value(), end.value()};

    for (int attempt = 0; attempt < ClaimAttempts; ++attempt) {
        QList<Ledger> ledgers;
        if (std::optional<Sync::Claim> f = readLedgers(engine, key, ledgers))
            return *f;
        if (ledgers.isEmpty()) {
            // The first booking of the day makes the ledger with its interval in it: one write.
            Core::Result<QString> provider = engine.reference(PractitionerType, a.providerId);
            if (!provider || provider->isEmpty())
                return failed(QStringLiteral("provider %1 is not on the server").arg(a.providerId),
                              {});
            const Core::Result<QDateTime> dayStart = clock.toUtc(a.date, 0);
            const Core::Result<QDateTime> dayEnd = clock.toUtc(a.date.addDays(1), 0);
            QJsonObject schedule{
                {"resourceType", "Schedule"},
                {"identifier",
                 QJsonArray{QJsonObject{{"system", QLatin1String(LedgerSystem)}, {"value", key}}}},
                {"active", true},
                {"actor", QJsonArray{QJsonObject{{"reference", provider.value()},
                                                 {"display", a.providerName}}}},
                {"comment",
                 QStringLiteral("Ambulo booking ledger: the times this provider is booked on %1")
                     .arg(a.date.toString(Qt::ISODate))}};
            if (dayStart && dayEnd)
                schedule.insert(QLatin1String("planningHorizon"),
                                QJsonObject{{"start", instant(dayStart.value())},
                                            {"end", instant(dayEnd.value())}});
            const Fhir::Reply created = engine.client().create(
                Ledger{schedule, {}, {}}.withIntervals({ours}),
                QStringLiteral("identifier=%1|%2").arg(QLatin1String(LedgerSystem), key));
            if (!created.ok())
                return failed(QStringLiteral("making the booking ledger %1").arg(key), created);
            if (created.status == 201)
                return Sync::Claim::granted();
            continue; // another workstation made it first: read it and check
        }

        QList<Interval> taken;
        QSet<QString> dropped;
        bool present = false;
        for (const Ledger &ledger : std::as_const(ledgers)) {
            for (const Interval &i : ledger.intervals) {
                if (i.client == clientId) {
                    present = present || (i.start == ours.start && i.end == ours.end);
                    continue;
                }
                if (i.overlaps(ours.start, ours.end)) {
                    if (staleHere(engine, i, a.providerId)) {
                        dropped.insert(i.client);
                        continue;
                    }
                    QList<Interval> all;
                    for (const Ledger &l : std::as_const(ledgers))
                        all << l.intervals;
                    Sync::Claim lost;
                    lost.kind = Sync::Claim::Kind::Lost;
                    const QDateTime s = i.start.toTimeZone(clock.zone());
                    const QDateTime e = i.end.toTimeZone(clock.zone());
                    lost.message =
                        QStringLiteral("%1 is already booked %2 %3-%4 on the server (booking %5)")
                            .arg(a.providerName, s.date().toString(Qt::ISODate),
                                 s.time().toString(QStringLiteral("HH:mm")),
                                 e.time().toString(QStringLiteral("HH:mm")), i.client);
                    lost.holder = ledger.resource;
                    lost.alternatives = alternatives(a, all);
                    return lost;
                }
                taken << i;
            }
        }
        if (present && dropped.isEmpty())
            return Sync::Claim::granted(); // claimed before (a retry after a lost answer)
        const Ledger &first = ledgers.first();
        QList<Interval> kept;
        for (const Interval &i : first.intervals) {
            if (i.client != clientId && !dropped.contains(i.client))
                kept << i;
        }
        kept << ours;
        const Fhir::Reply updated =
            engine.client().update(first.withIntervals(kept), first.version);
        if (updated.ok())
            return Sync::Claim::granted();
        if (updated.failure == Fhir::Failure::Http && updated.status == 412)
            continue; // another workstation wrote meanwhile: read again, check again
        return failed(
            QStringLiteral("claiming %1 on the booking ledger %2").arg(a.startText(), key),
            updated);
    }
    Sync::Claim busy;
    busy.kind = Sync::Claim::Kind::Failed;
    busy.message =
        QStringLiteral("the booking ledger %1 kept changing; the next round tries again").arg(key);
    return busy;
}

Sync::Claim AppointmentSyncAdapter::release(Sync::SyncEngine &engine, const QString &key,
                                            const QString &clientId)
{
    for (int attempt = 0; attempt < ClaimAttempts; ++attempt) {
        QList<Ledger> ledgers;
        if (std::optional<Sync::Claim> f = readLedgers(engine, key, ledgers))
            return *f;
        bool again = false;
        for (const Ledger &ledger : std::as_const(ledgers)) {
            QList<Interval> kept;
            for (const Interval &i : ledger.intervals) {
                if (i.client != clientId)
                    kept << i;
            }
            if (kept.size() == ledger.intervals.size())
                continue;
            const Fhir::Reply updated =
                engine.client().update(ledger.withIntervals(kept), ledger.version);
            if (updated.failure == Fhir::Failure::Http && updated.status == 412) {
                again = true;
                break;
            }
            if (!updated.ok()) {
                Sync::Claim c;
                c.kind = Sync::Claim::Kind::Failed;
                c.message = QStringLiteral("releasing %1 on the booking ledger %2: %3")
                                .arg(clientId, key, updated.message);
                c.status = updated.status;
                c.transient = updated.transient() || updated.failure == Fhir::Failure::Malformed;
                c.retryAfterSeconds = updated.retryAfterSeconds;
                return c;
            }
        }
        if (!again)
            return Sync::Claim::granted();
    }
    Sync::Claim busy;
    busy.kind = Sync::Claim::Kind::Failed;
    busy.message =
        QStringLiteral("the booking ledger %1 kept changing; the next round tries again").arg(key);
    return busy;
}

Sync::Claim AppointmentSyncAdapter::claim(Sync::SyncEngine &engine, qint64 localId,
                                          const QJsonObject &, const Sync::RecordMap &record)
{
    Core::Result<Appointment> a = Internal::loadAppointment(m_services.context().db(), localId);
    if (!a)
        return Sync::Claim::granted(); // build found it; gone since: the push passes it over
    const QTimeZone zone(m_scheduling.setup().timeZone());
    const auto keyOf = [&](qint64 providerId, const QDate &date) -> QString {
        Core::Result<QString> npi = npiOf(providerId);
        return npi ? npi.value() + u'.' + date.toString(Qt::ISODate) : QString();
    };
    const QString now = keyOf(a->providerId, a->date);
    // Where the server's copy held its time, if it did.
    QString before;
    if (!record.base.isEmpty() && holdsTime(record.base)) {
        const QString practitioner = participant(record.base, PractitionerType);
        Core::Result<qint64> provider = engine.localIdOf(PractitionerType, practitioner);
        const QDateTime start = parseInstant(record.base.value(QLatin1String("start")).toString());
        if (provider && provider.value() != 0 && start.isValid())
            before = keyOf(provider.value(), start.toTimeZone(zone).date());
    }
    if (holdsSlot(a->status)) {
        Sync::Claim taken = take(engine, a.value(), record.clientId);
        if (taken.kind != Sync::Claim::Kind::Granted)
            return taken;
        if (!before.isEmpty() && before != now) {
            Sync::Claim released = release(engine, before, record.clientId);
            if (released.kind == Sync::Claim::Kind::Failed)
                return released;
        }
        return taken;
    }
    // Cancelled, no-show, rescheduled: give the time back where it was held (and where a claim
    // made just before a crash may sit without its appointment).
    QStringList keys;
    if (!before.isEmpty())
        keys << before;
    if (!now.isEmpty() && now != before)
        keys << now;
    for (const QString &key : std::as_const(keys)) {
        Sync::Claim released = release(engine, key, record.clientId);
        if (released.kind == Sync::Claim::Kind::Failed)
            return released;
    }
    Sync::Claim none;
    none.kind = Sync::Claim::Kind::NotNeeded;
    return none;
}

Core::Result<Sync::Applied>
AppointmentSyncAdapter::apply(Sync::SyncEngine &engine, const QJsonObject &resource, qint64 localId)
{
    const std::optional<AppointmentStatus> status = statusOf(resource);
    if (!status)
        return Sync::Applied{0,
                             QStringLiteral("status '%1' is not a booking")
                                 .arg(resource.value(QLatin1String("status")).toString()),
                             false};
    Core::Result<qint64> patient =
        engine.localIdOf(PatientType, participant(resource, PatientType));
    if (!patient)
        return patient.error();
    Core::Result<qint64> provider =
        engine.localIdOf(PractitionerType, participant(resource, PractitionerType));
    if (!provider)
        return provider.error();
    if (patient.value() == 0 || provider.value() == 0)
        return Sync::Applied{0, QStringLiteral("its patient or provider is not known here"), false};

    std::optional<Appointment> existing;
    if (localId != 0) {
        Core::Result<Appointment> current =
            Internal::loadAppointment(m_services.context().db(), localId);
        if (current)
            existing = current.value();
    }
    Appointment a;
    a.id = existing ? existing->id : 0;
    a.patientId = patient.value();
    a.providerId = provider.value();
    a.status = *status;
    a.reason = resource.value(QLatin1String("description")).toString();
    a.cancelReason = resource.value(QLatin1String("cancelationReason"))
                         .toObject()
                         .value(QLatin1String("text"))
                         .toString();
    const QString code = resource.value(QLatin1String("appointmentType"))
                             .toObject()
                             .value(QLatin1String("coding"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
    if (Core::Result<AppointmentType> type = m_scheduling.setup().typeByCode(code); type)
        a.typeId = type->id;
    else if (existing)
        a.typeId = existing->typeId;
    else
        return Sync::Applied{0, QStringLiteral("no appointment type '%1' here").arg(code), false};

    const QTimeZone zone(m_scheduling.setup().timeZone());
    const QDateTime start =
        parseInstant(resource.value(QLatin1String("start")).toString()).toTimeZone(zone);
    const QDateTime end =
        parseInstant(resource.value(QLatin1String("end")).toString()).toTimeZone(zone);
    if (!start.isValid() || !end.isValid() || start.date() != end.date() || end <= start)
        return Sync::Applied{0, QStringLiteral("its time is not one day's interval"), false};
    a.date = start.date();
    a.startMinute = start.time().hour() * 60 + start.time().minute();
    a.endMinute = end.time().hour() * 60 + end.time().minute();

    bool displaced = false;
    if (holdsSlot(a.status)) {
        // A booking of ours that never reached the server and takes the same provider's time
        // loses to the server's: it becomes the conflict, with other times to offer.
        BookingRequest request;
        request.patientId = a.patientId;
        request.providerId = a.providerId;
        request.typeId = a.typeId;
        request.date = a.date;
        request.startMinute = a.startMinute;
        request.minutes = a.minutes();
        Core::Result<QList<Conflict>> collisions = m_scheduling.booking().check(request, a.id);
        if (collisions) {
            for (const Conflict &c : std::as_const(collisions.value())) {
                if (c.kind != ConflictKind::ProviderBusy || c.appointmentId == 0)
                    continue;
                Core::Result<std::optional<Sync::RecordMap>> map =
                    engine.store().record(AppointmentResource, c.appointmentId);
                if (!map)
                    return map.error();
                if (map->has_value() && !map->value().serverId.isEmpty())
                    continue; // both on the server: the server's book is the truth
                if (map->has_value()
                    && map->value().state == QLatin1String(Sync::Constants::StateConflict))
                    continue; // lost already
                Core::Result<Appointment> mine =
                    Internal::loadAppointment(m_services.context().db(), c.appointmentId);
                if (!mine)
                    continue;
                const Interval theirs{{}, start.toUTC(), end.toUTC()};
                if (Core::Status s = engine.markConflict(
                        AppointmentResource, c.appointmentId, QJsonObject(), resource,
                        {QLatin1String(Sync::Constants::BookingConflict)},
                        alternatives(mine.value(), {theirs}),
                        QStringLiteral("%1 is booked %2 by another workstation on the server")
                            .arg(mine->providerName, a.startText()));
                    !s)
                    return s.error();
                displaced = true;
            }
        }
    }

    Core::ServiceContext &context = m_services.context();
    const QString previous = context.origin();
    context.setOrigin(QLatin1String(Sync::Constants::Origin));
    Core::Result<qint64> id = m_scheduling.booking().applyRemote(a);
    context.setOrigin(previous);
    if (!id)
        return id.error();
    return Sync::Applied{id.value(), {}, displaced};
}

Core::Result<QList<qint64>> AppointmentSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    return Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM appointments ORDER BY id"));
}

} // namespace Ambulo::Scheduling
