#include "modules/charting/domain/chartmerge.h"

#include "core/entities/patientservice.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/vitalsservice.h"

#include <QList>

namespace Ambulo::Charting {

namespace {

// A chart table, and how its rows appear in the change log (none: not synced on its own).
struct ChartTable
{
    const char *table;
    const char *entity;
    bool vitals; // change-log ids of vitals are negative (VitalsService::changeId)
};

const ChartTable Tables[] = {
    {"encounters", Constants::Entity::Encounter, false},
    {"vitals", Constants::Entity::Observation, true},
    {"problems", Constants::Entity::Condition, false},
    {"medications", Constants::Entity::Medication, false},
    {"allergies", Constants::Entity::Allergy, false},
    {"result_orders", nullptr, false},
    {"observations", Constants::Entity::Observation, false},
};

} // namespace

Core::Status repointMergedChart(const Core::MergeEvent &event)
{
    for (const ChartTable &t : Tables) {
        QList<qint64> ids;
        if (t.entity) {
            Core::Query rows =
                event.db.query(QStringLiteral("SELECT id FROM ") + QLatin1String(t.table)
                               + QStringLiteral(" WHERE patient_id = ? ORDER BY id"));
            rows.bind(1, event.mergedId);
            while (rows.next())
                ids.append(rows.int64(0));
            if (rows.failed())
                return rows.error();
        }
        Core::Query move =
            event.db.query(QStringLiteral("UPDATE ") + QLatin1String(t.table)
                           + QStringLiteral(" SET patient_id = ? WHERE patient_id = ?"));
        move.bind(1, event.survivorId).bind(2, event.mergedId);
        if (Core::Status s = move.exec(); !s)
            return s;
        for (qint64 id : std::as_const(ids)) {
            if (Core::Status s = Core::ChangeLog::record(
                    event.db, QLatin1String(t.entity), t.vitals ? VitalsService::changeId(id) : id,
                    QStringLiteral("update"), event.origin, QStringLiteral("merge"));
                !s)
                return s;
        }
    }
    return {};
}

} // namespace Ambulo::Charting
