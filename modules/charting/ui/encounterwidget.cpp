#include "modules/charting/ui/encounterwidget.h"

#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/addendapanel.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/noteeditor.h"
#include "modules/charting/ui/superbillpanel.h"
#include "modules/charting/ui/visitsummary.h"
#include "modules/charting/ui/vitalspanel.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

EncounterWidget::EncounterWidget(ChartingServices &services, ChartContext &chart,
                                 Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_chart(chart)
    , m_context(context)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QLatin1String(Names::EncounterHeader));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::EncounterMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_sign = new QPushButton(tr("Sign visit…"), this);
    m_sign->setObjectName(QLatin1String(Names::EncounterSign));
    m_summaryPdf = new QPushButton(tr("Visit summary PDF…"), this);
    m_summaryPdf->setObjectName(QLatin1String(Names::EncounterSummaryPdf));
    m_summaryPdf->setToolTip(tr("Save the visit summary to hand to the patient"));
    m_offer = new QPushButton(this);
    m_offer->setObjectName(QLatin1String(Names::EncounterOffer));
    m_offer->hide();

    m_note = new NoteEditor(services, this);
    m_vitals = new VitalsPanel(services, this);
    m_superbill = new SuperbillPanel(services, this);
    m_addenda = new AddendaPanel(services, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QLatin1String(Names::EncounterTabs));
    m_tabs->addTab(m_note, tr("&Note"));
    m_tabs->addTab(m_vitals, tr("&Vitals"));
    m_tabs->addTab(m_superbill, tr("Superbi&ll"));
    m_addendaTab = m_tabs->addTab(m_addenda, tr("A&ddenda"));

    auto top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_summaryPdf, 0, Qt::AlignTop);
    top->addWidget(m_sign, 0, Qt::AlignTop);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_offer, 0, Qt::AlignLeft);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_note, &NoteEditor::message, this, &EncounterWidget::showMessage);
    connect(m_vitals, &VitalsPanel::message, this, &EncounterWidget::showMessage);
    connect(m_superbill, &SuperbillPanel::message, this, &EncounterWidget::showMessage);
    connect(m_addenda, &AddendaPanel::message, this, &EncounterWidget::showMessage);
    connect(m_sign, &QPushButton::clicked, this, &EncounterWidget::sign);
    connect(m_summaryPdf, &QPushButton::clicked, this, [this] {
        if (m_encounter.id == 0)
            return;
        const QString name =
            QStringLiteral("visit-summary-%1-%2.pdf")
                .arg(m_encounter.patientMrn)
                .arg(m_encounter.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd")));
        QString path =
            QFileDialog::getSaveFileName(this, tr("Save visit summary"),
                                         QDir::home().filePath(name), tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QLatin1String(".pdf");
        exportSummary(path);
    });
    connect(m_offer, &QPushButton::clicked, this, [this] {
        if (m_offeredId != 0)
            m_chart.setEncounter(m_offeredId);
    });
    connect(&m_chart, &ChartContext::encounterChanged, this, &EncounterWidget::showEncounter);
    connect(&context.patient, &Core::PatientContext::changed, this,
            &EncounterWidget::onPatientChanged);
    connect(&context.events, &Core::EventHub::published, this, &EncounterWidget::onEvent);
    showEncounter(m_chart.encounterId());
}

EncounterWidget::~EncounterWidget()
{
    // Before the children go: the draft is written while the services and session still exist.
    m_note->flushDraft();
}

void EncounterWidget::closeEvent(QCloseEvent *event)
{
    m_note->flushDraft();
    QWidget::closeEvent(event);
}

QString EncounterWidget::headerText() const
{
    return m_header->text();
}

QString EncounterWidget::messageText() const
{
    return m_message->text();
}

void EncounterWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(Core::UiStyle::errorText(error));
}

void EncounterWidget::showEncounter(qint64 encounterId)
{
    m_message->clear();
    Encounter e;
    if (encounterId != 0) {
        auto loaded = m_services.encounters().encounter(encounterId);
        if (!loaded) {
            // Let go of what was shown (its draft is saved by setEncounter below).
            showMessage(loaded.error().message, true);
        } else {
            e = loaded.value();
        }
    }
    m_encounter = e;
    m_offer->hide();
    m_offeredId = 0;
    const Core::Session *session = m_context.services.context().session();
    const bool canWrite = session && session->has(Core::Permission::ChartWrite);
    const bool open = e.id != 0 && e.status == EncounterStatus::Open;
    m_note->setEncounter(e, open && canWrite);
    m_vitals->setEncounter(e, open && canWrite);
    m_superbill->setEncounter(e, open && canWrite);
    m_addenda->setEncounter(e, canWrite, session && session->has(Core::Permission::ChartSign));
    m_sign->setEnabled(open && session && session->has(Core::Permission::ChartSign));
    const bool isSigned = e.id != 0 && e.status == EncounterStatus::Signed;
    m_tabs->setTabVisible(m_addendaTab, isSigned);
    m_tabs->setEnabled(e.id != 0);
    m_summaryPdf->setEnabled(e.id != 0);
    updateHeader();
}

