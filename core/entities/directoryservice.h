#pragma once

#include "core/entities/directory.h"
#include "core/result.h"

#include <QList>
#include <QVariantList>

namespace Ambulo::Core {

class ServiceContext;

// The practice's shared reference data: practitioners, locations and rooms, payers, and each
// patient's insurance coverage.
class DirectoryService
{
public:
    explicit DirectoryService(ServiceContext &context);

    Result<qint64> addPractitioner(const Practitioner &practitioner);
    Result<QList<Practitioner>> practitioners();

    Result<qint64> addLocation(const Location &location);
    Result<qint64> addRoom(const Room &room);
    Result<QList<Location>> locations();
    Result<QList<Room>> rooms(qint64 locationId = 0);

    Result<qint64> addPayer(const Payer &payer);
    Result<QList<Payer>> payers();

    Result<qint64> addCoverage(const Coverage &coverage);
    // Bulk load, one transaction and one audit entry; all or nothing.
    Status importCoverages(const QList<Coverage> &coverages);
    Result<QList<Coverage>> coverages(qint64 patientId);

    static Status validate(const Practitioner &practitioner);
    static Status validate(const Coverage &coverage);

private:
    Status insertCoverage(const Coverage &coverage);
    Result<qint64> insertAudited(const char *action, const QString &sql, const QVariantList &values,
                                 qint64 patientId = 0, const QString &detail = {});

    ServiceContext &m_context;
};

} // namespace Ambulo::Core
