#include "modules/scheduling/adapters/availabilitysync.h"

#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/session/servicecontext.h"
#include "core/session/services.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace Ambulo::Scheduling {

namespace {

// Persisted on the server; defined once.
constexpr char HoursSystem[] = "urn:ambulo:provider-hours";
constexpr char HoursExtension[] = "https://ambulo.example/fhir/StructureDefinition/working-hours";
constexpr char RecurrenceExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/blockout-recurrence";
constexpr char Unavailable[] = "busy-unavailable";
constexpr char Withdrawn[] = "entered-in-error";

const QString ScheduleType = QStringLiteral("Schedule");
const QString SlotType = QStringLiteral("Slot");
const QString PractitionerType = QStringLiteral("Practitioner");

// FHIR's days-of-week codes, Monday first (Qt's weekday 1).
const QStringList DayCodes = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                              QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                              QStringLiteral("sun")};

// A FHIR time; the end of the day (minute 1440) has no time of its own and is 23:59:59.
QString timeOf(int minute)
{
    if (minute >= 24 * 60)
        return QStringLiteral("23:59:59");
    return QStringLiteral("%1:%2:00")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> minuteOf(const QString &text)
{
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        return std::nullopt;
    if (t == QTime(23, 59, 59))
        return 24 * 60;
    return t.hour() * 60 + t.minute();
}

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

Core::Result<QDateTime> utcOf(const Internal::PracticeClock &clock, const QDate &date, int minute)
{
    if (minute >= 24 * 60)
        return clock.toUtc(date.addDays(1), minute - 24 * 60);
    return clock.toUtc(date, minute);
}

QJsonValue subValue(const QJsonObject &extension, const QString &url, const QString &key)
{
    for (const QJsonValue &v : extension.value(QLatin1String("extension")).toArray()) {
        const QJsonObject part = v.toObject();
        if (part.value(QLatin1String("url")).toString() == url)
            return part.value(key);
    }
    return {};
}

// The extensions of `base` without those of `url`, then `ours`.
QJsonArray replaceExtensions(const QJsonObject &base, const char *url, const QJsonArray &ours)
{
    QJsonArray out;
    for (const QJsonValue &e : base.value(QLatin1String("extension")).toArray()) {
        if (e.toObject().value(QLatin1String("url")).toString() != QLatin1String(url))
            out.append(e);
    }
    for (const QJsonValue &e : ours)
        out.append(e);
    return out;
}

QString hoursNpi(const QJsonObject &schedule)
{
    for (const QJsonValue &v : schedule.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        if (id.value(QLatin1String("system")).toString() == QLatin1String(HoursSystem))
            return id.value(QLatin1String("value")).toString();
    }
    return {};
}

Core::Result<std::optional<Core::Practitioner>> provider(Core::Services &services, qint64 id,
                                                         const QString &npi = {})
{
    Core::Result<QList<Core::Practitioner>> all = services.directory().practitioners();
    if (!all)
        return all.error();
    for (const Core::Practitioner &p : std::as_const(all.value())) {
        if ((id != 0 && p.id == id) || (id == 0 && !npi.isEmpty() && p.npi == npi))
            return std::optional<Core::Practitioner>(p);
    }
    return std::optional<Core::Practitioner>();
}

// The origin of what a pull applies, so the pusher does not send it back.
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

Sync::Applied skipped(const QString &why)
{
    return Sync::Applied{0, why, false, false};
}

Sync::Applied notOurs()
{
    return Sync::Applied{0, {}, false, true};
}

} // namespace

// ---- Working hours: Schedule ----------------------------------------------------------------

WorkingHoursSyncAdapter::WorkingHoursSyncAdapter(Core::Services &services)
    : m_services(services)
    , m_scheduling(services, m_events)
{}

WorkingHoursSyncAdapter::~WorkingHoursSyncAdapter() = default;

QString WorkingHoursSyncAdapter::resourceType() const
{
    return ScheduleType;
}

QStringList WorkingHoursSyncAdapter::mergeUnits() const
{
    // Each weekday's hours are one unit: Monday changed on one workstation and Friday on another
    // merge; the same day changed on both to different hours is a clash for a person, never a
    // mix of intervals nobody chose. Other systems' extensions stay as the server holds them.
    QStringList units;
    for (const QString &day : DayCodes)
        units << QStringLiteral("extension[%1;day=%2]").arg(QLatin1String(HoursExtension), day);
    units << QStringLiteral("actor") << QStringLiteral("active");
    return units;
}

