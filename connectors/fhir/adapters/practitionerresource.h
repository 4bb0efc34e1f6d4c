#pragma once

#include "core/entities/directory.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Ambulo::Fhir {

// Core's Practitioner as a FHIR R4 Practitioner, as much as a reference needs: the NPI (US Core's
// identifier system), the official name with the credentials as suffix, active, the specialty in
// SpecialtyExtension. Everything else the server holds is kept.
namespace PractitionerResource {

inline constexpr char NpiSystem[] = "http://hl7.org/fhir/sid/us-npi";
// The provider's specialty as Ambulo keeps it (free text). Not Practitioner.qualification (a
// degree or licence) nor PractitionerRole.specialty (the EHR's record of a role at an
// organization, not a workstation's to rewrite).
inline constexpr char SpecialtyExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/practitioner-specialty";

QJsonObject toFhir(const Core::Practitioner &practitioner, QJsonObject base = {});

// The NPI of a server Practitioner; empty when it carries none.
QString npiOf(const QJsonObject &resource);

// What Ambulo keeps of a server's Practitioner. Refused: not a Practitioner, or without an NPI.
Core::Result<Core::Practitioner> fromFhir(const QJsonObject &resource);

} // namespace PractitionerResource

} // namespace Ambulo::Fhir
