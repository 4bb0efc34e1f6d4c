#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

// The encounter's coded side: diagnoses found by code or words (numbered 1..12, the pointers),
// procedures from the practice's list with modifiers, units and pointers, and the place of
// service. Every change goes through SuperbillService / EncounterService.
class SuperbillPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuperbillPanel(ChartingServices &services, QWidget *parent = nullptr);

    void setEncounter(const Encounter &encounter, bool writable);
    void setReadOnly(bool readOnly);
    void reload();

    void searchDiagnoses(const QString &text);
    void searchProcedures(const QString &text);
    // "1,2" or "1 2" → {1, 2}; false with the reason when a pointer is not a diagnosis's number.
    static bool parsePointers(const QString &text, int diagnosisCount, QList<int> &out,
                              QString &error);

signals:
    void message(const QString &text, bool error);

private:
    void addDiagnosis();
    void removeDiagnosis();
    void addProcedure();
    void removeLine();
    void placeOfServiceChosen(int index);

    ChartingServices &m_services;
    Encounter m_encounter;
    bool m_readOnly = true;
    QList<Diagnosis> m_diagnoses;
    QList<SuperbillLine> m_lines;
    QLineEdit *m_diagnosisSearch = nullptr;
    QListWidget *m_diagnosisResults = nullptr;
    QPushButton *m_addDiagnosis = nullptr;
    QListWidget *m_diagnosisList = nullptr;
    QPushButton *m_removeDiagnosis = nullptr;
    QLineEdit *m_procedureSearch = nullptr;
    QListWidget *m_procedureResults = nullptr;
    QLineEdit *m_modifiers = nullptr;
    QSpinBox *m_units = nullptr;
    QLineEdit *m_pointers = nullptr;
    QPushButton *m_addProcedure = nullptr;
    QTableWidget *m_lineTable = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_total = nullptr;
    QComboBox *m_placeOfService = nullptr;
};

} // namespace Ambulo::Charting::Internal