QString WorkingHoursSyncAdapter::createCondition(const QJsonObject &resource, const QString &) const
{
    // One Schedule per provider, whichever workstation makes it first.
    return QStringLiteral("identifier=%1|%2").arg(QLatin1String(HoursSystem), hoursNpi(resource));
}

Core::Result<Sync::Built> WorkingHoursSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                         const QJsonObject &base)
{
    Core::Result<std::optional<Core::Practitioner>> p = provider(m_services, localId);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Sync::Built{{}, {}, true};
    const Core::Practitioner &who = p->value();
    Core::Result<QString> actor = engine.reference(PractitionerType, localId);
    if (!actor)
        return actor.error();
    if (actor->isEmpty())
        return Sync::Built{{}, QStringLiteral("Practitioner/%1").arg(localId), false};
    Core::Result<QList<WorkingInterval>> hours = m_scheduling.setup().workingHours(localId);
    if (!hours)
        return hours.error();

    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), ScheduleType);
    if (hoursNpi(r).isEmpty()) {
        QJsonArray identifiers = r.value(QLatin1String("identifier")).toArray();
        identifiers.append(QJsonObject{{"system", QLatin1String(HoursSystem)}, {"value", who.npi}});
        r.insert(QLatin1String("identifier"), identifiers);
    }
    r.insert(QLatin1String("active"), who.active);
    r.insert(QLatin1String("actor"),
             QJsonArray{QJsonObject{{"reference", actor.value()}, {"display", who.displayName()}}});
    if (!r.contains(QLatin1String("comment")))
        r.insert(QLatin1String("comment"),
                 QStringLiteral("Working hours of %1 (Ambulo)").arg(who.displayName()));
    QJsonArray ours;
    for (const WorkingInterval &i : std::as_const(hours.value())) {
        ours.append(QJsonObject{
            {"url", QLatin1String(HoursExtension)},
            {"extension",
             QJsonArray{QJsonObject{{"url", "day"}, {"valueCode", DayCodes.at(i.weekday - 1)}},
                        QJsonObject{{"url", "start"}, {"valueTime", timeOf(i.startMinute)}},
                        QJsonObject{{"url", "end"}, {"valueTime", timeOf(i.endMinute)}}}}});
    }
    const QJsonArray extensions = replaceExtensions(base, HoursExtension, ours);
    if (extensions.isEmpty())
        r.remove(QLatin1String("extension"));
    else
        r.insert(QLatin1String("extension"), extensions);
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied>
WorkingHoursSyncAdapter::apply(Sync::SyncEngine &, const QJsonObject &resource, qint64 localId)
{
    const QString npi = hoursNpi(resource);
    if (npi.isEmpty())
        return notOurs(); // a booking ledger, or a Schedule another system keeps
    Core::Result<std::optional<Core::Practitioner>> p =
        provider(m_services, localId, localId == 0 ? npi : QString());
    if (!p)
        return p.error();
    if (!p->has_value() || p->value().npi != npi)
        return skipped(QStringLiteral("no provider with NPI %1 here").arg(npi));
    const qint64 providerId = p->value().id;

    Core::Result<QList<WorkingInterval>> current = m_scheduling.setup().workingHours(providerId);
    if (!current)
        return current.error();
    QList<WorkingInterval> week;
    int n = 0;
    for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QLatin1String("url")).toString() != QLatin1String(HoursExtension))
            continue;
        ++n;
        const int day =
            int(DayCodes.indexOf(
                subValue(ext, QStringLiteral("day"), QStringLiteral("valueCode")).toString()))
            + 1;
        const std::optional<int> start = minuteOf(
            subValue(ext, QStringLiteral("start"), QStringLiteral("valueTime")).toString());
        const std::optional<int> end =
            minuteOf(subValue(ext, QStringLiteral("end"), QStringLiteral("valueTime")).toString());
        if (day < 1 || !start || !end)
            return skipped(QStringLiteral("working hours entry %1 is not a day with a start and an "
                                          "end time")
                               .arg(n));
        WorkingInterval i{providerId, day, *start, *end, 0};
        // Rooms stay local (ids differ between workstations): an unchanged interval keeps its.
        for (const WorkingInterval &c : std::as_const(current.value())) {
            if (c.weekday == i.weekday && c.startMinute == i.startMinute
                && c.endMinute == i.endMinute)
                i.roomId = c.roomId;
        }
        week << i;
    }
    Core::Status s = [&] {
        FhirOrigin origin(m_services.context());
        return m_scheduling.setup().applyRemoteWorkingHours(providerId, week);
    }();
    if (!s) {
        if (s.error().code == Core::ErrorCode::Invalid)
            return skipped(s.error().message); // checked as the set-up page checks; nothing written
        return s.error();
    }
    return Sync::Applied{providerId, {}, false, false};
}

