#pragma once

#include "core/entities/patient.h"

#include <QString>

namespace Ambulo::Core::PatientSearch {

// The words a patient is found by, as one FTS4 document. Names are plain words. Everything else
// starts with a digit naming its kind (birth date as YYYYMMDD "1…" and MMDDYYYY "6…", phone by
// last seven "2…", last four "3…" and in full "4…", MRN "5…"), because FTS4 reads a prefix's whole
// doclist across columns: kept apart this way, "m" never reads every MRN and "555" never reads
// every phone number.
QString indexTokens(const Patient &patient);

// The name words a patient is found by, as indexed ("O'Brien" gives "o", "brien", "obrien").
QStringList nameWords(const QString &family, const QString &given, const QString &middle);
// Case- and accent-folded as FTS4's unicode61 tokenizer folds.
QString fold(const QString &word);

// Turns what the clerk typed ("smi jo 1980", "03/14/1980", "555-0134", "M0000123") into an FTS4
// expression in which every term must match as a prefix of the kind its shape points to.
// Empty when nothing searchable was typed.
QString matchExpression(const QString &typed);

// Digits only, for phone numbers typed with punctuation.
QString digitsOnly(const QString &text);

} // namespace Ambulo::Core::PatientSearch
