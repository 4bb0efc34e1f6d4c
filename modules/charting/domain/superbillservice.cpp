#include "modules/charting/domain/superbillservice.h"

#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/codeservice.h"

#include <QRegularExpression>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

SuperbillService::SuperbillService(Core::ServiceContext &context)
    : m_context(context)
{}

Result<Encounter> SuperbillService::writable(qint64 encounterId)
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

Result<Encounter> SuperbillService::readable(qint64 encounterId)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e;
    if (Status s = m_context.require(Permission::ChartRead, e->patientId, e->patientMrn); !s)
        return s.error();
    return e;
}

Result<int> SuperbillService::addDiagnosis(qint64 encounterId, const QString &code)
{
    auto e = writable(encounterId);
    if (!e)
        return e.error();
    Core::Database &db = m_context.db();
    auto icd = CodeService::icd10(db, code);
    if (!icd)
        return icd.error();
    if (!icd->billable)
        return Core::invalid(
            tr("%1 is a category heading; choose a more specific code.").arg(icd->code));
    auto existing = readDiagnoses(db, encounterId);
    if (!existing)
        return existing.error();
    for (const Diagnosis &d : existing.value()) {
        if (d.code == icd->code)
            return Core::conflict(
                tr("%1 is already diagnosis %2 of this encounter.").arg(icd->code).arg(d.position));
    }
    if (existing->size() >= C::MaxDiagnosisPointers)
        return Core::invalid(tr("An encounter carries at most 12 diagnoses."));
    const int position = int(existing->size()) + 1;
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("INSERT INTO encounter_diagnoses (encounter_id, position, "
                                      "code, description) VALUES (?, ?, ?, ?)"));
    q.bind(1, encounterId).bind(2, position).bind(3, icd->code).bind(4, icd->shortDescription);
    if (Status s = q.exec(); !s)
        return s.error();
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter), encounterId,
                                           QStringLiteral("update"), m_context.origin(),
                                           QStringLiteral("diagnosis"));
        !s)
        return s.error();
    if (Status s = Internal::audit(m_context, C::Audit::Diagnosis, e->patientId, e->patientMrn,
                                   QStringLiteral("%1 add %2").arg(encounterId).arg(icd->code));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return position;
}

