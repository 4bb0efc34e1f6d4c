// Who a patient is across records and systems: identifiers other systems know them by, MRN
// lookups, and merges (a merged-away record resolves to its survivor). The rest of
// PatientService is in patientservice.cpp.
#include "core/entities/patientservice.h"

#include "core/entities/patientsearch.h"

#include "core/sync/changelog.h"

#include "core/constants.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/store/isotime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Ambulo::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Core::PatientService", text);
}

// An identifier added to or removed from patient `id.patientId`: a change row (the patient as
// others know it changed) and an audit entry "value^authority^type", in the caller's transaction.
Status recordIdentifierChange(ServiceContext &context, const char *action,
                              const PatientIdentifier &id, const QString &mrn)
{
    if (Status s = ChangeLog::record(context.db(), QStringLiteral("Patient"), id.patientId,
                                     QStringLiteral("update"), context.origin());
        !s)
        return s;
    return context.record(
        action, QLatin1String(Constants::OutcomeOk), id.patientId, mrn,
        QStringLiteral("%1^%2^%3")
            .arg(id.value.trimmed(), id.authority.trimmed(), id.typeCode.trimmed()));
}

} // namespace

Result<qint64> PatientService::resolveMerged(qint64 id)
{
    // Merges re-point earlier merged records too, so one step is enough; the bound is a guard.
    for (int step = 0; step < 8; ++step) {
        Query q =
            m_context.db().query(QStringLiteral("SELECT merged_into FROM patients WHERE id = ?"));
        q.bind(1, id);
        if (!q.next()) {
            if (q.failed())
                return q.error();
            return invalid(tr("No patient with id %1.").arg(id));
        }
        const qint64 next = q.int64(0);
        if (next == 0)
            return id;
        id = next;
    }
    return invalid(tr("Patient %1 is part of a merge loop.").arg(id));
}

Status PatientService::validate(const PatientIdentifier &identifier)
{
    if (identifier.value.trimmed().isEmpty())
        return invalid(tr("The identifier has no value."));
    if (identifier.value.size() > 64)
        return invalid(
            tr("The identifier '%1' is longer than 64 characters.").arg(identifier.value.left(64)));
    // As long as HL7's universal id (HD-2) may be: a FHIR system URI is often longer than 64.
    constexpr int MaxAuthority = 199;
    if (identifier.authority.size() > MaxAuthority)
        return invalid(tr("The assigning authority '%1…' is longer than %2 characters.")
                           .arg(identifier.authority.left(64))
                           .arg(MaxAuthority));
    if (identifier.authority.trimmed().compare(QLatin1String(OwnAuthority), Qt::CaseInsensitive)
        == 0)
        return invalid(tr("%1 is this practice's own numbering, the MRN; name the system that "
                          "gave number %2.")
                           .arg(QLatin1String(OwnAuthority), identifier.value.trimmed().left(64)));
    if (identifier.typeCode.size() > 10)
        return invalid(tr("The identifier type '%1' is longer than 10 characters.")
                           .arg(identifier.typeCode.left(10)));
    return {};
}

Result<qint64> PatientService::findByIdentifier(const QString &value, const QString &authority)
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT patient_id FROM patient_identifiers WHERE value = ? AND authority = ?"));
    q.bind(1, value.trimmed()).bind(2, authority.trimmed());
    if (!q.next())
        return q.failed() ? Result<qint64>(q.error()) : Result<qint64>(qint64(0));
    const qint64 id = q.int64(0);
    q.finish();
    return resolveMerged(id);
}

