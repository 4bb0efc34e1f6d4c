#include "core/entities/directoryservice.h"

#include "core/constants.h"
#include "core/entities/npi.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"

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

// An audit detail naming the connector a change came from (a pull), nothing for a local one.
QString withOrigin(const ServiceContext &context, const QString &what)
{
    if (context.origin() == QLatin1String("local"))
        return what;
    return context.origin() + QLatin1Char(' ') + what;
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

Status DirectoryService::validate(const Location &l)
{
    if (l.name.trimmed().isEmpty() || l.name.size() > 100)
        return invalid(tr("A location needs a name of at most 100 characters."));
    if (l.address.size() > 300 || l.phone.size() > 40)
        return invalid(tr("A location's address or phone is too long."));
    return {};
}

Status DirectoryService::validate(const Room &r)
{
    if (r.name.trimmed().isEmpty() || r.name.size() > 50)
        return invalid(tr("A room needs a name of at most 50 characters."));
    if (r.locationId <= 0)
        return invalid(tr("A room belongs to a location."));
    return {};
}

Status DirectoryService::validate(const Payer &p)
{
    if (p.name.trimmed().isEmpty() || p.name.size() > 100 || p.payerId.size() > 20)
        return invalid(
            tr("A payer needs a name of at most 100 characters and an id of at most 20."));
    return {};
}

Result<qint64> DirectoryService::writeAudited(const char *action, const QString &sql,
                                              const QVariantList &values, Synced synced, qint64 id,
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
    if (id != 0 && db.changes() == 0)
        return invalid(tr("There is no entry with id %1 to change.").arg(id));
    const qint64 rowId = id != 0 ? id : db.lastInsertId();
    const QString op = id != 0 ? QStringLiteral("update") : QStringLiteral("create");
    Status logged;
    switch (synced) {
    case Synced::No:
        break;
    case Synced::Practitioner:
        logged =
            ChangeLog::record(db, QStringLiteral("Practitioner"), rowId, op, m_context.origin());
        break;
    case Synced::Location:
        logged = ChangeLog::record(db, QStringLiteral("Location"), rowId, op, m_context.origin());
        break;
    case Synced::Room:
        logged = ChangeLog::record(db, QStringLiteral("Location"), roomEntityId(rowId), op,
                                   m_context.origin());
        break;
    case Synced::Payer:
        logged =
            ChangeLog::record(db, QStringLiteral("Organization"), rowId, op, m_context.origin());
        break;
    case Synced::Coverage:
        logged = ChangeLog::record(db, QStringLiteral("Coverage"), rowId, op, m_context.origin());
        break;
    }
    if (!logged)
        return logged.error();
    if (Status s = m_context.record(action, QLatin1String(Constants::OutcomeOk), 0, {}, detail); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rowId;
}

Result<qint64> DirectoryService::savePractitioner(const Practitioner &p, Permission permission)
{
    if (Status s = m_context.require(permission); !s)
        return s.error();
    if (Status s = validate(p); !s)
        return s.error();
    const QString detail = withOrigin(m_context, p.npi);
    if (p.id == 0)
        return writeAudited(
            Constants::Audit::PractitionerAdd,
            QStringLiteral("INSERT INTO practitioners (npi, family, given, credentials, "
                           "specialty, user_id, active) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {p.npi, p.family.trimmed(), p.given.trimmed(), p.credentials, p.specialty,
             p.userId ? QVariant(p.userId) : QVariant(), p.active ? 1 : 0},
            Synced::Practitioner, 0, detail);
    return writeAudited(Constants::Audit::PractitionerUpdate,
                        QStringLiteral("UPDATE practitioners SET npi = ?, family = ?, given = ?, "
                                       "credentials = ?, specialty = ?, active = ? WHERE id = ?"),
                        {p.npi, p.family.trimmed(), p.given.trimmed(), p.credentials, p.specialty,
                         p.active ? 1 : 0, p.id},
                        Synced::Practitioner, p.id, detail);
}

Result<qint64> DirectoryService::addPractitioner(const Practitioner &p)
{
    Practitioner added = p;
    added.id = 0;
    return savePractitioner(added, Permission::PracticeAdmin);
}

Status DirectoryService::updatePractitioner(const Practitioner &p)
{
    if (p.id <= 0)
        return invalid(tr("No practitioner with id %1.").arg(p.id));
    Result<qint64> saved = savePractitioner(p, Permission::PracticeAdmin);
    return saved ? Status() : Status(saved.error());
}

Result<qint64> DirectoryService::applyRemotePractitioner(const Practitioner &p)
{
    return savePractitioner(p, Permission::ScheduleWrite);
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

Result<qint64> DirectoryService::saveLocation(const Location &l, Permission permission)
{
    if (Status s = m_context.require(permission); !s)
        return s.error();
    if (Status s = validate(l); !s)
        return s.error();
    const QString detail = withOrigin(m_context, l.name.trimmed());
    if (l.id == 0)
        return writeAudited(
            Constants::Audit::LocationAdd,
            QStringLiteral("INSERT INTO locations (name, address, phone) VALUES (?, ?, ?)"),
            {l.name.trimmed(), l.address, l.phone}, Synced::Location, 0, detail);
    return writeAudited(
        Constants::Audit::LocationUpdate,
        QStringLiteral("UPDATE locations SET name = ?, address = ?, phone = ? WHERE id = ?"),
        {l.name.trimmed(), l.address, l.phone, l.id}, Synced::Location, l.id, detail);
}

Result<qint64> DirectoryService::addLocation(const Location &l)
{
    Location added = l;
    added.id = 0;
    return saveLocation(added, Permission::PracticeAdmin);
}

Status DirectoryService::updateLocation(const Location &l)
{
    if (l.id <= 0)
        return invalid(tr("No location with id %1.").arg(l.id));
    Result<qint64> saved = saveLocation(l, Permission::PracticeAdmin);
    return saved ? Status() : Status(saved.error());
}

Result<qint64> DirectoryService::applyRemoteLocation(const Location &l)
{
    return saveLocation(l, Permission::ScheduleWrite);
}

Result<qint64> DirectoryService::saveRoom(const Room &r, Permission permission)
{
    if (Status s = m_context.require(permission); !s)
        return s.error();
    if (Status s = validate(r); !s)
        return s.error();
    Query loc = m_context.db().query(QStringLiteral("SELECT 1 FROM locations WHERE id = ?"));
    loc.bind(1, r.locationId);
    if (!loc.next())
        return loc.failed() ? loc.error()
                            : invalid(tr("No location with id %1.").arg(r.locationId));
    loc.finish();
    const QString detail = withOrigin(m_context, QStringLiteral("room ") + r.name.trimmed());
    if (r.id == 0)
        return writeAudited(Constants::Audit::LocationAdd,
                            QStringLiteral("INSERT INTO rooms (location_id, name) VALUES (?, ?)"),
                            {r.locationId, r.name.trimmed()}, Synced::Room, 0, detail);
    return writeAudited(Constants::Audit::LocationUpdate,
                        QStringLiteral("UPDATE rooms SET location_id = ?, name = ? WHERE id = ?"),
                        {r.locationId, r.name.trimmed(), r.id}, Synced::Room, r.id, detail);
}

Result<qint64> DirectoryService::addRoom(const Room &r)
{
    Room added = r;
    added.id = 0;
    return saveRoom(added, Permission::PracticeAdmin);
}

Status DirectoryService::updateRoom(const Room &r)
{
    if (r.id <= 0)
        return invalid(tr("No room with id %1.").arg(r.id));
    Result<qint64> saved = saveRoom(r, Permission::PracticeAdmin);
    return saved ? Status() : Status(saved.error());
}

Result<qint64> DirectoryService::applyRemoteRoom(const Room &r)
{
    return saveRoom(r, Permission::ScheduleWrite);
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

Result<qint64> DirectoryService::savePayer(const Payer &p, Permission permission)
{
    if (Status s = m_context.require(permission); !s)
        return s.error();
    if (Status s = validate(p); !s)
        return s.error();
    const QString detail = withOrigin(m_context, QStringLiteral("payer ") + p.name.trimmed());
    if (p.id == 0)
        return writeAudited(Constants::Audit::PayerAdd,
                            QStringLiteral("INSERT INTO payers (name, payer_id) VALUES (?, ?)"),
                            {p.name.trimmed(), p.payerId}, Synced::Payer, 0, detail);
    return writeAudited(Constants::Audit::PayerUpdate,
                        QStringLiteral("UPDATE payers SET name = ?, payer_id = ? WHERE id = ?"),
                        {p.name.trimmed(), p.payerId, p.id}, Synced::Payer, p.id, detail);
}

Result<qint64> DirectoryService::addPayer(const Payer &p)
{
    Payer added = p;
    added.id = 0;
    return savePayer(added, Permission::PracticeAdmin);
}

Status DirectoryService::updatePayer(const Payer &p)
{
    if (p.id <= 0)
        return invalid(tr("No payer with id %1.").arg(p.id));
    Result<qint64> saved = savePayer(p, Permission::PracticeAdmin);
    return saved ? Status() : Status(saved.error());
}

Result<qint64> DirectoryService::applyRemotePayer(const Payer &p)
{
    return savePayer(p, Permission::PatientWrite);
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

Result<qint64> DirectoryService::writeCoverage(const Coverage &c)
{
    if (Status s = validate(c); !s)
        return s.error();
    Database &db = m_context.db();
    if (c.id != 0) {
        Query own = db.query(QStringLiteral("SELECT patient_id FROM coverages WHERE id = ?"));
        own.bind(1, c.id);
        if (!own.next())
            return own.failed() ? own.error() : invalid(tr("No coverage with id %1.").arg(c.id));
        if (own.int64(0) != c.patientId)
            return invalid(tr("A coverage cannot move to another patient."));
    }
    Query exists = db.query(QStringLiteral("SELECT 1 FROM patients WHERE id = ?"));
    exists.bind(1, c.patientId);
    if (!exists.next())
        return exists.failed() ? exists.error()
                               : invalid(tr("No patient with id %1.").arg(c.patientId));
    exists.finish();
    Query payer = db.query(QStringLiteral("SELECT 1 FROM payers WHERE id = ?"));
    payer.bind(1, c.payerId);
    if (!payer.next())
        return payer.failed() ? payer.error() : invalid(tr("No payer with id %1.").arg(c.payerId));
    payer.finish();
    Query rank = db.query(
        QStringLiteral("SELECT 1 FROM coverages WHERE patient_id = ? AND rank = ? AND id <> ?"));
    rank.bind(1, c.patientId).bind(2, c.rank).bind(3, c.id);
    if (rank.next())
        return conflict(tr("The patient already has a coverage of that rank."));
    if (rank.failed())
        return rank.error();
    rank.finish();
    Query q = db.query(
        c.id == 0 ? QStringLiteral(
            "INSERT INTO coverages (patient_id, rank, payer_id, member_id, group_number, "
            "subscriber_name, subscriber_relationship, subscriber_birth_date, start_date, "
            "end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("UPDATE coverages SET patient_id = ?, rank = ?, payer_id = ?, "
                                   "member_id = ?, group_number = ?, subscriber_name = ?, "
                                   "subscriber_relationship = ?, subscriber_birth_date = ?, "
                                   "start_date = ?, end_date = ? WHERE id = ?"));
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
    if (c.id != 0)
        q.bind(11, c.id);
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = c.id != 0 ? c.id : db.lastInsertId();
    if (Status s = ChangeLog::record(
            db, QStringLiteral("Coverage"), id,
            c.id != 0 ? QStringLiteral("update") : QStringLiteral("create"), m_context.origin());
        !s)
        return s.error();
    return id;
}

Result<qint64> DirectoryService::saveCoverage(const Coverage &c)
{
    if (Status s = m_context.require(Permission::PatientWrite, c.patientId); !s)
        return s.error();
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Result<qint64> id = writeCoverage(c);
    if (!id)
        return id.error();
    QString mrn;
    {
        Query m = db.query(QStringLiteral("SELECT mrn FROM patients WHERE id = ?"));
        m.bind(1, c.patientId);
        if (m.next())
            mrn = m.text(0);
    }
    const QString detail = withOrigin(m_context, QStringLiteral("rank %1").arg(c.rank));
    if (Status s = m_context.record(c.id != 0 ? Constants::Audit::CoverageUpdate
                                              : Constants::Audit::CoverageAdd,
                                    QLatin1String(Constants::OutcomeOk), c.patientId, mrn, detail);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> DirectoryService::addCoverage(const Coverage &c)
{
    Coverage added = c;
    added.id = 0;
    return saveCoverage(added);
}

Status DirectoryService::updateCoverage(const Coverage &c)
{
    if (c.id <= 0)
        return invalid(tr("No coverage with id %1.").arg(c.id));
    Result<qint64> saved = saveCoverage(c);
    return saved ? Status() : Status(saved.error());
}

Result<qint64> DirectoryService::applyRemoteCoverage(const Coverage &c)
{
    return saveCoverage(c);
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
        Coverage added = coverages[i];
        added.id = 0;
        if (Result<qint64> id = writeCoverage(added); !id)
            return Error{id.error().code,
                         tr("Coverage %1 of the import: %2").arg(i + 1).arg(id.error().message)};
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
    return readCoverages(QStringLiteral("c.patient_id = ?"), patientId);
}

Result<std::optional<Coverage>> DirectoryService::coverage(qint64 id)
{
    Query owner =
        m_context.db().query(QStringLiteral("SELECT patient_id FROM coverages WHERE id = ?"));
    owner.bind(1, id);
    if (!owner.next()) {
        if (owner.failed())
            return owner.error();
        return std::optional<Coverage>();
    }
    const qint64 patientId = owner.int64(0);
    owner.finish();
    if (Status s = m_context.require(Permission::PatientRead, patientId); !s)
        return s.error();
    Result<QList<Coverage>> found = readCoverages(QStringLiteral("c.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Coverage>();
    return std::optional<Coverage>(found->first());
}

Result<QList<Coverage>> DirectoryService::readCoverages(const QString &where, qint64 value)
{
    Query q = m_context.db().query(
        QStringLiteral(
            "SELECT c.id, c.patient_id, c.rank, c.payer_id, p.name, c.member_id, c.group_number, "
            "c.subscriber_name, c.subscriber_relationship, c.subscriber_birth_date, c.start_date, "
            "c.end_date FROM coverages c JOIN payers p ON p.id = c.payer_id WHERE ")
        + where + QStringLiteral(" ORDER BY c.rank"));
    q.bind(1, value);
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
