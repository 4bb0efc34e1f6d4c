#include "modules/scheduling/domain/walkinservice.h"

#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "modules/scheduling/domain/bookingservice.h"
#include "modules/scheduling/domain/conflictcheck.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"

#include <QCoreApplication>

namespace Ambulo::Scheduling {

namespace {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;

const QString WalkInSelect = QStringLiteral(
    "SELECT w.id, w.patient_id, w.provider_id, w.type_id, w.reason, w.arrived_at, w.state, "
    "w.appointment_id, p.mrn, p.family, p.given FROM walk_ins w "
    "JOIN patients p ON p.id = w.patient_id ");

WalkIn readWalkIn(const Query &q)
{
    WalkIn w;
    w.id = q.int64(0);
    w.patientId = q.int64(1);
    w.providerId = q.int64(2);
    w.typeId = q.int64(3);
    w.reason = q.text(4);
    w.arrivedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    const QString state = q.text(6);
    w.state = state == QLatin1String("converted") ? WalkInState::Converted
              : state == QLatin1String("removed") ? WalkInState::Removed
                                                  : WalkInState::Waiting;
    w.appointmentId = q.int64(7);
    w.patientMrn = q.text(8);
    w.patientName = Internal::patientName(q.text(9), q.text(10));
    return w;
}

Result<WalkIn> loadWalkIn(Core::Database &db, qint64 id)
{
    Query q = db.query(WalkInSelect + QStringLiteral("WHERE w.id = ?"));
    q.bind(1, id);
    if (!q.next())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "There is no walk-in %1.").arg(id));
    WalkIn w = readWalkIn(q);
    q.finish();
    return w;
}

} // namespace

WalkInService::WalkInService(Core::ServiceContext &context, Core::EventHub &events,
                             BookingService &booking)
    : m_context(context)
    , m_events(events)
    , m_booking(booking)
{}

Result<qint64> WalkInService::add(const WalkIn &walkIn)
{
    if (Status s = m_context.require(Permission::ScheduleWrite, walkIn.patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, walkIn.patientId);
    if (!patient)
        return patient.error();
    if (walkIn.providerId != 0) {
        if (auto name = Internal::loadProviderName(db, walkIn.providerId); !name)
            return name.error();
    }
    QByteArray zone;
    {
        Query z = db.query(QStringLiteral("SELECT value FROM scheduling_settings WHERE key = ?"));
        z.bind(1, Constants::SettingTimeZone);
        zone = z.next() ? z.text(0).toUtf8() : QByteArray();
        z.finish();
    }
    const Internal::PracticeClock clock(zone);
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT INTO walk_ins (patient_id, provider_id, type_id, reason, arrived_at, "
        "arrived_date, state) VALUES (?, ?, ?, ?, ?, ?, 'waiting')"));
    q.bind(1, walkIn.patientId);
    q.bind(2, walkIn.providerId != 0 ? QVariant(walkIn.providerId) : QVariant());
    q.bind(3, walkIn.typeId != 0 ? QVariant(walkIn.typeId) : QVariant());
    q.bind(4, walkIn.reason.trimmed()).bind(5, Internal::nowText());
    q.bind(6, clock.today().toString(Qt::ISODate));
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("FOREIGN KEY")))
            return Core::invalid(QCoreApplication::translate("Ambulo::Scheduling",
                                                             "There is no appointment type %1.")
                                     .arg(walkIn.typeId));
        return s.error();
    }
    const qint64 id = db.lastInsertId();
    if (Status s =
            m_context.record(Constants::Audit::WalkInAdd, QLatin1String(Core::Constants::OutcomeOk),
                             walkIn.patientId, patient->mrn, QString::number(id));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::WalkInAdded),
                      {{QLatin1String(Constants::Events::KeyWalkInId), id},
                       {QLatin1String(Constants::Events::KeyPatientId), walkIn.patientId}}});
    return id;
}

Result<QList<WalkIn>> WalkInService::waiting(const QDate &date)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q =
        m_context.db().query(WalkInSelect
                             + QStringLiteral("WHERE w.arrived_date = ? AND w.state = 'waiting' "
                                              "ORDER BY w.arrived_at, w.id"));
    q.bind(1, date.toString(Qt::ISODate));
    QList<WalkIn> list;
    while (q.next())
        list << readWalkIn(q);
    if (q.failed())
        return q.error();
    return list;
}

Result<qint64> WalkInService::convert(qint64 walkInId, BookingRequest request)
{
    Core::Database &db = m_context.db();
    auto w = loadWalkIn(db, walkInId);
    if (!w)
        return w.error();
    if (Status s = m_context.require(Permission::ScheduleWrite, w->patientId, w->patientMrn); !s)
        return s.error();
    if (w->state != WalkInState::Waiting)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Walk-in %1 is no longer waiting.")
                .arg(walkInId));
    request.patientId = w->patientId;
    if (request.providerId == 0)
        request.providerId = w->providerId;
    if (request.typeId == 0)
        request.typeId = w->typeId;
    if (request.reason.isEmpty())
        request.reason = w->reason;
    // Booking and check-in nest as savepoints: the walk-in becomes an arrived appointment or
    // stays in the queue, never half of each.
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    auto id = m_booking.book(request);
    if (!id)
        return id.error();
    if (Status s = m_booking.setStatus(id.value(), AppointmentStatus::Arrived); !s)
        return s.error();
    Query q = db.query(
        QStringLiteral("UPDATE walk_ins SET state = 'converted', appointment_id = ? WHERE id = ?"));
    q.bind(1, id.value()).bind(2, walkInId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (Status s =
            m_context.record(Constants::Audit::WalkInConvert,
                             QLatin1String(Core::Constants::OutcomeOk), w->patientId, w->patientMrn,
                             QStringLiteral("%1 -> appointment %2").arg(walkInId).arg(id.value()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(Constants::Events::WalkInRemoved),
                      {{QLatin1String(Constants::Events::KeyWalkInId), walkInId},
                       {QLatin1String(Constants::Events::KeyAppointmentId), id.value()}}});
    return id;
}

Status WalkInService::remove(qint64 walkInId, const QString &reason)
{
    Core::Database &db = m_context.db();
    auto w = loadWalkIn(db, walkInId);
    if (!w)
        return w.error();
    if (Status s = m_context.require(Permission::ScheduleWrite, w->patientId, w->patientMrn); !s)
        return s;
    if (w->state != WalkInState::Waiting)
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling", "Walk-in %1 is no longer waiting.")
                .arg(walkInId));
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("UPDATE walk_ins SET state = 'removed' WHERE id = ?"));
    q.bind(1, walkInId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_context.record(
            Constants::Audit::WalkInRemove, QLatin1String(Core::Constants::OutcomeOk), w->patientId,
            w->patientMrn, QStringLiteral("%1 %2").arg(walkInId).arg(reason.trimmed()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_events.publish({QLatin1String(Constants::Events::WalkInRemoved),
                      {{QLatin1String(Constants::Events::KeyWalkInId), walkInId}}});
    return {};
}

} // namespace Ambulo::Scheduling