Result<QList<qint64>> PatientService::findSamePerson(const Patient &person,
                                                     const QList<PatientIdentifier> &identifiers)
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    QList<qint64> found;
    if (!person.birthDate.isValid() || person.family.trimmed().isEmpty()
        || person.given.trimmed().isEmpty())
        return found;
    // Past MaxSamePerson records sharing a name and birth date, nobody can be told apart by
    // them, and a registration must not scan them all.
    QStringList authorities;
    for (const PatientIdentifier &id : identifiers)
        authorities << id.authority;
    QString numbered = QStringLiteral("0");
    if (!authorities.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < authorities.size(); ++i)
            marks << QStringLiteral("?");
        numbered = QStringLiteral("EXISTS (SELECT 1 FROM patient_identifiers i WHERE "
                                  "i.patient_id = p.id AND i.authority IN (%1))")
                       .arg(marks.join(QLatin1Char(',')));
    }
    Query q = m_context.db().query(
        QStringLiteral(
            "SELECT p.id, p.sex, p.middle, %1 FROM patients p WHERE p.sort_key = ? "
            "AND p.birth_date = ? AND p.merged_into IS NULL AND p.restricted = 0 LIMIT ?")
            .arg(numbered));
    int n = 1;
    for (const QString &authority : authorities)
        q.bind(n++, authority.trimmed());
    q.bind(n, PatientSearch::sortKey(person.family, person.given))
        .bind(n + 1, person.birthDate.toString(Qt::ISODate))
        .bind(n + 2, MaxSamePerson + 1);
    // Unknown says nothing; two known values that differ are two people.
    const auto differs = [](const QString &a, const QString &b) {
        const auto known = [](const QString &v) {
            return !v.isEmpty() && v != QLatin1String("unknown");
        };
        return known(a) && known(b) && a != b;
    };
    const QString middle = PatientSearch::fold(person.middle.trimmed()).left(1);
    int seen = 0;
    while (q.next()) {
        if (++seen > MaxSamePerson)
            return QList<qint64>();
        if (q.int64(3) != 0 || differs(q.text(1), person.sex)
            || differs(PatientSearch::fold(q.text(2)).left(1), middle))
            continue;
        found.append(q.int64(0));
    }
    if (q.failed())
        return q.error();
    q.finish();
    QList<qint64> left;
    for (const qint64 id : std::as_const(found)) {
        Result<bool> refuted = refutedMatch(id, identifiers);
        if (!refuted)
            return refuted.error();
        if (!refuted.value())
            left.append(id);
    }
    return left;
}

Result<QString> PatientService::mrnOf(qint64 id)
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral("SELECT mrn FROM patients WHERE id = ?"));
    q.bind(1, id);
    if (!q.next())
        return q.failed() ? Result<QString>(q.error()) : Result<QString>(QString());
    const QString mrn = q.text(0);
    q.finish();
    return mrn;
}

Result<bool> PatientService::isRestricted(qint64 id)
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    Result<qint64> survivor = resolveMerged(id);
    if (!survivor)
        return survivor.error();
    Query q = m_context.db().query(QStringLiteral("SELECT restricted FROM patients WHERE id = ?"));
    q.bind(1, survivor.value());
    if (!q.next())
        return q.failed() ? Result<bool>(q.error()) : Result<bool>(false);
    const bool restricted = q.int64(0) != 0;
    q.finish();
    return restricted;
}

Result<qint64> PatientService::findByMrn(const QString &mrn)
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"));
    q.bind(1, mrn.trimmed());
    if (!q.next())
        return q.failed() ? Result<qint64>(q.error()) : Result<qint64>(qint64(0));
    const qint64 id = q.int64(0);
    q.finish();
    return resolveMerged(id);
}

Result<QList<PatientIdentifier>> PatientService::identifiers(qint64 patientId)
{
    if (Status s = m_context.require(Permission::PatientRead, patientId); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT patient_id, value, authority, type_code FROM patient_identifiers "
                       "WHERE patient_id = ? ORDER BY id"));
    q.bind(1, patientId);
    QList<PatientIdentifier> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2), q.text(3)});
    if (q.failed())
        return q.error();
    return list;
}

Result<QStringList> PatientService::knownAuthorities()
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT authority FROM patient_identifiers WHERE authority <> '' GROUP BY "
                       "authority ORDER BY count(*) DESC, authority LIMIT ?"));
    q.bind(1, MaxAuthorities);
    QStringList list;
    while (q.next())
        list.append(q.text(0));
    if (q.failed())
        return q.error();
    return list;
}

Result<bool> PatientService::insertIdentifier(PatientIdentifier id)
{
    id.value = id.value.trimmed();
    id.authority = id.authority.trimmed();
    id.typeCode = id.typeCode.trimmed();
    if (Status s = validate(id); !s)
        return s.error();
    Database &db = m_context.db();
    Query existing = db.query(QStringLiteral(
        "SELECT patient_id FROM patient_identifiers WHERE value = ? AND authority = ?"));
    existing.bind(1, id.value).bind(2, id.authority);
    if (existing.next()) {
        if (existing.int64(0) != id.patientId)
            return conflict(tr("Identifier %1 (%2) already belongs to another patient.")
                                .arg(id.value, id.authority));
        return false;
    }
    existing.finish();
    Query ins = db.query(QStringLiteral("INSERT INTO patient_identifiers (patient_id, value, "
                                        "authority, type_code) VALUES (?, ?, ?, ?)"));
    ins.bind(1, id.patientId).bind(2, id.value).bind(3, id.authority).bind(4, id.typeCode);
    if (Status s = ins.exec(); !s)
        return s.error();
    return true;
}

