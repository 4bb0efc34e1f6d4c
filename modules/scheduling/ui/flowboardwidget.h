#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// Today's patients by workflow status with live wait times, and the walk-in queue. Reloads from
// the store whenever a scheduling event is published; between events a timer only recomputes
// the waiting times from the timestamps it already has.
class FlowBoardWidget : public QWidget
{
    Q_OBJECT
public:
    FlowBoardWidget(SchedulingServices &services, Core::ModuleContext &context,
                    QWidget *parent = nullptr);

    void reload();
    const FlowBoard &board() const { return m_board; }
    // Row texts, "Patient · Status · waiting", for tests and screen readers alike.
    QStringList rowTexts() const;
    QString waitText(int row) const;
    void setNow(const QDateTime &utc); // tests: a fixed clock; invalid returns to the real one
    // Asks charting (through core's OpenChart event) to chart the row's visit; only for a patient
    // who has arrived or is roomed, and only for someone who may write charts.
    bool canOpenChart(int row) const;
    void openChart(int row);

private:
    void onEvent(const Core::DomainEvent &event);
    void refreshWaits();
    void addWalkIn();
    void convertWalkIn();
    void removeWalkIn();
    void updateOpenChart();
    QDateTime now() const;

    SchedulingServices &m_services;
    Core::ModuleContext &m_context;
    FlowBoard m_board;
    QList<FlowEntry> m_rows; // in table order
    QDateTime m_fixedNow;
    bool m_mayChart = false;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_walkIns = nullptr;
    QPushButton *m_addWalkIn = nullptr;
    QPushButton *m_convert = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_openChart = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
