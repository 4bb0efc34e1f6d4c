#pragma once

#include "core/entities/patient.h"

#include <QString>
#include <QStringList>

namespace Ambulo::Core::PatientSearch {

// The words a patient is found by: names, MRN, birth date as YYYYMMDD, and each phone number in
// full, by its last seven and last four digits.
QString indexTokens(const Patient &patient);

// Turns what the clerk typed ("smi jo 1980", "03/14/1980", "555-0134") into an FTS4 query in
// which every term must match as a prefix. Empty when nothing searchable was typed.
QString matchExpression(const QString &typed);

// Digits only, for phone numbers typed with punctuation.
QString digitsOnly(const QString &text);

} // namespace Ambulo::Core::PatientSearch
