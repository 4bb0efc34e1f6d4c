#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QString>

namespace Ambulo::Core {
class Database;
class Query;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling::Internal {

// The slot a booking or move would take.
struct Slot
{
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 roomId = 0;
    bool needsRoom = false;
    QDate date;
    int startMinute = 0;
    int endMinute = 0;
};

// Hard-conflict detection: one indexed range query each for provider, room and patient (bounded
// to the slot's day, which no appointment crosses), plus working hours and blockouts.
class ConflictCheck
{
public:
    explicit ConflictCheck(Core::Database &db);

    // Every collision of the slot. When the slot needs a room and names none, picks the provider's
    // usual room or the first free one into `slot.roomId` (NoRoomFree when none is).
    Core::Result<QList<Conflict>> check(Slot &slot, qint64 ignoreAppointmentId = 0);

private:
    Core::Status busy(ConflictKind kind, const Slot &slot, qint64 ignoreId, QList<Conflict> &out);
    Core::Status roomBlocked(const Slot &slot, qint64 roomId, QList<Conflict> *out, bool *blocked);
    Core::Result<bool> roomFree(const Slot &slot, qint64 roomId, qint64 ignoreId);

    Core::Database &m_db;
};

// Row readers shared by the services.
QString practitionerName(const QString &given, const QString &family, const QString &credentials);
QString patientName(const QString &family, const QString &given);

// SELECT ... FROM appointments a JOIN ... ; append WHERE/ORDER and read with readAppointment.
QString appointmentSelect();
Appointment readAppointment(const Core::Query &q);
Core::Result<Appointment> loadAppointment(Core::Database &db, qint64 id);

struct PatientRef
{
    qint64 id = 0;
    QString mrn;
    QString name;
};
Core::Result<PatientRef> loadPatient(Core::Database &db, qint64 id);
// Display name of an active provider, or an error naming the id.
Core::Result<QString> loadProviderName(Core::Database &db, qint64 id);

QString weekdayName(int weekday);

} // namespace Ambulo::Scheduling::Internal
