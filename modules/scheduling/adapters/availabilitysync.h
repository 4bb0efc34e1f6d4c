#pragma once

#include "connectors/sync/resourceadapter.h"
#include "core/context/eventhub.h"
#include "modules/scheduling/domain/schedulingservices.h"

#include <optional>

namespace Ambulo::Core {
class Services;
struct Practitioner;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {

// A provider's weekly working hours for the FHIR sync engine: one Schedule per provider
// (identifier `urn:ambulo:provider-hours|<npi>`, actor the Practitioner), the hours in extension
// `https://ambulo.example/fhir/StructureDefinition/working-hours` (one per interval: day, start,
// end; see connectors/sync/README.md for why not PractitionerRole.availableTime). The local id is
// the provider's. Registered in App::makeSyncEngine after Practitioner and before
// BlockoutSyncAdapter, whose Slots refer to it.
//
// The pull of Schedule also returns the booking ledgers of AppointmentSyncAdapter (identifier
// system `urn:ambulo:provider-day`) and any Schedule another system made: those are not ours and
// are passed over silently (Applied::notOurs).
class WorkingHoursSyncAdapter : public Sync::ResourceAdapter
{
public:
    explicit WorkingHoursSyncAdapter(Core::Services &services);
    ~WorkingHoursSyncAdapter() override;

    QString resourceType() const override;
    // Also found or created when a blockout's Slot refers to it first.
    bool pushedOnDemand() const override { return true; }
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    QString createCondition(const QJsonObject &resource, const QString &clientId) const override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;

private:
    Core::Services &m_services;
    Core::EventHub m_events; // pulled changes are published here (no one else listens)
    SchedulingServices m_scheduling;
};

// A provider's blockout as a Slot of the provider's hours Schedule: status `busy-unavailable`,
// start/end of its first occurrence as instants, the reason as comment, a recurring one's rule in
// extension `https://ambulo.example/fhir/StructureDefinition/blockout-recurrence` (frequency,
// until). A removed blockout is sent as the same Slot with status `entered-in-error` (the engine
// sends no DELETE); a pulled Slot that is no longer `busy-unavailable` removes the blockout here.
// Practice-wide and room blockouts have no provider Schedule: they are not sent (state rejected,
// with the reason).
class BlockoutSyncAdapter : public Sync::ResourceAdapter
{
public:
    explicit BlockoutSyncAdapter(Core::Services &services);
    ~BlockoutSyncAdapter() override;

    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;
    // A blockout removed here: its Slot entered-in-error (the history stays).
    QJsonObject buildRemoved(const QJsonObject &base) const override;
    bool removedOnServer(const QJsonObject &resource) const override;

private:
    Core::Result<std::optional<Blockout>> blockout(qint64 id);

    Core::Services &m_services;
    Core::EventHub m_events;
    SchedulingServices m_scheduling;
};

} // namespace Ambulo::Scheduling
