#pragma once

#include "core/entities/patient.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
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

// Other systems' numbers for the patient (Core's PatientIdentifier: a hospital's MRN from HL7
// PID-3, an EHR's own number) travel as Patient.identifier, the assigning authority as the
// system: an OID as "urn:oid:OID", a URI as it is, the Social Security Administration (HL7
// "USSSA") as FHIR's us-ssn, another HL7 namespace such as "HOSP" under AuthoritySystemPrefix; the
// type (HL7 table 0203) as a v2-0203 coding. Another workstation that pulls the patient knows it by
// the same numbers, so an HL7 message naming one finds it there too.
inline constexpr char AuthoritySystemPrefix[] = "urn:ambulo:assigning-authority:";
QString identifierSystem(const QString &authority);
QString authorityOf(const QString &system);
// The identifiers of `resource` other systems gave, as Core keeps them: not our MRN (`mrnSystem`),
// not Ambulo's own bookkeeping ones ("urn:ambulo:…" other than an authority's), not one without a
// value.
QList<Core::PatientIdentifier> otherIdentifiers(const QJsonObject &resource,
                                                const QString &mrnSystem);
// `resource` with each of `identifiers` it does not hold yet (same system and value) appended;
// what it holds is left as the server wrote it.
QJsonObject withIdentifiers(QJsonObject resource,
                            const QList<Core::PatientIdentifier> &identifiers);
// `resource` without any of `identifiers` (same system and value): those taken off the patient
// here.
QJsonObject withoutIdentifiers(QJsonObject resource,
                               const QList<Core::PatientIdentifier> &identifiers);
// Other systems' identifiers `before` held and `now` does not (same system and value): the
// server withdrew them between two versions.
QList<Core::PatientIdentifier> droppedIdentifiers(const QJsonObject &before, const QJsonObject &now,
                                                  const QString &mrnSystem);
// Whether `resource` lacks one of `identifiers`.
bool lacksIdentifier(const QJsonObject &resource,
                     const QList<Core::PatientIdentifier> &identifiers);

} // namespace PatientResource

} // namespace Ambulo::Fhir
