#pragma once

#include "connectors/sync/resourceadapter.h"
#include "core/context/eventhub.h"
#include "modules/charting/domain/chartingservices.h"

#include <memory>
#include <vector>

namespace Ambulo::Core {
class Services;
}

namespace Ambulo::Charting {

// The chart for the FHIR sync engine, one adapter per resource type, registered in
// App::makeSyncEngine after Appointment in this order: Encounter, Condition, AllergyIntolerance,
// MedicationStatement, Observation (each refers to the Patient, the Encounter to its
// Practitioner, vitals to their Encounter). Pulled records are applied through the charting
// services with change origin "fhir" (audited, shown in the chart dock, never echoed back).
// Mapping details and limits: connectors/sync/README.md.
class ChartSyncAdapter : public Sync::ResourceAdapter
{
public:
    explicit ChartSyncAdapter(Core::Services &services);
    ~ChartSyncAdapter() override;

protected:
    Core::Services &m_services;
    Core::EventHub m_events; // the services publish here (no one else listens)
    ChartingServices m_charting;
};

// Encounter: status (open → in-progress, signed → finished), class AMB, type (the visit kind),
// subject, participant (the provider), period (start; end when signed), reasonCode, appointment
// when that is on the server, the signer in an extension. The note is not sent. A pulled change
// to an encounter signed here is refused with its reason (signed records are immutable).
class EncounterSyncAdapter : public ChartSyncAdapter
{
public:
    using ChartSyncAdapter::ChartSyncAdapter;
    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;
};

// Condition (problem list): clinical and verification status, category problem-list-item, the
// ICD-10-CM code, onset date, subject.
class ConditionSyncAdapter : public ChartSyncAdapter
{
public:
    using ChartSyncAdapter::ChartSyncAdapter;
    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;
    // Removed here: entered-in-error on the server (the history stays).
    QJsonObject buildRemoved(const QJsonObject &base) const override;
    bool removedOnServer(const QJsonObject &resource) const override;
};

// AllergyIntolerance: clinical and verification status, the substance as code text, the
// reaction (manifestation text and severity), criticality from the severity, patient.
class AllergySyncAdapter : public ChartSyncAdapter
{
public:
    using ChartSyncAdapter::ChartSyncAdapter;
    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;
    // Removed here: entered-in-error on the server (the history stays).
    QJsonObject buildRemoved(const QJsonObject &base) const override;
    bool removedOnServer(const QJsonObject &resource) const override;
};

// MedicationStatement: status, the medication as text, dosage (text, route, frequency, the dose
// in an extension), effective period from the start and stop dates, subject.
class MedicationSyncAdapter : public ChartSyncAdapter
{
public:
    using ChartSyncAdapter::ChartSyncAdapter;
    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;
    // Removed here: entered-in-error on the server (the history stays).
    QJsonObject buildRemoved(const QJsonObject &base) const override;
    bool removedOnServer(const QJsonObject &resource) const override;
};

// Observation: a vitals set (local id below zero, VitalsService::changeId) is one vital-signs
// panel with a LOINC-coded component per reading; a lab result (local id above zero) is one
// laboratory Observation with its value, reference range, interpretation and status, and its
// order (source, filler number, test) in an extension so a pulled one files under the same order.
class ObservationSyncAdapter : public ChartSyncAdapter
{
public:
    using ChartSyncAdapter::ChartSyncAdapter;
    QString resourceType() const override;
    Core::Result<Sync::Built> build(Sync::SyncEngine &engine, qint64 localId,
                                    const QJsonObject &base) override;
    Core::Result<Sync::Applied> apply(Sync::SyncEngine &engine, const QJsonObject &resource,
                                      qint64 localId) override;
    QStringList mergeUnits() const override;
    Core::Result<QList<qint64>> localIds(Sync::SyncEngine &engine) override;
    // Removed here: entered-in-error on the server (the history stays).
    QJsonObject buildRemoved(const QJsonObject &base) const override;
    bool removedOnServer(const QJsonObject &resource) const override;

private:
    Core::Result<Sync::Built> buildVitals(Sync::SyncEngine &engine, qint64 vitalsId,
                                          const QJsonObject &base);
    Core::Result<Sync::Built> buildResult(Sync::SyncEngine &engine, qint64 observationId,
                                          const QJsonObject &base);
    Core::Result<Sync::Applied> applyVitals(Sync::SyncEngine &engine, const QJsonObject &resource,
                                            qint64 patientId, qint64 localId);
    Core::Result<Sync::Applied> applyResult(const QJsonObject &resource, qint64 patientId,
                                            qint64 localId);
};

// Registers the five in push order (after Appointment): Encounter, Condition,
// AllergyIntolerance, MedicationStatement, Observation.
void addChartAdapters(Sync::SyncEngine &engine, Core::Services &services);
// The same five, in the same order, for a caller that lists them without an engine.
std::vector<std::unique_ptr<Sync::ResourceAdapter>> chartAdapters(Core::Services &services);

} // namespace Ambulo::Charting
