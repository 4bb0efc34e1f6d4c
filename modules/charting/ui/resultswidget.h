#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

class TrendChart;

// The current patient's lab results, grouped by order (newest first): each order with its
// observations, abnormal values in bold with their flag spelled out (critical ones also red),
// "unreviewed only" to see what still needs the provider, "Mark reviewed" for the selected
// order, and the trend of the selected observation's analyte below. Follows the patient
// context and reloads when results are filed for the patient shown.
class ResultsWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        ColName,
        ColValue,
        ColUnits,
        ColRange,
        ColFlag,
        ColStatus,
        ColTime,
        ColReviewed,
        ColumnCount
    };

    ResultsWidget(ChartingServices &services, Core::ModuleContext &context,
                  QWidget *parent = nullptr);

    void reload();
    qint64 patientId() const { return m_patientId; }
    const QList<ResultOrder> &orders() const { return m_orders; }
    QTreeWidget *tree() const { return m_tree; }
    TrendChart *trend() const { return m_trend; }
    // The order of the selected row (an order or one of its observations); 0 for none.
    qint64 selectedOrderId() const;
    bool selectObservation(qint64 observationId);
    bool selectOrder(qint64 orderId);
    void markSelectedReviewed();

    // "H (high)", "LL (critical low)": the flag in words, never colour alone.
    static QString flagText(const QString &flag);
    static bool isCritical(const QString &flag);

private:
    void onEvent(const Core::DomainEvent &event);
    void onPatientChanged();
    void rebuild();
    void onSelection();
    void showMessage(const QString &text, bool error);
    QTreeWidgetItem *findItem(int role, qint64 id) const;

    ChartingServices &m_services;
    Core::ModuleContext &m_context;
    qint64 m_patientId = 0;
    QList<ResultOrder> m_orders;
    QLabel *m_title = nullptr;
    QCheckBox *m_unreviewedOnly = nullptr;
    QPushButton *m_markReviewed = nullptr;
    QTreeWidget *m_tree = nullptr;
    TrendChart *m_trend = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Ambulo::Charting::Internal
