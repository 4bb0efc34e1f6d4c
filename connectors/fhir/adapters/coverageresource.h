#pragma once

#include "core/entities/directory.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Ambulo::Fhir {

// A patient's insurance as a FHIR R4 Coverage, after US Core's Coverage profile: status active,
// the member id as subscriberId (US Core's us-core-15 takes it there or in an MB identifier),
// beneficiary the Patient, relationship (subscriber-relationship codes), period, payor the
// payer's Organization, the group number as class `group`, order the rank. The subscriber is a
// Reference by display name (the beneficiary itself when the relationship is self) with the
// subscriber's birth date in an extension, since Ambulo keeps no RelatedPerson. Everything else
// the server holds is kept.
namespace CoverageResource {

inline constexpr char RelationshipSystem[] =
    "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
inline constexpr char ClassSystem[] = "http://terminology.hl7.org/CodeSystem/coverage-class";
inline constexpr char SubscriberBirthDateExtension[] =
    "https://ambulo.example/fhir/StructureDefinition/subscriber-birth-date";

// `beneficiary` "Patient/abc", `payor` "Organization/xyz" as on the server.
QJsonObject toFhir(const Core::Coverage &coverage, const QString &beneficiary, const QString &payor,
                   QJsonObject base = {});

// A server Coverage as Ambulo reads it: patientId and payerId are left 0 for the caller to map
// from the references; subscriber name and birth date may be empty when the server had none.
struct Remote
{
    Core::Coverage coverage;
    QString beneficiaryId; // the Patient's server id
    QString payorId;       // the Organization's server id
};

// Refused: not a Coverage, or without a member id, beneficiary Patient or payor Organization.
Core::Result<Remote> fromFhir(const QJsonObject &resource);

} // namespace CoverageResource

} // namespace Ambulo::Fhir
