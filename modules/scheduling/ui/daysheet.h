#pragma once

#include "core/result.h"
#include "modules/scheduling/domain/schedulingtypes.h"

#include <QList>
#include <QString>

namespace Ambulo::Scheduling::Internal {

// A provider's day on paper: one line per appointment (time, patient, MRN, type, room, status),
// written as a PDF through QPdfWriter. Cancelled and rescheduled appointments are left out.
Core::Status writeDaySheet(const QString &path, const QString &practiceName,
                           const QString &providerName, const QDate &date,
                           const QList<Appointment> &appointments);

} // namespace Ambulo::Scheduling::Internal