Status SuperbillService::removeDiagnosis(qint64 encounterId, int position)
{
    auto e = writable(encounterId);
    if (!e)
        return e.error();
    Core::Database &db = m_context.db();
    auto diags = readDiagnoses(db, encounterId);
    if (!diags)
        return diags.error();
    if (position < 1 || position > diags->size())
        return Core::invalid(
            tr("Encounter %1 has no diagnosis %2.").arg(encounterId).arg(position));
    auto lines = readLines(db, encounterId);
    if (!lines)
        return lines.error();
    for (const SuperbillLine &l : lines.value()) {
        if (l.pointers.contains(position))
            return Core::conflict(tr("Procedure %1 points at diagnosis %2; change that line first.")
                                      .arg(l.code)
                                      .arg(position));
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query del = db.query(
        QStringLiteral("DELETE FROM encounter_diagnoses WHERE encounter_id = ? AND position = ?"));
    del.bind(1, encounterId).bind(2, position);
    if (Status s = del.exec(); !s)
        return s;
    // Later diagnoses move up one; the lines' pointers follow them.
    for (int p = position + 1; p <= diags->size(); ++p) {
        Query mv = db.query(QStringLiteral(
            "UPDATE encounter_diagnoses SET position = ? WHERE encounter_id = ? AND position = ?"));
        mv.bind(1, p - 1).bind(2, encounterId).bind(3, p);
        if (Status s = mv.exec(); !s)
            return s;
    }
    for (const SuperbillLine &l : lines.value()) {
        QStringList ptrs;
        for (int p : l.pointers)
            ptrs << QString::number(p > position ? p - 1 : p);
        Query up = db.query(QStringLiteral("UPDATE superbill_lines SET pointers = ? WHERE id = ?"));
        up.bind(1, ptrs.join(QLatin1Char(','))).bind(2, l.id);
        if (Status s = up.exec(); !s)
            return s;
    }
    if (Status s = Internal::audit(m_context, C::Audit::Diagnosis, e->patientId, e->patientMrn,
                                   QStringLiteral("%1 remove %2").arg(encounterId).arg(position));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Diagnosis>> SuperbillService::diagnoses(qint64 encounterId)
{
    auto e = readable(encounterId);
    if (!e)
        return e.error();
    auto list = readDiagnoses(m_context.db(), encounterId);
    if (!list)
        return list;
    if (Status s = Internal::audit(m_context, C::Audit::EncounterRead, e->patientId, e->patientMrn,
                                   QStringLiteral("%1 diagnoses").arg(encounterId));
        !s)
        return s.error();
    return list;
}

Result<qint64> SuperbillService::addLine(const SuperbillLine &line)
{
    auto e = writable(line.encounterId);
    if (!e)
        return e.error();
    Core::Database &db = m_context.db();
    auto proc = CodeService::procedure(db, line.code);
    if (!proc)
        return proc.error();
    if (line.modifiers.size() > C::MaxModifiers)
        return Core::invalid(tr("A line carries at most 4 modifiers."));
    static const QRegularExpression modifierShape(QStringLiteral("^[0-9A-Z]{2}$"));
    for (const QString &m : line.modifiers) {
        if (!modifierShape.match(m).hasMatch())
            return Core::invalid(tr("Modifier '%1' is not two letters or digits.").arg(m.left(10)));
    }
    if (line.units < 1 || line.units > 999)
        return Core::invalid(tr("Units must be from 1 to 999."));
    if (line.pointers.isEmpty())
        return Core::invalid(tr("A procedure needs at least one diagnosis pointer."));
    if (line.pointers.size() > C::MaxDiagnosisPointers)
        return Core::invalid(tr("A line points at most at 12 diagnoses."));
    auto diags = readDiagnoses(db, line.encounterId);
    if (!diags)
        return diags.error();
    QStringList ptrs;
    for (int p : line.pointers) {
        if (p < 1 || p > diags->size())
            return Core::invalid(
                tr("Diagnosis pointer %1 does not name a diagnosis of encounter %2 (it has %3).")
                    .arg(p)
                    .arg(line.encounterId)
                    .arg(diags->size()));
        if (ptrs.contains(QString::number(p)))
            return Core::invalid(tr("Diagnosis pointer %1 is given twice.").arg(p));
        ptrs << QString::number(p);
    }
    const qint64 fee = line.feeCents >= 0 ? line.feeCents : proc->feeCents * line.units;
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT INTO superbill_lines (encounter_id, code, description, modifiers, units, "
        "fee_cents, pointers) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, line.encounterId).bind(2, proc->code).bind(3, proc->description);
    q.bind(4, line.modifiers.join(QLatin1Char(','))).bind(5, line.units).bind(6, fee);
    q.bind(7, ptrs.join(QLatin1Char(',')));
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Encounter),
                                           line.encounterId, QStringLiteral("update"),
                                           m_context.origin(), QStringLiteral("superbill"));
        !s)
        return s.error();
    if (Status s =
            Internal::audit(m_context, C::Audit::Superbill, e->patientId, e->patientMrn,
                            QStringLiteral("%1 add %2").arg(line.encounterId).arg(proc->code));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status SuperbillService::removeLine(qint64 lineId)
{
    Core::Database &db = m_context.db();
    Query q = db.query(QStringLiteral("SELECT encounter_id FROM superbill_lines WHERE id = ?"));
    q.bind(1, lineId);
    if (!q.next())
        return Core::invalid(tr("There is no superbill line %1.").arg(lineId));
    const qint64 encounterId = q.int64(0);
    q.finish();
    auto e = writable(encounterId);
    if (!e)
        return e.error();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query d = db.query(QStringLiteral("DELETE FROM superbill_lines WHERE id = ?"));
    d.bind(1, lineId);
    if (Status s = d.exec(); !s)
        return s;
    if (Status s =
            Internal::audit(m_context, C::Audit::Superbill, e->patientId, e->patientMrn,
                            QStringLiteral("%1 remove line %2").arg(encounterId).arg(lineId));
        !s)
        return s;
    return tx.commit();
}

Result<QList<SuperbillLine>> SuperbillService::lines(qint64 encounterId)
{
    auto e = readable(encounterId);
    if (!e)
        return e.error();
    return readLines(m_context.db(), encounterId);
}

Result<QList<Diagnosis>> SuperbillService::readDiagnoses(Core::Database &db, qint64 encounterId)
{
    Query q = db.query(QStringLiteral("SELECT position, code, description FROM "
                                      "encounter_diagnoses WHERE encounter_id = ? ORDER BY "
                                      "position"));
    q.bind(1, encounterId);
    QList<Diagnosis> list;
    while (q.next())
        list << Diagnosis{q.integer(0), q.text(1), q.text(2)};
    if (q.failed())
        return q.error();
    return list;
}

Result<QList<SuperbillLine>> SuperbillService::readLines(Core::Database &db, qint64 encounterId)
{
    Query q = db.query(QStringLiteral("SELECT id, code, description, modifiers, units, fee_cents, "
                                      "pointers FROM superbill_lines WHERE encounter_id = ? "
                                      "ORDER BY id"));
    q.bind(1, encounterId);
    QList<SuperbillLine> list;
    while (q.next()) {
        SuperbillLine l;
        l.id = q.int64(0);
        l.encounterId = encounterId;
        l.code = q.text(1);
        l.description = q.text(2);
        l.modifiers = q.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        l.units = q.integer(4);
        l.feeCents = q.int64(5);
        for (const QString &p : q.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts))
            l.pointers << p.toInt();
        list << l;
    }
    if (q.failed())
        return q.error();
    return list;
}

} // namespace Ambulo::Charting
