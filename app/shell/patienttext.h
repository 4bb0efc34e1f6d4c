#pragma once

#include <QDate>
#include <QString>

namespace Ambulo::Core {
struct Patient;
struct PatientMatch;
} // namespace Ambulo::Core

// How the shell words a patient's facts, so the banner, the search list and the summary agree.
namespace Ambulo::App::PatientText {

QString sex(const QString &fhirGender);
QString birthDate(const QDate &date);
// "Family, Given — born 1980-03-14 · Female · MRN 000123", for picking the right person.
QString matchLine(const Core::PatientMatch &match);

} // namespace Ambulo::App::PatientText
