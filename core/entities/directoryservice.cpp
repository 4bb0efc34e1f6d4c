#include "core/entities/directoryservice.h"

#include "core/constants.h"
#include "core/entities/npi.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"

#include <QCoreApplication>

namespace Ambulo::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Core::DirectoryService", text);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

} // namespace

DirectoryService::DirectoryService(ServiceContext &context)
    : m_context(context)
{}

Status DirectoryService::validate(const Practitioner &p)
{
    if (p.family.trimmed().isEmpty() || p.given.trimmed().isEmpty())
        return invalid(tr("A practitioner needs a family and a given name."));
    if (!Npi::isValid(p.npi))
        return invalid(tr("'%1' is not a valid NPI (10 digits with a correct check digit).")
                           .arg(p.npi.left(20)));
    if (p.family.size() > 100 || p.given.size() > 100 || p.credentials.size() > 20
        || p.specialty.size() > 100)
        return invalid(tr("A practitioner field is too long."));
    return {};
}

Status DirectoryService::validate(const Coverage &c)
{
    if (c.patientId <= 0)
        return invalid(tr("Coverage must belong to a patient."));
    if (c.rank < 1 || c.rank > 3)
        return invalid(tr("Coverage rank must be primary, secondary or tertiary."));
    if (c.payerId <= 0)
        return invalid(tr("Coverage needs a payer."));
    if (c.memberId.trimmed().isEmpty())
        return invalid(tr("The member id is required."));
    if (c.memberId.size() > 40 || c.groupNumber.size() > 40)
        return invalid(tr("The member id and group number have at most 40 characters."));
    if (c.subscriberName.trimmed().isEmpty())
        return invalid(tr("The subscriber's name is required."));
    static const QStringList relationships{QStringLiteral("self"), QStringLiteral("spouse"),
                                           QStringLiteral("child"), QStringLiteral("other")};
    if (!relationships.contains(c.subscriberRelationship))
        return invalid(tr("The subscriber relationship must be self, spouse, child or other."));
    if (!c.subscriberBirthDate.isValid())
        return invalid(tr("The subscriber's date of birth is missing or not a real date."));
    if (!c.start.isValid())
        return invalid(tr("The coverage start date is missing or not a real date."));
    if (c.end.isValid() && c.end < c.start)
        return invalid(tr("The coverage ends (%1) before it starts (%2).")
                           .arg(c.end.toString(Qt::ISODate), c.start.toString(Qt::ISODate)));
    return {};
}

Result<qint64> DirectoryService::insertAudited(const char *action, const QString &sql,
                                               const QVariantList &values, qint64 patientId,
                                               const QString &detail)
{
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("UNIQUE")))
            return conflict(tr("An entry with the same identity already exists."));
        return s.error();
    }
    const qint64 id = db.lastInsertId();
    QString mrn;
    if (patientId) {
        Query m = db.query(QStringLiteral("SELECT mrn FROM patients WHERE id = ?"));
        m.bind(1, patientId);
        if (m.next())
            mrn = m.text(0);
    }
    if (Status s =
            m_context.record(action, QLatin1String(Constants::OutcomeOk), patientId, mrn, detail);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> DirectoryService::addPractitioner(const Practitioner &p)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (Status s = validate(p); !s)
        return s.error();
    return insertAudited(
        Constants::Audit::PractitionerAdd,
        QStringLiteral("INSERT INTO practitioners (npi, family, given, credentials, "
                       "specialty, user_id, active) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {p.npi, p.family.trimmed(), p.given.trimmed(), p.credentials, p.specialty,
         p.userId ? QVariant(p.userId) : QVariant(), p.active ? 1 : 0},
        0, p.npi);
}

Result<QList<Practitioner>> DirectoryService::practitioners()
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id, npi, family, given, credentials, specialty, coalesce(user_id, 0), active "
        "FROM practitioners ORDER BY family, given"));
    QList<Practitioner> out;
    while (q.next()) {
        Practitioner p;
        p.id = q.int64(0);
        p.npi = q.text(1);
        p.family = q.text(2);
        p.given = q.text(3);
        p.credentials = q.text(4);
        p.specialty = q.text(5);
        p.userId = q.int64(6);
        p.active = q.int64(7) != 0;
        out.append(p);
    }
    if (q.failed())
        return q.error();
    return out;
}

Result<qint64> DirectoryService::addLocation(const Location &l)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (l.name.trimmed().isEmpty() || l.name.size() > 100)
        return invalid(tr("A location needs a name of at most 100 characters."));
    return insertAudited(
        Constants::Audit::LocationAdd,
        QStringLiteral("INSERT INTO locations (name, address, phone) VALUES (?, ?, ?)"),
        {l.name.trimmed(), l.address, l.phone}, 0, l.name);
}

Result<qint64> DirectoryService::addRoom(const Room &r)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (r.name.trimmed().isEmpty() || r.name.size() > 50)
        return invalid(tr("A room needs a name of at most 50 characters."));
    Query loc = m_context.db().query(QStringLiteral("SELECT 1 FROM locations WHERE id = ?"));
    loc.bind(1, r.locationId);
    if (!loc.next())
        return invalid(tr("No location with id %1.").arg(r.locationId));
    loc.finish();
    return insertAudited(Constants::Audit::LocationAdd,
                         QStringLiteral("INSERT INTO rooms (location_id, name) VALUES (?, ?)"),
                         {r.locationId, r.name.trimmed()}, 0, QStringLiteral("room ") + r.name);
}

Result<QList<Location>> DirectoryService::locations()
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT id, name, address, phone FROM locations ORDER BY name"));
    QList<Location> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.text(2), q.text(3)});
    if (q.failed())
        return q.error();
    return out;
}

