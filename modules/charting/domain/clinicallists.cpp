#include "modules/charting/domain/clinicallists.h"

#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/codeservice.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

namespace {

// The steps every list change shares: the patient, the transaction, history, change log, audit,
// and the event after commit. `writeRow` does the INSERT or UPDATE and returns the item's id.
Result<qint64> writeItem(Core::ServiceContext &context, Core::EventHub &events, const char *list,
                         const char *entity, const char *auditAction, qint64 patientId,
                         qint64 itemId, const QJsonObject &snapshot,
                         const std::function<Result<qint64>(Core::Database &)> &writeRow)
{
    if (Status s = context.require(Permission::ChartWrite, patientId); !s)
        return s.error();
    Core::Database &db = context.db();
    auto patient = Internal::loadPatient(db, patientId);
    if (!patient)
        return patient.error();
    if (itemId > 0) {
        Query q = db.query(QStringLiteral("SELECT patient_id FROM ") + QLatin1String(list)
                           + QStringLiteral(" WHERE id = ?"));
        q.bind(1, itemId);
        if (!q.next() || q.int64(0) != patientId)
            return Core::invalid(tr("There is no such entry %1 for this patient.").arg(itemId));
        q.finish();
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    auto id = writeRow(db);
    if (!id)
        return id;
    const QString action = itemId > 0 ? QStringLiteral("update") : QStringLiteral("add");
    Query h = db.query(QStringLiteral("INSERT INTO chart_list_history (list, item_id, action, "
                                      "snapshot, user_name, at) VALUES (?, ?, ?, ?, ?, ?)"));
    h.bind(1, list).bind(2, id.value()).bind(3, action);
    h.bind(4, QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)));
    h.bind(5, Internal::userName(context)).bind(6, Internal::nowText());
    if (Status s = h.exec(); !s)
        return s.error();
    if (Status s = Core::ChangeLog::record(
            db, QLatin1String(entity), id.value(),
            itemId > 0 ? QStringLiteral("update") : QStringLiteral("create"), context.origin());
        !s)
        return s.error();
    if (Status s = Internal::audit(context, auditAction, patientId, patient->mrn,
                                   QStringLiteral("%1 %2").arg(action).arg(id.value()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    events.publish({QLatin1String(C::Events::ChartChanged),
                    {{QLatin1String(C::Events::KeyPatientId), patientId}}});
    return id;
}

Result<QList<HistoryEntry>> readHistory(Core::ServiceContext &context, const char *list,
                                        qint64 itemId)
{
    Core::Database &db = context.db();
    Query p = db.query(QStringLiteral("SELECT patient_id FROM ") + QLatin1String(list)
                       + QStringLiteral(" WHERE id = ?"));
    p.bind(1, itemId);
    if (!p.next())
        return Core::invalid(tr("There is no entry %1.").arg(itemId));
    const qint64 patientId = p.int64(0);
    p.finish();
    if (Status s = context.require(Permission::ChartRead, patientId); !s)
        return s.error();
    auto patient = Internal::loadPatient(db, patientId);
    if (!patient)
        return patient.error();
    Query q = db.query(QStringLiteral("SELECT action, snapshot, user_name, at FROM "
                                      "chart_list_history WHERE list = ? AND item_id = ? "
                                      "ORDER BY id"));
    q.bind(1, list).bind(2, itemId);
    QList<HistoryEntry> entries;
    while (q.next())
        entries << HistoryEntry{q.text(0), q.text(1), q.text(2), Internal::parseTime(q.text(3))};
    if (q.failed())
        return q.error();
    if (Status s = Internal::audit(context, C::Audit::ChartRead, patientId, patient->mrn,
                                   QStringLiteral("%1 %2 history").arg(list).arg(itemId));
        !s)
        return s.error();
    return entries;
}

Status requireListRead(Core::ServiceContext &context, qint64 patientId, const char *what)
{
    if (Status s = context.require(Permission::ChartRead, patientId); !s)
        return s;
    auto patient = Internal::loadPatient(context.db(), patientId);
    if (!patient)
        return patient.error();
    return Internal::audit(context, C::Audit::ChartRead, patientId, patient->mrn,
                           QLatin1String(what));
}

Status checkStatus(const QString &status, const QStringList &allowed)
{
    if (!allowed.contains(status))
        return Core::invalid(tr("Status '%1' is not one of: %2.")
                                 .arg(status.left(20), allowed.join(QStringLiteral(", "))));
    return {};
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

// --- problems ---

ProblemService::ProblemService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Result<qint64> ProblemService::write(const Problem &in, bool adding)
{
    if (!adding && in.id <= 0)
        return Core::invalid(tr("Name the problem to change."));
    Problem p = in;
    auto code = CodeService::icd10(m_context.db(), p.code);
    if (!code)
        return code.error();
    p.code = code->code;
    if (p.description.trimmed().isEmpty())
        p.description = code->shortDescription;
    if (Status s =
            checkStatus(p.status, {QStringLiteral("active"), QStringLiteral("inactive"),
                                   QStringLiteral("resolved"), QStringLiteral("entered-in-error")});
        !s)
        return s.error();
    const QJsonObject snap{{QStringLiteral("code"), p.code},
                           {QStringLiteral("description"), p.description},
                           {QStringLiteral("onset"), dateText(p.onset)},
                           {QStringLiteral("status"), p.status}};
    return writeItem(
        m_context, m_events, "problems", C::Entity::Condition, C::Audit::Problem, p.patientId,
        adding ? 0 : p.id, snap, [&](Core::Database &db) -> Result<qint64> {
            Query q = db.query(adding ? QStringLiteral("INSERT INTO problems (code, description, "
                                                       "onset, status, updated_at, patient_id, id) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?)")
                                      : QStringLiteral("UPDATE problems SET code = ?, description "
                                                       "= ?, onset = ?, status = ?, updated_at = ? "
                                                       "WHERE patient_id = ? AND id = ?"));
            q.bind(1, p.code).bind(2, p.description.trimmed());
            q.bind(3, dateText(p.onset)).bind(4, p.status);
            q.bind(5, Internal::nowText()).bind(6, p.patientId);
            q.bind(7, adding ? QVariant() : QVariant(p.id));
            if (Status s = q.exec(); !s)
                return s.error();
            return adding ? db.lastInsertId() : p.id;
        });
}

Result<qint64> ProblemService::add(const Problem &problem)
{
    return write(problem, true);
}

Status ProblemService::update(const Problem &problem)
{
    auto r = write(problem, false);
    return r ? Status() : Status(r.error());
}

Result<QList<Problem>> ProblemService::list(qint64 patientId, bool activeOnly)
{
    if (Status s = requireListRead(m_context, patientId, "problems"); !s)
        return s.error();
    return read(m_context.db(), patientId, activeOnly);
}

Result<QList<HistoryEntry>> ProblemService::history(qint64 problemId)
{
    return readHistory(m_context, "problems", problemId);
}

Result<QList<Problem>> ProblemService::read(Core::Database &db, qint64 patientId, bool activeOnly)
{
    Query q = db.query(activeOnly ? QStringLiteral("SELECT id, code, description, onset, status "
                                                   "FROM problems WHERE patient_id = ? AND "
                                                   "status = 'active' ORDER BY id")
                                  : QStringLiteral("SELECT id, code, description, onset, status "
                                                   "FROM problems WHERE patient_id = ? ORDER BY "
                                                   "id"));
    q.bind(1, patientId);
    QList<Problem> list;
    while (q.next())
        list << Problem{q.int64(0),           patientId, q.text(1), q.text(2),
                        parseDate(q.text(3)), q.text(4)};
    if (q.failed())
        return q.error();
    return list;
}

// --- medications ---

MedicationService::MedicationService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Result<qint64> MedicationService::write(const Medication &m, bool adding)
{
    if (!adding && m.id <= 0)
        return Core::invalid(tr("Name the medication to change."));
    if (m.name.trimmed().isEmpty())
        return Core::invalid(tr("A medication needs a name."));
    if (m.name.size() > 200 || m.dose.size() > 100 || m.route.size() > 100
        || m.frequency.size() > 100)
        return Core::invalid(tr("A medication field is too long."));
    if (m.start.isValid() && m.stop.isValid() && m.stop < m.start)
        return Core::invalid(tr("The stop date is before the start date."));
    if (Status s = checkStatus(m.status,
                               {QStringLiteral("active"), QStringLiteral("stopped"),
                                QStringLiteral("completed"), QStringLiteral("entered-in-error")});
        !s)
        return s.error();
    const QJsonObject snap{
        {QStringLiteral("name"), m.name.trimmed()},   {QStringLiteral("dose"), m.dose},
        {QStringLiteral("route"), m.route},           {QStringLiteral("frequency"), m.frequency},
        {QStringLiteral("start"), dateText(m.start)}, {QStringLiteral("stop"), dateText(m.stop)},
        {QStringLiteral("status"), m.status}};
    return writeItem(
        m_context, m_events, "medications", C::Entity::Medication, C::Audit::Medication,
        m.patientId, adding ? 0 : m.id, snap, [&](Core::Database &db) -> Result<qint64> {
            Query q = db.query(
                adding ? QStringLiteral("INSERT INTO medications (name, dose, route, frequency, "
                                        "start_date, stop_date, status, updated_at, patient_id, "
                                        "id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       : QStringLiteral("UPDATE medications SET name = ?, dose = ?, route = ?, "
                                        "frequency = ?, start_date = ?, stop_date = ?, status = "
                                        "?, updated_at = ? WHERE patient_id = ? AND id = ?"));
            q.bind(1, m.name.trimmed()).bind(2, m.dose.trimmed()).bind(3, m.route.trimmed());
            q.bind(4, m.frequency.trimmed()).bind(5, dateText(m.start)).bind(6, dateText(m.stop));
            q.bind(7, m.status).bind(8, Internal::nowText()).bind(9, m.patientId);
            q.bind(10, adding ? QVariant() : idOrNull(m.id));
            if (Status s = q.exec(); !s)
                return s.error();
            return adding ? db.lastInsertId() : m.id;
        });
}

Result<qint64> MedicationService::add(const Medication &medication)
{
    return write(medication, true);
}

Status MedicationService::update(const Medication &medication)
{
    auto r = write(medication, false);
    return r ? Status() : Status(r.error());
}

Result<QList<Medication>> MedicationService::list(qint64 patientId, bool activeOnly)
{
    if (Status s = requireListRead(m_context, patientId, "medications"); !s)
        return s.error();
    return read(m_context.db(), patientId, activeOnly);
}

Result<QList<HistoryEntry>> MedicationService::history(qint64 medicationId)
{
    return readHistory(m_context, "medications", medicationId);
}

Result<QList<Medication>> MedicationService::read(Core::Database &db, qint64 patientId,
                                                  bool activeOnly)
{
    Query q = db.query(
        activeOnly ? QStringLiteral("SELECT id, name, dose, route, frequency, start_date, "
                                    "stop_date, status FROM medications WHERE patient_id = ? AND "
                                    "status = 'active' ORDER BY name")
                   : QStringLiteral("SELECT id, name, dose, route, frequency, start_date, "
                                    "stop_date, status FROM medications WHERE patient_id = ? "
                                    "ORDER BY name"));
    q.bind(1, patientId);
    QList<Medication> list;
    while (q.next())
        list << Medication{q.int64(0),
                           patientId,
                           q.text(1),
                           q.text(2),
                           q.text(3),
                           q.text(4),
                           parseDate(q.text(5)),
                           parseDate(q.text(6)),
                           q.text(7)};
    if (q.failed())
        return q.error();
    return list;
}

// --- allergies ---

AllergyService::AllergyService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Result<qint64> AllergyService::write(const Allergy &a, bool adding)
{
    if (!adding && a.id <= 0)
        return Core::invalid(tr("Name the allergy to change."));
    if (a.substance.trimmed().isEmpty())
        return Core::invalid(tr("An allergy needs a substance."));
    if (a.substance.size() > 200 || a.reaction.size() > 500)
        return Core::invalid(tr("An allergy field is too long."));
    if (!a.severity.isEmpty()) {
        if (Status s = checkStatus(a.severity, {QStringLiteral("mild"), QStringLiteral("moderate"),
                                                QStringLiteral("severe")});
            !s)
            return s.error();
    }
    if (Status s =
            checkStatus(a.status, {QStringLiteral("active"), QStringLiteral("inactive"),
                                   QStringLiteral("resolved"), QStringLiteral("entered-in-error")});
        !s)
        return s.error();
    const QJsonObject snap{{QStringLiteral("substance"), a.substance.trimmed()},
                           {QStringLiteral("reaction"), a.reaction},
                           {QStringLiteral("severity"), a.severity},
                           {QStringLiteral("status"), a.status}};
    return writeItem(
        m_context, m_events, "allergies", C::Entity::Allergy, C::Audit::Allergy, a.patientId,
        adding ? 0 : a.id, snap, [&](Core::Database &db) -> Result<qint64> {
            Query q = db.query(
                adding ? QStringLiteral("INSERT INTO allergies (substance, reaction, severity, "
                                        "status, updated_at, patient_id, id) VALUES (?, ?, ?, ?, "
                                        "?, ?, ?)")
                       : QStringLiteral("UPDATE allergies SET substance = ?, reaction = ?, "
                                        "severity = ?, status = ?, updated_at = ? WHERE "
                                        "patient_id = ? AND id = ?"));
            q.bind(1, a.substance.trimmed()).bind(2, a.reaction.trimmed()).bind(3, a.severity);
            q.bind(4, a.status).bind(5, Internal::nowText()).bind(6, a.patientId);
            q.bind(7, adding ? QVariant() : idOrNull(a.id));
            if (Status s = q.exec(); !s)
                return s.error();
            return adding ? db.lastInsertId() : a.id;
        });
}

Result<qint64> AllergyService::add(const Allergy &allergy)
{
    return write(allergy, true);
}

Status AllergyService::update(const Allergy &allergy)
{
    auto r = write(allergy, false);
    return r ? Status() : Status(r.error());
}

Result<QList<Allergy>> AllergyService::list(qint64 patientId, bool activeOnly)
{
    if (Status s = requireListRead(m_context, patientId, "allergies"); !s)
        return s.error();
    return read(m_context.db(), patientId, activeOnly);
}

Result<QList<HistoryEntry>> AllergyService::history(qint64 allergyId)
{
    return readHistory(m_context, "allergies", allergyId);
}

Result<QList<Allergy>> AllergyService::read(Core::Database &db, qint64 patientId, bool activeOnly)
{
    Query q =
        db.query(activeOnly ? QStringLiteral("SELECT id, substance, reaction, severity, status "
                                             "FROM allergies WHERE patient_id = ? AND status = "
                                             "'active' ORDER BY substance")
                            : QStringLiteral("SELECT id, substance, reaction, severity, status "
                                             "FROM allergies WHERE patient_id = ? ORDER BY "
                                             "substance"));
    q.bind(1, patientId);
    QList<Allergy> list;
    while (q.next())
        list << Allergy{q.int64(0), patientId, q.text(1), q.text(2), q.text(3), q.text(4)};
    if (q.failed())
        return q.error();
    return list;
}

// --- single items ---

namespace {

// The patient of list item `id`, 0 when there is none.
Result<qint64> ownerOf(Core::Database &db, const char *list, qint64 id)
{
    Query q = db.query(QStringLiteral("SELECT patient_id FROM ") + QLatin1String(list)
                       + QStringLiteral(" WHERE id = ?"));
    q.bind(1, id);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return qint64(0);
    }
    const qint64 patientId = q.int64(0);
    q.finish();
    return patientId;
}

template<typename T>
Result<std::optional<T>> findIn(Core::Database &db, const char *list, qint64 id,
                                Result<QList<T>> (*read)(Core::Database &, qint64, bool))
{
    auto patientId = ownerOf(db, list, id);
    if (!patientId)
        return patientId.error();
    if (patientId.value() == 0)
        return std::optional<T>();
    auto all = read(db, patientId.value(), false);
    if (!all)
        return all.error();
    for (const T &item : std::as_const(all.value())) {
        if (item.id == id)
            return std::optional<T>(item);
    }
    return std::optional<T>();
}

} // namespace

Result<std::optional<Problem>> ProblemService::byId(Core::Database &db, qint64 id)
{
    return findIn<Problem>(db, "problems", id, &ProblemService::read);
}

Result<std::optional<Medication>> MedicationService::byId(Core::Database &db, qint64 id)
{
    return findIn<Medication>(db, "medications", id, &MedicationService::read);
}

Result<std::optional<Allergy>> AllergyService::byId(Core::Database &db, qint64 id)
{
    return findIn<Allergy>(db, "allergies", id, &AllergyService::read);
}

} // namespace Ambulo::Charting
