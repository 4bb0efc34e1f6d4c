#include "core/entities/patientservice.h"

#include "core/sync/changelog.h"

#include "core/constants.h"
#include "core/entities/patientsearch.h"
#include "core/session/breakglass.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/store/isotime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Ambulo::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Core::PatientService", text);
}

const QString PatientColumns = QStringLiteral(
    "id, mrn, family, given, middle, birth_date, sex, address_line, city, state, postal_code, "
    "phone_home, phone_mobile, email, language, preferred_contact, restricted");

Patient readPatient(const Query &q)
{
    Patient p;
    p.id = q.int64(0);
    p.mrn = q.text(1);
    p.family = q.text(2);
    p.given = q.text(3);
    p.middle = q.text(4);
    p.birthDate = QDate::fromString(q.text(5), Qt::ISODate);
    p.sex = q.text(6);
    p.addressLine = q.text(7);
    p.city = q.text(8);
    p.state = q.text(9);
    p.postalCode = q.text(10);
    p.phoneHome = q.text(11);
    p.phoneMobile = q.text(12);
    p.email = q.text(13);
    p.language = q.text(14);
    p.preferredContact = q.text(15);
    p.restricted = q.int64(16) != 0;
    return p;
}

// The editable columns, in the order bindFields() binds them.
const QStringList FieldColumns{QStringLiteral("family"),       QStringLiteral("given"),
                               QStringLiteral("middle"),       QStringLiteral("birth_date"),
                               QStringLiteral("sex"),          QStringLiteral("address_line"),
                               QStringLiteral("city"),         QStringLiteral("state"),
                               QStringLiteral("postal_code"),  QStringLiteral("phone_home"),
                               QStringLiteral("phone_mobile"), QStringLiteral("email"),
                               QStringLiteral("language"),     QStringLiteral("preferred_contact"),
                               QStringLiteral("restricted"),   QStringLiteral("sort_key")};

// Binds FieldColumns from parameter `first` on; returns the next free parameter.
int bindFields(Query &q, const Patient &p, int first);

QString now()
{
    return isoUtcMsNow();
}

int bindFields(Query &q, const Patient &p, int first)
{
    const QVariant values[] = {p.family,
                               p.given,
                               p.middle,
                               p.birthDate.toString(Qt::ISODate),
                               p.sex,
                               p.addressLine,
                               p.city,
                               p.state,
                               p.postalCode,
                               p.phoneHome,
                               p.phoneMobile,
                               p.email,
                               p.language,
                               p.preferredContact,
                               p.restricted ? 1 : 0,
                               PatientSearch::sortKey(p.family, p.given)};
    static_assert(std::size(values) == 16);
    int i = first;
    for (const QVariant &v : values)
        q.bind(i++, v.isNull() ? QVariant(QString(QLatin1String(""))) : v);
    return i;
}

// The local date, looked up at most once a second: QDate::currentDate() reads the time zone
// again on every call (glibc stats /etc/localtime), and a bulk import validates thousands of
// records a second. A refusal asks the clock again (futureDate), so just after midnight a birth
// on the new day is never refused for the cached yesterday.
QDate today()
{
    thread_local QDate date;
    thread_local QDeadlineTimer fresh;
    if (!date.isValid() || fresh.hasExpired()) {
        date = QDate::currentDate();
        fresh.setRemainingTime(1000);
    }
    return date;
}

bool futureDate(const QDate &date)
{
    return date > today() && date > QDate::currentDate();
}

bool validMrn(const QString &mrn)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
    return pattern.match(mrn).hasMatch();
}

} // namespace

PatientService::PatientService(ServiceContext &context)
    : m_context(context)
{}

