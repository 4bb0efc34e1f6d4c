#pragma once

#include "modules/charting/domain/chartingtypes.h"
#include "modules/charting/ui/listitemdialog.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {
class ChartContext;
class ChartingServices;
} // namespace Ambulo::Charting

namespace Ambulo::Charting::Internal {

class NewVisitDialog;

// The chart of the patient in context at a glance: allergies, active problems and medications,
// recent vitals and results, past encounters. One summary read (audited once) per patient opened,
// and again when charting reports a change to that patient's chart. Double-clicking an encounter
// makes it the chart context's encounter and raises the encounter dock; "New visit" opens an ad
// hoc encounter and does the same.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    ChartWidget(ChartingServices &services, ChartContext &chart, Core::ModuleContext &context,
                QWidget *parent = nullptr);

    // Reads the current patient's summary now (the patient context and events call it).
    void reload();
    const std::optional<ChartSummary> &summary() const { return m_summary; }
    int summaryReads() const { return m_reads; } // tests: how often the summary was read
    QString messageText() const;

    // Opens the new-visit dialog for the current patient (not modal); nullptr without one.
    NewVisitDialog *newVisit();
    // Suffixes of the list sections' button names ("chartProblems" + "Add").
    static constexpr char ButtonAdd[] = "Add";
    static constexpr char ButtonEdit[] = "Edit";
    static constexpr char ButtonHistory[] = "History";
    // Opens the add/edit dialog (not modal) for the current patient; nullptr without a patient
    // or, for edit, without an entry. The dock follows the write through ChartChanged.
    ListItemDialog *addItem(ListKind kind);
    ListItemDialog *editItem(ListKind kind, qint64 itemId, bool adding = false);
    // The item's history (read-only, not modal); nullptr without an entry.
    ListHistoryDialog *showHistory(ListKind kind, qint64 itemId);
    // The encounter becomes the one the charting docks work on, and its dock comes up.
    void openEncounter(qint64 encounterId);

    // How a severity is shown ("severe" → "Severe"); empty for an unknown id.
    static QString severityText(const QString &severity);
    // Severe first, then moderate, mild and unknown; alphabetical within each (as read).
    static QList<Allergy> severestFirst(QList<Allergy> allergies);

private:
    void onEvent(const Core::DomainEvent &event);
    void scheduleReload();
    void clearSections();
    void showSummary(const ChartSummary &summary);
    void setCount(int section, int count);
    QTreeWidget *sectionTree(int section) const;
    static qint64 selectedId(QTreeWidget *tree);

    ChartingServices &m_services;
    ChartContext &m_chart;
    Core::ModuleContext &m_context;
    std::optional<ChartSummary> m_summary;
    qint64 m_patientId = 0;
    int m_reads = 0;
    bool m_reloadPending = false;

    QLabel *m_message = nullptr;
    QPushButton *m_newVisit = nullptr;
    QSplitter *m_sections = nullptr;
    QList<QString> m_titleTexts;
    QList<QTreeWidget *> m_trees;
    QList<QPushButton *> m_listButtons;
    QList<QPushButton *> m_writeButtons;
    QList<QPushButton *> m_readButtons;
    QTreeWidget *m_allergies = nullptr;
    QTreeWidget *m_problems = nullptr;
    QTreeWidget *m_medications = nullptr;
    QTreeWidget *m_vitals = nullptr;
    QTreeWidget *m_results = nullptr;
    QTreeWidget *m_encounters = nullptr;
};

} // namespace Ambulo::Charting::Internal
