#include "modules/charting/domain/encounterservice.h"

#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"

#include <QRegularExpression>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

EncounterService::EncounterService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Result<qint64> EncounterService::openFromAppointment(const AppointmentRef &a)
{
    if (Status s = m_context.require(Permission::ChartWrite, a.patientId); !s)
        return s.error();
    if (a.appointmentId <= 0)
        return Core::invalid(tr("Name the appointment the encounter is opened from."));
    if (a.status != QLatin1String(C::AppointmentArrived)
        && a.status != QLatin1String(C::AppointmentRoomed))
        return Core::invalid(
            tr("Appointment %1 is %2; open the encounter once the patient has arrived.")
                .arg(a.appointmentId)
                .arg(a.status));
    Query existing =
        m_context.db().query(QStringLiteral("SELECT id FROM encounters WHERE appointment_id = ?"));
    existing.bind(1, a.appointmentId);
    if (existing.next()) {
        const qint64 id = existing.int64(0);
        existing.finish();
        return id;
    }
    Encounter e;
    e.patientId = a.patientId;
    e.providerId = a.providerId;
    e.locationId = a.locationId;
    e.appointmentId = a.appointmentId;
    e.kind = QStringLiteral("office");
    e.reason = a.reason;
    return insert(e);
}

Result<qint64> EncounterService::openAdHoc(qint64 patientId, qint64 providerId, qint64 locationId,
                                           const QString &kind, const QString &reason,
                                           const QDateTime &startedAt)
{
    if (Status s = m_context.require(Permission::ChartWrite, patientId); !s)
        return s.error();
    static const QStringList kinds{QStringLiteral("walk-in"), QStringLiteral("phone"),
                                   QStringLiteral("office")};
    if (!kinds.contains(kind))
        return Core::invalid(tr("An ad hoc encounter is a walk-in, phone or office visit."));
    Encounter e;
    e.patientId = patientId;
    e.providerId = providerId;
    e.locationId = locationId;
    e.kind = kind;
    e.reason = reason;
    e.startedAt = startedAt;
    if (startedAt.isValid() && startedAt > QDateTime::currentDateTimeUtc().addSecs(300))
        return Core::invalid(tr("An encounter cannot start in the future."));
    return insert(e);
}

Result<qint64> EncounterService::insert(const Encounter &e)
{
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, e.patientId);
    if (!patient)
        return patient.error();
    {
        Query q = db.query(QStringLiteral("SELECT active FROM practitioners WHERE id = ?"));
        q.bind(1, e.providerId);
        if (!q.next())
            return Core::invalid(tr("There is no provider %1.").arg(e.providerId));
        q.finish();
    }
    if (e.reason.size() > 500)
        return Core::invalid(tr("The reason is longer than 500 characters."));
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const QString now = Internal::nowText();
    Query q = db.query(QStringLiteral(
        "INSERT INTO encounters (patient_id, provider_id, location_id, appointment_id, kind, "
        "started_at, reason, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    q.bind(1, e.patientId).bind(2, e.providerId);
    q.bind(3, e.locationId > 0 ? QVariant(e.locationId) : QVariant());
    q.bind(4, e.appointmentId > 0 ? QVariant(e.appointmentId) : QVariant());
    q.bind(5, e.kind);
    q.bind(6, e.startedAt.isValid() ? Internal::timeText(e.startedAt) : now);
    q.bind(7, e.reason.trimmed()).bind(8, C::EncounterStatus::Open).bind(9, now).bind(10, now);
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("FOREIGN KEY")))
            return Core::invalid(tr("There is no location %1.").arg(e.locationId));
        return s.error();
    }
    const qint64 id = db.lastInsertId();
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter), id,
                                           QStringLiteral("create"), m_context.origin());
        !s)
        return s.error();
    if (Status s = Internal::audit(m_context, C::Audit::EncounterOpen, e.patientId, patient->mrn,
                                   QStringLiteral("encounter %1 (%2)").arg(id).arg(e.kind));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(C::Events::EncounterOpened),
                      {{QLatin1String(C::Events::KeyEncounterId), id},
                       {QLatin1String(C::Events::KeyPatientId), e.patientId},
                       {QLatin1String(C::Events::KeyAppointmentId), e.appointmentId}}});
    return id;
}

Result<Encounter> EncounterService::encounter(qint64 id)
{
    auto e = Internal::loadEncounter(m_context.db(), id);
    if (!e)
        return e;
    if (Status s = m_context.require(Permission::ChartRead, e->patientId, e->patientMrn); !s)
        return s.error();
    if (Status s = Internal::audit(m_context, C::Audit::EncounterRead, e->patientId, e->patientMrn,
                                   QString::number(id));
        !s)
        return s.error();
    return e;
}

Result<QList<Encounter>> EncounterService::list(qint64 patientId)
{
    if (Status s = m_context.require(Permission::ChartRead, patientId); !s)
        return s.error();
    auto patient = Internal::loadPatient(m_context.db(), patientId);
    if (!patient)
        return patient.error();
    Query q = m_context.db().query(QLatin1String(Internal::EncounterSelect)
                                   + QStringLiteral("WHERE e.patient_id = ? "
                                                    "ORDER BY e.started_at DESC, e.id DESC"));
    q.bind(1, patientId);
    QList<Encounter> list;
    while (q.next())
        list << Internal::readEncounter(q);
    if (q.failed())
        return q.error();
    if (Status s = Internal::audit(m_context, C::Audit::EncounterList, patientId, patient->mrn,
                                   QString::number(list.size()));
        !s)
        return s.error();
    return list;
}

