#pragma once

#include <QDate>
#include <QString>

namespace Ambulo::Core {
struct Patient;
struct PatientIdentifier;
struct PatientMatch;
struct SamePersonMatch;
struct SamePersonUndo;
} // namespace Ambulo::Core

// How the shell words a patient's facts, so the banner, the search list and the summary agree.
namespace Ambulo::App::PatientText {

QString sex(const QString &fhirGender);
QString birthDate(const QDate &date);
// "Family, Given — born 1980-03-14 · Female · MRN 000123", for picking the right person.
QString matchLine(const Core::PatientMatch &match);
// One number another system knows the patient by: "H-4455 (HOSP, MRN)".
QString identifierLine(const Core::PatientIdentifier &id);
// Asks whether to undo a name and birth date match of `name`'s record, saying what it brings back.
QString undoQuestion(const Core::SamePersonMatch &match, const QString &name);
QString undoButton();
// What the undo did, for the admin to check what was left.
QString undoSummary(const Core::SamePersonUndo &undone);

} // namespace Ambulo::App::PatientText
