#include "connectors/hl7/outboundschema.h"

#include "connectors/hl7/outboundconstants.h"

namespace Ambulo::Hl7 {

const Core::MigrationSet &outboundMigrations()
{
    static const Core::MigrationSet set{
        QLatin1String(OutboundConstants::Component),
        {
            {1,
             {
                 // change_cursor: the last change_log seq this interface has dispatched; advanced
                 // in the transaction that queues what the change produced.
                 QStringLiteral(
                     "CREATE TABLE hl7_interface (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "name TEXT NOT NULL UNIQUE, host TEXT NOT NULL, port INTEGER NOT NULL, "
                     "enabled INTEGER NOT NULL DEFAULT 1, message_types TEXT NOT NULL DEFAULT '', "
                     "change_cursor INTEGER NOT NULL DEFAULT 0, "
                     "ack_timeout_ms INTEGER NOT NULL DEFAULT 10000, "
                     "tls INTEGER NOT NULL DEFAULT 0, tls_ca_file TEXT NOT NULL DEFAULT '', "
                     "tls_cert_file TEXT NOT NULL DEFAULT '', "
                     "tls_key_file TEXT NOT NULL DEFAULT '', "
                     "sending_facility TEXT NOT NULL DEFAULT '', "
                     "receiving_application TEXT NOT NULL DEFAULT '', "
                     "receiving_facility TEXT NOT NULL DEFAULT '', "
                     "last_error TEXT NOT NULL DEFAULT '', last_ack_at TEXT NOT NULL DEFAULT '', "
                     "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                 // id is the FIFO order within an interface (AUTOINCREMENT: never reused).
                 QStringLiteral(
                     "CREATE TABLE hl7_outbound (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "interface_id INTEGER NOT NULL REFERENCES hl7_interface(id) "
                     "ON DELETE CASCADE, "
                     "message_type TEXT NOT NULL, entity TEXT NOT NULL DEFAULT '', "
                     "entity_id INTEGER NOT NULL DEFAULT 0, change_seq INTEGER NOT NULL DEFAULT 0, "
                     "control_id TEXT NOT NULL, raw BLOB NOT NULL, "
                     "state TEXT NOT NULL CHECK (state IN "
                     "('pending', 'sent', 'acked', 'parked', 'discarded')), "
                     "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL DEFAULT "
                     "'', "
                     "last_error TEXT NOT NULL DEFAULT '', ack_code TEXT NOT NULL DEFAULT '', "
                     "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX hl7_outbound_queue ON hl7_outbound "
                                "(interface_id, state, id)"),
             }},
            {2,
             {
                 // 1: leave out the changes pulled from the shared FHIR server.
                 QStringLiteral("ALTER TABLE hl7_interface ADD COLUMN local_changes_only "
                                "INTEGER NOT NULL DEFAULT 0"),
             }},
            {3,
             {
                 // Why the dispatcher holds the interface at the change after its cursor
                 // (Dispatcher::PatientHold); empty when nothing waits.
                 QStringLiteral("ALTER TABLE hl7_interface ADD COLUMN waiting TEXT NOT NULL "
                                "DEFAULT ''"),
             }},
        }};
    return set;
}

} // namespace Ambulo::Hl7
