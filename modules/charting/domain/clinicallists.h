#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>
#include <optional>

namespace Ambulo::Core {
class Database;
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

namespace Internal {
class ListWriter;
} // namespace Internal

// The problem list (ICD-10-CM coded), medications and allergies. Every add and update writes a
// history row with what the item became, an audit entry and a change-log row, and publishes
// ChartChanged after the commit (the patient banner shows the allergies).
class ProblemService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::ProblemService)

public:
    ProblemService(Core::ServiceContext &context, Core::EventHub &events);
    Core::Result<qint64> add(const Problem &problem);
    Core::Status update(const Problem &problem);
    Core::Result<QList<Problem>> list(qint64 patientId, bool activeOnly = false);
    Core::Result<QList<HistoryEntry>> history(qint64 problemId);
    static Core::Result<QList<Problem>> read(Core::Database &db, qint64 patientId, bool activeOnly);
    // One item by id, without checks or audit (for the sync adapter, which builds what it sends).
    static Core::Result<std::optional<Problem>> byId(Core::Database &db, qint64 id);

private:
    Core::Result<qint64> write(const Problem &problem, bool adding);
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

class MedicationService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::MedicationService)

public:
    MedicationService(Core::ServiceContext &context, Core::EventHub &events);
    Core::Result<qint64> add(const Medication &medication);
    Core::Status update(const Medication &medication);
    Core::Result<QList<Medication>> list(qint64 patientId, bool activeOnly = false);
    Core::Result<QList<HistoryEntry>> history(qint64 medicationId);
    static Core::Result<QList<Medication>> read(Core::Database &db, qint64 patientId,
                                                bool activeOnly);
    static Core::Result<std::optional<Medication>> byId(Core::Database &db, qint64 id);

private:
    Core::Result<qint64> write(const Medication &medication, bool adding);
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

class AllergyService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::AllergyService)

public:
    AllergyService(Core::ServiceContext &context, Core::EventHub &events);
    Core::Result<qint64> add(const Allergy &allergy);
    Core::Status update(const Allergy &allergy);
    Core::Result<QList<Allergy>> list(qint64 patientId, bool activeOnly = false);
    Core::Result<QList<HistoryEntry>> history(qint64 allergyId);
    static Core::Result<QList<Allergy>> read(Core::Database &db, qint64 patientId, bool activeOnly);
    static Core::Result<std::optional<Allergy>> byId(Core::Database &db, qint64 id);

private:
    Core::Result<qint64> write(const Allergy &allergy, bool adding);
    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Charting
