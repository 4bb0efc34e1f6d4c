#pragma once

#include "core/result.h"
#include "modules/charting/domain/chartingtypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Ambulo::Charting {
class ChartingServices;
} // namespace Ambulo::Charting

namespace Ambulo::Charting::Internal {

// The three lists a provider keeps on the chart.
enum class ListKind { Allergy, Problem, Medication };

// Adds or edits one problem, medication or allergy of a patient, status changes (resolved,
// stopped, entered in error) included. A problem is picked from ICD-10-CM by code or words; its
// description comes from the code. Every write goes through the service; a refusal is shown in
// the dialog and nothing is stored.
class ListItemDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr char ObjectName[] = "chartListItemDialog";
    static constexpr char CodeSearchName[] = "chartListCode";
    static constexpr char CodeMatchesName[] = "chartListCodeMatches";
    static constexpr char DescriptionName[] = "chartListDescription";
    static constexpr char OnsetName[] = "chartListOnset";
    static constexpr char NameName[] = "chartListName";
    static constexpr char DoseName[] = "chartListDose";
    static constexpr char RouteName[] = "chartListRoute";
    static constexpr char FrequencyName[] = "chartListFrequency";
    static constexpr char StartName[] = "chartListStart";
    static constexpr char StopName[] = "chartListStop";
    static constexpr char SubstanceName[] = "chartListSubstance";
    static constexpr char ReactionName[] = "chartListReaction";
    static constexpr char SeverityName[] = "chartListSeverity";
    static constexpr char StatusName[] = "chartListStatus";
    static constexpr char SaveName[] = "chartListSave";
    static constexpr char MessageName[] = "chartListMessage";

    // itemId 0 adds a new item; otherwise the item is read and shown for editing.
    ListItemDialog(ChartingServices &services, ListKind kind, qint64 patientId, qint64 itemId,
                   QWidget *parent = nullptr);

    ListKind kind() const { return m_kind; }
    qint64 itemId() const { return m_itemId; }
    QString messageText() const;
    // Runs the ICD-10-CM search as typing would and lists the matches (problems only).
    void search(const QString &text);
    // Picks the i-th match: its code and description fill the fields.
    void pickMatch(int row);
    // Writes through the service; on success closes (accept) and emits saved, otherwise shows why.
    bool save();

signals:
    void saved(qint64 itemId);

private:
    Core::Status load();
    void buildProblem(QWidget *form);
    void addStatuses(const QList<QPair<QString, QString>> &statuses, const QString &current);
    Core::Result<qint64> write();

    ChartingServices &m_services;
    ListKind m_kind;
    qint64 m_patientId;
    qint64 m_itemId;
    QList<Icd10Code> m_found;

    QLineEdit *m_code = nullptr;
    QListWidget *m_matches = nullptr;
    QLineEdit *m_description = nullptr;
    QDateEdit *m_onset = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_dose = nullptr;
    QLineEdit *m_route = nullptr;
    QLineEdit *m_frequency = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_stop = nullptr;
    QLineEdit *m_substance = nullptr;
    QLineEdit *m_reaction = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

// What became of one list item, change by change: when, who, and what it became.
class ListHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr char ObjectName[] = "chartListHistoryDialog";
    static constexpr char TreeName[] = "chartListHistory";

    ListHistoryDialog(ChartingServices &services, ListKind kind, qint64 itemId,
                      QWidget *parent = nullptr);
    // The rows as "when | who | action | what", for tests and the clipboard alike.
    QStringList rows() const;
    // A snapshot (JSON object) as "Field: value; …", empty fields left out.
    static QString snapshotText(const QString &json);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace Ambulo::Charting::Internal