Status PatientService::addIdentifier(const PatientIdentifier &id)
{
    if (Status s = m_context.require(Permission::PatientWrite, id.patientId); !s)
        return s;
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query patient = db.query(QStringLiteral("SELECT mrn, merged_into FROM patients WHERE id = ?"));
    patient.bind(1, id.patientId);
    if (!patient.next())
        return invalid(tr("No patient with id %1.").arg(id.patientId));
    const QString mrn = patient.text(0);
    if (patient.int64(1) != 0)
        return invalid(tr("Patient %1 was merged into another record.").arg(mrn));
    patient.finish();
    Result<bool> inserted = insertIdentifier(id);
    if (!inserted)
        return inserted.error();
    if (!inserted.value())
        return {};
    // Given back: no longer a withdrawal for the push to carry.
    if (Status s = settleWithdrawals(id.patientId, {id}); !s)
        return s;
    if (Status s =
            recordIdentifierChange(m_context, Constants::Audit::PatientIdentifierAdd, id, mrn);
        !s)
        return s;
    return tx.commit();
}

Status PatientService::removeIdentifier(const PatientIdentifier &id)
{
    if (Status s = m_context.require(Permission::PatientWrite, id.patientId); !s)
        return s;
    if (const Session *session = m_context.session(); session && session->role != Role::Interface) {
        if (Status s = m_context.require(Permission::PracticeAdmin, id.patientId); !s)
            return s;
    }
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query remove = db.query(QStringLiteral("DELETE FROM patient_identifiers WHERE patient_id = ? "
                                           "AND value = ? AND authority = ?"));
    remove.bind(1, id.patientId).bind(2, id.value.trimmed()).bind(3, id.authority.trimmed());
    if (Status s = remove.exec(); !s)
        return s;
    if (db.changes() == 0)
        return {};
    // What the server withdrew is gone there already; anything else is for the push to carry.
    Change removal;
    removal.origin = m_context.origin();
    if (!removal.fromServer()) {
        Query keep = db.query(QStringLiteral(
            "INSERT OR REPLACE INTO patient_identifier_withdrawals (patient_id, value, authority, "
            "at) VALUES (?, ?, ?, ?)"));
        keep.bind(1, id.patientId)
            .bind(2, id.value.trimmed())
            .bind(3, id.authority.trimmed())
            .bind(4, isoUtcMsNow());
        if (Status s = keep.exec(); !s)
            return s;
    }
    Result<QString> mrn = mrnOf(id.patientId);
    if (!mrn)
        return mrn.error();
    if (Status s = recordIdentifierChange(m_context, Constants::Audit::PatientIdentifierRemove, id,
                                          mrn.value());
        !s)
        return s;
    return tx.commit();
}

Result<QList<PatientIdentifier>> PatientService::withdrawnIdentifiers(qint64 patientId)
{
    if (Status s = m_context.require(Permission::PatientRead, patientId); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT value, authority FROM patient_identifier_withdrawals WHERE "
                       "patient_id = ? ORDER BY at, value"));
    q.bind(1, patientId);
    QList<PatientIdentifier> list;
    while (q.next())
        list.append({patientId, q.text(0), q.text(1), {}});
    if (q.failed())
        return q.error();
    return list;
}

