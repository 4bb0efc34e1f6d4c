#include "connectors/hl7/inboundschema.h"

namespace Ambulo::Hl7 {

Core::MigrationSet inboundMigrations()
{
    return {
        QLatin1String(InboundComponent),
        {Core::Migration{
             1,
             {
                 // sending_app/sending_facility/control_id are '' when the message leaves them
                 // empty and NULL only for a message that did not parse, so such a message is
                 // kept but never taken for a later, corrected one.
                 // outcome: AA/AE/AR (the application's answer); accept_code: CA/CE/CR in
                 // enhanced mode, NULL in original mode. ack: the first reply sent on the
                 // connection (the original-mode or accept ACK), app_ack: an enhanced-mode
                 // application ACK sent after it; NULL where nothing was sent.
                 QStringLiteral("CREATE TABLE hl7_inbound ("
                                " id INTEGER PRIMARY KEY,"
                                " interface TEXT NOT NULL,"
                                " sending_app TEXT,"
                                " sending_facility TEXT,"
                                " control_id TEXT,"
                                " message_type TEXT NOT NULL DEFAULT '',"
                                " received_at TEXT NOT NULL,"
                                " raw BLOB NOT NULL,"
                                " outcome TEXT NOT NULL CHECK (outcome IN ('AA', 'AE', 'AR')),"
                                " accept_code TEXT CHECK (accept_code IN ('CA', 'CE', 'CR')),"
                                " summary TEXT NOT NULL DEFAULT '',"
                                " ack BLOB,"
                                " app_ack BLOB,"
                                " UNIQUE (sending_app, sending_facility, control_id))"),
                 // The monitor's "latest messages of this interface".
                 QStringLiteral("CREATE INDEX hl7_inbound_latest ON hl7_inbound (interface, id)"),
             }},
         // What each inbound listener last said of itself, for the admin's monitor (which runs in
         // another process): written when it starts and stops and every few seconds between.
         Core::Migration{2,
                         {QStringLiteral("CREATE TABLE hl7_listeners ("
                                         " name TEXT PRIMARY KEY,"
                                         " address TEXT NOT NULL,"
                                         " port INTEGER NOT NULL,"
                                         " tls INTEGER NOT NULL DEFAULT 0,"
                                         " host TEXT NOT NULL DEFAULT '',"
                                         " pid INTEGER NOT NULL DEFAULT 0,"
                                         " started_at TEXT NOT NULL,"
                                         " heartbeat_at TEXT NOT NULL,"
                                         " stopped_at TEXT,"
                                         " connections INTEGER NOT NULL DEFAULT 0,"
                                         " received INTEGER NOT NULL DEFAULT 0,"
                                         " last_message_at TEXT,"
                                         " last_error TEXT NOT NULL DEFAULT '')")}}}};
}

} // namespace Ambulo::Hl7
