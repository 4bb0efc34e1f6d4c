#include "modules/charting/domain/noteservice.h"

#include "core/constants.h"
#include "core/session/breakglass.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/vitalsservice.h"

#include <QRegularExpression>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

namespace {

constexpr int MaxSectionChars = 100000;

Status validateNote(const Note &n)
{
    for (const QString *s : {&n.subjective, &n.objective, &n.assessment, &n.plan}) {
        if (s->size() > MaxSectionChars)
            return Core::invalid(tr("A note section is longer than 100,000 characters."));
    }
    return {};
}

} // namespace

NoteService::NoteService(Core::ServiceContext &context)
    : m_context(context)
{}

Status NoteService::canReadNote(const Encounter &e, const QString &breakGlassReason)
{
    const Core::Session *session = m_context.session();
    if (!session)
        return Core::denied(tr("Sign in first."));
    const QString reason = breakGlassReason.trimmed();
    if (!reason.isEmpty()) {
        if (Status s = Core::requireBreakGlass(m_context, reason, e.patientId, e.patientMrn); !s)
            return s;
        return m_context.record(
            Core::Constants::Audit::BreakGlass, QLatin1String(Core::Constants::OutcomeOk),
            e.patientId, e.patientMrn,
            QStringLiteral("note of encounter %1: %2").arg(e.id).arg(reason), true);
    }
    if (Status s = m_context.require(Permission::NoteRead, e.patientId, e.patientMrn); !s)
        return s;
    if (e.sensitive && session->userId != e.providerUserId) {
        (void)m_context.record(
            C::Audit::NoteRead, QLatin1String(Core::Constants::OutcomeDenied), e.patientId,
            e.patientMrn, QStringLiteral("sensitive note %1; no break-glass reason").arg(e.id));
        return Core::denied(
            tr("This note is marked sensitive. Give a reason to open it (break-glass)."));
    }
    return {};
}

Result<Encounter> NoteService::writable(qint64 encounterId)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e;
    if (Status s = m_context.require(Permission::ChartWrite, e->patientId, e->patientMrn); !s)
        return s.error();
    if (Status s = Internal::requireOpen(e.value()); !s)
        return s.error();
    return e;
}

Status NoteService::save(qint64 encounterId, const Note &note)
{
    auto e = writable(encounterId);
    if (!e)
        return e.error();
    if (Status s = validateNote(note); !s)
        return s;
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT OR REPLACE INTO notes (encounter_id, subjective, objective, assessment, plan, "
        "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, encounterId).bind(2, note.subjective).bind(3, note.objective);
    q.bind(4, note.assessment).bind(5, note.plan).bind(6, Internal::userName(m_context));
    q.bind(7, Internal::nowText());
    if (Status s = q.exec(); !s)
        return s;
    Query d =
        db.query(QStringLiteral("DELETE FROM note_drafts WHERE encounter_id = ? AND user_id = ?"));
    d.bind(1, encounterId).bind(2, m_context.session()->userId);
    if (Status s = d.exec(); !s)
        return s;
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter), encounterId,
                                           QStringLiteral("update"), m_context.origin(),
                                           QStringLiteral("note"));
        !s)
        return s;
    if (Status s = Internal::audit(m_context, C::Audit::NoteSave, e->patientId, e->patientMrn,
                                   QString::number(encounterId));
        !s)
        return s;
    return tx.commit();
}

Result<Note> NoteService::note(qint64 encounterId, const QString &breakGlassReason)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e.error();
    if (Status s = canReadNote(e.value(), breakGlassReason); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT subjective, objective, assessment, plan, updated_by, updated_at "
                       "FROM notes WHERE encounter_id = ?"));
    q.bind(1, encounterId);
    Note n;
    if (q.next()) {
        n.subjective = q.text(0);
        n.objective = q.text(1);
        n.assessment = q.text(2);
        n.plan = q.text(3);
        n.updatedBy = q.text(4);
        n.updatedAt = Internal::parseTime(q.text(5));
        q.finish();
    } else if (q.failed()) {
        return q.error();
    }
    if (Status s = Internal::audit(m_context, C::Audit::NoteRead, e->patientId, e->patientMrn,
                                   QString::number(encounterId));
        !s)
        return s.error();
    return n;
}

