#pragma once

#include "connectors/sync/resourceadapter.h"
#include "core/context/eventhub.h"
#include "modules/scheduling/domain/schedulingservices.h"

namespace Ambulo::Core {
class Services;
}

namespace Ambulo::Scheduling {

// Appointments for the FHIR sync engine (registered in App::makeSyncEngine after Practitioner).
//
// Mapping: status (with the exact Ambulo status in an extension), appointment type, reason as
// description, start/end as instants, the Patient and Practitioner as participants.
//
// Double booking across workstations: before a booking that holds its time is sent, it claims
// the time on the provider's day ledger on the server (a Schedule, see
// connectors/sync/README.md): read, check overlap, add, PUT with If-Match; 412 re-reads. An
// overlap there loses the claim: the appointment becomes a conflict with other times to offer,
// and is never sent. Cancel, no-show and reschedule release the interval the same way; a move
// releases the old day's interval and claims the new one.
class AppointmentSyncAdapter : public Sync::ResourceAdapter
{
public:
    explicit AppointmentSyncAdapter(Core::Services &services);
    ~AppointmentSyncAdapter() override;

    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Sync::Claim claim(Sync::SyncEngine &engine, qint64 localId, const QJsonObject &resource,
                      const Sync::RecordMap &record) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;

private:
    struct Interval;
    struct Ledger;
    Core::Result<QString> npiOf(qint64 providerId);
    // The provider-day ledgers on the server (normally one; two only if two workstations made
    // one at the same instant, and then every interval of both counts).
    std::optional<Sync::Claim> readLedgers(Sync::SyncEngine &engine, const QString &key,
                                           QList<Ledger> &out);
    Sync::Claim take(Sync::SyncEngine &engine, const Appointment &a, const QString &clientId);
    Sync::Claim release(Sync::SyncEngine &engine, const QString &key, const QString &clientId);
    // An interval whose appointment the book here no longer holds there (cancelled,
    // rescheduled, moved; the release is not pushed yet): dropped, not counted against a claim.
    bool staleHere(Sync::SyncEngine &engine, const Interval &interval, qint64 providerId);
    QStringList alternatives(const Appointment &a, const QList<Interval> &taken);

    Core::Services &m_services;
    Core::EventHub m_events; // pulled bookings are published here (no one else listens)
    SchedulingServices m_scheduling;
};

} // namespace Ambulo::Scheduling
