#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace Ambulo::Core {

class ServiceContext;

struct SearchResult
{
    QList<PatientMatch> matches;
    bool truncated = false; // more patients match than are shown; type more to narrow
};

class PatientService
{
public:
    explicit PatientService(ServiceContext &context);

    Result<qint64> create(Patient patient);
    // A bulk load (migration from another system, demo): one transaction, all or nothing, and one
    // audit entry naming the MRN range. Returns the new ids in input order.
    Result<QList<qint64>> import(QList<Patient> patients);
    Status update(const Patient &patient);

    // How a search is audited. Type-ahead runs on every keystroke and is audited when the clerk
    // opens the chosen patient; a listing that leaves the app (CLI, export) is audited itself.
    enum class SearchUse { TypeAhead, Listing };

    // Every term is a prefix of a name, the MRN, the birth date or a phone number, in any order.
    Result<SearchResult> search(const QString &typed, int limit, SearchUse use);

    // Opens a chart: audited as a read. A restricted patient needs a typed reason and the
    // break-glass permission; the entry is flagged for review.
    Result<Patient> open(qint64 id, const QString &breakGlassReason = {});
    Result<Patient> openByMrn(const QString &mrn, const QString &breakGlassReason = {});

    static Status validate(const Patient &patient);
    // How many matches are ranked by name before the list says "keep typing".
    static constexpr int MaxExamined = 200;

private:
    Result<Patient> load(const QString &where, const QString &value);
    Status writeSearchIndex(const Patient &patient);
    Result<QString> nextMrn();
    Result<qint64> insert(Patient &patient);

    ServiceContext &m_context;
};

} // namespace Ambulo::Core