Status PatientService::settleWithdrawals(qint64 patientId, const QList<PatientIdentifier> &settled)
{
    if (Status s = m_context.require(Permission::PatientWrite, patientId); !s)
        return s;
    for (const PatientIdentifier &id : settled) {
        Query q = m_context.db().query(
            QStringLiteral("DELETE FROM patient_identifier_withdrawals WHERE patient_id = ? AND "
                           "value = ? AND authority = ?"));
        q.bind(1, patientId).bind(2, id.value.trimmed()).bind(3, id.authority.trimmed());
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

void PatientService::addMergeHook(const QString &owner, MergeHook hook)
{
    for (auto &entry : m_mergeHooks) {
        if (entry.first == owner) {
            entry.second = std::move(hook);
            return;
        }
    }
    m_mergeHooks.append({owner, std::move(hook)});
}

Status PatientService::merge(qint64 survivorId, qint64 mergedId, const QString &reason)
{
    if (Status s = m_context.require(Permission::PatientWrite, survivorId); !s)
        return s;
    // A wrong merge files one person's history in another's chart, and only a person can undo
    // it: among people, practice admins merge. Interfaces carry merges decided elsewhere (an
    // ADT^A40, a merge pulled from the server).
    if (const Session *session = m_context.session(); session && session->role != Role::Interface) {
        if (Status s = m_context.require(Permission::PracticeAdmin, survivorId); !s)
            return s;
    }
    if (survivorId == mergedId)
        return invalid(tr("A patient cannot be merged into itself."));
    if (reason.size() > 500)
        return invalid(tr("The reason is longer than 500 characters."));
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    QString mrns[2];
    const qint64 ids[2] = {survivorId, mergedId};
    for (int i = 0; i < 2; ++i) {
        Query q = db.query(QStringLiteral("SELECT mrn, merged_into FROM patients WHERE id = ?"));
        q.bind(1, ids[i]);
        if (!q.next())
            return invalid(tr("No patient with id %1.").arg(ids[i]));
        mrns[i] = q.text(0);
        if (q.int64(1) != 0)
            return invalid(tr("Patient %1 was already merged into another record.").arg(mrns[i]));
    }
    const QString stamp = isoUtcMsNow();
    const QString statements[] = {
        QStringLiteral("UPDATE patient_identifiers SET patient_id = ? WHERE patient_id = ?"),
        // The survivor's copy on the server gets the merged record's identifiers: it must not
        // get back one withdrawn from the merged record either.
        QStringLiteral("UPDATE OR IGNORE patient_identifier_withdrawals SET patient_id = ? "
                       "WHERE patient_id = ?"),
        // An undo of a match, and the refusal to match the same numbers again, follow the person.
        QStringLiteral(
            "UPDATE patient_same_person_matches SET patient_id = ? WHERE patient_id = ?"),
        // Records merged into the merged one earlier now point at the survivor directly.
        QStringLiteral("UPDATE patients SET merged_into = ? WHERE merged_into = ?"),
        QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"),
    };
    for (const QString &sql : statements) {
        Query q = db.query(sql);
        q.bind(1, survivorId).bind(2, mergedId);
        if (Status s = q.exec(); !s)
            return s;
    }
    if (Status s = PatientSearch::unindex(db, mergedId); !s)
        return s;
    const MergeEvent event{db, survivorId, mergedId, m_context.origin()};
    for (const auto &[owner, hook] : std::as_const(m_mergeHooks)) {
        if (Status s = hook(event); !s)
            return Error{s.error().code,
                         tr("Merging %1's records: %2").arg(owner, s.error().message)};
    }
    const Session *session = m_context.session();
    Query log = db.query(QStringLiteral(
        "INSERT INTO patient_merges (survivor_id, merged_id, merged_mrn, at, by_user, source, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    log.bind(1, survivorId)
        .bind(2, mergedId)
        .bind(3, mrns[1])
        .bind(4, stamp)
        .bind(5, session ? session->username : QStringLiteral("system"))
        .bind(6, m_context.origin())
        .bind(7, reason);
    if (Status s = log.exec(); !s)
        return s;
    if (Status s =
            ChangeLog::record(db, QStringLiteral("Patient"), survivorId, QStringLiteral("merge"),
                              m_context.origin(), QString::number(mergedId));
        !s)
        return s;
    if (Status s = m_context.record(
            Constants::Audit::PatientMerge, QLatin1String(Constants::OutcomeOk), survivorId,
            mrns[0],
            QStringLiteral("merged %1 (id %2): %3").arg(mrns[1]).arg(mergedId).arg(reason));
        !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> PatientService::recordsOfPerson(const QString &mrn)
{
    if (Status s = m_context.require(Permission::AuditRead); !s)
        return s.error();
    Database &db = m_context.db();
    Query holder =
        db.query(QStringLiteral("SELECT coalesce(merged_into, id) FROM patients WHERE mrn = ?"));
    holder.bind(1, mrn.trimmed());
    if (!holder.next())
        return holder.failed() ? Result<QList<qint64>>(holder.error())
                               : Result<QList<qint64>>(QList<qint64>());
    const qint64 survivor = holder.int64(0);
    holder.finish();
    // A record merged into one that was merged later still names its first survivor in
    // patient_merges, so the merges are followed down from the survivor.
    Query q = db.query(QStringLiteral(
        "WITH RECURSIVE person (id) AS (SELECT ? UNION "
        "SELECT m.merged_id FROM patient_merges m JOIN person p ON m.survivor_id = p.id) "
        "SELECT id FROM person"));
    q.bind(1, survivor);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.int64(0));
    if (q.failed())
        return q.error();
    return ids;
}

Result<QList<PatientMerge>> PatientService::merges(qint64 survivorId)
{
    if (Status s = m_context.require(Permission::PatientRead, survivorId); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT survivor_id, merged_id, merged_mrn, at, by_user, source, reason "
                       "FROM patient_merges WHERE survivor_id = ? ORDER BY id"));
    q.bind(1, survivorId);
    QList<PatientMerge> list;
    while (q.next()) {
        PatientMerge m;
        m.survivorId = q.int64(0);
        m.mergedId = q.int64(1);
        m.mergedMrn = q.text(2);
        m.at = QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
        m.byUser = q.text(4);
        m.source = q.text(5);
        m.reason = q.text(6);
        list.append(m);
    }
    if (q.failed())
        return q.error();
    return list;
}

} // namespace Ambulo::Core
