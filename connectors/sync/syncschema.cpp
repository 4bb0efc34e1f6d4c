#include "connectors/sync/syncschema.h"

#include "connectors/sync/syncconstants.h"

namespace Ambulo::Sync {

const Core::MigrationSet &migrations()
{
    static const Core::MigrationSet set{
        QLatin1String(Constants::Component),
        {
            {1,
             {
                 // store-id: names this store in client identifiers; change-cursor: the last
                 // change_log seq the pusher has dealt with, advanced in the transaction that
                 // records what the push did.
                 QStringLiteral("CREATE TABLE sync_meta (key TEXT PRIMARY KEY, "
                                "value TEXT NOT NULL)"),
                 QStringLiteral("INSERT INTO sync_meta (key, value) VALUES ('store-id', "
                                "lower(hex(randomblob(16))))"),
                 QStringLiteral("INSERT INTO sync_meta (key, value) VALUES ('change-cursor', '0')"),
                 // base_json: the server's copy as last seen (pushed or pulled), the merge base.
                 QStringLiteral(
                     "CREATE TABLE sync_record (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "resource_type TEXT NOT NULL, local_id INTEGER NOT NULL, "
                     "server_id TEXT NOT NULL DEFAULT '', version_id TEXT NOT NULL DEFAULT '', "
                     "base_json TEXT NOT NULL DEFAULT '', "
                     "state TEXT NOT NULL CHECK (state IN "
                     "('synced', 'pending', 'conflict', 'rejected')), "
                     "client_id TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '', "
                     "updated_at TEXT NOT NULL, UNIQUE (resource_type, local_id))"),
                 QStringLiteral("CREATE INDEX sync_record_server ON sync_record "
                                "(resource_type, server_id)"),
                 // stamp: the newest meta.lastUpdated applied; the next pull starts there.
                 QStringLiteral(
                     "CREATE TABLE sync_type (resource_type TEXT PRIMARY KEY, "
                     "pull_stamp TEXT NOT NULL DEFAULT '', last_pull_at TEXT NOT NULL DEFAULT '', "
                     "last_push_at TEXT NOT NULL DEFAULT '')"),
                 QStringLiteral("CREATE TABLE sync_conflict (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                "resource_type TEXT NOT NULL, local_id INTEGER NOT NULL, "
                                "local_json TEXT NOT NULL, server_json TEXT NOT NULL, "
                                "server_version TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL, "
                                "created_at TEXT NOT NULL, resolved_at TEXT NOT NULL DEFAULT '', "
                                "resolution TEXT NOT NULL DEFAULT '')"),
                 QStringLiteral("CREATE INDEX sync_conflict_open ON sync_conflict "
                                "(resolved_at, resource_type, local_id)"),
             }},
            // A lost booking claim: the times a clerk may offer instead, comma-separated
            // wall-clock starts.
            {2,
             {
                 QStringLiteral("ALTER TABLE sync_conflict ADD COLUMN alternatives TEXT NOT NULL "
                                "DEFAULT ''"),
             }},
            // When the type's local records that never reached the server (made before sync
            // was set up, or before the type was mapped) were queued for the push, once per
            // store; empty: not yet (SyncEngine::backfill).
            {3,
             {
                 QStringLiteral("ALTER TABLE sync_type ADD COLUMN backfilled_at TEXT NOT NULL "
                                "DEFAULT ''"),
             }},
            // Pulled merges whose survivor could not be taken here yet (SyncEngine::
            // retryPendingMerges): tried again at the start of every pull, shown by sync status.
            {4,
             {
                 QStringLiteral("CREATE TABLE sync_pending_merge (merged_server_id TEXT PRIMARY "
                                "KEY, survivor_server_id TEXT NOT NULL, reason TEXT NOT NULL, "
                                "tries INTEGER NOT NULL DEFAULT 0, since TEXT NOT NULL, "
                                "tried_at TEXT NOT NULL)"),
             }},
            // The retry list backs off (SyncEngine::retryPendingMerges): next_try_at, when the
            // merge is next read from the server (empty: at the next pull, as a row from before
            // this migration is); merged_version, the merged-away record's version the last try
            // waited on, so the pull's `ge` bringing that version again costs nothing;
            // held_version, the version this store held of it then, so a newer one taken by the
            // ordinary pull (no longer merged there) is looked at the next pull.
            {5,
             {
                 QStringLiteral("ALTER TABLE sync_pending_merge ADD COLUMN next_try_at TEXT NOT "
                                "NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE sync_pending_merge ADD COLUMN merged_version TEXT "
                                "NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE sync_pending_merge ADD COLUMN held_version TEXT "
                                "NOT NULL DEFAULT ''"),
             }},
        }};
    return set;
}

} // namespace Ambulo::Sync