// ---- Blockouts: Slot --------------------------------------------------------------------------

BlockoutSyncAdapter::BlockoutSyncAdapter(Core::Services &services)
    : m_services(services)
    , m_scheduling(services, m_events)
{}

BlockoutSyncAdapter::~BlockoutSyncAdapter() = default;

QString BlockoutSyncAdapter::resourceType() const
{
    return SlotType;
}

QStringList BlockoutSyncAdapter::mergeUnits() const
{
    return {QStringLiteral("schedule"), QStringLiteral("status"),  QStringLiteral("start"),
            QStringLiteral("end"),      QStringLiteral("comment"), QStringLiteral("extension")};
}

QJsonObject BlockoutSyncAdapter::buildRemoved(const QJsonObject &base) const
{
    QJsonObject r = base;
    r.insert(QLatin1String("status"), QLatin1String(Withdrawn));
    return r;
}

bool BlockoutSyncAdapter::removedOnServer(const QJsonObject &resource) const
{
    return resource.value(QLatin1String("status")).toString() == QLatin1String(Withdrawn);
}

Core::Result<std::optional<Blockout>> BlockoutSyncAdapter::blockout(qint64 id)
{
    Core::Result<QList<Blockout>> all =
        m_scheduling.setup().blockouts(QDate(1900, 1, 1), QDate(9999, 12, 31));
    if (!all)
        return all.error();
    for (const Blockout &b : std::as_const(all.value())) {
        if (b.id == id)
            return std::optional<Blockout>(b);
    }
    return std::optional<Blockout>();
}