Status NoteService::saveDraft(qint64 encounterId, const Note &draft)
{
    auto e = writable(encounterId);
    if (!e)
        return e.error();
    if (Status s = validateNote(draft); !s)
        return s;
    Core::Database &db = m_context.db();
    const qint64 userId = m_context.session()->userId;
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query exists = db.query(
        QStringLiteral("SELECT 1 FROM note_drafts WHERE encounter_id = ? AND user_id = ?"));
    exists.bind(1, encounterId).bind(2, userId);
    const bool first = !exists.next();
    exists.finish();
    Query q = db.query(QStringLiteral(
        "INSERT OR REPLACE INTO note_drafts (encounter_id, user_id, subjective, objective, "
        "assessment, plan, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, encounterId).bind(2, userId).bind(3, draft.subjective).bind(4, draft.objective);
    q.bind(5, draft.assessment).bind(6, draft.plan).bind(7, Internal::nowText());
    if (Status s = q.exec(); !s)
        return s;
    // Autosave runs every few seconds: the first draft of a note is audited, not every keystroke.
    if (first) {
        if (Status s = Internal::audit(m_context, C::Audit::NoteDraft, e->patientId, e->patientMrn,
                                       QString::number(encounterId));
            !s)
            return s;
    }
    return tx.commit();
}

Result<std::optional<Note>> NoteService::draft(qint64 encounterId)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartWrite, e->patientId, e->patientMrn); !s)
        return s.error();
    Query q = m_context.db().query(
        QStringLiteral("SELECT subjective, objective, assessment, plan, updated_at FROM "
                       "note_drafts WHERE encounter_id = ? AND user_id = ?"));
    q.bind(1, encounterId).bind(2, m_context.session()->userId);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return std::optional<Note>();
    }
    Note n;
    n.subjective = q.text(0);
    n.objective = q.text(1);
    n.assessment = q.text(2);
    n.plan = q.text(3);
    n.updatedAt = Internal::parseTime(q.text(4));
    q.finish();
    return std::optional<Note>(n);
}

Result<qint64> NoteService::saveTemplate(const NoteTemplate &t)
{
    if (Status s = m_context.require(Permission::ChartWrite); !s)
        return s.error();
    if (t.name.trimmed().isEmpty())
        return Core::invalid(tr("A template needs a name."));
    if (Status s = validateNote(t.sections); !s)
        return s.error();
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(t.id > 0 ? QStringLiteral("UPDATE note_templates SET name = ?, subjective "
                                                 "= ?, objective = ?, assessment = ?, plan = ? "
                                                 "WHERE id = ?")
                                : QStringLiteral("INSERT INTO note_templates (name, subjective, "
                                                 "objective, assessment, plan) VALUES (?, ?, ?, "
                                                 "?, ?)"));
    q.bind(1, t.name.trimmed()).bind(2, t.sections.subjective).bind(3, t.sections.objective);
    q.bind(4, t.sections.assessment).bind(5, t.sections.plan);
    if (t.id > 0)
        q.bind(6, t.id);
    if (Status s = q.exec(); !s) {
        if (s.error().message.contains(QLatin1String("UNIQUE")))
            return Core::conflict(tr("There is already a template named %1.").arg(t.name));
        return s.error();
    }
    const qint64 id = t.id > 0 ? t.id : db.lastInsertId();
    if (Status s = Internal::audit(m_context, C::Audit::TemplateSave, 0, {}, t.name); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<NoteTemplate>> NoteService::templates()
{
    if (Status s = m_context.require(Permission::ChartWrite); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id, name, subjective, objective, assessment, plan FROM note_templates "
        "ORDER BY name"));
    QList<NoteTemplate> list;
    while (q.next()) {
        NoteTemplate t;
        t.id = q.int64(0);
        t.name = q.text(1);
        t.sections.subjective = q.text(2);
        t.sections.objective = q.text(3);
        t.sections.assessment = q.text(4);
        t.sections.plan = q.text(5);
        list << t;
    }
    if (q.failed())
        return q.error();
    return list;
}

Result<Note> NoteService::applyTemplate(qint64 templateId, qint64 encounterId)
{
    auto e = writable(encounterId);
    if (!e)
        return e.error();
    Core::Database &db = m_context.db();
    Query q = db.query(QStringLiteral(
        "SELECT subjective, objective, assessment, plan FROM note_templates WHERE id = ?"));
    q.bind(1, templateId);
    if (!q.next())
        return Core::invalid(tr("There is no note template %1.").arg(templateId));
    Note n{q.text(0), q.text(1), q.text(2), q.text(3), {}, {}};
    q.finish();
    auto patient = Internal::loadPatient(db, e->patientId);
    if (!patient)
        return patient.error();
    auto vitals = VitalsService::latest(db, e->patientId, encounterId);
    if (!vitals)
        return vitals.error();
    const QDate today = QDate::currentDate();
    int age = today.year() - patient->birthDate.year();
    if (QDate(today.year(), patient->birthDate.month(), patient->birthDate.day()) > today)
        --age;
    const QString vitalsText = vitals->has_value() ? (*vitals)->toText() : QString();
    for (QString *s : {&n.subjective, &n.objective, &n.assessment, &n.plan}) {
        s->replace(QLatin1String("{patient.name}"), patient->name);
        s->replace(QLatin1String("{patient.age}"), QString::number(age));
        s->replace(QLatin1String("{vitals}"), vitalsText);
        s->replace(QLatin1String("{today}"), today.toString(Qt::ISODate));
    }
    if (Status s =
            Internal::audit(m_context, C::Audit::NoteRead, e->patientId, e->patientMrn,
                            QStringLiteral("template %1 into %2").arg(templateId).arg(encounterId));
        !s)
        return s.error();
    return n;
}

Status NoteService::setQuickText(const QString &abbreviation, const QString &expansion)
{
    if (Status s = m_context.require(Permission::ChartWrite); !s)
        return s;
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    if (!word.match(abbreviation).hasMatch())
        return Core::invalid(tr("A quick text abbreviation is one word of letters and digits."));
    Core::Database &db = m_context.db();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(expansion.isEmpty()
                           ? QStringLiteral("DELETE FROM quick_texts WHERE abbreviation = ?")
                           : QStringLiteral("INSERT OR REPLACE INTO quick_texts (abbreviation, "
                                            "expansion) VALUES (?, ?)"));
    q.bind(1, abbreviation);
    if (!expansion.isEmpty())
        q.bind(2, expansion);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = Internal::audit(m_context, C::Audit::TemplateSave, 0, {},
                                   QStringLiteral("quick text .") + abbreviation);
        !s)
        return s;
    return tx.commit();
}

