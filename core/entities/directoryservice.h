#pragma once

#include "core/entities/directory.h"
#include "core/result.h"
#include "core/security/permissions.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace Ambulo::Core {

class ServiceContext;

// The practice's shared reference data: practitioners, locations and rooms, payers, and each
// patient's insurance coverage.
class DirectoryService
{
public:
    explicit DirectoryService(ServiceContext &context);

    // Practitioners are synced (FHIR Practitioner): add and update write a change-log row
    // (entity "Practitioner", the practitioner's id) in the same transaction.
    Result<qint64> addPractitioner(const Practitioner &practitioner);
    // Name, NPI, credentials, specialty and active; the linked user account stays as it is.
    Status updatePractitioner(const Practitioner &practitioner);
    Result<QList<Practitioner>> practitioners();

    // Locations, rooms, payers and coverages are synced (FHIR Location, Organization, Coverage):
    // every add and update writes its change-log row in the same transaction, as the context's
    // origin. A room's change-log id is roomEntityId(id).
    Result<qint64> addLocation(const Location &location);
    Status updateLocation(const Location &location);
    Result<qint64> addRoom(const Room &room);
    Status updateRoom(const Room &room);
    Result<QList<Location>> locations();
    Result<QList<Room>> rooms(qint64 locationId = 0);

    Result<qint64> addPayer(const Payer &payer);
    Status updatePayer(const Payer &payer);
    Result<QList<Payer>> payers();

    Result<qint64> addCoverage(const Coverage &coverage);
    // Everything but the patient may change; the rank must stay free among the patient's others.
    Status updateCoverage(const Coverage &coverage);
    // Bulk load, one transaction and one audit entry; all or nothing.
    Status importCoverages(const QList<Coverage> &coverages);
    Result<QList<Coverage>> coverages(qint64 patientId);
    // One coverage by id; nullopt when there is none.
    Result<std::optional<Coverage>> coverage(qint64 id);

    // A server's record applied here by the FHIR pull (the caller sets the context's origin to
    // the connector, so the change is not sent back): id 0 adds it, else the record with that id
    // takes its values. Audited like a local change, but under the permission the sync principal
    // holds (schedule write for practitioners, locations and rooms, patient write for payers and
    // coverage).
    // Conflict: it collides with a record here (a name, a patient's rank).
    Result<qint64> applyRemotePractitioner(const Practitioner &practitioner);
    Result<qint64> applyRemoteLocation(const Location &location);
    Result<qint64> applyRemoteRoom(const Room &room);
    Result<qint64> applyRemotePayer(const Payer &payer);
    Result<qint64> applyRemoteCoverage(const Coverage &coverage);

    static Status validate(const Practitioner &practitioner);
    static Status validate(const Location &location);
    static Status validate(const Room &room);
    static Status validate(const Payer &payer);
    static Status validate(const Coverage &coverage);

private:
    enum class Synced { No, Practitioner, Location, Room, Payer, Coverage };
    Result<qint64> savePractitioner(const Practitioner &practitioner, Permission permission);
    Result<qint64> saveLocation(const Location &location, Permission permission);
    Result<qint64> saveRoom(const Room &room, Permission permission);
    Result<qint64> savePayer(const Payer &payer, Permission permission);
    Result<qint64> saveCoverage(const Coverage &coverage);
    // Inserts (id 0) or updates a coverage, checked; inside the caller's transaction.
    Result<qint64> writeCoverage(const Coverage &coverage);
    // One INSERT (`id` 0) or UPDATE of row `id`, its change-log row and its audit entry in one
    // transaction; the row's id.
    Result<QList<Coverage>> readCoverages(const QString &where, qint64 value);
    Result<qint64> writeAudited(const char *action, const QString &sql, const QVariantList &values,
                                Synced synced, qint64 id, const QString &detail);

    ServiceContext &m_context;
};

} // namespace Ambulo::Core