Core::Result<Sync::Built> BlockoutSyncAdapter::build(Sync::SyncEngine &engine, qint64 localId,
                                                     const QJsonObject &base)
{
    Core::Result<std::optional<Blockout>> found = blockout(localId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Sync::Built{{}, {}, true}; // removed here: withdrawn on the server (buildRemoved)
    const Blockout &b = found->value();
    // Practice-wide and room blockouts stay on this workstation: a Slot belongs to one
    // provider's Schedule. Nothing to send is not a refusal (`sync status` would show every
    // practice meeting as rejected, with nothing a person could do about it).
    if (b.providerId == 0)
        return Sync::Built{{}, {}, true};
    Core::Result<QString> schedule = engine.reference(ScheduleType, b.providerId);
    if (!schedule)
        return schedule.error();
    if (schedule->isEmpty())
        return Sync::Built{{}, QStringLiteral("Schedule/%1").arg(b.providerId), false};
    const Internal::PracticeClock clock(m_scheduling.setup().timeZone());
    Core::Result<QDateTime> start = utcOf(clock, b.date, b.startMinute);
    if (!start)
        return start.error();
    Core::Result<QDateTime> end = utcOf(clock, b.date, b.endMinute);
    if (!end)
        return end.error();

    QJsonObject r = base;
    r.insert(QLatin1String("resourceType"), SlotType);
    r.insert(QLatin1String("schedule"), QJsonObject{{"reference", schedule.value()}});
    r.insert(QLatin1String("status"), QLatin1String(Unavailable));
    r.insert(QLatin1String("start"), instant(start.value()));
    r.insert(QLatin1String("end"), instant(end.value()));
    r.insert(QLatin1String("comment"), b.reason);
    QJsonArray ours;
    if (b.recurrence != Recurrence::None)
        ours.append(QJsonObject{
            {"url", QLatin1String(RecurrenceExtension)},
            {"extension", QJsonArray{QJsonObject{{"url", "frequency"},
                                                 {"valueCode", b.recurrence == Recurrence::Daily
                                                                   ? QStringLiteral("daily")
                                                                   : QStringLiteral("weekly")}},
                                     QJsonObject{{"url", "until"},
                                                 {"valueDate", b.until.toString(Qt::ISODate)}}}}});
    const QJsonArray extensions = replaceExtensions(base, RecurrenceExtension, ours);
    if (extensions.isEmpty())
        r.remove(QLatin1String("extension"));
    else
        r.insert(QLatin1String("extension"), extensions);
    return Sync::Built{r, {}, false};
}

Core::Result<Sync::Applied> BlockoutSyncAdapter::apply(Sync::SyncEngine &engine,
                                                       const QJsonObject &resource, qint64 localId)
{
    const QString status = resource.value(QLatin1String("status")).toString();
    if (status != QLatin1String(Unavailable)) {
        if (localId == 0)
            return notOurs(); // a free or booked slot of another system: not a blockout
        // Withdrawn (or given free) on the server: the blockout goes here too.
        Core::Status s = [&] {
            FhirOrigin origin(m_services.context());
            return m_scheduling.setup().applyRemoteRemoveBlockout(localId);
        }();
        if (!s)
            return s.error();
        return Sync::Applied{localId, {}, false, false};
    }
    const QString reference = resource.value(QLatin1String("schedule"))
                                  .toObject()
                                  .value(QLatin1String("reference"))
                                  .toString();
    if (!reference.startsWith(ScheduleType + u'/'))
        return skipped(QStringLiteral("it names no Schedule"));
    Core::Result<qint64> providerId =
        engine.localIdOf(ScheduleType, reference.mid(ScheduleType.size() + 1));
    if (!providerId)
        return providerId.error();
    if (providerId.value() == 0)
        return skipped(
            QStringLiteral("%1 is not a provider's working hours known here").arg(reference));

    const QTimeZone zone(m_scheduling.setup().timeZone());
    const QDateTime start =
        parseInstant(resource.value(QLatin1String("start")).toString()).toTimeZone(zone);
    const QDateTime end =
        parseInstant(resource.value(QLatin1String("end")).toString()).toTimeZone(zone);
    if (!start.isValid() || !end.isValid() || end <= start)
        return skipped(QStringLiteral("it has no start and end"));
    Blockout b;
    b.id = localId;
    b.providerId = providerId.value();
    b.date = start.date();
    b.startMinute = start.time().hour() * 60 + start.time().minute();
    if (end.date() == start.date())
        b.endMinute = end.time().hour() * 60 + end.time().minute();
    else if (end.date() == start.date().addDays(1) && end.time() == QTime(0, 0))
        b.endMinute = 24 * 60;
    else
        return skipped(QStringLiteral("its time is not one day's interval"));
    b.reason = resource.value(QLatin1String("comment")).toString().trimmed();
    for (const QJsonValue &e : resource.value(QLatin1String("extension")).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QLatin1String("url")).toString() != QLatin1String(RecurrenceExtension))
            continue;
        const QString frequency =
            subValue(ext, QStringLiteral("frequency"), QStringLiteral("valueCode")).toString();
        b.recurrence = frequency == QLatin1String("daily")    ? Recurrence::Daily
                       : frequency == QLatin1String("weekly") ? Recurrence::Weekly
                                                              : Recurrence::None;
        b.until = QDate::fromString(
            subValue(ext, QStringLiteral("until"), QStringLiteral("valueDate")).toString(),
            Qt::ISODate);
        if (b.recurrence == Recurrence::None)
            return skipped(
                QStringLiteral("its recurrence '%1' is not daily or weekly").arg(frequency));
    }
    // Checked as the set-up page checks (a reason, an interval within the day, a valid until).
    if (Core::Status s = ScheduleSetupService::validate(b); !s)
        return skipped(s.error().message);
    Core::Result<RemoteBlockout> applied = [&] {
        FhirOrigin origin(m_services.context());
        return m_scheduling.setup().applyRemoteBlockout(b);
    }();
    if (!applied) {
        if (applied.error().code == Core::ErrorCode::Invalid)
            return skipped(applied.error().message);
        return applied.error();
    }
    return Sync::Applied{applied->id, {}, false, false};
}

Core::Result<QList<qint64>> WorkingHoursSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    // One Schedule per provider with hours set up.
    return Sync::selectLocalIds(
        engine,
        QStringLiteral("SELECT DISTINCT provider_id FROM working_hours ORDER BY provider_id"));
}

Core::Result<QList<qint64>> BlockoutSyncAdapter::localIds(Sync::SyncEngine &engine)
{
    // Practice-wide and room blockouts stay here (no provider Schedule to hold their Slot).
    return Sync::selectLocalIds(engine, QStringLiteral("SELECT id FROM blockouts WHERE "
                                                       "provider_id IS NOT NULL ORDER BY id"));
}

} // namespace Ambulo::Scheduling
