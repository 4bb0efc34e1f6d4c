#include "modules/scheduling/domain/appointmentlinks.h"

#include "core/constants.h"
#include "core/entities/patientservice.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Ambulo::Scheduling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Scheduling::AppointmentLinkService", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

AppointmentLinkService::AppointmentLinkService(Core::ServiceContext &context)
    : m_context(context)
{}

Core::Result<qint64> AppointmentLinkService::find(const QString &source, const QString &placerId,
                                                  const QString &fillerId)
{
    if (Core::Status s = m_context.require(Core::Permission::ScheduleRead); !s)
        return s.error();
    if (placerId.isEmpty() && fillerId.isEmpty())
        return qint64(0);
    const bool byFiller = !fillerId.isEmpty();
    Core::Query q = m_context.db().query(
        byFiller ? QStringLiteral("SELECT appointment_id FROM appointment_links WHERE source = ? "
                                  "AND filler_id = ? ORDER BY id DESC LIMIT 1")
                 : QStringLiteral("SELECT appointment_id FROM appointment_links WHERE source = ? "
                                  "AND placer_id = ? ORDER BY id DESC LIMIT 1"));
    q.bind(1, source).bind(2, byFiller ? fillerId : placerId);
    if (!q.next())
        return q.failed() ? Core::Result<qint64>(q.error()) : Core::Result<qint64>(qint64(0));
    return q.int64(0);
}

Core::Result<std::optional<AppointmentLink>> AppointmentLinkService::linkOf(qint64 appointmentId)
{
    if (Core::Status s = m_context.require(Core::Permission::ScheduleRead); !s)
        return s.error();
    Core::Query q = m_context.db().query(
        QStringLiteral("SELECT source, placer_id, filler_id FROM appointment_links "
                       "WHERE appointment_id = ? ORDER BY id DESC LIMIT 1"));
    q.bind(1, appointmentId);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return std::optional<AppointmentLink>();
    }
    return std::optional<AppointmentLink>(
        AppointmentLink{appointmentId, q.text(0), q.text(1), q.text(2)});
}

Core::Status AppointmentLinkService::link(const AppointmentLink &link)
{
    if (Core::Status s = m_context.require(Core::Permission::ScheduleWrite); !s)
        return s;
    if (link.source.isEmpty() || (link.placerId.isEmpty() && link.fillerId.isEmpty()))
        return Core::invalid(tr("A link needs a source and a placer or filler id."));
    if (link.placerId.size() > 100 || link.fillerId.size() > 100)
        return Core::invalid(tr("An appointment id from another system is longer than 100 "
                                "characters."));
    Core::Query q = m_context.db().query(
        QStringLiteral("INSERT INTO appointment_links (appointment_id, source, placer_id, "
                       "filler_id, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bind(1, link.appointmentId)
        .bind(2, link.source)
        .bind(3, link.placerId)
        .bind(4, link.fillerId)
        .bind(5, now());
    if (Core::Status s = q.exec(); !s)
        return s;
    return m_context.record(Constants::Audit::Link, QLatin1String(Core::Constants::OutcomeOk), 0,
                            {},
                            QStringLiteral("appointment %1 = %2 placer %3 filler %4")
                                .arg(link.appointmentId)
                                .arg(link.source, link.placerId, link.fillerId));
}

Core::Status AppointmentLinkService::relink(qint64 fromAppointmentId, qint64 toAppointmentId)
{
    if (Core::Status s = m_context.require(Core::Permission::ScheduleWrite); !s)
        return s;
    // The old appointment keeps its row (what was sent about it still names those ids); find()
    // takes the newest row, so the ids lead to the new appointment from now on.
    Core::Query q = m_context.db().query(QStringLiteral(
        "INSERT INTO appointment_links (appointment_id, source, placer_id, filler_id, "
        "created_at) SELECT ?, source, placer_id, filler_id, ? FROM appointment_links "
        "WHERE appointment_id = ?"));
    q.bind(1, toAppointmentId).bind(2, now()).bind(3, fromAppointmentId);
    return q.exec();
}

Core::Status repointMergedPatient(const Core::MergeEvent &event)
{
    Core::Query moved = event.db.query(
        QStringLiteral("SELECT id, status FROM appointments WHERE patient_id = ? ORDER BY id"));
    moved.bind(1, event.mergedId);
    QList<std::pair<qint64, QString>> appointments;
    while (moved.next())
        appointments.append({moved.int64(0), moved.text(1)});
    if (moved.failed())
        return moved.error();
    moved.finish();
    const QString statements[] = {
        QStringLiteral("UPDATE appointments SET patient_id = ? WHERE patient_id = ?"),
        QStringLiteral("UPDATE waitlist SET patient_id = ? WHERE patient_id = ?"),
        QStringLiteral("UPDATE walk_ins SET patient_id = ? WHERE patient_id = ?"),
    };
    for (const QString &sql : statements) {
        Core::Query q = event.db.query(sql);
        q.bind(1, event.survivorId).bind(2, event.mergedId);
        if (Core::Status s = q.exec(); !s)
            return s;
    }
    for (const auto &[id, status] : std::as_const(appointments)) {
        if (Core::Status s =
                Core::ChangeLog::record(event.db, QStringLiteral("Appointment"), id,
                                        QStringLiteral("update"), event.origin, status);
            !s)
            return s;
    }
    return {};
}

} // namespace Ambulo::Scheduling
