#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// Patients who want an earlier slot: the list, and adding the banner's patient with a type,
// provider and date window.
class WaitlistWidget : public QWidget
{
    Q_OBJECT
public:
    WaitlistWidget(SchedulingServices &services, Core::ModuleContext &context,
                   QWidget *parent = nullptr);

    void reload();
    QString message() const;

private:
    void add();
    void remove();

    SchedulingServices &m_services;
    Core::ModuleContext &m_context;
    QList<WaitlistEntry> m_entries;
    QTableWidget *m_table = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QDateEdit *m_earliest = nullptr;
    QDateEdit *m_latest = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
