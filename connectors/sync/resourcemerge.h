#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Ambulo::Sync::ResourceMerge {

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
