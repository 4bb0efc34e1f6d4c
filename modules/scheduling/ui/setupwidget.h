#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// The admin's scheduling set-up: appointment types, each provider's working hours per weekday,
// and blockouts. Every change goes through ScheduleSetupService, which checks practice.admin.
class SetupWidget : public QWidget
{
    Q_OBJECT
public:
    SetupWidget(SchedulingServices &services, Core::ModuleContext &context,
                QWidget *parent = nullptr);

    QString message() const;

private:
    QWidget *makeTypesPage();
    QWidget *makeHoursPage();
    QWidget *makeBlockoutsPage();
    void reloadTypes();
    void reloadHours();
    void reloadBlockouts();
    void saveType();
    void saveHours();
    void addBlockout();
    void removeBlockout();
    void showStatus(const Core::Status &status, const QString &done);

    SchedulingServices &m_services;
    QList<AppointmentType> m_types;
    QList<Blockout> m_blockouts;
    QLabel *m_message = nullptr;

    QTableWidget *m_typeTable = nullptr;
    QLineEdit *m_typeCode = nullptr;
    QLineEdit *m_typeName = nullptr;
    QSpinBox *m_typeMinutes = nullptr;
    QLineEdit *m_typeColour = nullptr;
    QCheckBox *m_typeRoom = nullptr;
    QCheckBox *m_typeActive = nullptr;
    qint64 m_typeId = 0;

    QComboBox *m_hoursProvider = nullptr;
    QComboBox *m_hoursWeekday = nullptr;
    QTimeEdit *m_from1 = nullptr;
    QTimeEdit *m_to1 = nullptr;
    QCheckBox *m_second = nullptr;
    QTimeEdit *m_from2 = nullptr;
    QTimeEdit *m_to2 = nullptr;
    QListWidget *m_hoursList = nullptr;

    QListWidget *m_blockoutList = nullptr;
    QComboBox *m_blockProvider = nullptr;
    QDateEdit *m_blockDate = nullptr;
    QTimeEdit *m_blockFrom = nullptr;
    QTimeEdit *m_blockTo = nullptr;
    QCheckBox *m_blockWeekly = nullptr;
    QDateEdit *m_blockUntil = nullptr;
    QLineEdit *m_blockReason = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
