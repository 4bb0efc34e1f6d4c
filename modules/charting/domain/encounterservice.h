#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>

namespace Ambulo::Core {
class EventHub;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// Opens encounters and reads them. An encounter is opened from an arrived or roomed appointment
// (the caller passes what it knows of it, see AppointmentRef) or ad hoc for a walk-in or a phone
// call; opening the same appointment twice returns the encounter already open for it.
class EncounterService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::EncounterService)

public:
    EncounterService(Core::ServiceContext &context, Core::EventHub &events);

    Core::Result<qint64> openFromAppointment(const AppointmentRef &appointment);
    // `startedAt` invalid: now (a past time is for documenting a visit after the fact).
    Core::Result<qint64> openAdHoc(qint64 patientId, qint64 providerId, qint64 locationId,
                                   const QString &kind, const QString &reason,
                                   const QDateTime &startedAt = {});

    // The encounter's header (no note text); audited as a read of the patient's record.
    Core::Result<Encounter> encounter(qint64 id);
    // Newest first; audited once.
    Core::Result<QList<Encounter>> list(qint64 patientId);
    // A sensitive encounter's note is read only by its provider or through break-glass.
    Core::Status setSensitive(qint64 id, bool sensitive);
    Core::Status setPlaceOfService(qint64 id, const QString &placeOfService);

    // An encounter as another workstation holds it (FHIR sync; the change-log origin is the
    // context's): `e.id` 0 inserts it (open or signed, as given), else the open encounter takes
    // the header fields and status. A signed encounter is never changed here (Conflict): signed
    // records are immutable. The note is not part of it. Audited.
    Core::Result<qint64> applyRemote(const Encounter &e);

private:
    Core::Result<qint64> insert(const Encounter &e);

    Core::ServiceContext &m_context;
    Core::EventHub &m_events;
};

} // namespace Ambulo::Charting
