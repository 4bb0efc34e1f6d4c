// Registrations another system sent that were taken to be a record here by name and birth date:
// kept (what the record was before, what the match made it) so that an admin who finds one wrong
// can undo it, and so that the same numbers are never matched to that record by name again. The
// rest of PatientService is in patientservice.cpp and patientidentity.cpp.
#include "core/entities/patientservice.h"

#include "core/constants.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/store/isotime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Ambulo::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Core::PatientService", text);
}

// The demographics another system's registration writes. The birth date is not among them: a
// match has the record's own.
struct Field
{
    const char *key;
    const char *label;
    QString Patient::*member;
};
const Field Fields[] = {
    {"family", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "family name"), &Patient::family},
    {"given", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "given name"), &Patient::given},
    {"middle", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "middle name"), &Patient::middle},
    {"sex", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "sex"), &Patient::sex},
    {"addressLine", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "street address"),
     &Patient::addressLine},
    {"city", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "city"), &Patient::city},
    {"state", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "state"), &Patient::state},
    {"postalCode", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "ZIP code"),
     &Patient::postalCode},
    {"phoneHome", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "home phone"),
     &Patient::phoneHome},
    {"phoneMobile", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "mobile phone"),
     &Patient::phoneMobile},
    {"email", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "email"), &Patient::email},
    {"language", QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "language"), &Patient::language},
};

QByteArray fieldsJson(const Patient &p)
{
    QJsonObject o;
    for (const Field &f : Fields)
        o.insert(QLatin1String(f.key), p.*f.member);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray identifiersJson(const QList<PatientIdentifier> &identifiers)
{
    QJsonArray list;
    for (const PatientIdentifier &id : identifiers)
        list.append(QJsonArray{id.value.trimmed(), id.authority.trimmed(), id.typeCode.trimmed()});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<PatientIdentifier> identifiersFrom(qint64 patientId, const QByteArray &json)
{
    QList<PatientIdentifier> list;
    const QJsonArray all = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : all) {
        const QJsonArray id = v.toArray();
        list.append({patientId, id.at(0).toString(), id.at(1).toString(), id.at(2).toString()});
    }
    return list;
}

bool holds(const QList<PatientIdentifier> &list, const PatientIdentifier &id)
{
    return std::any_of(list.cbegin(), list.cend(), [&id](const PatientIdentifier &other) {
        return other.value == id.value.trimmed() && other.authority == id.authority.trimmed();
    });
}

QString numbersText(const QList<PatientIdentifier> &identifiers)
{
    QStringList numbers;
    for (const PatientIdentifier &id : identifiers)
        numbers << QStringLiteral("%1^%2").arg(id.value.trimmed(), id.authority.trimmed());
    return numbers.join(QLatin1Char(' '));
}

} // namespace

Status PatientService::noteSamePerson(const Patient &before, const Patient &after,
                                      const QList<PatientIdentifier> &identifiers,
                                      const QString &source)
{
    if (Status s = m_context.require(Permission::PatientWrite, after.id); !s)
        return s;
    Result<QString> mrn = mrnOf(after.id);
    if (!mrn)
        return mrn.error();
    Query keep = m_context.db().query(QStringLiteral(
        "INSERT INTO patient_same_person_matches (patient_id, at, source, identifiers, "
        "before_fields, after_fields) VALUES (?, ?, ?, ?, ?, ?)"));
    keep.bind(1, after.id)
        .bind(2, isoUtcMsNow())
        .bind(3, source.left(200))
        .bind(4, QString::fromUtf8(identifiersJson(identifiers)))
        .bind(5, QString::fromUtf8(fieldsJson(before)))
        .bind(6, QString::fromUtf8(fieldsJson(after)));
    if (Status s = keep.exec(); !s)
        return s;
    return m_context.record(Constants::Audit::PatientSamePersonMatch,
                            QLatin1String(Constants::OutcomeOk), after.id, mrn.value(),
                            QStringLiteral("%1 by name and birth date: %2")
                                .arg(numbersText(identifiers), source.left(200)),
                            true);
}

Result<bool> PatientService::refutedMatch(qint64 patientId,
                                          const QList<PatientIdentifier> &identifiers)
{
    Query q = m_context.db().query(
        QStringLiteral("SELECT identifiers FROM patient_same_person_matches WHERE patient_id = ?"));
    q.bind(1, patientId);
    while (q.next()) {
        const QList<PatientIdentifier> brought = identifiersFrom(patientId, q.text(0).toUtf8());
        for (const PatientIdentifier &id : identifiers) {
            if (holds(brought, id))
                return true;
        }
    }
    if (q.failed())
        return q.error();
    return false;
}

