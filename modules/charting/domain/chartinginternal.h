#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ambulo::Core {
class Database;
class Query;
class ServiceContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting::Internal {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Charting", text);
}

QString timeText(const QDateTime &at); // UTC ISO with milliseconds, sorts as text
QDateTime parseTime(const QString &text);
QString nowText();

struct PatientRef
{
    qint64 id = 0;
    QString mrn;
    QString name;
    QDate birthDate;
};
Core::Result<PatientRef> loadPatient(Core::Database &db, qint64 patientId);
Core::Result<PatientRef> loadPatientByMrn(Core::Database &db, const QString &mrn);

Core::Result<Encounter> loadEncounter(Core::Database &db, qint64 encounterId);
extern const char EncounterSelect[];
Encounter readEncounter(const Core::Query &q);

// Refuses changes to a signed encounter: after signing, only addenda.
Core::Status requireOpen(const Encounter &encounter);

// Writes the audit entry "ok" for an action on a patient's record.
Core::Status audit(Core::ServiceContext &context, const char *action, qint64 patientId,
                   const QString &mrn, const QString &detail = {});

QString userName(const Core::ServiceContext &context);

} // namespace Ambulo::Charting::Internal