Status EncounterService::setSensitive(qint64 id, bool sensitive)
{
    auto e = Internal::loadEncounter(m_context.db(), id);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartWrite, e->patientId, e->patientMrn); !s)
        return s;
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(
        QStringLiteral("UPDATE encounters SET sensitive = ?, updated_at = ? WHERE id = ?"));
    q.bind(1, sensitive ? 1 : 0).bind(2, Internal::nowText()).bind(3, id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s =
            Internal::audit(m_context, C::Audit::EncounterSensitive, e->patientId, e->patientMrn,
                            QStringLiteral("%1 %2").arg(id).arg(sensitive ? "on" : "off"));
        !s)
        return s;
    return tx.commit();
}

Status EncounterService::setPlaceOfService(qint64 id, const QString &placeOfService)
{
    auto e = Internal::loadEncounter(m_context.db(), id);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartWrite, e->patientId, e->patientMrn); !s)
        return s;
    if (Status s = Internal::requireOpen(e.value()); !s)
        return s;
    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    if (!twoDigits.match(placeOfService).hasMatch())
        return Core::invalid(tr("A place of service is a two-digit CMS code, e.g. 11 (office)."));
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(
        QStringLiteral("UPDATE encounters SET place_of_service = ?, updated_at = ? WHERE id = ?"));
    q.bind(1, placeOfService).bind(2, Internal::nowText()).bind(3, id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s =
            Internal::audit(m_context, C::Audit::Superbill, e->patientId, e->patientMrn,
                            QStringLiteral("%1 place of service %2").arg(id).arg(placeOfService));
        !s)
        return s;
    return tx.commit();
}

Result<qint64> EncounterService::applyRemote(const Encounter &e)
{
    if (Status s = m_context.require(Permission::ChartWrite, e.patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, e.patientId);
    if (!patient)
        return patient.error();
    if (!e.startedAt.isValid() || e.kind.isEmpty() || e.providerId <= 0)
        return Core::invalid(tr("The encounter lacks a start, a kind or a provider."));
    if (e.reason.size() > 500)
        return Core::invalid(tr("The reason is longer than 500 characters."));
    if (e.id > 0) {
        auto current = Internal::loadEncounter(db, e.id);
        if (!current)
            return current.error();
        if (current->patientId != e.patientId)
            return Core::invalid(tr("Encounter %1 belongs to another patient.").arg(e.id));
        if (Status s = Internal::requireOpen(current.value()); !s)
            return s.error();
    }
    qint64 appointmentId = 0;
    if (e.appointmentId > 0) {
        // The appointment link is unique; a link another encounter holds here is left out.
        Query a = db.query(QStringLiteral("SELECT id FROM encounters WHERE appointment_id = ?"));
        a.bind(1, e.appointmentId);
        const qint64 holder = a.next() ? a.int64(0) : 0;
        a.finish();
        if (holder == 0 || holder == e.id)
            appointmentId = e.appointmentId;
    }
    const bool signedThere = e.status == EncounterStatus::Signed;
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const QString now = Internal::nowText();
    Query q = db.query(
        e.id > 0 ? QStringLiteral("UPDATE encounters SET provider_id = ?, appointment_id = ?, "
                                  "kind = ?, started_at = ?, reason = ?, status = ?, signed_by = "
                                  "?, signed_at = ?, updated_at = ?, patient_id = ? WHERE id = ? "
                                  "AND status = ?")
                 : QStringLiteral("INSERT INTO encounters (provider_id, appointment_id, kind, "
                                  "started_at, reason, status, signed_by, signed_at, updated_at, "
                                  "patient_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?)"));
    q.bind(1, e.providerId).bind(2, appointmentId > 0 ? QVariant(appointmentId) : QVariant());
    q.bind(3, e.kind).bind(4, Internal::timeText(e.startedAt)).bind(5, e.reason.trimmed());
    q.bind(6, encounterStatusId(e.status));
    q.bind(7, signedThere ? e.signedBy : QString());
    q.bind(8, signedThere && e.signedAt.isValid() ? Internal::timeText(e.signedAt) : QString());
    q.bind(9, now).bind(10, e.patientId);
    if (e.id > 0)
        q.bind(11, e.id).bind(12, C::EncounterStatus::Open);
    else
        q.bind(11, now);
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("FOREIGN KEY")))
            return Core::invalid(tr("There is no provider %1.").arg(e.providerId));
        return s.error();
    }
    if (e.id > 0 && db.changes() != 1)
        return Core::conflict(tr("Encounter %1 was signed meanwhile.").arg(e.id));
    const qint64 id = e.id > 0 ? e.id : db.lastInsertId();
    if (Status s = Core::ChangeLog::record(
            db, QLatin1String(C::Entity::Encounter), id,
            e.id > 0 ? QStringLiteral("update") : QStringLiteral("create"), m_context.origin(),
            signedThere ? QStringLiteral("signed") : QString());
        !s)
        return s.error();
    if (Status s =
            Internal::audit(m_context, C::Audit::EncounterRemote, e.patientId, patient->mrn,
                            QStringLiteral("encounter %1 (%2) %3 from %4")
                                .arg(id)
                                .arg(e.kind, encounterStatusId(e.status), m_context.origin()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(C::Events::ChartChanged),
                      {{QLatin1String(C::Events::KeyPatientId), e.patientId}}});
    return id;
}

} // namespace Ambulo::Charting
