#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Ambulo::Sync::ResourceMerge {

// A merge unit is a top-level element ("telecom"), or part of an array element of extensions
// written `element[url]` (its entries of that url, or of that system for identifiers) or
// `element[url;sub=code]` (those whose
// sub-extension `sub` has valueCode `code`): a provider's working hours merge per weekday as
// "extension[<working-hours url>;day=mon]", the rest of the element as the server holds it.
// The value of a part is the array of its entries in their order, undefined when there are none.
QJsonValue unitValue(const QJsonObject &resource, const QString &unit);
// Replaces (undefined: removes) the unit's value in `resource`; a part's entries take the place
// of the first entry they replace (appended when there was none), an array left empty goes.
void setUnit(QJsonObject &resource, const QString &unit, const QJsonValue &value);
// The element a unit belongs to ("extension" for a part of it).
QString unitElement(const QString &unit);
// A part's code ("mon"), empty for a whole element or a part by url only.
QString unitCode(const QString &unit);

struct Outcome
{
    QJsonObject merged;  // the server's copy with every unit changed here only taken from here
    QStringList clashes; // units both sides changed, to different values
    QStringList fromLocal;
    QStringList fromServer;
};

// Three-way merge of FHIR resources over whole top-level elements (`units`), against the copy
// both sides last agreed on. An empty base makes every difference a clash.
Outcome merge(const QJsonObject &base, const QJsonObject &local, const QJsonObject &server,
              const QStringList &units);

// The units in which two versions differ.
QStringList differences(const QJsonObject &a, const QJsonObject &b, const QStringList &units);

} // namespace Ambulo::Sync::ResourceMerge
