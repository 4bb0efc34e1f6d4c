#pragma once

#include "core/sync/changelog.h"

#include <string_view>

// Every persisted identifier of the FHIR sync engine, defined once.
namespace Ambulo::Sync::Constants {

inline constexpr char Component[] = "sync";

// The change origin of what a pull applies: the pusher skips these rows, so nothing pulled is
// echoed back to the server.
inline constexpr char Origin[] = "fhir";
// The change origin of the rows a pulled merge moved to the survivor (a booking, a problem): the
// server still holds them under the merged-away record, so the pusher sends them.
inline constexpr char MergeOrigin[] = "fhir-merge";
// Core::Change::fromServer() tells both apart from this workstation's own changes.
static_assert(std::string_view(Origin) == Core::ChangeLog::ServerOrigin);
static_assert(std::string_view(MergeOrigin).starts_with(Origin)
              && MergeOrigin[std::string_view(Origin).size()] == '-');
// The principal the engine signs in as (UserService::signInInterface).
inline constexpr char Principal[] = "fhir-sync";

// The identifier every resource we create carries, value "<store id>-<local id>": the key of
// If-None-Exist, so a create whose answer was lost is found, not made twice.
inline constexpr char ClientIdSystem[] = "urn:ambulo:client-id";

// Published on the GUI's event hub after a sync round changed records here (pulled, merged,
// renumbered) or the conflict count: views showing synced records re-read.
inline constexpr char EventDataChanged[] = "Ambulo.Event.SyncDataChanged";

// Audit action of the backfill: a type's records that never reached the server, queued once.
inline constexpr char AuditBackfill[] = "sync.backfill";

// sync_meta keys.
inline constexpr char MetaStoreId[] = "store-id";
inline constexpr char MetaChangeCursor[] = "change-cursor";
// sync_meta key prefix of a resend pass done in this store (ResourceAdapter::resendPass).
inline constexpr char MetaResendPrefix[] = "resend:";

// sync_record.state
inline constexpr char StateSynced[] = "synced";
inline constexpr char StatePending[] = "pending";
inline constexpr char StateConflict[] = "conflict";
inline constexpr char StateRejected[] = "rejected"; // the server refused it (4xx); see last_error

// sync_conflict.resolution
inline constexpr char ResolutionLocal[] = "local";
inline constexpr char ResolutionServer[] = "server";
// A lost booking settled by itself: moved to a free time (the claim then succeeded), or
// cancelled here.
inline constexpr char ResolutionRebooked[] = "rebooked";

// sync_conflict.fields of a lost booking claim (not a field clash).
inline constexpr char BookingConflict[] = "booking";

} // namespace Ambulo::Sync::Constants
