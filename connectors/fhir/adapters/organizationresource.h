#pragma once

#include "core/entities/directory.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Ambulo::Fhir {

// A payer as a FHIR R4 Organization of type `pay`: the name, active, and the clearinghouse's payer
// id as identifier. There is no standard system for clearinghouse payer ids (US Core names NPI,
// CLIA and NAIC for organizations; a clearinghouse id is none of them), so it is ours. Everything
// else the server holds is kept.
namespace OrganizationResource {

inline constexpr char PayerIdSystem[] = "urn:ambulo:payer-id";
inline constexpr char TypeSystem[] = "http://terminology.hl7.org/CodeSystem/organization-type";
inline constexpr char PayerType[] = "pay";

QJsonObject toFhir(const Core::Payer &payer, QJsonObject base = {});

// The payer id of a server Organization; empty when it carries none.
QString payerIdOf(const QJsonObject &resource);

// What Ambulo keeps of a server's Organization (id 0). Refused: not an Organization, not a
// payer (type `pay`), or without a name.
Core::Result<Core::Payer> fromFhir(const QJsonObject &resource);

} // namespace OrganizationResource

} // namespace Ambulo::Fhir
