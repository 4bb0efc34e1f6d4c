#include "modules/charting/domain/resultservice.h"

#include "core/context/eventhub.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"

#include <QHash>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

namespace {

const char ObservationSelect[] =
    "SELECT id, order_id, set_id, code, name, value_type, value, numeric_value, units, "
    "reference_range, abnormal_flag, status, performed_at, reviewed_by, reviewed_at "
    "FROM observations ";

Observation readObservation(const Query &q)
{
    Observation o;
    o.id = q.int64(0);
    o.orderId = q.int64(1);
    o.setId = q.integer(2);
    o.code = q.text(3);
    o.name = q.text(4);
    o.valueType = q.text(5);
    o.value = q.text(6);
    if (!q.isNull(7))
        o.numericValue = q.real(7);
    o.units = q.text(8);
    o.referenceRange = q.text(9);
    o.abnormalFlag = q.text(10);
    o.status = q.text(11);
    o.performedAt = Internal::parseTime(q.text(12));
    o.reviewedBy = q.text(13);
    o.reviewedAt = Internal::parseTime(q.text(14));
    return o;
}

QString optTime(const QDateTime &at)
{
    return at.isValid() ? Internal::timeText(at) : QString();
}

} // namespace

ResultService::ResultService(Core::ServiceContext &context, Core::EventHub &events)
    : m_context(context)
    , m_events(events)
{}

Result<qint64> ResultService::file(const QString &patientMrn, const ResultOrder &order)
{
    if (Status s = m_context.require(Permission::ChartWrite); !s)
        return s.error();
    auto patient = Internal::loadPatientByMrn(m_context.db(), patientMrn);
    if (!patient)
        return patient.error();
    return fileFor(patient.value(), order);
}

Result<qint64> ResultService::file(qint64 patientId, const ResultOrder &order)
{
    if (Status s = m_context.require(Permission::ChartWrite); !s)
        return s.error();
    auto patient = Internal::loadPatient(m_context.db(), patientId);
    if (!patient)
        return patient.error();
    return fileFor(patient.value(), order);
}

