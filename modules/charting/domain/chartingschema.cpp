#include "modules/charting/domain/chartingschema.h"

#include "modules/charting/domain/chartingconstants.h"

namespace Ambulo::Charting {

const Core::MigrationSet &chartingMigrations()
{
    static const Core::MigrationSet set{
        QLatin1String(Constants::MigrationComponent),
        {
            {1,
             {
                 // Times are UTC ISO text ("2026-03-09T14:00:00.000Z") so they sort as text.
                 // appointment_id points at scheduling's table by value only: modules do not
                 // depend on each other's schema.
                 QStringLiteral(
                     "CREATE TABLE encounters (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "provider_id INTEGER NOT NULL REFERENCES practitioners(id), "
                     "location_id INTEGER REFERENCES locations(id), "
                     "appointment_id INTEGER UNIQUE, kind TEXT NOT NULL, "
                     "started_at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                     "status TEXT NOT NULL, sensitive INTEGER NOT NULL DEFAULT 0, "
                     "place_of_service TEXT NOT NULL DEFAULT '11', "
                     "signed_by TEXT NOT NULL DEFAULT '', signed_at TEXT NOT NULL DEFAULT '', "
                     "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX encounters_patient ON encounters "
                                "(patient_id, started_at)"),
                 QStringLiteral("CREATE TABLE notes (encounter_id INTEGER PRIMARY KEY "
                                "REFERENCES encounters(id), subjective TEXT NOT NULL DEFAULT '', "
                                "objective TEXT NOT NULL DEFAULT '', "
                                "assessment TEXT NOT NULL DEFAULT '', "
                                "plan TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL, "
                                "updated_at TEXT NOT NULL)"),
                 // One draft per encounter and author, overwritten on every autosave.
                 QStringLiteral("CREATE TABLE note_drafts (encounter_id INTEGER NOT NULL "
                                "REFERENCES encounters(id), user_id INTEGER NOT NULL, "
                                "subjective TEXT NOT NULL, objective TEXT NOT NULL, "
                                "assessment TEXT NOT NULL, plan TEXT NOT NULL, "
                                "updated_at TEXT NOT NULL, PRIMARY KEY (encounter_id, user_id))"),
                 QStringLiteral("CREATE TABLE note_templates (id INTEGER PRIMARY KEY, "
                                "name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                                "subjective TEXT NOT NULL, objective TEXT NOT NULL, "
                                "assessment TEXT NOT NULL, plan TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE quick_texts (abbreviation TEXT PRIMARY KEY "
                                "COLLATE NOCASE, expansion TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE addenda (id INTEGER PRIMARY KEY, "
                                "encounter_id INTEGER NOT NULL REFERENCES encounters(id), "
                                "text TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, "
                                "signature TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX addenda_encounter ON addenda (encounter_id, at)"),
                 QStringLiteral("CREATE TABLE amendment_requests (id INTEGER PRIMARY KEY, "
                                "encounter_id INTEGER NOT NULL REFERENCES encounters(id), "
                                "request_text TEXT NOT NULL, requested_at TEXT NOT NULL, "
                                "decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                                "decided_by TEXT NOT NULL DEFAULT '', "
                                "decided_at TEXT NOT NULL DEFAULT '')"),
                 QStringLiteral("CREATE INDEX amendment_requests_encounter ON "
                                "amendment_requests (encounter_id)"),
                 // Temperature in °C, weight in kg, height in cm; converted at the service.
                 QStringLiteral(
                     "CREATE TABLE vitals (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "encounter_id INTEGER REFERENCES encounters(id), taken_at TEXT NOT NULL, "
                     "systolic INTEGER, diastolic INTEGER, pulse INTEGER, temp_c REAL, "
                     "weight_kg REAL, height_cm REAL, bmi REAL, spo2 INTEGER, resp_rate INTEGER, "
                     "confirmed_implausible INTEGER NOT NULL DEFAULT 0, "
                     "recorded_by TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX vitals_patient ON vitals (patient_id, taken_at)"),
                 QStringLiteral("CREATE INDEX vitals_encounter ON vitals (encounter_id)"),
                 QStringLiteral(
                     "CREATE TABLE problems (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "code TEXT NOT NULL, description TEXT NOT NULL, onset TEXT NOT NULL "
                     "DEFAULT '', status TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX problems_patient ON problems (patient_id)"),
                 QStringLiteral(
                     "CREATE TABLE medications (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), name TEXT NOT NULL, "
                     "dose TEXT NOT NULL DEFAULT '', route TEXT NOT NULL DEFAULT '', "
                     "frequency TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL DEFAULT '', "
                     "stop_date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
                     "updated_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX medications_patient ON medications (patient_id)"),
                 QStringLiteral("CREATE TABLE allergies (id INTEGER PRIMARY KEY, "
                                "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                                "substance TEXT NOT NULL, reaction TEXT NOT NULL DEFAULT '', "
                                "severity TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
                                "updated_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX allergies_patient ON allergies (patient_id)"),
                 // Every change to a problem, medication or allergy: what it became, who, when.
                 QStringLiteral(
                     "CREATE TABLE chart_list_history (id INTEGER PRIMARY KEY, "
                     "list TEXT NOT NULL, item_id INTEGER NOT NULL, action TEXT NOT NULL, "
                     "snapshot TEXT NOT NULL, user_name TEXT NOT NULL, at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX chart_list_history_item ON chart_list_history "
                                "(list, item_id, id)"),
                 QStringLiteral(
                     "CREATE TABLE result_orders (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "placer_number TEXT NOT NULL DEFAULT '', filler_number TEXT NOT NULL, "
                     "source TEXT NOT NULL DEFAULT '', test_code TEXT NOT NULL, "
                     "test_name TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', "
                     "collected_at TEXT NOT NULL DEFAULT '', "
                     "reported_at TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL, "
                     "UNIQUE (source, filler_number))"),
                 QStringLiteral("CREATE INDEX result_orders_patient ON result_orders "
                                "(patient_id, collected_at)"),
                 QStringLiteral(
                     "CREATE TABLE observations (id INTEGER PRIMARY KEY, "
                     "order_id INTEGER NOT NULL REFERENCES result_orders(id), "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "set_id INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL "
                     "DEFAULT '', value_type TEXT NOT NULL DEFAULT '', value TEXT NOT NULL "
                     "DEFAULT '', numeric_value REAL, units TEXT NOT NULL DEFAULT '', "
                     "reference_range TEXT NOT NULL DEFAULT '', abnormal_flag TEXT NOT NULL "
                     "DEFAULT '', status TEXT NOT NULL DEFAULT '', performed_at TEXT NOT NULL "
                     "DEFAULT '', reviewed_by TEXT NOT NULL DEFAULT '', reviewed_at TEXT NOT NULL "
                     "DEFAULT '', UNIQUE (order_id, set_id, code))"),
                 QStringLiteral("CREATE INDEX observations_trend ON observations "
                                "(patient_id, code, performed_at)"),
                 QStringLiteral("CREATE INDEX observations_patient ON observations "
                                "(patient_id, performed_at)"),
                 QStringLiteral("CREATE TABLE icd10_codes (code TEXT PRIMARY KEY, "
                                "billable INTEGER NOT NULL, short_description TEXT NOT NULL, "
                                "long_description TEXT NOT NULL) WITHOUT ROWID"),
                 // One document per code (long and short description); searched by word prefixes.
                 QStringLiteral("CREATE VIRTUAL TABLE icd10_search USING fts4 (words, code, "
                                "notindexed=code, prefix=\"1,2,3,4,5\", "
                                "tokenize=unicode61 \"remove_diacritics=1\")"),
                 QStringLiteral("CREATE TABLE procedure_codes (code TEXT PRIMARY KEY, "
                                "description TEXT NOT NULL, fee_cents INTEGER NOT NULL, "
                                "active INTEGER NOT NULL DEFAULT 1) WITHOUT ROWID"),
                 // Pointer order is position (1..12) on the claim.
                 QStringLiteral("CREATE TABLE encounter_diagnoses (encounter_id INTEGER NOT NULL "
                                "REFERENCES encounters(id), position INTEGER NOT NULL "
                                "CHECK (position BETWEEN 1 AND 12), code TEXT NOT NULL, "
                                "description TEXT NOT NULL, PRIMARY KEY (encounter_id, position), "
                                "UNIQUE (encounter_id, code))"),
                 QStringLiteral("CREATE TABLE superbill_lines (id INTEGER PRIMARY KEY, "
                                "encounter_id INTEGER NOT NULL REFERENCES encounters(id), "
                                "code TEXT NOT NULL, description TEXT NOT NULL, "
                                "modifiers TEXT NOT NULL DEFAULT '', units INTEGER NOT NULL CHECK "
                                "(units > 0), "
                                "fee_cents INTEGER NOT NULL, pointers TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX superbill_lines_encounter ON superbill_lines "
                                "(encounter_id, id)"),
             }},
            // Vitals and lab results are both FHIR Observations, one change-log entity: vitals
            // rows now count down from -1 (VitalsService::changeId). Rows written before say
            // "vitals" in their detail and take the new form, so no consumer reads an old vitals
            // row as a lab observation.
            {2,
             {
                 QStringLiteral("UPDATE change_log SET entity_id = -entity_id WHERE entity = "
                                "'Observation' AND detail = 'vitals' AND entity_id > 0"),
             }},
        }};
    return set;
}

} // namespace Ambulo::Charting
