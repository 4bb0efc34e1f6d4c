#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QDialog>
#include <QList>

#include "core/entities/patient.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// Books one appointment or a weekly series. The patient is picked inline (search as you type, or
// registered on the spot); every field change re-checks the slot so the clerk sees what collides
// before pressing Book. Also reschedules an appointment and books a walk-in.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(SchedulingServices &services, QWidget *parent = nullptr);

    void setSlot(const QDate &date, qint64 providerId, int startMinute);
    void setType(qint64 typeId);
    void setRoom(qint64 roomId); // 0: the usual or any free room
    void setPatient(qint64 patientId, const QString &label);
    // The patient is fixed; Book moves the appointment to a new slot (the old one is kept, linked).
    void setRescheduleFrom(const Appointment &appointment);
    // The patient is fixed; Book turns the walk-in into an appointment marked arrived.
    void setWalkIn(const WalkIn &walkIn);

    BookingRequest request() const;
    QStringList conflictLines() const;
    qint64 bookedId() const { return m_bookedId; }

signals:
    void booked(qint64 appointmentId);

private:
    void search(const QString &typed);
    void registerPatient();
    void typeChanged();
    void recheck();
    void book();
    void bookSeries(const BookingRequest &request);

    SchedulingServices &m_services;
    QList<AppointmentType> m_types;
    qint64 m_patientId = 0;
    qint64 m_rescheduleFrom = 0;
    qint64 m_walkInId = 0;
    qint64 m_bookedId = 0;
    QList<Core::PatientMatch> m_matches;

    QLabel *m_patientLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matchList = nullptr;
    QPushButton *m_newPatient = nullptr;
    QGroupBox *m_newBox = nullptr;
    QLineEdit *m_newFamily = nullptr;
    QLineEdit *m_newGiven = nullptr;
    QDateEdit *m_newBirth = nullptr;
    QLineEdit *m_newPhone = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_room = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_recurring = nullptr;
    QSpinBox *m_everyWeeks = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_override = nullptr;
    QListWidget *m_conflicts = nullptr;
    QListWidget *m_report = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_bookButton = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
