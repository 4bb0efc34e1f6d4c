#pragma once

#include <QList>
#include <QString>

namespace Ambulo::Core {

// A kind of number another system gives a patient (HL7 table 0203), as a clerk picks it when
// typing one in: its code and its name in the user's language.
struct IdentifierKind
{
    QString code; // "MR", "PI", ...; empty for "other"
    QString label;
};

// The kinds a practice is given by phone or on a letter, the most common first; the last is
// "Other" (no code).
QList<IdentifierKind> identifierKinds();

} // namespace Ambulo::Core
