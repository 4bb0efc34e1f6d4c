#pragma once

#include "connectors/hl7/adapter.h"
#include "connectors/hl7/message.h"
#include "core/entities/patient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Ambulo::Core {
class PatientService;
}

namespace Ambulo::Hl7 {

// The assigning authority (CX-4) of our own MRNs in PID-3, sent and recognised.
using Core::OwnAuthority;

// The unescaped text at `path`; empty when absent, empty or null.
QString text(const Message &message, const QString &path);
Value value(const Message &message, const QString &path);
// The same for a path already built, without parsing text.
QString text(const Message &message, const Path &path);
Value value(const Message &message, const Path &path);

// HL7 TS/DTM "YYYYMMDD[HHMM[SS[.S...]]][+/-ZZZZ]". Without an offset the time is read in
// `localZone`. Null when it is not a timestamp.
std::optional<QDateTime> parseTimestamp(const QString &text, const QTimeZone &localZone);
// In the time's own offset: "20261122083000-0500".
QString formatTimestamp(const QDateTime &at);

// The identifiers of one CX list, e.g. "PID(1)-3" or "MRG(1)-1": value CX-1, authority CX-4
// (namespace id, else universal id), type CX-5. Repetitions without a value are skipped.
QList<Core::PatientIdentifier> readIdentifiers(const Message &message, const QString &field);

// The one patient a list of identifiers names: by MRN for our own authority, else by identifier.
// 0 when none does; an Outcome (AE 205 at `location`) when they name different patients.
struct PatientLookup
{
    qint64 id = 0;
    std::optional<Outcome> failure;
};
PatientLookup findPatient(Core::PatientService &patients,
                          const QList<Core::PatientIdentifier> &identifiers,
                          const QString &location);

// Applies PID(occurrence) to `patient` as HL7 says: an absent or empty field leaves the stored
// value, `""` clears it, a value replaces it. Returns an AE outcome naming the field (e.g.
// "PID-7") when a value is malformed or the result would not be a valid patient.
std::optional<Outcome> applyPid(const Message &message, int occurrence, Core::Patient &patient);

// Writes PID(occurrence) from the record: PID-3 our MRN (authority OwnAuthority, type MR) and
// the other identifiers, name, birth date, sex, address, phones, email and language.
void writePid(Message &message, int occurrence, const Core::Patient &patient,
              const QList<Core::PatientIdentifier> &identifiers);

} // namespace Ambulo::Hl7
