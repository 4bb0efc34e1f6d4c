#include "modules/scheduling/domain/schedulingschema.h"

#include "modules/scheduling/domain/schedulingconstants.h"

namespace Ambulo::Scheduling {

const Core::MigrationSet &schedulingMigrations()
{
    static const Core::MigrationSet set{
        QLatin1String(Constants::MigrationComponent),
        {
            {1,
             {
                 QStringLiteral("CREATE TABLE scheduling_settings (key TEXT PRIMARY KEY, "
                                "value TEXT NOT NULL)"),
                 QStringLiteral(
                     "CREATE TABLE appointment_types (id INTEGER PRIMARY KEY, "
                     "code TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL, "
                     "default_minutes INTEGER NOT NULL, colour TEXT NOT NULL, "
                     "needs_room INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1)"),
                 QStringLiteral(
                     "CREATE TABLE working_hours (id INTEGER PRIMARY KEY, "
                     "provider_id INTEGER NOT NULL REFERENCES practitioners(id), "
                     "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
                     "start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL, "
                     "room_id INTEGER REFERENCES rooms(id), CHECK (end_minute > start_minute))"),
                 QStringLiteral("CREATE INDEX working_hours_provider ON working_hours "
                                "(provider_id, weekday, start_minute)"),
                 // A blockout covers [start_date, until_date] (equal for a one-off) on the days
                 // its recurrence names.
                 QStringLiteral(
                     "CREATE TABLE blockouts (id INTEGER PRIMARY KEY, "
                     "provider_id INTEGER REFERENCES practitioners(id), "
                     "room_id INTEGER REFERENCES rooms(id), start_date TEXT NOT NULL, "
                     "until_date TEXT NOT NULL, recurrence TEXT NOT NULL, "
                     "start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL, "
                     "reason TEXT NOT NULL, created_at TEXT NOT NULL, "
                     "CHECK (end_minute > start_minute), CHECK (until_date >= start_date))"),
                 QStringLiteral("CREATE INDEX blockouts_until ON blockouts (until_date)"),
                 QStringLiteral("CREATE TABLE appointment_series (id INTEGER PRIMARY KEY, "
                                "every_weeks INTEGER NOT NULL, count INTEGER NOT NULL, "
                                "created_at TEXT NOT NULL)"),
                 // Wall-clock local times ("2026-03-09T09:00") in the zone named beside them;
                 // start_utc is derived for reminders and sync. An appointment never crosses
                 // midnight, so overlap checks are range scans over one day of an index.
                 QStringLiteral("CREATE TABLE appointments (id INTEGER PRIMARY KEY, "
                                "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                                "provider_id INTEGER NOT NULL REFERENCES practitioners(id), "
                                "room_id INTEGER REFERENCES rooms(id), "
                                "type_id INTEGER NOT NULL REFERENCES appointment_types(id), "
                                "start_local TEXT NOT NULL, end_local TEXT NOT NULL, "
                                "time_zone TEXT NOT NULL, start_utc INTEGER NOT NULL, "
                                "status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                                "cancel_reason TEXT NOT NULL DEFAULT '', "
                                "override_reason TEXT NOT NULL DEFAULT '', "
                                "rescheduled_from INTEGER REFERENCES appointments(id), "
                                "series_id INTEGER REFERENCES appointment_series(id), "
                                "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                                "CHECK (end_local > start_local))"),
                 QStringLiteral("CREATE INDEX appointments_provider ON appointments "
                                "(provider_id, start_local)"),
                 QStringLiteral(
                     "CREATE INDEX appointments_room ON appointments (room_id, start_local)"),
                 QStringLiteral("CREATE INDEX appointments_patient ON appointments "
                                "(patient_id, start_local)"),
                 QStringLiteral("CREATE INDEX appointments_start ON appointments (start_local)"),
                 QStringLiteral("CREATE TABLE appointment_status_history (id INTEGER PRIMARY KEY, "
                                "appointment_id INTEGER NOT NULL REFERENCES appointments(id), "
                                "from_status TEXT, to_status TEXT NOT NULL, at TEXT NOT NULL, "
                                "user_name TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')"),
                 QStringLiteral("CREATE INDEX appointment_status_history_appointment ON "
                                "appointment_status_history (appointment_id, at)"),
                 QStringLiteral(
                     "CREATE TABLE waitlist (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "type_id INTEGER NOT NULL REFERENCES appointment_types(id), "
                     "provider_id INTEGER REFERENCES practitioners(id), "
                     "earliest_date TEXT NOT NULL, latest_date TEXT NOT NULL, "
                     "weekdays TEXT NOT NULL DEFAULT '', earliest_minute INTEGER NOT NULL, "
                     "latest_minute INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', "
                     "active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"),
                 QStringLiteral(
                     "CREATE INDEX waitlist_active ON waitlist (active, latest_date, created_at)"),
                 QStringLiteral("CREATE TABLE walk_ins (id INTEGER PRIMARY KEY, "
                                "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                                "provider_id INTEGER REFERENCES practitioners(id), "
                                "type_id INTEGER REFERENCES appointment_types(id), "
                                "reason TEXT NOT NULL DEFAULT '', arrived_at TEXT NOT NULL, "
                                "arrived_date TEXT NOT NULL, state TEXT NOT NULL, "
                                "appointment_id INTEGER REFERENCES appointments(id))"),
                 QStringLiteral("CREATE INDEX walk_ins_day ON walk_ins (arrived_date, state)"),
             }},
            // The openings finder reads a month of every provider's and room's busy time; covering
            // the columns it needs keeps that an index-only range scan.
            {2,
             {
                 QStringLiteral("DROP INDEX appointments_start"),
                 QStringLiteral("CREATE INDEX appointments_start ON appointments (start_local, "
                                "end_local, provider_id, room_id, status)"),
             }},
            // Foreign keys point here from rescheduled_from: without an index every delete of an
            // appointment scans the table for children. The conflict checks scan a provider's,
            // room's or patient's day up to the new end; covering end and status there spares a
            // table read per earlier appointment of that day.
            {3,
             {
                 QStringLiteral("CREATE INDEX appointments_rescheduled ON appointments "
                                "(rescheduled_from)"),
                 QStringLiteral("DROP INDEX appointments_provider"),
                 QStringLiteral("CREATE INDEX appointments_provider ON appointments "
                                "(provider_id, start_local, end_local, status)"),
                 QStringLiteral("DROP INDEX appointments_room"),
                 QStringLiteral("CREATE INDEX appointments_room ON appointments "
                                "(room_id, start_local, end_local, status)"),
                 QStringLiteral("DROP INDEX appointments_patient"),
                 QStringLiteral("CREATE INDEX appointments_patient ON appointments "
                                "(patient_id, start_local, end_local, status)"),
             }},
            // The ids another system gives an appointment (SIU SCH-1 placer, SCH-2 filler), per
            // interface, so its later S13/S14/S15/S26 find it and a resent S12 books nothing.
            {4,
             {
                 QStringLiteral("CREATE TABLE appointment_links (id INTEGER PRIMARY KEY, "
                                "appointment_id INTEGER NOT NULL REFERENCES appointments(id), "
                                "source TEXT NOT NULL, placer_id TEXT NOT NULL DEFAULT '', "
                                "filler_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX appointment_links_placer ON appointment_links "
                                "(source, placer_id)"),
                 QStringLiteral("CREATE INDEX appointment_links_filler ON appointment_links "
                                "(source, filler_id)"),
                 QStringLiteral("CREATE INDEX appointment_links_appointment ON appointment_links "
                                "(appointment_id)"),
             }},
        }};
    return set;
}

} // namespace Ambulo::Scheduling