bool EncounterWidget::exportSummary(const QString &path)
{
    if (m_encounter.id == 0) {
        showMessage(tr("Open a visit first."), true);
        return false;
    }
    auto pages = VisitSummary::exportPdf(m_services, m_encounter.id, path);
    if (!pages) {
        showMessage(tr("The visit summary was not saved: %1").arg(pages.error().message), true);
        return false;
    }
    showMessage(tr("Visit summary saved to %1 (%n page(s)).", nullptr, pages.value())
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void EncounterWidget::updateHeader()
{
    const Encounter &e = m_encounter;
    if (e.id == 0) {
        m_header->setText(tr("No visit open. Open a chart from the flow board or the chart."));
        return;
    }
    const QString when = QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat);
    QString kind = e.kind;
    if (kind == QLatin1String("office"))
        kind = tr("Office visit");
    else if (kind == QLatin1String("walk-in"))
        kind = tr("Walk-in");
    else if (kind == QLatin1String("phone"))
        kind = tr("Phone call");
    const QString what = e.reason.isEmpty() ? kind : tr("%1 — %2").arg(kind, e.reason);
    const QString status = e.status == EncounterStatus::Signed
                               ? tr("Signed by %1 at %2")
                                     .arg(e.signedBy, QLocale().toString(e.signedAt.toLocalTime(),
                                                                         QLocale::ShortFormat))
                               : tr("Open");
    m_header->setText(tr("%1 (MRN %2)\n%3 · %4 · %5\n%6")
                          .arg(e.patientName, e.patientMrn, when, e.providerName, what, status));
}

void EncounterWidget::onPatientChanged()
{
    const auto &current = m_context.patient.current();
    if (m_encounter.id != 0) {
        if (current && current->id == m_encounter.patientId)
            return;
        // Another patient (or none): never leave one patient's visit beside another's banner.
        m_note->flushDraft();
        if (m_chart.encounterId() != 0)
            m_chart.clear();
        else
            showEncounter(0);
    }
    offerOpenVisit();
}

void EncounterWidget::offerOpenVisit()
{
    m_offer->hide();
    m_offeredId = 0;
    const auto &current = m_context.patient.current();
    if (!current || m_encounter.id != 0)
        return;
    auto list = m_services.encounters().list(current->id);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    QList<Encounter> open;
    for (const Encounter &e : list.value()) {
        if (e.status == EncounterStatus::Open)
            open << e;
    }
    if (open.size() != 1)
        return;
    m_offeredId = open.first().id;
    m_offer->setText(
        tr("Open the visit of %1")
            .arg(QLocale().toString(open.first().startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_offer->show();
}

void EncounterWidget::onEvent(const Core::DomainEvent &event)
{
    if (m_encounter.id == 0 || m_encounter.status != EncounterStatus::Open)
        return;
    if (event.type == QLatin1String(Constants::Events::EncounterSigned)
        && event.data.value(QLatin1String(Constants::Events::KeyEncounterId)).toLongLong()
               == m_encounter.id)
        showEncounter(m_encounter.id);
}

bool EncounterWidget::sign()
{
    if (m_encounter.id == 0 || m_encounter.status != EncounterStatus::Open)
        return false;
    const Core::Session *session = m_context.services.context().session();
    if (!session || !session->has(Core::Permission::ChartSign)) {
        showMessage(tr("Only a provider can sign a visit."), true);
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Sign visit"),
                    tr("Sign the visit of %1 as shown?").arg(m_encounter.patientName),
                    QMessageBox::NoButton, this);
    box.setObjectName(QLatin1String(Names::EncounterConfirm));
    box.setInformativeText(tr("The note, diagnoses and procedures lock; later changes are "
                              "addenda."));
    QPushButton *yes = box.addButton(tr("Sign"), QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Not yet"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() != yes) {
        showMessage(tr("Not signed."), false);
        return false;
    }
    // What is signed is what the provider sees.
    if (!m_note->save())
        return false;
    const qint64 id = m_encounter.id;
    if (Core::Status s = m_services.signing().sign(id); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    showEncounter(id);
    m_tabs->setCurrentIndex(m_addendaTab);
    showMessage(tr("Visit signed. Later changes go in addenda."), false);
    return true;
}

} // namespace Ambulo::Charting::Internal
