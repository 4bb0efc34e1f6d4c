#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Ambulo::Fhir {

// Core's Patient as a FHIR R4 Patient (US Core where it applies).
//
// The server's copy is the base: we overwrite only what Ambulo owns (our MRN identifier, the
// official name, gender, birth date, home phone, mobile, email, home address, preferred language,
// the restricted flag, the preferred contact channel) and keep everything else — other systems'
// identifiers, extensions, contacts, fields we do not know — exactly as the server sent it.
namespace PatientResource {

// The identifier system of this practice's medical record numbers.
QString mrnSystem(const QString &practiceNpi);

inline constexpr char PreferredContactExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/preferred-contact";
inline constexpr char ConfidentialitySystem[] =
    "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

QJsonObject toFhir(const Core::Patient &patient, const QString &mrnSystem, QJsonObject base = {});

// What Ambulo keeps of a server's Patient. Refused: not a Patient, or a patient without any
// name or without a valid birth date (every chart needs both).
Core::Result<Core::Patient> fromFhir(const QJsonObject &resource, const QString &mrnSystem);

} // namespace PatientResource

} // namespace Ambulo::Fhir
