#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace Ambulo::Scheduling::Internal {

struct Busy
{
    int start = 0;
    int end = 0;
};

// Free slots computed in memory from what the store returned in one range query per table.
class OpeningsFinder
{
public:
    struct Input
    {
        QList<qint64> providers; // in ranking order
        QHash<qint64, QString> providerNames;
        QList<qint64> rooms; // candidate rooms, in preference order after the usual room
        QHash<qint64, QString> roomNames;
        QList<WorkingInterval> hours;
        QList<Blockout> blockouts;
        // Busy time per provider and per room, keyed by day.
        QHash<qint64, QMap<QDate, QList<Busy>>> providerBusy;
        QHash<qint64, QMap<QDate, QList<Busy>>> roomBusy;
        bool needsRoom = false;
        int minutes = 15;
        QDate notBeforeDate; // skip earlier days, and starts before notBeforeMinute on that day
        int notBeforeMinute = 0;
    };

    static QList<Opening> find(const Input &input, const OpeningQuery &query);
};

} // namespace Ambulo::Scheduling::Internal