Status PatientService::validate(const Patient &p)
{
    if (p.family.trimmed().isEmpty())
        return invalid(tr("The family name is required."));
    if (p.given.trimmed().isEmpty())
        return invalid(tr("The given name is required."));
    if (!p.birthDate.isValid())
        return invalid(tr("The date of birth is missing or not a real date."));
    if (futureDate(p.birthDate))
        return invalid(
            tr("The date of birth %1 is in the future.").arg(p.birthDate.toString(Qt::ISODate)));
    if (p.birthDate < QDate(1890, 1, 1))
        return invalid(
            tr("The date of birth %1 is before 1890.").arg(p.birthDate.toString(Qt::ISODate)));
    static const QStringList sexes{QStringLiteral("female"), QStringLiteral("male"),
                                   QStringLiteral("other"), QStringLiteral("unknown")};
    if (!sexes.contains(p.sex))
        return invalid(tr("Sex must be one of female, male, other or unknown (not '%1').")
                           .arg(p.sex.left(20)));
    static const QStringList contacts{QString(), QStringLiteral("phone"), QStringLiteral("sms"),
                                      QStringLiteral("email"), QStringLiteral("mail")};
    if (!contacts.contains(p.preferredContact))
        return invalid(tr("Preferred contact must be phone, sms, email or mail."));
    if (p.preferredContact == QLatin1String("email") && p.email.isEmpty())
        return invalid(tr("Email is the preferred contact, but no email address is given."));
    if (p.preferredContact == QLatin1String("sms") && p.phoneMobile.isEmpty())
        return invalid(tr("SMS is the preferred contact, but no mobile number is given."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        return invalid(tr("'%1' is not an email address.").arg(p.email.left(80)));
    for (const QString &phone : {p.phoneHome, p.phoneMobile}) {
        const QString digits = PatientSearch::digitsOnly(phone);
        if (!phone.isEmpty() && (digits.size() < 7 || digits.size() > 15))
            return invalid(tr("'%1' is not a phone number.").arg(phone.left(40)));
    }
    if (!p.mrn.isEmpty() && !validMrn(p.mrn))
        return invalid(
            tr("MRN '%1' is not valid: use up to 20 letters, digits or '-'.").arg(p.mrn.left(40)));
    const struct
    {
        const QString &value;
        int max;
        const char *name;
    } limits[] = {
        {p.family, 100, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Family name")},
        {p.given, 100, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Given name")},
        {p.middle, 100, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Middle name")},
        {p.addressLine, 200, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Address")},
        {p.city, 100, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "City")},
        {p.state, 50, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "State")},
        {p.postalCode, 20, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Postal code")},
        {p.email, 200, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Email")},
        {p.language, 35, QT_TRANSLATE_NOOP("Ambulo::Core::PatientService", "Language")},
    };
    for (const auto &limit : limits) {
        if (limit.value.size() > limit.max)
            return invalid(
                tr("%1 is longer than %2 characters.").arg(tr(limit.name)).arg(limit.max));
    }
    return {};
}

Result<QString> PatientService::nextMrn()
{
    Query q = m_context.db().query(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM patients"));
    if (!q.next())
        return q.error();
    qint64 n = q.int64(0);
    // Imported records may already use the obvious next number.
    for (;; ++n) {
        const QString candidate = QStringLiteral("M%1").arg(n, 7, 10, QLatin1Char('0'));
        Query taken = m_context.db().query(QStringLiteral("SELECT 1 FROM patients WHERE mrn = ?"));
        taken.bind(1, candidate);
        if (!taken.next())
            return candidate;
    }
}

Status PatientService::writeSearchIndex(const Patient &p)
{
    if (Status s = PatientSearch::unindex(m_context.db(), p.id); !s)
        return s;
    return PatientSearch::index(m_context.db(), p);
}

Result<qint64> PatientService::insert(Patient &p)
{
    p.family = p.family.trimmed();
    p.given = p.given.trimmed();
    p.middle = p.middle.trimmed();
    if (Status s = validate(p); !s)
        return s.error();
    Database &db = m_context.db();
    if (p.mrn.isEmpty()) {
        Result<QString> mrn = nextMrn();
        if (!mrn)
            return mrn.error();
        p.mrn = mrn.value();
    } else {
        Query taken = db.query(QStringLiteral("SELECT 1 FROM patients WHERE mrn = ?"));
        taken.bind(1, p.mrn);
        if (taken.next())
            return conflict(tr("MRN %1 is already in use.").arg(p.mrn));
    }
    const QString stamp = now();
    // Built once: an import inserts thousands of records a second.
    static const QString InsertSql =
        QStringLiteral("INSERT INTO patients (mrn, %1, created_at, updated_at) VALUES (?%2, ?, ?)")
            .arg(FieldColumns.join(QStringLiteral(", ")),
                 QStringLiteral(", ?").repeated(FieldColumns.size()));
    Query q = db.query(InsertSql);
    q.bind(1, p.mrn);
    const int next = bindFields(q, p, 2);
    q.bind(next, stamp).bind(next + 1, stamp);
    if (Status s = q.exec(); !s)
        return s.error();
    p.id = db.lastInsertId();
    if (Status s = PatientSearch::index(db, p); !s)
        return s.error();
    return p.id;
}

Result<qint64> PatientService::create(Patient p, const QList<PatientIdentifier> &identifiers)
{
    Result<Patient> created = createRecord(std::move(p), identifiers);
    if (!created)
        return created.error();
    return created->id;
}

Result<Patient> PatientService::createRecord(Patient p, const QList<PatientIdentifier> &identifiers)
{
    if (Status s = m_context.require(Permission::PatientWrite); !s)
        return s.error();
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    if (Result<qint64> id = insert(p); !id)
        return id.error();
    for (PatientIdentifier identifier : identifiers) {
        identifier.patientId = p.id;
        if (Result<bool> inserted = insertIdentifier(identifier); !inserted)
            return inserted.error();
    }
    if (Status s = ChangeLog::record(m_context.db(), QStringLiteral("Patient"), p.id,
                                     QStringLiteral("create"), m_context.origin());
        !s)
        return s.error();
    if (Status s = m_context.record(Constants::Audit::PatientCreate,
                                    QLatin1String(Constants::OutcomeOk), p.id, p.mrn);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<QList<qint64>> PatientService::import(QList<Patient> patients,
                                             const QList<QList<PatientIdentifier>> &identifiers)
{
    if (Status s = m_context.require(Permission::PatientWrite); !s)
        return s.error();
    if (patients.isEmpty())
        return QList<qint64>();
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    QList<qint64> ids;
    ids.reserve(patients.size());
    for (qsizetype i = 0; i < patients.size(); ++i) {
        Result<qint64> id = insert(patients[i]);
        if (!id)
            return Error{id.error().code,
                         tr("Record %1 of the import: %2").arg(i + 1).arg(id.error().message)};
        for (PatientIdentifier identifier : identifiers.value(i)) {
            identifier.patientId = id.value();
            if (Result<bool> inserted = insertIdentifier(identifier); !inserted)
                return Error{
                    inserted.error().code,
                    tr("Record %1 of the import: %2").arg(i + 1).arg(inserted.error().message)};
        }
        if (Status s = ChangeLog::record(m_context.db(), QStringLiteral("Patient"), id.value(),
                                         QStringLiteral("create"), m_context.origin());
            !s)
            return s.error();
        ids.append(id.value());
    }
    if (Status s = m_context.record(Constants::Audit::PatientImport,
                                    QLatin1String(Constants::OutcomeOk), 0, {},
                                    QStringLiteral("%1 patients, MRN %2 to %3")
                                        .arg(patients.size())
                                        .arg(patients.first().mrn, patients.last().mrn));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Status PatientService::update(const Patient &input)
{
    if (Status s = m_context.require(Permission::PatientWrite, input.id, input.mrn); !s)
        return s;
    Patient p = input;
    p.family = p.family.trimmed();
    p.given = p.given.trimmed();
    p.middle = p.middle.trimmed();
    if (Status s = validate(p); !s)
        return s;
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query existing = db.query(QStringLiteral("SELECT mrn, merged_into FROM patients WHERE id = ?"));
    existing.bind(1, p.id);
    if (!existing.next())
        return invalid(tr("No patient with id %1.").arg(p.id));
    p.mrn = existing.text(0); // the MRN is the patient's identity; it does not change here
    if (existing.int64(1) != 0)
        return invalid(
            tr("Patient %1 was merged into another record; update that one.").arg(p.mrn));
    existing.finish();
    Query q = db.query(QStringLiteral("UPDATE patients SET %1 = ?, updated_at = ? WHERE id = ?")
                           .arg(FieldColumns.join(QStringLiteral(" = ?, "))));
    const int next = bindFields(q, p, 1);
    q.bind(next, now()).bind(next + 1, p.id);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = writeSearchIndex(p); !s)
        return s;
    if (Status s = ChangeLog::record(db, QStringLiteral("Patient"), p.id, QStringLiteral("update"),
                                     m_context.origin());
        !s)
        return s;
    if (Status s = m_context.record(Constants::Audit::PatientUpdate,
                                    QLatin1String(Constants::OutcomeOk), p.id, p.mrn);
        !s)
        return s;
    return tx.commit();
}

Result<QString> PatientService::changeMrn(qint64 id, const QString &requested,
                                          const QString &reason)
{
    if (Status s = m_context.require(Permission::PatientWrite, id); !s)
        return s.error();
    if (reason.size() > 500)
        return invalid(tr("The reason is longer than 500 characters."));
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query existing = db.query(QStringLiteral("SELECT mrn, merged_into FROM patients WHERE id = ?"));
    existing.bind(1, id);
    if (!existing.next())
        return invalid(tr("No patient with id %1.").arg(id));
    const QString old = existing.text(0);
    if (existing.int64(1) != 0)
        return invalid(tr("Patient %1 was merged into another record.").arg(old));
    existing.finish();
    QString mrn = requested.trimmed();
    if (mrn.isEmpty()) {
        Result<QString> next = nextMrn();
        if (!next)
            return next.error();
        mrn = next.value();
    } else {
        if (!validMrn(mrn))
            return invalid(tr("MRN '%1' is not valid: use up to 20 letters, digits or '-'.")
                               .arg(mrn.left(40)));
        Query taken = db.query(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"));
        taken.bind(1, mrn);
        if (taken.next()) {
            if (taken.int64(0) == id)
                return mrn;
            return conflict(tr("MRN %1 is already in use.").arg(mrn));
        }
    }
    Query q = db.query(QStringLiteral("UPDATE patients SET mrn = ?, updated_at = ? WHERE id = ?"));
    q.bind(1, mrn).bind(2, now()).bind(3, id);
    if (Status s = q.exec(); !s)
        return s.error();
    Result<Patient> changed = load(QStringLiteral("id"), QString::number(id));
    if (!changed)
        return changed.error();
    if (Status s = writeSearchIndex(changed.value()); !s)
        return s.error();
    if (Status s = ChangeLog::record(db, QStringLiteral("Patient"), id, QStringLiteral("update"),
                                     m_context.origin());
        !s)
        return s.error();
    if (Status s = m_context.record(Constants::Audit::PatientMrnChange,
                                    QLatin1String(Constants::OutcomeOk), id, mrn,
                                    QStringLiteral("MRN %1 -> %2: %3").arg(old, mrn, reason));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return mrn;
}

Result<SearchResult> PatientService::search(const QString &typed, int limit, SearchUse use)
{
    if (Status s = m_context.require(Permission::PatientSearch); !s)
        return s.error();
    if (typed.size() > 200)
        return invalid(tr("The search text is longer than 200 characters."));
    if (limit < 1 || limit > 500)
        return invalid(tr("The result limit must be between 1 and 500."));
    SearchResult result;
    const QString expression = PatientSearch::matchExpression(typed);
    if (expression.isEmpty())
        return result;

    // The index yields matching patients in id order; at most MaxExamined of them are sorted
    // by name, so a two-letter search on a million patients costs what a precise one does.
    struct Candidate
    {
        QString sortKey;
        PatientMatch match;
    };
    std::vector<Candidate> candidates;
    Query q = m_context.db().query(QStringLiteral(
        "SELECT p.id, p.mrn, p.family, p.given, p.birth_date, p.sex, p.restricted, p.sort_key "
        "FROM patient_search f JOIN patients p ON p.id = f.docid "
        "WHERE patient_search MATCH ? AND p.merged_into IS NULL LIMIT ?"));
    q.bind(1, expression).bind(2, MaxExamined + 1);
    while (q.next()) {
        Candidate c;
        c.match.id = q.int64(0);
        c.match.mrn = q.text(1);
        c.match.family = q.text(2);
        c.match.given = q.text(3);
        c.match.birthDate = QDate::fromString(q.text(4), Qt::ISODate);
        c.match.sex = q.text(5);
        c.match.restricted = q.int64(6) != 0;
        c.sortKey = q.text(7);
        candidates.push_back(std::move(c));
    }
    if (q.failed())
        return q.error();
    if (candidates.size() > size_t(MaxExamined)) {
        result.truncated = true;
        candidates.pop_back();
    }
    q.finish();
    const auto byName = [](const Candidate &a, const Candidate &b) {
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        if (a.match.birthDate != b.match.birthDate)
            return a.match.birthDate < b.match.birthDate;
        return a.match.id < b.match.id;
    };
    const auto shown = std::min(candidates.size(), size_t(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(shown), candidates.end(),
                      byName);
    if (candidates.size() > shown)
        result.truncated = true;
    for (size_t i = 0; i < shown; ++i)
        result.matches.append(candidates[i].match);
    if (use == SearchUse::Listing) {
        QStringList mrns;
        for (const PatientMatch &m : std::as_const(result.matches))
            mrns << m.mrn;
        if (Status s = m_context.record(
                Constants::Audit::PatientSearch, QLatin1String(Constants::OutcomeOk), 0, {},
                QStringLiteral("listed: %1").arg(mrns.join(QLatin1Char(' '))));
            !s)
            return s.error();
    }
    return result;
}

Result<Patient> PatientService::load(const QString &where, const QString &value)
{
    Query q = m_context.db().query(QStringLiteral("SELECT ") + PatientColumns
                                   + QStringLiteral(" FROM patients WHERE ") + where
                                   + QStringLiteral(" = ?"));
    q.bind(1, value);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return invalid(tr("No patient %1.").arg(value.left(40)));
    }
    return readPatient(q);
}

Result<Patient> PatientService::open(qint64 id, const QString &breakGlassReason)
{
    if (Status s = m_context.require(Permission::PatientRead, id); !s)
        return s.error();
    Result<qint64> survivor = resolveMerged(id);
    if (!survivor)
        return survivor.error();
    Result<Patient> p = load(QStringLiteral("id"), QString::number(survivor.value()));
    if (!p)
        return p;
    if (p->restricted) {
        // The restriction keeps people out of the chart. A connector (HL7 interface, FHIR sync)
        // moves the record between the practice's systems, which carry the restriction on, and
        // shows it to no one: its reads are audited, not flagged for review.
        if (const Session *session = m_context.session();
            session && session->role == Role::Interface && breakGlassReason.isEmpty()) {
            if (Status s = m_context.record(Constants::Audit::PatientRead,
                                            QLatin1String(Constants::OutcomeOk), p->id, p->mrn,
                                            QStringLiteral("restricted record, read by %1 to "
                                                           "exchange it")
                                                .arg(session->username));
                !s)
                return s.error();
            return p;
        }
        const QString reason = breakGlassReason.trimmed();
        if (reason.isEmpty()) {
            (void)m_context.record(Constants::Audit::PatientRead,
                                   QLatin1String(Constants::OutcomeDenied), p->id, p->mrn,
                                   QStringLiteral("restricted record; no break-glass reason"));
            const Session *session = m_context.session();
            if (!session || !session->has(Permission::BreakGlass))
                return denied(tr("This record is restricted, and your role may not open "
                                 "restricted records."));
            return denied(tr("This record is restricted. Give a reason to open it (break-glass)."));
        }
        if (Status s = requireBreakGlass(m_context, reason, p->id, p->mrn); !s)
            return s.error();
        if (Status s =
                m_context.record(Constants::Audit::BreakGlass, QLatin1String(Constants::OutcomeOk),
                                 p->id, p->mrn, reason, true);
            !s)
            return s.error();
        return p;
    }
    if (Status s = m_context.record(Constants::Audit::PatientRead,
                                    QLatin1String(Constants::OutcomeOk), p->id, p->mrn);
        !s)
        return s.error();
    return p;
}

Result<Patient> PatientService::openByMrn(const QString &mrn, const QString &breakGlassReason)
{
    if (Status s = m_context.require(Permission::PatientRead); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"));
    q.bind(1, mrn);
    if (!q.next())
        return invalid(tr("No patient with MRN %1.").arg(mrn.left(40)));
    const qint64 id = q.int64(0);
    q.finish();
    return open(id, breakGlassReason);
}

} // namespace Ambulo::Core
