#include "core/constants.h"
#include "core/store/store.h"

namespace Ambulo::Core {

// The core schema. A released migration is never edited; changes come as a new version.
const MigrationSet &Store::coreMigrations()
{
    static const MigrationSet set{
        QLatin1String(Constants::CoreComponent),
        {
            {1,
             {
                 QStringLiteral("CREATE TABLE practice_settings (key TEXT PRIMARY KEY, "
                                "value TEXT NOT NULL)"),
                 QStringLiteral(
                     "CREATE TABLE users (id INTEGER PRIMARY KEY, "
                     "username TEXT NOT NULL UNIQUE COLLATE NOCASE, display_name TEXT NOT NULL, "
                     "role TEXT NOT NULL, password_hash TEXT NOT NULL, "
                     "disabled INTEGER NOT NULL DEFAULT 0, failed_attempts INTEGER NOT NULL "
                     "DEFAULT 0, locked_until TEXT, created_at TEXT NOT NULL, "
                     "password_changed_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE user_settings (user_id INTEGER NOT NULL "
                                "REFERENCES users(id), key TEXT NOT NULL, value BLOB, "
                                "PRIMARY KEY (user_id, key))"),
                 QStringLiteral(
                     "CREATE TABLE patients (id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE, "
                     "family TEXT NOT NULL, given TEXT NOT NULL, middle TEXT NOT NULL DEFAULT '', "
                     "birth_date TEXT NOT NULL, sex TEXT NOT NULL, "
                     "address_line TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', "
                     "state TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '', "
                     "phone_home TEXT NOT NULL DEFAULT '', phone_mobile TEXT NOT NULL DEFAULT '', "
                     "email TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', "
                     "preferred_contact TEXT NOT NULL DEFAULT '', "
                     "restricted INTEGER NOT NULL DEFAULT 0, sort_key TEXT NOT NULL, "
                     "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX patients_sort ON patients (sort_key)"),
                 // One document of search words per patient (PatientSearch::indexTokens).
                 // Prefix indexes cover the first keystrokes of a name and a typed birth year.
                 QStringLiteral("CREATE VIRTUAL TABLE patient_search USING fts4 (tokens, "
                                "prefix=\"1,2,3,5\", "
                                "tokenize=unicode61 \"remove_diacritics=1\")"),
                 QStringLiteral("CREATE TABLE practitioners (id INTEGER PRIMARY KEY, "
                                "npi TEXT NOT NULL UNIQUE, family TEXT NOT NULL, "
                                "given TEXT NOT NULL, credentials TEXT NOT NULL DEFAULT '', "
                                "specialty TEXT NOT NULL DEFAULT '', "
                                "user_id INTEGER REFERENCES users(id), "
                                "active INTEGER NOT NULL DEFAULT 1)"),
                 QStringLiteral("CREATE TABLE locations (id INTEGER PRIMARY KEY, "
                                "name TEXT NOT NULL UNIQUE, address TEXT NOT NULL DEFAULT '', "
                                "phone TEXT NOT NULL DEFAULT '')"),
                 QStringLiteral("CREATE TABLE rooms (id INTEGER PRIMARY KEY, "
                                "location_id INTEGER NOT NULL REFERENCES locations(id), "
                                "name TEXT NOT NULL, UNIQUE (location_id, name))"),
                 QStringLiteral(
                     "CREATE TABLE payers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                     "payer_id TEXT NOT NULL DEFAULT '')"),
                 QStringLiteral(
                     "CREATE TABLE coverages (id INTEGER PRIMARY KEY, "
                     "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                     "rank INTEGER NOT NULL CHECK (rank IN (1, 2, 3)), "
                     "payer_id INTEGER NOT NULL REFERENCES payers(id), member_id TEXT NOT NULL, "
                     "group_number TEXT NOT NULL DEFAULT '', subscriber_name TEXT NOT NULL, "
                     "subscriber_relationship TEXT NOT NULL, subscriber_birth_date TEXT NOT NULL, "
                     "start_date TEXT NOT NULL, end_date TEXT NOT NULL DEFAULT '', "
                     "UNIQUE (patient_id, rank))"),
                 QStringLiteral(
                     "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                     "user_name TEXT NOT NULL, workstation TEXT NOT NULL, action TEXT NOT NULL, "
                     "outcome TEXT NOT NULL, patient_id INTEGER, patient_mrn TEXT NOT NULL "
                     "DEFAULT '', detail TEXT NOT NULL DEFAULT '', flagged INTEGER NOT NULL "
                     "DEFAULT 0, hmac BLOB NOT NULL)"),
                 QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
                 QStringLiteral("CREATE INDEX audit_log_patient ON audit_log (patient_id)"),
                 // The application never changes a written entry; these make any code path that
                 // tries fail loudly instead of quietly rewriting history.
                 QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                 QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                 // The chain's head, so deleting the newest entries is noticed too.
                 QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
                                "last_id INTEGER NOT NULL, last_hmac BLOB NOT NULL, "
                                "broken_at INTEGER NOT NULL DEFAULT 0, hmac BLOB NOT NULL)"),
             }},
            {2,
             {
                 // The outbox: one row per local change to a record other systems may want,
                 // written in the change's own transaction (core/sync/changelog.h).
                 QStringLiteral("CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                "entity TEXT NOT NULL, entity_id INTEGER NOT NULL, "
                                "op TEXT NOT NULL, origin TEXT NOT NULL, "
                                "detail TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX change_log_entity ON change_log (entity, entity_id)"),
             }},
            {3,
             {
                 // Identifiers other systems know a patient by (PID-3, FHIR identifier): one value
                 // per assigning authority names one patient.
                 QStringLiteral("CREATE TABLE patient_identifiers (id INTEGER PRIMARY KEY, "
                                "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                                "value TEXT NOT NULL, authority TEXT NOT NULL DEFAULT '', "
                                "type_code TEXT NOT NULL DEFAULT '', UNIQUE (value, authority))"),
                 QStringLiteral("CREATE INDEX patient_identifiers_patient ON patient_identifiers "
                                "(patient_id)"),
                 // A merged-away record stays (its history refers to it) and points at the
                 // survivor; searches skip it and opening it opens the survivor.
                 QStringLiteral("ALTER TABLE patients ADD COLUMN merged_into INTEGER "
                                "REFERENCES patients(id)"),
                 QStringLiteral("CREATE TABLE patient_merges (id INTEGER PRIMARY KEY, "
                                "survivor_id INTEGER NOT NULL REFERENCES patients(id), "
                                "merged_id INTEGER NOT NULL REFERENCES patients(id), "
                                "merged_mrn TEXT NOT NULL, at TEXT NOT NULL, "
                                "by_user TEXT NOT NULL, source TEXT NOT NULL, "
                                "reason TEXT NOT NULL DEFAULT '')"),
             }},
            {4,
             {
                 // The search index without FTS4's per-document size table: nothing ranks by it
                 // (no matchinfo), and every registration wrote a row of it, a page more in the
                 // commit of each HL7 registration. Same words, same prefixes.
                 QStringLiteral("CREATE VIRTUAL TABLE patient_search_v4 USING fts4 (tokens, "
                                "prefix=\"1,2,3,5\", "
                                "tokenize=unicode61 \"remove_diacritics=1\", matchinfo=fts3)"),
                 QStringLiteral("INSERT INTO patient_search_v4 (docid, tokens) "
                                "SELECT docid, tokens FROM patient_search"),
                 QStringLiteral("DROP TABLE patient_search"),
                 QStringLiteral("ALTER TABLE patient_search_v4 RENAME TO patient_search"),
             }},
            {5,
             {
                 // The search index without FTS4's prefix indexes, which indexed the first 1, 2,
                 // 3 and 5 characters of every word, birth dates and phone numbers included: the
                 // starts searches ask for are words of the document instead (see
                 // PatientSearch::indexTokens), about half the words in one index instead of five.
                 // Made here from v4's words as indexTokens makes them (names: not starting with a
                 // digit; birth dates: "1…" and "6…"). v4 kept names as typed, unfolded: the
                 // tokenizer folds a start as it folds the word, except where folding changes a
                 // name's length (decomposed accents), whose starts are right again at the
                 // patient's next save.
                 QStringLiteral("CREATE VIRTUAL TABLE patient_search_v5 USING fts4 (tokens, "
                                "tokenize=unicode61 \"remove_diacritics=1\", matchinfo=fts3)"),
                 QStringLiteral("CREATE TEMP TABLE search_words AS "
                                "WITH RECURSIVE split (docid, word, rest) AS ("
                                "SELECT docid, '', tokens || ' ' FROM patient_search UNION ALL "
                                "SELECT docid, substr(rest, 1, instr(rest, ' ') - 1), "
                                "substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> '') "
                                "SELECT docid, word, NOT word GLOB '[0-9]*' AS name FROM split "
                                "WHERE word <> ''"),
                 QStringLiteral(
                     "INSERT INTO patient_search_v5 (docid, tokens) "
                     "SELECT docid, group_concat(word, ' ') FROM (SELECT DISTINCT docid, word FROM "
                     "("
                     "SELECT docid, word FROM search_words UNION ALL "
                     "SELECT docid, substr(word, 1, 1) FROM search_words "
                     "WHERE name AND length(word) > 1 UNION ALL "
                     "SELECT docid, substr(word, 1, 2) FROM search_words "
                     "WHERE name AND length(word) > 2 UNION ALL "
                     "SELECT docid, substr(word, 1, 3) FROM search_words "
                     "WHERE name AND length(word) > 3 UNION ALL "
                     "SELECT docid, substr(word, 1, 5) FROM search_words "
                     "WHERE name AND length(word) > 5 UNION ALL "
                     "SELECT docid, substr(word, 1, 5) FROM search_words "
                     "WHERE word GLOB '1*' AND length(word) > 5 UNION ALL "
                     "SELECT docid, substr(word, 1, 3) FROM search_words "
                     "WHERE word GLOB '6*' AND length(word) > 3 UNION ALL "
                     "SELECT docid, substr(word, 1, 4) FROM search_words "
                     "WHERE word GLOB '6*' AND length(word) > 4) ORDER BY docid) GROUP BY docid"),
                 QStringLiteral("DROP TABLE temp.search_words"),
                 QStringLiteral("DROP TABLE patient_search"),
                 QStringLiteral("ALTER TABLE patient_search_v5 RENAME TO patient_search"),
             }},
            {6,
             {
                 // Identifiers taken off a patient here (an ADT^A47 renumbering, say) that copies
                 // elsewhere may still carry: the FHIR push takes each off the server's copy and
                 // then settles it, and a pull does not bring it back meanwhile.
                 QStringLiteral("CREATE TABLE patient_identifier_withdrawals ("
                                "patient_id INTEGER NOT NULL REFERENCES patients(id), "
                                "value TEXT NOT NULL, authority TEXT NOT NULL, at TEXT NOT NULL, "
                                "PRIMARY KEY (patient_id, value, authority))"),
             }},
            {7,
             {
                 // Registrations taken to be a record by name and birth date: the record before
                 // and after (JSON of its demographics) and the numbers brought, so an admin can
                 // undo a wrong match, and the same numbers are not matched to it again.
                 QStringLiteral("CREATE TABLE patient_same_person_matches (id INTEGER PRIMARY "
                                "KEY, patient_id INTEGER NOT NULL REFERENCES patients(id), "
                                "at TEXT NOT NULL, source TEXT NOT NULL, identifiers TEXT NOT "
                                "NULL, before_fields TEXT NOT NULL, after_fields TEXT NOT NULL, "
                                "undone_at TEXT, confirmed_at TEXT)"),
                 QStringLiteral("CREATE INDEX patient_same_person_matches_patient ON "
                                "patient_same_person_matches (patient_id)"),
             }},
        }};
    return set;
}

} // namespace Ambulo::Core