Result<QList<SamePersonMatch>> PatientService::openMatches(Query &q)
{
    QList<SamePersonMatch> list;
    QHash<qint64, QList<PatientIdentifier>> held;
    while (q.next()) {
        SamePersonMatch match{q.int64(0), q.int64(1), q.text(2), q.text(3), {}, q.text(7), {}};
        if (!held.contains(match.patientId)) {
            Result<QList<PatientIdentifier>> numbers = identifiers(match.patientId);
            if (!numbers)
                return numbers.error();
            held.insert(match.patientId, numbers.value());
        }
        for (const PatientIdentifier &id : identifiersFrom(match.patientId, q.text(4).toUtf8())) {
            if (holds(held.value(match.patientId), id))
                match.identifiers.append(id);
        }
        // A match whose numbers have all been taken off has nothing left to undo or review.
        if (match.identifiers.isEmpty())
            continue;
        const QJsonObject before = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.text(6).toUtf8()).object();
        for (const Field &f : Fields) {
            if (before.value(QLatin1String(f.key)) != after.value(QLatin1String(f.key)))
                match.changed << tr(f.label);
        }
        list.append(match);
    }
    if (q.failed())
        return q.error();
    return list;
}

namespace {

const QString OpenMatchColumns = QStringLiteral(
    "SELECT m.id, m.patient_id, m.at, m.source, m.identifiers, m.before_fields, m.after_fields, "
    "p.mrn FROM patient_same_person_matches m JOIN patients p ON p.id = m.patient_id WHERE "
    "m.undone_at IS NULL AND m.confirmed_at IS NULL ");

} // namespace

Result<QList<SamePersonMatch>> PatientService::samePersonMatches(qint64 patientId)
{
    if (Status s = m_context.require(Permission::PatientRead, patientId); !s)
        return s.error();
    Query q = m_context.db().query(OpenMatchColumns
                                   + QStringLiteral("AND m.patient_id = ? ORDER BY m.id DESC"));
    q.bind(1, patientId);
    return openMatches(q);
}

Result<QList<SamePersonMatch>> PatientService::samePersonReview()
{
    if (Status s = m_context.require(Permission::PracticeAdmin); !s)
        return s.error();
    Query q = m_context.db().query(OpenMatchColumns + QStringLiteral("ORDER BY m.id DESC LIMIT ?"));
    q.bind(1, MaxReview);
    return openMatches(q);
}

Result<QList<SamePersonChange>> PatientService::samePersonChanges(qint64 matchId)
{
    Query q = m_context.db().query(QStringLiteral(
        "SELECT patient_id, before_fields, after_fields FROM patient_same_person_matches WHERE "
        "id = ? AND undone_at IS NULL AND confirmed_at IS NULL"));
    q.bind(1, matchId);
    if (!q.next())
        return q.failed() ? Result<QList<SamePersonChange>>(q.error())
                          : Result<QList<SamePersonChange>>(
                              invalid(tr("No match %1 is waiting for review.").arg(matchId)));
    const qint64 patientId = q.int64(0);
    const QJsonObject before = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
    q.finish();
    if (Status s = m_context.require(Permission::PatientRead, patientId); !s)
        return s.error();
    Result<Patient> now = load(QStringLiteral("id"), QString::number(patientId));
    if (!now)
        return now.error();
    if (now->restricted)
        return denied(tr("%1 is a restricted record: open it with a reason (break-glass) to "
                         "compare.")
                          .arg(now->mrn));
    if (Status s =
            m_context.record(Constants::Audit::PatientRead, QLatin1String(Constants::OutcomeOk),
                             patientId, now->mrn, QStringLiteral("name match review"));
        !s)
        return s.error();
    QList<SamePersonChange> changes;
    for (const Field &f : Fields) {
        const QString was = before.value(QLatin1String(f.key)).toString();
        const QString made = after.value(QLatin1String(f.key)).toString();
        if (was != made)
            changes.append({tr(f.label), was, made, now.value().*f.member});
    }
    return changes;
}

