#include "modules/charting/domain/chartinginternal.h"

#include "core/constants.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/store/isotime.h"
#include "modules/charting/domain/chartingconstants.h"

namespace Ambulo::Charting {

QString encounterStatusId(EncounterStatus status)
{
    return QLatin1String(status == EncounterStatus::Signed ? Constants::EncounterStatus::Signed
                                                           : Constants::EncounterStatus::Open);
}

QString formatCents(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 a = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("%1.%2").arg(a / 100).arg(int(a % 100), 2, 10, QLatin1Char('0'));
}

namespace Internal {

using Core::Query;

QString timeText(const QDateTime &at)
{
    return Core::isoUtcMs(at);
}

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

static Core::Result<PatientRef> readPatient(Query &q, const QString &what)
{
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Charting", "There is no patient %1.")
                .arg(what.left(40)));
    }
    PatientRef p;
    p.id = q.int64(0);
    p.mrn = q.text(1);
    p.name = q.text(2) + QStringLiteral(", ") + q.text(3);
    p.birthDate = QDate::fromString(q.text(4), Qt::ISODate);
    q.finish();
    return p;
}

Core::Result<PatientRef> loadPatient(Core::Database &db, qint64 patientId)
{
    Query q = db.query(
        QStringLiteral("SELECT id, mrn, family, given, birth_date FROM patients WHERE id = ?"));
    q.bind(1, patientId);
    return readPatient(q, QString::number(patientId));
}

Core::Result<PatientRef> loadPatientByMrn(Core::Database &db, const QString &mrn)
{
    Query q = db.query(
        QStringLiteral("SELECT id, mrn, family, given, birth_date FROM patients WHERE mrn = ?"));
    q.bind(1, mrn);
    return readPatient(q, QStringLiteral("with MRN ") + mrn);
}

const char EncounterSelect[] =
    "SELECT e.id, e.patient_id, p.mrn, p.family, p.given, e.provider_id, pr.given, pr.family, "
    "pr.user_id, e.location_id, e.appointment_id, e.kind, e.started_at, e.reason, e.status, "
    "e.sensitive, e.place_of_service, e.signed_by, e.signed_at FROM encounters e "
    "JOIN patients p ON p.id = e.patient_id JOIN practitioners pr ON pr.id = e.provider_id ";

Encounter readEncounter(const Query &q)
{
    Encounter e;
    e.id = q.int64(0);
    e.patientId = q.int64(1);
    e.patientMrn = q.text(2);
    e.patientName = q.text(3) + QStringLiteral(", ") + q.text(4);
    e.providerId = q.int64(5);
    e.providerName = q.text(6) + QLatin1Char(' ') + q.text(7);
    e.providerUserId = q.int64(8);
    e.locationId = q.int64(9);
    e.appointmentId = q.int64(10);
    e.kind = q.text(11);
    e.startedAt = parseTime(q.text(12));
    e.reason = q.text(13);
    e.status = q.text(14) == QLatin1String(Constants::EncounterStatus::Signed)
                   ? EncounterStatus::Signed
                   : EncounterStatus::Open;
    e.sensitive = q.int64(15) != 0;
    e.placeOfService = q.text(16);
    e.signedBy = q.text(17);
    e.signedAt = parseTime(q.text(18));
    return e;
}

Core::Result<Encounter> loadEncounter(Core::Database &db, qint64 encounterId)
{
    Query q = db.query(QLatin1String(EncounterSelect) + QStringLiteral("WHERE e.id = ?"));
    q.bind(1, encounterId);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Charting", "There is no encounter %1.")
                .arg(encounterId));
    }
    Encounter e = readEncounter(q);
    q.finish();
    return e;
}

Core::Status requireOpen(const Encounter &encounter)
{
    if (encounter.status == EncounterStatus::Signed)
        return Core::conflict(
            QCoreApplication::translate("Ambulo::Charting",
                                        "Encounter %1 is signed; add an addendum instead.")
                .arg(encounter.id));
    return {};
}

Core::Status audit(Core::ServiceContext &context, const char *action, qint64 patientId,
                   const QString &mrn, const QString &detail)
{
    return context.record(action, QLatin1String(Core::Constants::OutcomeOk), patientId, mrn,
                          detail);
}

QString userName(const Core::ServiceContext &context)
{
    const Core::Session *s = context.session();
    if (!s)
        return QStringLiteral("system");
    return s->displayName.isEmpty() ? s->username : s->displayName;
}

} // namespace Internal
} // namespace Ambulo::Charting