Result<qint64> ResultService::fileFor(const Internal::PatientRef &found, const ResultOrder &order)
{
    Core::Database &db = m_context.db();
    const Internal::PatientRef *patient = &found;
    if (order.fillerNumber.trimmed().isEmpty())
        return Core::invalid(tr("A result order needs the filler order number."));
    if (order.testCode.trimmed().isEmpty())
        return Core::invalid(tr("A result order needs a test code."));
    for (const Observation &o : order.observations) {
        if (o.code.trimmed().isEmpty())
            return Core::invalid(tr("Observation %1 has no code.").arg(o.setId));
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    qint64 orderId = 0;
    {
        Query f = db.query(QStringLiteral(
            "SELECT id, patient_id FROM result_orders WHERE source = ? AND filler_number = ?"));
        f.bind(1, order.source).bind(2, order.fillerNumber);
        if (f.next()) {
            orderId = f.int64(0);
            const qint64 owner = f.int64(1);
            f.finish();
            if (owner != patient->id)
                return Core::conflict(tr("Order %1 from %2 was filed for another patient.")
                                          .arg(order.fillerNumber, order.source));
        }
    }
    const QString now = Internal::nowText();
    Query q = db.query(
        orderId > 0
            ? QStringLiteral("UPDATE result_orders SET placer_number = ?, test_code = ?, "
                             "test_name = ?, status = ?, collected_at = ?, reported_at = ?, "
                             "received_at = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO result_orders (placer_number, test_code, test_name, "
                             "status, collected_at, reported_at, received_at, patient_id, "
                             "filler_number, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, order.placerNumber).bind(2, order.testCode).bind(3, order.testName);
    q.bind(4, order.status).bind(5, optTime(order.collectedAt)).bind(6, optTime(order.reportedAt));
    q.bind(7, now);
    if (orderId > 0) {
        q.bind(8, orderId);
    } else {
        q.bind(8, patient->id).bind(9, order.fillerNumber).bind(10, order.source);
    }
    if (Status s = q.exec(); !s)
        return s.error();
    const bool resend = orderId > 0;
    if (!resend)
        orderId = db.lastInsertId();
    if (Status s = Core::ChangeLog::record(
            db, QLatin1String(C::Entity::DiagnosticReport), orderId,
            resend ? QStringLiteral("update") : QStringLiteral("create"), m_context.origin());
        !s)
        return s.error();
    Query find = db.query(QStringLiteral(
        "SELECT id FROM observations WHERE order_id = ? AND set_id = ? AND code = ?"));
    for (const Observation &o : order.observations) {
        find.bind(1, orderId).bind(2, o.setId).bind(3, o.code);
        const qint64 existing = find.next() ? find.int64(0) : 0;
        find.finish();
        Query w = db.query(
            existing > 0
                ? QStringLiteral("UPDATE observations SET name = ?, value_type = ?, value = ?, "
                                 "numeric_value = ?, units = ?, reference_range = ?, "
                                 "abnormal_flag = ?, status = ?, performed_at = ? WHERE id = ?")
                : QStringLiteral("INSERT INTO observations (name, value_type, value, "
                                 "numeric_value, units, reference_range, abnormal_flag, status, "
                                 "performed_at, order_id, patient_id, set_id, code) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        w.bind(1, o.name).bind(2, o.valueType).bind(3, o.value);
        w.bind(4, o.numericValue ? QVariant(*o.numericValue) : QVariant());
        w.bind(5, o.units).bind(6, o.referenceRange).bind(7, o.abnormalFlag).bind(8, o.status);
        w.bind(9, optTime(o.performedAt.isValid() ? o.performedAt : order.collectedAt));
        if (existing > 0) {
            w.bind(10, existing);
        } else {
            w.bind(10, orderId).bind(11, patient->id).bind(12, o.setId).bind(13, o.code);
        }
        if (Status s = w.exec(); !s)
            return s.error();
        const qint64 obsId = existing > 0 ? existing : db.lastInsertId();
        if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Observation), obsId,
                                               existing > 0 ? QStringLiteral("update")
                                                            : QStringLiteral("create"),
                                               m_context.origin(), QStringLiteral("result"));
            !s)
            return s.error();
    }
    if (Status s = Internal::audit(m_context, C::Audit::ResultFile, patient->id, patient->mrn,
                                   QStringLiteral("order %1 (%2 %3), %4 observations%5")
                                       .arg(orderId)
                                       .arg(order.source, order.fillerNumber)
                                       .arg(order.observations.size())
                                       .arg(resend ? QStringLiteral(", resent") : QString()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_events.publish({QLatin1String(C::Events::ResultsFiled),
                      {{QLatin1String(C::Events::KeyPatientId), patient->id},
                       {QLatin1String(C::Events::KeyOrderId), orderId}}});
    return orderId;
}

Result<QList<ResultOrder>> ResultService::orders(qint64 patientId, int limit)
{
    if (Status s = m_context.require(Permission::ChartRead, patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, patientId);
    if (!patient)
        return patient.error();
    Query q = db.query(QStringLiteral(
        "SELECT id, placer_number, filler_number, source, test_code, test_name, status, "
        "collected_at, reported_at FROM result_orders WHERE patient_id = ? "
        "ORDER BY collected_at DESC, id DESC LIMIT ?"));
    q.bind(1, patientId).bind(2, limit);
    QList<ResultOrder> list;
    QHash<qint64, int> index;
    while (q.next()) {
        ResultOrder o;
        o.id = q.int64(0);
        o.patientId = patientId;
        o.placerNumber = q.text(1);
        o.fillerNumber = q.text(2);
        o.source = q.text(3);
        o.testCode = q.text(4);
        o.testName = q.text(5);
        o.status = q.text(6);
        o.collectedAt = Internal::parseTime(q.text(7));
        o.reportedAt = Internal::parseTime(q.text(8));
        index.insert(o.id, int(list.size()));
        list << o;
    }
    if (q.failed())
        return q.error();
    Query obs = db.query(QLatin1String(ObservationSelect)
                         + QStringLiteral("WHERE order_id = ? ORDER BY set_id, id"));
    for (ResultOrder &o : list) {
        obs.bind(1, o.id);
        while (obs.next())
            o.observations << readObservation(obs);
        if (obs.failed())
            return obs.error();
        obs.finish(); // reset before the next order's bind
    }
    if (Status s = Internal::audit(m_context, C::Audit::ResultRead, patientId, patient->mrn,
                                   QStringLiteral("%1 orders").arg(list.size()));
        !s)
        return s.error();
    return list;
}

Result<QList<TrendPoint>> ResultService::trend(qint64 patientId, const QString &code)
{
    if (Status s = m_context.require(Permission::ChartRead, patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, patientId);
    if (!patient)
        return patient.error();
    Query q = db.query(QStringLiteral(
        "SELECT performed_at, numeric_value, units, abnormal_flag FROM observations WHERE "
        "patient_id = ? AND code = ? AND numeric_value IS NOT NULL ORDER BY performed_at, id"));
    q.bind(1, patientId).bind(2, code);
    QList<TrendPoint> points;
    while (q.next())
        points << TrendPoint{Internal::parseTime(q.text(0)), q.real(1), q.text(2), q.text(3)};
    if (q.failed())
        return q.error();
    if (Status s = Internal::audit(m_context, C::Audit::ResultRead, patientId, patient->mrn,
                                   QStringLiteral("trend %1").arg(code.left(40)));
        !s)
        return s.error();
    return points;
}

Status ResultService::markReviewed(qint64 orderId)
{
    Core::Database &db = m_context.db();
    Query o = db.query(QStringLiteral("SELECT patient_id FROM result_orders WHERE id = ?"));
    o.bind(1, orderId);
    if (!o.next())
        return Core::invalid(tr("There is no result order %1.").arg(orderId));
    const qint64 patientId = o.int64(0);
    o.finish();
    if (Status s = m_context.require(Permission::ChartSign, patientId); !s)
        return s;
    auto patient = Internal::loadPatient(db, patientId);
    if (!patient)
        return patient.error();
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral("UPDATE observations SET reviewed_by = ?, reviewed_at = ? "
                                      "WHERE order_id = ? AND reviewed_at = ''"));
    q.bind(1, Internal::userName(m_context)).bind(2, Internal::nowText()).bind(3, orderId);
    if (Status s = q.exec(); !s)
        return s;
    const int marked = db.changes();
    if (Status s =
            Internal::audit(m_context, C::Audit::ResultReview, patientId, patient->mrn,
                            QStringLiteral("order %1, %2 observations").arg(orderId).arg(marked));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Observation>> ResultService::recent(Core::Database &db, qint64 patientId, int limit)
{
    Query q = db.query(QLatin1String(ObservationSelect)
                       + QStringLiteral("WHERE patient_id = ? ORDER BY performed_at DESC, id "
                                        "DESC LIMIT ?"));
    q.bind(1, patientId).bind(2, limit);
    QList<Observation> list;
    while (q.next())
        list << readObservation(q);
    if (q.failed())
        return q.error();
    return list;
}

Result<qint64> ResultService::applyRemote(qint64 patientId, const ResultOrder &order)
{
    if (order.observations.size() != 1)
        return Core::invalid(tr("A synced result carries one observation."));
    auto orderId = file(patientId, order);
    if (!orderId)
        return orderId;
    const Observation &o = order.observations.constFirst();
    Query q = m_context.db().query(QStringLiteral(
        "SELECT id FROM observations WHERE order_id = ? AND set_id = ? AND code = ?"));
    q.bind(1, orderId.value()).bind(2, o.setId).bind(3, o.code);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return Core::invalid(tr("Observation %1 was not filed.").arg(o.code));
    }
    const qint64 id = q.int64(0);
    q.finish();
    return id;
}

Result<std::optional<ResultOrder>> ResultService::observationOrder(Core::Database &db,
                                                                   qint64 observationId)
{
    Query o = db.query(QLatin1String(ObservationSelect) + QStringLiteral("WHERE id = ?"));
    o.bind(1, observationId);
    if (!o.next()) {
        if (o.failed())
            return o.error();
        return std::optional<ResultOrder>();
    }
    const Observation observation = readObservation(o);
    o.finish();
    Query q = db.query(QStringLiteral(
        "SELECT id, patient_id, placer_number, filler_number, source, test_code, test_name, "
        "status, collected_at, reported_at FROM result_orders WHERE id = ?"));
    q.bind(1, observation.orderId);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return std::optional<ResultOrder>();
    }
    ResultOrder order;
    order.id = q.int64(0);
    order.patientId = q.int64(1);
    order.placerNumber = q.text(2);
    order.fillerNumber = q.text(3);
    order.source = q.text(4);
    order.testCode = q.text(5);
    order.testName = q.text(6);
    order.status = q.text(7);
    order.collectedAt = Internal::parseTime(q.text(8));
    order.reportedAt = Internal::parseTime(q.text(9));
    order.observations = {observation};
    q.finish();
    return std::optional<ResultOrder>(order);
}

} // namespace Ambulo::Charting
