#pragma once

#include "core/result.h"
#include "modules/scheduling/ui/calendarview.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

class AppointmentDialog;
class BookingDialog;
class FindOpeningDialog;

// The calendar dock: a toolbar (view, provider, date, new, day sheet) over a CalendarView that
// shows one Agenda query. Drags and keys become booking-service calls; a refusal is shown in the
// message line and the view is reloaded from the store, so a refused block stays where it was.
class CalendarWidget : public QWidget
{
    Q_OBJECT
public:
    CalendarWidget(SchedulingServices &services, Core::ModuleContext &context,
                   QWidget *parent = nullptr);

    CalendarView *view() const { return m_view; }
    void setMode(CalendarView::Mode mode);
    void setByRoom(bool byRoom); // the day view: a column per room instead of per provider
    void setDate(const QDate &date);
    void setProvider(qint64 providerId); // 0: all providers (day and month views)
    QDate date() const;
    QString message() const;
    void reload();

    BookingDialog *newBooking(const QDate &date, qint64 providerId, int startMinute);
    FindOpeningDialog *findOpening();
    AppointmentDialog *openAppointment(qint64 appointmentId);
    Core::Status saveDaySheet(const QString &path);

private:
    void onEvent(const Core::DomainEvent &event);
    void move(qint64 appointmentId, const QDate &date, qint64 providerId, qint64 roomId,
              int startMinute, int endMinute);
    void step(int direction);
    void showMessage(const QString &text, bool error);
    void chooseDaySheet();

    SchedulingServices &m_services;
    Core::ModuleContext &m_context;
    QList<CalendarView::Column> m_providers; // providerId and title; date unused
    QList<CalendarView::Column> m_rooms;     // roomId and title
    QComboBox *m_mode = nullptr;
    QComboBox *m_provider = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_daySheet = nullptr;
    QPushButton *m_findOpening = nullptr;
    QLabel *m_message = nullptr;
    CalendarView *m_view = nullptr;
    bool m_canWrite = false;
};

} // namespace Ambulo::Scheduling::Internal
