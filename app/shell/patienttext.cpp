#include "app/shell/patienttext.h"

#include "core/entities/patient.h"

#include <QCoreApplication>

namespace Ambulo::App::PatientText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::App::PatientText", text);
}

} // namespace

QString sex(const QString &fhirGender)
{
    if (fhirGender == QLatin1String("female"))
        return tr("Female");
    if (fhirGender == QLatin1String("male"))
        return tr("Male");
    if (fhirGender == QLatin1String("other"))
        return tr("Other");
    return tr("Unknown");
}

QString birthDate(const QDate &date)
{
    // ISO dates read the same in every locale the practice staff might use.
    return date.isValid() ? date.toString(Qt::ISODate) : tr("unknown");
}

QString matchLine(const Core::PatientMatch &match)
{
    const QString name = tr("%1, %2").arg(match.family, match.given);
    if (match.restricted)
        return tr("%1 — born %2 · %3 · MRN %4 · restricted")
            .arg(name, birthDate(match.birthDate), sex(match.sex), match.mrn);
    return tr("%1 — born %2 · %3 · MRN %4")
        .arg(name, birthDate(match.birthDate), sex(match.sex), match.mrn);
}

} // namespace Ambulo::App::PatientText
