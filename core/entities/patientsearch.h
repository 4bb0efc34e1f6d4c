#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <QString>

namespace Ambulo::Core {
class Database;
}

namespace Ambulo::Core::PatientSearch {

// The words a patient is found by, as one FTS4 document. Names are plain words. Everything else
// starts with a digit naming its kind (birth date as YYYYMMDD "1…" and MMDDYYYY "6…", phone by
// last seven "2…", last four "3…" and in full "4…", MRN "5…"), because FTS4 reads a prefix's whole
// doclist: kept apart this way, "m" never reads every MRN and "555" never reads every phone
// number. The starts of words that searches ask for — a name's first 1, 2, 3 and 5 letters, a
// birth year, a birth month and the tens of its day — are words of the document too (see
// prefixLengths), so such a search reads one doclist. FTS4's own prefix indexes would index those
// lengths of every word, codes included, which no search asks for: about twice the words each
// registration writes, in four more indexes.
QString indexTokens(const Patient &patient);

// Writes a patient's words into the index (`patient.id` set, its words not there yet), or takes
// them out. The index is written nowhere else.
Status index(Database &db, const Patient &patient);
Status unindex(Database &db, qint64 patientId);

// The name words a patient is found by, as indexed ("O'Brien" gives "o", "brien", "obrien").
QStringList nameWords(const QString &family, const QString &given, const QString &middle);
// Case- and accent-folded as FTS4's unicode61 tokenizer folds.
QString fold(const QString &word);
// Folded "family given" (patients.sort_key): lists sort the way people read them, and a name is
// looked up by it whatever its case and accents.
QString sortKey(const QString &family, const QString &given);

// Turns what the clerk typed ("smi jo 1980", "03/14/1980", "555-0134", "M0000123") into an FTS4
// expression in which every term must match as a prefix of the kind its shape points to: the
// indexed start of a word where there is one, otherwise a prefix query. Empty when nothing
// searchable was typed.
QString matchExpression(const QString &typed);

// Digits only, for phone numbers typed with punctuation.
QString digitsOnly(const QString &text);

} // namespace Ambulo::Core::PatientSearch
