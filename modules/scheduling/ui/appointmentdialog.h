#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QHBoxLayout;
class QPushButton;

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// One appointment: its details, a button per status it may move to next, reschedule, and — after
// a cancellation or no-show — the waitlist patients who could take the freed slot.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    AppointmentDialog(SchedulingServices &services, qint64 appointmentId,
                      QWidget *parent = nullptr);

    qint64 appointmentId() const { return m_id; }
    QStringList candidateLines() const;

private:
    void reload();
    void setStatus(AppointmentStatus to);
    void showCandidates();

    SchedulingServices &m_services;
    qint64 m_id = 0;
    Appointment m_appointment;
    QLabel *m_details = nullptr;
    QLineEdit *m_reason = nullptr;
    QHBoxLayout *m_statusRow = nullptr;
    QList<QPushButton *> m_statusButtons;
    QPushButton *m_reschedule = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_candidatesTitle = nullptr;
    QListWidget *m_candidates = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
