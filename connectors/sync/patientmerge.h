#pragma once

#include "core/entities/patient.h"

#include <QStringList>

namespace Ambulo::Sync::PatientMerge {

// The parts of a Patient that merge as units. The home address is one unit: a street from one
// side and a city from the other would make an address nobody lives at.
QStringList fields();

// Sets one unit of `to` from `from`.
void assign(Core::Patient &to, const Core::Patient &from, const QString &unit);

// The units in which two versions differ.
QStringList differences(const Core::Patient &a, const Core::Patient &b);

struct Outcome
{
    Core::Patient merged;  // `local`'s id, every unit taken from the side that changed it
    QStringList clashes;   // units both sides changed, to different values: nothing is merged
    QStringList fromLocal; // units only this workstation changed
    QStringList fromServer;
};

// Three-way merge against the last copy both sides agreed on. A unit changed on one side only
// takes that side's value; changed on both to the same value is no clash. An MRN the server gave
// a record that had none at the base wins over one this workstation allocated meanwhile (the
// first number on the server is the patient's; see connectors/sync/README.md).
Outcome merge(const Core::Patient &base, const Core::Patient &local, const Core::Patient &server);

} // namespace Ambulo::Sync::PatientMerge
