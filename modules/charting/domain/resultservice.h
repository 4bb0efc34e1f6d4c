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
struct PatientRef;
} // namespace Internal

// Lab results: orders with their observations, as filed by the ORU adapter (or FHIR sync). A
// resend of an order (same source and filler order number) updates it in place: observations
// are matched on set id and code, so nothing is duplicated.
class ResultService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::ResultService)

public:
    ResultService(Core::ServiceContext &context, Core::EventHub &events);

    // Files an order for the patient with this MRN; returns the order's id.
    Core::Result<qint64> file(const QString &patientMrn, const ResultOrder &order);
    // The same for a patient already found (e.g. by another system's identifier).
    Core::Result<qint64> file(qint64 patientId, const ResultOrder &order);
    // Newest first, each with its observations.
    Core::Result<QList<ResultOrder>> orders(qint64 patientId, int limit = 50);
    // Numeric values of one analyte (LOINC or local code), oldest first: the trend chart.
    Core::Result<QList<TrendPoint>> trend(qint64 patientId, const QString &code);
    // The provider marks an order's observations reviewed; audited.
    Core::Status markReviewed(qint64 orderId);

    static Core::Result<QList<Observation>> recent(Core::Database &db, qint64 patientId, int limit);

    // One observation as another workstation filed it (FHIR sync; the change-log origin is the
    // context's): `order` carries exactly one observation, filed like a resend (matched on
    // source and filler number, then set id and code). Returns the observation's id.
    Core::Result<qint64> applyRemote(qint64 patientId, const ResultOrder &order);
    // The order of observation `observationId` with that observation alone; nullopt when none.
    static Core::Result<std::optional<ResultOrder>> observationOrder(Core::Database &db,
                                                                     qint64 observationId);

private:
    Core::Result<qint64> fileFor(const Internal::PatientRef &patient, const ResultOrder &order);

    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Charting
