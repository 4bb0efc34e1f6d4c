#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>

namespace Ambulo::Core {
class Database;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {

// The encounter's coded side: its diagnoses in pointer order (1..12) and the superbill lines
// that point at them. Readable with chart.read (billers included); locked once signed.
class SuperbillService
{
    // lupdate files the tr() calls of its members under this class.
    Q_DECLARE_TR_FUNCTIONS(Ambulo::Charting::SuperbillService)

public:
    explicit SuperbillService(Core::ServiceContext &context);

    // Appends a diagnosis (an ICD-10-CM code that exists); returns its pointer.
    Core::Result<int> addDiagnosis(qint64 encounterId, const QString &code);
    // Removes a diagnosis no line points at; the later ones move up.
    Core::Status removeDiagnosis(qint64 encounterId, int position);
    Core::Result<QList<Diagnosis>> diagnoses(qint64 encounterId);

    Core::Result<qint64> addLine(const SuperbillLine &line);
    Core::Status removeLine(qint64 lineId);
    Core::Result<QList<SuperbillLine>> lines(qint64 encounterId);

    static Core::Result<QList<Diagnosis>> readDiagnoses(Core::Database &db, qint64 encounterId);
    static Core::Result<QList<SuperbillLine>> readLines(Core::Database &db, qint64 encounterId);

private:
    Core::Result<Encounter> writable(qint64 encounterId);
    Core::Result<Encounter> readable(qint64 encounterId);

    Core::ServiceContext &m_context;
};

} // namespace Ambulo::Charting
