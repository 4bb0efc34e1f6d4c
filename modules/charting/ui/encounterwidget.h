#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::Charting {
class ChartContext;
class ChartingServices;
} // namespace Ambulo::Charting

namespace Ambulo::Charting::Internal {

class AddendaPanel;
class NoteEditor;
class SuperbillPanel;
class VitalsPanel;

// The visit dock: the encounter in the chart context with its SOAP note, vitals and superbill,
// and Sign. A signed encounter is shown read-only with its addenda. Follows ChartContext, and
// lets go of the encounter when the patient context moves to another patient.
class EncounterWidget : public QWidget
{
    Q_OBJECT
public:
    EncounterWidget(ChartingServices &services, ChartContext &chart, Core::ModuleContext &context,
                    QWidget *parent = nullptr);
    ~EncounterWidget() override;

    qint64 encounterId() const { return m_encounter.id; }
    const Encounter &encounter() const { return m_encounter; }
    QString headerText() const;
    QString messageText() const;

    NoteEditor *noteEditor() const { return m_note; }
    VitalsPanel *vitalsPanel() const { return m_vitals; }
    SuperbillPanel *superbillPanel() const { return m_superbill; }
    AddendaPanel *addendaPanel() const { return m_addenda; }

    // Reads the encounter again from the store (0: shows nothing).
    void showEncounter(qint64 encounterId);
    // Asks for confirmation, saves the note as shown and signs; false when refused or declined.
    bool sign();
    void showMessage(const QString &text, bool error);
    // Writes the visit summary PDF of the encounter shown to `path` (the button asks where, then
    // calls this); the outcome is shown in the message line. False when nothing was written.
    bool exportSummary(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onPatientChanged();
    void onEvent(const Core::DomainEvent &event);
    void updateHeader();
    void offerOpenVisit();

    ChartingServices &m_services;
    ChartContext &m_chart;
    Core::ModuleContext &m_context;
    Encounter m_encounter;
    QLabel *m_header = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    NoteEditor *m_note = nullptr;
    VitalsPanel *m_vitals = nullptr;
    SuperbillPanel *m_superbill = nullptr;
    AddendaPanel *m_addenda = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_summaryPdf = nullptr;
    QPushButton *m_offer = nullptr; // the new patient's one open visit
    qint64 m_offeredId = 0;
    int m_addendaTab = -1;
};

} // namespace Ambulo::Charting::Internal
