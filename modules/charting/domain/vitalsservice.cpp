#include "modules/charting/domain/vitalsservice.h"

#include "core/session/servicecontext.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"

#include <cmath>
#include <tuple>

namespace Ambulo::Charting {

using Core::Permission;
using Core::Query;
using Core::Result;
using Core::Status;
using Internal::tr;
namespace C = Constants;

namespace {

// Plausible: what a clinic sees. Possible: outside this no measurement is real, confirmed or not.
struct Range
{
    double plausibleLow, plausibleHigh, possibleLow, possibleHigh;
};
constexpr Range Systolic{60, 250, 20, 400};
constexpr Range Diastolic{30, 150, 10, 300};
constexpr Range Pulse{30, 220, 5, 350};
constexpr Range TempC{34, 42, 20, 46};
constexpr Range WeightKg{0.5, 300, 0.2, 700};
constexpr Range HeightCm{30, 230, 20, 275};
constexpr Range SpO2{70, 100, 20, 100};
constexpr Range RespRate{6, 60, 1, 150};

QString number(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
}

// Fills `problems` with the implausible readings; returns an error for an impossible one.
Status checkValue(const char *what, const char *unit, std::optional<double> value, const Range &r,
                  QStringList &problems)
{
    if (!value)
        return {};
    const double v = *value;
    if (!std::isfinite(v) || v < r.possibleLow || v > r.possibleHigh)
        return Core::invalid(tr("%1 %2 %3 is not a possible reading (%4–%5 %3).")
                                 .arg(tr(what), number(v), QLatin1String(unit),
                                      number(r.possibleLow), number(r.possibleHigh)));
    if (v < r.plausibleLow || v > r.plausibleHigh)
        problems << tr("%1 %2 %3 is outside the plausible range %4–%5 %3")
                        .arg(tr(what), number(v), QLatin1String(unit), number(r.plausibleLow),
                             number(r.plausibleHigh));
    return {};
}

std::optional<double> toDouble(std::optional<int> v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

struct Normalized
{
    std::optional<double> tempC, weightKg, heightCm, bmi;
};

Normalized normalize(const VitalsEntry &e)
{
    Normalized n;
    if (e.temperature)
        n.tempC = e.temperatureUnit == TemperatureUnit::Celsius
                      ? *e.temperature
                      : (*e.temperature - 32.0) * 5.0 / 9.0;
    if (e.weight)
        n.weightKg = e.weightUnit == WeightUnit::Kilogram ? *e.weight : *e.weight * 0.45359237;
    if (e.height)
        n.heightCm = e.heightUnit == LengthUnit::Centimetre ? *e.height : *e.height * 2.54;
    if (n.weightKg && n.heightCm && *n.heightCm > 0) {
        const double m = *n.heightCm / 100.0;
        n.bmi = std::round(*n.weightKg / (m * m) * 10.0) / 10.0;
    }
    return n;
}

QVariant opt(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(std::optional<int> v)
{
    return v ? QVariant(qint64(*v)) : QVariant();
}

Vitals readVitals(const Query &q)
{
    Vitals v;
    v.id = q.int64(0);
    v.patientId = q.int64(1);
    v.encounterId = q.int64(2);
    v.takenAt = Internal::parseTime(q.text(3));
    auto i = [&](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<int>(q.integer(c));
    };
    auto d = [&](int c) {
        return q.isNull(c) ? std::nullopt : std::optional<double>(q.real(c));
    };
    v.systolic = i(4);
    v.diastolic = i(5);
    v.pulse = i(6);
    v.temperatureC = d(7);
    v.weightKg = d(8);
    v.heightCm = d(9);
    v.bmi = d(10);
    v.spo2 = i(11);
    v.respRate = i(12);
    v.confirmedImplausible = q.int64(13) != 0;
    v.recordedBy = q.text(14);
    return v;
}

const char VitalsSelect[] =
    "SELECT id, patient_id, encounter_id, taken_at, systolic, diastolic, pulse, temp_c, "
    "weight_kg, height_cm, bmi, spo2, resp_rate, confirmed_implausible, recorded_by FROM vitals ";

} // namespace

QString Vitals::toText() const
{
    QStringList parts;
    if (systolic && diastolic)
        parts << QStringLiteral("BP %1/%2 mmHg").arg(*systolic).arg(*diastolic);
    if (pulse)
        parts << QStringLiteral("P %1/min").arg(*pulse);
    if (temperatureC)
        parts << QStringLiteral("T %1 °C").arg(*temperatureC, 0, 'f', 1);
    if (respRate)
        parts << QStringLiteral("RR %1/min").arg(*respRate);
    if (spo2)
        parts << QStringLiteral("SpO2 %1%").arg(*spo2);
    if (weightKg)
        parts << QStringLiteral("Wt %1 kg").arg(*weightKg, 0, 'f', 1);
    if (heightCm)
        parts << QStringLiteral("Ht %1 cm").arg(*heightCm, 0, 'f', 1);
    if (bmi)
        parts << QStringLiteral("BMI %1").arg(*bmi, 0, 'f', 1);
    return parts.join(QStringLiteral(", "));
}

VitalsService::VitalsService(Core::ServiceContext &context)
    : m_context(context)
{}

Status VitalsService::check(const VitalsEntry &e)
{
    if (e.systolic.has_value() != e.diastolic.has_value())
        return Core::invalid(tr("Enter both the systolic and the diastolic pressure."));
    const Normalized n = normalize(e);
    QStringList problems;
    const std::initializer_list<
        std::tuple<const char *, const char *, std::optional<double>, Range>>
        checks{
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Systolic pressure"), "mmHg",
             toDouble(e.systolic), Systolic},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Diastolic pressure"), "mmHg",
             toDouble(e.diastolic), Diastolic},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Pulse"), "/min", toDouble(e.pulse), Pulse},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Temperature"), "°C", n.tempC, TempC},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Weight"), "kg", n.weightKg, WeightKg},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Height"), "cm", n.heightCm, HeightCm},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "SpO2"), "%", toDouble(e.spo2), SpO2},
            {QT_TRANSLATE_NOOP("Ambulo::Charting", "Respiratory rate"), "/min",
             toDouble(e.respRate), RespRate},
        };
    for (const auto &[what, unit, value, range] : checks) {
        if (Status s = checkValue(what, unit, value, range, problems); !s)
            return s;
    }
    if (e.systolic && e.diastolic && *e.systolic <= *e.diastolic)
        problems << tr("the systolic pressure %1 is not above the diastolic %2")
                        .arg(*e.systolic)
                        .arg(*e.diastolic);
    if (!problems.isEmpty() && !e.confirmed)
        return Core::invalid(tr("Implausible vitals: %1. Check them, or confirm to record them "
                                "as measured.")
                                 .arg(problems.join(QStringLiteral("; "))));
    return {};
}