Status PatientService::confirmSamePerson(qint64 matchId)
{
    Database &db = m_context.db();
    Query q = db.query(QStringLiteral(
        "SELECT m.patient_id, p.mrn, m.identifiers, m.source FROM patient_same_person_matches m "
        "JOIN patients p ON p.id = m.patient_id WHERE m.id = ? AND m.undone_at IS NULL AND "
        "m.confirmed_at IS NULL"));
    q.bind(1, matchId);
    if (!q.next())
        return q.failed() ? Status(q.error())
                          : Status(invalid(tr("No match %1 is waiting for review.").arg(matchId)));
    const qint64 patientId = q.int64(0);
    const QString mrn = q.text(1);
    const QString numbers = numbersText(identifiersFrom(patientId, q.text(2).toUtf8()));
    const QString source = q.text(3);
    q.finish();
    if (Status s = m_context.require(Permission::PracticeAdmin, patientId); !s)
        return s;
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query mark = db.query(
        QStringLiteral("UPDATE patient_same_person_matches SET confirmed_at = ?, before_fields = "
                       "'{}', after_fields = '{}' WHERE id = ?"));
    mark.bind(1, isoUtcMsNow()).bind(2, matchId);
    if (Status s = mark.exec(); !s)
        return s;
    if (Status s = m_context.record(Constants::Audit::PatientSamePersonConfirm,
                                    QLatin1String(Constants::OutcomeOk), patientId, mrn,
                                    QStringLiteral("%1 confirmed: %2").arg(numbers, source));
        !s)
        return s;
    return tx.commit();
}

Result<SamePersonUndo> PatientService::undoSamePerson(qint64 matchId)
{
    Database &db = m_context.db();
    Query q = db.query(
        QStringLiteral("SELECT patient_id, identifiers, before_fields, after_fields, undone_at, "
                       "confirmed_at FROM patient_same_person_matches WHERE id = ?"));
    q.bind(1, matchId);
    if (!q.next())
        return q.failed() ? Result<SamePersonUndo>(q.error())
                          : Result<SamePersonUndo>(invalid(tr("No match %1.").arg(matchId)));
    const qint64 patientId = q.int64(0);
    const QList<PatientIdentifier> brought = identifiersFrom(patientId, q.text(1).toUtf8());
    const QJsonObject before = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
    const bool undone = !q.isNull(4);
    const bool confirmed = !q.isNull(5);
    q.finish();
    // As for taking a number off by hand: the numbers decide whose chart messages go to.
    if (Status s = m_context.require(Permission::PracticeAdmin, patientId); !s)
        return s.error();
    if (undone)
        return invalid(tr("That match was undone already."));
    if (confirmed)
        return invalid(tr("That match was confirmed as right; take a wrong number off by hand."));

    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    // A merge moves the record's matches to the survivor, so this is the record as it is now.
    Result<Patient> current = load(QStringLiteral("id"), QString::number(patientId));
    if (!current)
        return current.error();
    SamePersonUndo result;
    Patient restored = current.value();
    for (const Field &f : Fields) {
        const QString was = before.value(QLatin1String(f.key)).toString();
        const QString made = after.value(QLatin1String(f.key)).toString();
        if (was == made)
            continue;
        // Changed again since (by the front desk, the sender's next message, the server): the
        // newer value stays, for a person to check.
        if (restored.*f.member != made) {
            result.kept << tr(f.label);
            continue;
        }
        restored.*f.member = was;
        result.restored << tr(f.label);
    }
    if (!result.restored.isEmpty()) {
        if (Status s = update(restored); !s)
            return s.error();
    }
    Result<QList<PatientIdentifier>> held = identifiers(patientId);
    if (!held)
        return held.error();
    for (const PatientIdentifier &id : brought) {
        if (!holds(held.value(), id))
            continue;
        if (Status s = removeIdentifier(id); !s)
            return s.error();
        result.removed.append(id);
    }
    // The numbers stay, so they are not matched to this record again; the demographics copies
    // have served their purpose and go.
    Query mark = db.query(
        QStringLiteral("UPDATE patient_same_person_matches SET undone_at = ?, before_fields = "
                       "'{}', after_fields = '{}' WHERE id = ?"));
    mark.bind(1, isoUtcMsNow()).bind(2, matchId);
    if (Status s = mark.exec(); !s)
        return s.error();
    if (Status s = m_context.record(
            Constants::Audit::PatientSamePersonUndo, QLatin1String(Constants::OutcomeOk), patientId,
            current->mrn,
            QStringLiteral("%1 taken off; put back: %2; left as changed since: %3")
                .arg(numbersText(result.removed), result.restored.join(QLatin1String(", ")),
                     result.kept.join(QLatin1String(", "))));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace Ambulo::Core