Result<QString> NoteService::expandQuickText(const QString &text)
{
    if (Status s = m_context.require(Permission::ChartWrite); !s)
        return s.error();
    static const QRegularExpression token(QStringLiteral("(?<![\\w.])\\.([A-Za-z0-9_-]{1,20})\\b"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(text);
    Query q = m_context.db().query(
        QStringLiteral("SELECT expansion FROM quick_texts WHERE abbreviation = ?"));
    while (it.hasNext()) {
        const auto m = it.next();
        q.bind(1, m.captured(1));
        if (q.next()) {
            out += text.mid(last, m.capturedStart() - last);
            out += q.text(0);
            last = m.capturedEnd();
        }
        q.finish();
    }
    out += text.mid(last);
    return out;
}

Result<qint64> NoteService::addAddendum(qint64 encounterId, const QString &text)
{
    Core::Database &db = m_context.db();
    auto e = Internal::loadEncounter(db, encounterId);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartWrite, e->patientId, e->patientMrn); !s)
        return s.error();
    if (e->status != EncounterStatus::Signed)
        return Core::invalid(
            tr("Encounter %1 is not signed yet; edit the note instead.").arg(encounterId));
    if (text.trimmed().isEmpty())
        return Core::invalid(tr("An addendum needs text."));
    if (text.size() > MaxSectionChars)
        return Core::invalid(tr("The addendum is longer than 100,000 characters."));
    const QString now = Internal::nowText();
    const QString author = Internal::userName(m_context);
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT INTO addenda (encounter_id, text, author, at, signature) VALUES (?, ?, ?, ?, ?)"));
    q.bind(1, encounterId).bind(2, text.trimmed()).bind(3, author).bind(4, now);
    q.bind(5, QStringLiteral("Electronically signed by %1 at %2").arg(author, now));
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter), encounterId,
                                           QStringLiteral("update"), m_context.origin(),
                                           QStringLiteral("addendum %1").arg(id));
        !s)
        return s.error();
    if (Status s = Internal::audit(m_context, C::Audit::Addendum, e->patientId, e->patientMrn,
                                   QStringLiteral("%1 on encounter %2").arg(id).arg(encounterId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Addendum>> NoteService::addenda(qint64 encounterId, const QString &breakGlassReason)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e.error();
    if (Status s = canReadNote(e.value(), breakGlassReason); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id, text, author, at, signature FROM addenda WHERE encounter_id = ? ORDER BY id"));
    q.bind(1, encounterId);
    QList<Addendum> list;
    while (q.next())
        list << Addendum{q.int64(0), q.text(1), q.text(2), Internal::parseTime(q.text(3)),
                         q.text(4)};
    if (q.failed())
        return q.error();
    return list;
}

Result<qint64> NoteService::requestAmendment(qint64 encounterId, const QString &requestText)
{
    Core::Database &db = m_context.db();
    auto e = Internal::loadEncounter(db, encounterId);
    if (!e)
        return e.error();
    // The front desk takes the patient's written request; it does not read the note for that.
    if (Status s = m_context.require(Permission::PatientWrite, e->patientId, e->patientMrn); !s)
        return s.error();
    if (requestText.trimmed().isEmpty())
        return Core::invalid(tr("Write down what the patient asks to change."));
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("INSERT INTO amendment_requests (encounter_id, "
                                      "request_text, requested_at, decision) VALUES (?, ?, ?, ?)"));
    q.bind(1, encounterId).bind(2, requestText.trimmed()).bind(3, Internal::nowText());
    q.bind(4, C::Amendment::Pending);
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (Status s =
            Internal::audit(m_context, C::Audit::AmendmentRequest, e->patientId, e->patientMrn,
                            QStringLiteral("%1 on encounter %2").arg(id).arg(encounterId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status NoteService::decideAmendment(qint64 requestId, bool accept, const QString &reason)
{
    Core::Database &db = m_context.db();
    Query r = db.query(QStringLiteral(
        "SELECT encounter_id, decision, request_text FROM amendment_requests WHERE id = ?"));
    r.bind(1, requestId);
    if (!r.next())
        return Core::invalid(tr("There is no amendment request %1.").arg(requestId));
    const qint64 encounterId = r.int64(0);
    const QString decision = r.text(1);
    const QString request = r.text(2);
    r.finish();
    auto e = Internal::loadEncounter(db, encounterId);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartSign, e->patientId, e->patientMrn); !s)
        return s;
    if (decision != QLatin1String(C::Amendment::Pending))
        return Core::conflict(
            tr("Amendment request %1 is already %2.").arg(requestId).arg(decision));
    if (reason.trimmed().isEmpty())
        return Core::invalid(tr("Give the reason for the decision."));
    const QString now = Internal::nowText();
    const QString by = Internal::userName(m_context);
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("UPDATE amendment_requests SET decision = ?, reason = ?, "
                                      "decided_by = ?, decided_at = ? WHERE id = ?"));
    q.bind(1, accept ? C::Amendment::Accepted : C::Amendment::Denied).bind(2, reason.trimmed());
    q.bind(3, by).bind(4, now).bind(5, requestId);
    if (Status s = q.exec(); !s)
        return s;
    // Accepted or denied, the request and the decision are appended to the record.
    Query a = db.query(QStringLiteral(
        "INSERT INTO addenda (encounter_id, text, author, at, signature) VALUES (?, ?, ?, ?, ?)"));
    a.bind(1, encounterId);
    a.bind(2, QStringLiteral("Amendment request %1 %2: \"%3\" Reason: %4")
                  .arg(requestId)
                  .arg(accept ? QStringLiteral("accepted") : QStringLiteral("denied"), request,
                       reason.trimmed()));
    a.bind(3, by).bind(4, now);
    a.bind(5, QStringLiteral("Electronically signed by %1 at %2").arg(by, now));
    if (Status s = a.exec(); !s)
        return s;
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter), encounterId,
                                           QStringLiteral("update"), m_context.origin(),
                                           QStringLiteral("amendment %1").arg(requestId));
        !s)
        return s;
    if (Status s = Internal::audit(
            m_context, C::Audit::AmendmentDecision, e->patientId, e->patientMrn,
            QStringLiteral("%1 %2").arg(requestId).arg(accept ? "accepted" : "denied"));
        !s)
        return s;
    return tx.commit();
}

Result<QList<AmendmentRequest>> NoteService::amendments(qint64 encounterId)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartRead, e->patientId, e->patientMrn); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id, request_text, requested_at, decision, reason, decided_by, decided_at FROM "
        "amendment_requests WHERE encounter_id = ? ORDER BY id"));
    q.bind(1, encounterId);
    QList<AmendmentRequest> list;
    while (q.next()) {
        AmendmentRequest r;
        r.id = q.int64(0);
        r.encounterId = encounterId;
        r.requestText = q.text(1);
        r.requestedAt = Internal::parseTime(q.text(2));
        r.decision = q.text(3);
        r.reason = q.text(4);
        r.decidedBy = q.text(5);
        r.decidedAt = Internal::parseTime(q.text(6));
        list << r;
    }
    if (q.failed())
        return q.error();
    return list;
}

} // namespace Ambulo::Charting