Result<qint64> VitalsService::record(const VitalsEntry &e)
{
    if (Status s = m_context.require(Permission::ChartWrite, e.patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, e.patientId);
    if (!patient)
        return patient.error();
    if (e.encounterId > 0) {
        auto enc = Internal::loadEncounter(db, e.encounterId);
        if (!enc)
            return enc.error();
        if (enc->patientId != e.patientId)
            return Core::invalid(tr("Encounter %1 belongs to another patient.").arg(e.encounterId));
        if (Status s = Internal::requireOpen(enc.value()); !s)
            return s.error();
    }
    if (!e.systolic && !e.pulse && !e.temperature && !e.weight && !e.height && !e.spo2
        && !e.respRate)
        return Core::invalid(tr("Enter at least one vital sign."));
    if (Status s = check(e); !s)
        return s.error();
    VitalsEntry unconfirmed = e;
    unconfirmed.confirmed = false;
    const Status plausible = check(unconfirmed);
    const Normalized n = normalize(e);
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(QStringLiteral(
        "INSERT INTO vitals (patient_id, encounter_id, taken_at, systolic, diastolic, pulse, "
        "temp_c, weight_kg, height_cm, bmi, spo2, resp_rate, confirmed_implausible, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, e.patientId).bind(2, e.encounterId > 0 ? QVariant(e.encounterId) : QVariant());
    q.bind(3, e.takenAt.isValid() ? Internal::timeText(e.takenAt) : Internal::nowText());
    q.bind(4, opt(e.systolic)).bind(5, opt(e.diastolic)).bind(6, opt(e.pulse));
    q.bind(7, opt(n.tempC)).bind(8, opt(n.weightKg)).bind(9, opt(n.heightCm));
    q.bind(10, opt(n.bmi)).bind(11, opt(e.spo2)).bind(12, opt(e.respRate));
    q.bind(13, plausible.ok() ? 0 : 1).bind(14, Internal::userName(m_context));
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (Status s = Core::ChangeLog::record(db, QLatin1String(C::Entity::Observation), changeId(id),
                                           QStringLiteral("create"), m_context.origin(),
                                           QStringLiteral("vitals"));
        !s)
        return s.error();
    if (Status s =
            Internal::audit(m_context, C::Audit::Vitals, e.patientId, patient->mrn,
                            plausible.ok() ? QString::number(id)
                                           : QStringLiteral("%1 confirmed implausible").arg(id));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Vitals>> VitalsService::forPatient(qint64 patientId, int limit)
{
    if (Status s = m_context.require(Permission::ChartRead, patientId); !s)
        return s.error();
    auto patient = Internal::loadPatient(m_context.db(), patientId);
    if (!patient)
        return patient.error();
    auto list = read(m_context.db(), patientId, limit);
    if (!list)
        return list;
    if (Status s = Internal::audit(m_context, C::Audit::ChartRead, patientId, patient->mrn,
                                   QStringLiteral("vitals"));
        !s)
        return s.error();
    return list;
}

Result<QList<Vitals>> VitalsService::forEncounter(qint64 encounterId)
{
    auto e = Internal::loadEncounter(m_context.db(), encounterId);
    if (!e)
        return e.error();
    if (Status s = m_context.require(Permission::ChartRead, e->patientId, e->patientMrn); !s)
        return s.error();
    Query q =
        m_context.db().query(QLatin1String(VitalsSelect)
                             + QStringLiteral("WHERE encounter_id = ? ORDER BY taken_at, id"));
    q.bind(1, encounterId);
    QList<Vitals> list;
    while (q.next())
        list << readVitals(q);
    if (q.failed())
        return q.error();
    if (Status s = Internal::audit(m_context, C::Audit::ChartRead, e->patientId, e->patientMrn,
                                   QStringLiteral("vitals of encounter %1").arg(encounterId));
        !s)
        return s.error();
    return list;
}

Result<QList<Vitals>> VitalsService::read(Core::Database &db, qint64 patientId, int limit)
{
    Query q = db.query(QLatin1String(VitalsSelect)
                       + QStringLiteral("WHERE patient_id = ? ORDER BY taken_at DESC, id DESC "
                                        "LIMIT ?"));
    q.bind(1, patientId).bind(2, limit);
    QList<Vitals> list;
    while (q.next())
        list << readVitals(q);
    if (q.failed())
        return q.error();
    return list;
}

Result<std::optional<Vitals>> VitalsService::latest(Core::Database &db, qint64 patientId,
                                                    qint64 encounterId)
{
    Query q = db.query(QLatin1String(VitalsSelect)
                       + (encounterId > 0
                              ? QStringLiteral("WHERE encounter_id = ? ORDER BY taken_at DESC, "
                                               "id DESC LIMIT 1")
                              : QStringLiteral("WHERE patient_id = ? ORDER BY taken_at DESC, id "
                                               "DESC LIMIT 1")));
    q.bind(1, encounterId > 0 ? encounterId : patientId);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return std::optional<Vitals>();
    }
    Vitals v = readVitals(q);
    q.finish();
    return std::optional<Vitals>(v);
}

Result<std::optional<Vitals>> VitalsService::byId(Core::Database &db, qint64 id)
{
    Query q = db.query(QLatin1String(VitalsSelect) + QStringLiteral("WHERE id = ?"));
    q.bind(1, id);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        return std::optional<Vitals>();
    }
    Vitals v = readVitals(q);
    q.finish();
    return std::optional<Vitals>(v);
}

Result<qint64> VitalsService::applyRemote(const Vitals &v)
{
    if (Status s = m_context.require(Permission::ChartWrite, v.patientId); !s)
        return s.error();
    Core::Database &db = m_context.db();
    auto patient = Internal::loadPatient(db, v.patientId);
    if (!patient)
        return patient.error();
    if (v.encounterId > 0) {
        auto enc = Internal::loadEncounter(db, v.encounterId);
        if (!enc)
            return enc.error();
        if (enc->patientId != v.patientId)
            return Core::invalid(tr("Encounter %1 belongs to another patient.").arg(v.encounterId));
    }
    if (!v.takenAt.isValid())
        return Core::invalid(tr("The vitals have no time they were taken."));
    VitalsEntry e;
    e.patientId = v.patientId;
    e.systolic = v.systolic;
    e.diastolic = v.diastolic;
    e.pulse = v.pulse;
    e.temperature = v.temperatureC;
    e.temperatureUnit = TemperatureUnit::Celsius;
    e.weight = v.weightKg;
    e.weightUnit = WeightUnit::Kilogram;
    e.height = v.heightCm;
    e.heightUnit = LengthUnit::Centimetre;
    e.spo2 = v.spo2;
    e.respRate = v.respRate;
    if (!e.systolic && !e.pulse && !e.temperature && !e.weight && !e.height && !e.spo2
        && !e.respRate)
        return Core::invalid(tr("Enter at least one vital sign."));
    e.confirmed = true;
    if (Status s = check(e); !s)
        return s.error();
    e.confirmed = false;
    const bool plausible = check(e).ok();
    const Normalized n = normalize(e);
    if (v.id > 0) {
        auto existing = byId(db, v.id);
        if (!existing)
            return existing.error();
        if (!existing->has_value() || existing->value().patientId != v.patientId)
            return Core::invalid(
                tr("There is no such vitals entry %1 for this patient.").arg(v.id));
    }
    Core::Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query q = db.query(
        v.id > 0 ? QStringLiteral("UPDATE vitals SET patient_id = ?, encounter_id = ?, taken_at = "
                                  "?, systolic = ?, diastolic = ?, pulse = ?, temp_c = ?, "
                                  "weight_kg = ?, height_cm = ?, bmi = ?, spo2 = ?, resp_rate = ?, "
                                  "confirmed_implausible = ?, recorded_by = ? WHERE id = ?")
                 : QStringLiteral("INSERT INTO vitals (patient_id, encounter_id, taken_at, "
                                  "systolic, diastolic, pulse, temp_c, weight_kg, height_cm, bmi, "
                                  "spo2, resp_rate, confirmed_implausible, recorded_by, id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(1, v.patientId).bind(2, v.encounterId > 0 ? QVariant(v.encounterId) : QVariant());
    q.bind(3, Internal::timeText(v.takenAt));
    q.bind(4, opt(v.systolic)).bind(5, opt(v.diastolic)).bind(6, opt(v.pulse));
    q.bind(7, opt(v.temperatureC)).bind(8, opt(v.weightKg)).bind(9, opt(v.heightCm));
    q.bind(10, opt(n.bmi)).bind(11, opt(v.spo2)).bind(12, opt(v.respRate));
    q.bind(13, plausible ? 0 : 1);
    q.bind(14, v.recordedBy.isEmpty() ? Internal::userName(m_context) : v.recordedBy.left(200));
    q.bind(15, v.id > 0 ? QVariant(v.id) : QVariant());
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = v.id > 0 ? v.id : db.lastInsertId();
    if (Status s =
            Core::ChangeLog::record(db, QLatin1String(C::Entity::Observation), changeId(id),
                                    v.id > 0 ? QStringLiteral("update") : QStringLiteral("create"),
                                    m_context.origin(), QStringLiteral("vitals"));
        !s)
        return s.error();
    if (Status s = Internal::audit(m_context, C::Audit::Vitals, v.patientId, patient->mrn,
                                   QStringLiteral("%1 from %2").arg(id).arg(m_context.origin()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace Ambulo::Charting
