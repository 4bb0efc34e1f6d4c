#include "modules/scheduling/ui/daysheet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Ambulo::Scheduling::Internal {

Core::Status writeDaySheet(const QString &path, const QString &practiceName,
                           const QString &providerName, const QDate &date,
                           const QList<Appointment> &appointments)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Day sheet"));
    QPainter p;
    if (!p.begin(&writer))
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Cannot write %1.")
                .arg(path));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const int lineHeight = writer.resolution() / 4;
    const int columns[] = {0, 300, 1150, 1450, 1850, 2150};
    int y = 0;
    auto newPage = [&] {
        QFont title = p.font();
        title.setPointSize(14);
        title.setBold(true);
        p.setFont(title);
        p.drawText(QRect(0, 0, page.width(), 2 * lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "%1 — %2")
                       .arg(providerName, QLocale().toString(date, QLocale::LongFormat)));
        QFont body = p.font();
        body.setPointSize(10);
        body.setBold(false);
        p.setFont(body);
        p.drawText(QRect(0, 2 * lineHeight, page.width(), lineHeight), Qt::AlignLeft, practiceName);
        y = 4 * lineHeight;
        const QStringList heads{
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Time"),
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Patient"),
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "MRN"),
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Type"),
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Room"),
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Status")};
        for (int i = 0; i < heads.size(); ++i)
            p.drawText(columns[i], y, heads[i]);
        y += lineHeight / 3;
        p.drawLine(0, y, page.width(), y);
        y += lineHeight;
    };
    newPage();
    int printed = 0;
    for (const Appointment &a : appointments) {
        if (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::Rescheduled)
            continue;
        if (y > page.height() - lineHeight) {
            writer.newPage();
            newPage();
        }
        const QStringList cells{minuteText(a.startMinute) + QStringLiteral("–")
                                    + minuteText(a.endMinute),
                                a.patientName,
                                a.patientMrn,
                                a.typeName,
                                a.roomName,
                                statusDisplayName(a.status)};
        for (int i = 0; i < cells.size(); ++i)
            p.drawText(columns[i], y, cells[i]);
        y += lineHeight;
        ++printed;
    }
    if (printed == 0)
        p.drawText(0, y,
                   QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "No appointments."));
    if (!p.end())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::Scheduling::DaySheet", "Cannot write %1.")
                .arg(path));
    return {};
}

} // namespace Ambulo::Scheduling::Internal