Result<QList<Room>> DirectoryService::rooms(qint64 locationId)
{
    if (Status s = m_context.require(Permission::ScheduleRead); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id, location_id, name FROM rooms WHERE ? = 0 OR location_id = ? ORDER BY name"));
    q.bind(1, locationId).bind(2, locationId);
    QList<Room> out;
    while (q.next())
        out.append({q.int64(0), q.int64(1), q.text(2)});
    if (q.failed())
        return q.error();
    return out;
}

Result<qint64> DirectoryService::addPayer(const Payer &p)
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    if (p.name.trimmed().isEmpty() || p.name.size() > 100 || p.payerId.size() > 20)
        return invalid(
            tr("A payer needs a name of at most 100 characters and an id of at most 20."));
    return insertAudited(Constants::Audit::PayerAdd,
                         QStringLiteral("INSERT INTO payers (name, payer_id) VALUES (?, ?)"),
                         {p.name.trimmed(), p.payerId}, 0, QStringLiteral("payer ") + p.name);
}

Result<QList<Payer>> DirectoryService::payers()
{
    if (Status s = m_context.require(Permission::PatientRead); !s)
        return s.error();
    Query q =
        m_context.db().query(QStringLiteral("SELECT id, name, payer_id FROM payers ORDER BY name"));
    QList<Payer> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.text(2)});
    if (q.failed())
        return q.error();
    return out;
}

Status DirectoryService::insertCoverage(const Coverage &c)
{
    if (Status s = validate(c); !s)
        return s;
    Database &db = m_context.db();
    Query exists = db.query(QStringLiteral("SELECT 1 FROM patients WHERE id = ?"));
    exists.bind(1, c.patientId);
    if (!exists.next())
        return invalid(tr("No patient with id %1.").arg(c.patientId));
    exists.finish();
    Query payer = db.query(QStringLiteral("SELECT 1 FROM payers WHERE id = ?"));
    payer.bind(1, c.payerId);
    if (!payer.next())
        return invalid(tr("No payer with id %1.").arg(c.payerId));
    payer.finish();
    Query rank =
        db.query(QStringLiteral("SELECT 1 FROM coverages WHERE patient_id = ? AND rank = ?"));
    rank.bind(1, c.patientId).bind(2, c.rank);
    if (rank.next())
        return conflict(tr("The patient already has a coverage of that rank."));
    rank.finish();
    Query q = db.query(QStringLiteral(
        "INSERT INTO coverages (patient_id, rank, payer_id, member_id, group_number, "
        "subscriber_name, subscriber_relationship, subscriber_birth_date, start_date, end_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, c.patientId)
        .bind(2, c.rank)
        .bind(3, c.payerId)
        .bind(4, c.memberId.trimmed())
        .bind(5, c.groupNumber.trimmed())
        .bind(6, c.subscriberName.trimmed())
        .bind(7, c.subscriberRelationship)
        .bind(8, isoDate(c.subscriberBirthDate))
        .bind(9, isoDate(c.start))
        .bind(10, isoDate(c.end));
    return q.exec();
}

Result<qint64> DirectoryService::addCoverage(const Coverage &c)
{
    if (Status s = m_context.require(Permission::PatientWrite, c.patientId); !s)
        return s.error();
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (Status s = insertCoverage(c); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    QString mrn;
    {
        Query m = db.query(QStringLiteral("SELECT mrn FROM patients WHERE id = ?"));
        m.bind(1, c.patientId);
        if (m.next())
            mrn = m.text(0);
    }
    if (Status s =
            m_context.record(Constants::Audit::CoverageAdd, QLatin1String(Constants::OutcomeOk),
                             c.patientId, mrn, QStringLiteral("rank %1").arg(c.rank));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status DirectoryService::importCoverages(const QList<Coverage> &coverages)
{
    if (Status s = m_context.require(Permission::PatientWrite); !s)
        return s;
    if (coverages.isEmpty())
        return {};
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    for (qsizetype i = 0; i < coverages.size(); ++i) {
        if (Status s = insertCoverage(coverages[i]); !s)
            return Error{s.error().code,
                         tr("Coverage %1 of the import: %2").arg(i + 1).arg(s.error().message)};
    }
    if (Status s =
            m_context.record(Constants::Audit::CoverageImport, QLatin1String(Constants::OutcomeOk),
                             0, {}, QStringLiteral("%1 coverages").arg(coverages.size()));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Coverage>> DirectoryService::coverages(qint64 patientId)
{
    if (Status s = m_context.require(Permission::PatientRead, patientId); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT c.id, c.patient_id, c.rank, c.payer_id, p.name, c.member_id, c.group_number, "
        "c.subscriber_name, c.subscriber_relationship, c.subscriber_birth_date, c.start_date, "
        "c.end_date FROM coverages c JOIN payers p ON p.id = c.payer_id WHERE c.patient_id = ? "
        "ORDER BY c.rank"));
    q.bind(1, patientId);
    QList<Coverage> out;
    while (q.next()) {
        Coverage c;
        c.id = q.int64(0);
        c.patientId = q.int64(1);
        c.rank = q.integer(2);
        c.payerId = q.int64(3);
        c.payerName = q.text(4);
        c.memberId = q.text(5);
        c.groupNumber = q.text(6);
        c.subscriberName = q.text(7);
        c.subscriberRelationship = q.text(8);
        c.subscriberBirthDate = QDate::fromString(q.text(9), Qt::ISODate);
        c.start = QDate::fromString(q.text(10), Qt::ISODate);
        c.end = QDate::fromString(q.text(11), Qt::ISODate);
        out.append(c);
    }
    if (q.failed())
        return q.error();
    return out;
}

} // namespace Ambulo::Core
