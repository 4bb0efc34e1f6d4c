#pragma once

#include "core/entities/directory.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Ambulo::Fhir {

// A practice location and its rooms as FHIR R4 Locations (status active, mode instance). A
// location: name, address (as text, a structured address the server holds is kept while its text
// is unchanged), work phone, physicalType `bu`. A room: name, physicalType `ro`, partOf its
// location. Everything else the server holds is kept.
namespace LocationResource {

inline constexpr char PhysicalTypeSystem[] =
    "http://terminology.hl7.org/CodeSystem/location-physical-type";

QJsonObject toFhir(const Core::Location &location, QJsonObject base = {});
// `partOf` is the location's reference on the server ("Location/abc").
QJsonObject roomToFhir(const Core::Room &room, const QString &partOf, const QString &locationName,
                       QJsonObject base = {});

// Whether a server Location is a room (physicalType `ro`).
bool isRoom(const QJsonObject &resource);
// The server id of the Location a room is part of; empty when none.
QString partOfId(const QJsonObject &resource);

// What Ambulo keeps of a server's Location (id 0). Refused: not a Location, or without a name.
Core::Result<Core::Location> locationFromFhir(const QJsonObject &resource);
// The same for a room; its locationId is left 0 (the caller maps partOf).
Core::Result<Core::Room> roomFromFhir(const QJsonObject &resource);

} // namespace LocationResource

} // namespace Ambulo::Fhir
