#include "modules/charting/ui/superbillpanel.h"

#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

namespace {

enum Column { ColCode, ColDescription, ColModifiers, ColUnits, ColPointers, ColFee, ColumnCount };
constexpr int SearchLimit = 25;

} // namespace

SuperbillPanel::SuperbillPanel(ChartingServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_diagnosisSearch = new QLineEdit(this);
    m_diagnosisSearch->setObjectName(QLatin1String(Names::DiagnosisSearch));
    m_diagnosisSearch->setPlaceholderText(tr("ICD-10 code or words, e.g. \"diab mell\""));
    m_diagnosisResults = new QListWidget(this);
    m_diagnosisResults->setObjectName(QLatin1String(Names::DiagnosisResults));
    m_addDiagnosis = new QPushButton(tr("Add diagnosis"), this);
    m_addDiagnosis->setObjectName(QLatin1String(Names::DiagnosisAdd));
    m_diagnosisList = new QListWidget(this);
    m_diagnosisList->setObjectName(QLatin1String(Names::DiagnosisList));
    m_removeDiagnosis = new QPushButton(tr("Remove diagnosis"), this);
    m_removeDiagnosis->setObjectName(QLatin1String(Names::DiagnosisRemove));

    m_procedureSearch = new QLineEdit(this);
    m_procedureSearch->setObjectName(QLatin1String(Names::ProcedureSearch));
    m_procedureSearch->setPlaceholderText(tr("Procedure code or words"));
    m_procedureResults = new QListWidget(this);
    m_procedureResults->setObjectName(QLatin1String(Names::ProcedureResults));
    m_modifiers = new QLineEdit(this);
    m_modifiers->setObjectName(QLatin1String(Names::ProcedureModifiers));
    m_modifiers->setPlaceholderText(tr("e.g. 25 59 (up to 4)"));
    m_units = new QSpinBox(this);
    m_units->setObjectName(QLatin1String(Names::ProcedureUnits));
    m_units->setRange(1, 999);
    m_pointers = new QLineEdit(this);
    m_pointers->setObjectName(QLatin1String(Names::ProcedurePointers));
    m_pointers->setPlaceholderText(tr("diagnosis numbers, e.g. 1,2"));
    m_addProcedure = new QPushButton(tr("Add procedure"), this);
    m_addProcedure->setObjectName(QLatin1String(Names::ProcedureAdd));
    m_lineTable = new QTableWidget(0, ColumnCount, this);
    m_lineTable->setObjectName(QLatin1String(Names::SuperbillLines));
    m_lineTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Description"), tr("Modifiers"), tr("Units"), tr("Pointers"), tr("Fee")});
    m_lineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineTable->verticalHeader()->hide();
    m_lineTable->horizontalHeader()->setSectionResizeMode(ColDescription, QHeaderView::Stretch);
    m_removeLine = new QPushButton(tr("Remove procedure"), this);
    m_removeLine->setObjectName(QLatin1String(Names::SuperbillRemoveLine));
    m_total = new QLabel(this);
    m_total->setObjectName(QLatin1String(Names::SuperbillTotal));
    m_placeOfService = new QComboBox(this);
    m_placeOfService->setObjectName(QLatin1String(Names::PlaceOfService));
    // The CMS place-of-service codes a small practice uses.
    const std::pair<const char *, QString> places[] = {
        {"11", tr("11 Office")},
        {"02", tr("02 Telehealth, not in the patient's home")},
        {"10", tr("10 Telehealth in the patient's home")},
        {"12", tr("12 Home")},
        {"20", tr("20 Urgent care facility")},
        {"22", tr("22 On-campus outpatient hospital")},
        {"31", tr("31 Skilled nursing facility")},
        {"32", tr("32 Nursing facility")},
    };
    for (const auto &[code, label] : places)
        m_placeOfService->addItem(label, QLatin1String(code));

    auto diagBox = new QGroupBox(tr("Diagnoses (pointer order)"), this);
    auto diagLayout = new QVBoxLayout(diagBox);
    diagLayout->addWidget(m_diagnosisSearch);
    diagLayout->addWidget(m_diagnosisResults, 1);
    auto diagButtons = new QHBoxLayout;
    diagButtons->addWidget(m_addDiagnosis);
    diagButtons->addStretch(1);
    diagButtons->addWidget(m_removeDiagnosis);
    diagLayout->addLayout(diagButtons);
    diagLayout->addWidget(m_diagnosisList, 1);

    auto procBox = new QGroupBox(tr("Procedures"), this);
    auto procLayout = new QVBoxLayout(procBox);
    procLayout->addWidget(m_procedureSearch);
    procLayout->addWidget(m_procedureResults, 1);
    auto procForm = new QFormLayout;
    procForm->addRow(tr("Modifiers"), m_modifiers);
    procForm->addRow(tr("Units"), m_units);
    procForm->addRow(tr("Diagnosis pointers"), m_pointers);
    procLayout->addLayout(procForm);
    procLayout->addWidget(m_addProcedure, 0, Qt::AlignRight);
    procLayout->addWidget(m_lineTable, 2);
    auto lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_total, 1);
    lineButtons->addWidget(m_removeLine);
    procLayout->addLayout(lineButtons);

    auto posRow = new QFormLayout;
    posRow->addRow(tr("Place of service"), m_placeOfService);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(diagBox, 2);
    layout->addWidget(procBox, 3);
    layout->addLayout(posRow);

    connect(m_diagnosisSearch, &QLineEdit::textEdited, this, &SuperbillPanel::searchDiagnoses);
    connect(m_diagnosisSearch, &QLineEdit::returnPressed, this, &SuperbillPanel::addDiagnosis);
    connect(m_diagnosisResults, &QListWidget::itemActivated, this, &SuperbillPanel::addDiagnosis);
    connect(m_addDiagnosis, &QPushButton::clicked, this, &SuperbillPanel::addDiagnosis);
    connect(m_removeDiagnosis, &QPushButton::clicked, this, &SuperbillPanel::removeDiagnosis);
    connect(m_procedureSearch, &QLineEdit::textEdited, this, &SuperbillPanel::searchProcedures);
    connect(m_addProcedure, &QPushButton::clicked, this, &SuperbillPanel::addProcedure);
    connect(m_pointers, &QLineEdit::returnPressed, this, &SuperbillPanel::addProcedure);
    connect(m_removeLine, &QPushButton::clicked, this, &SuperbillPanel::removeLine);
    connect(m_placeOfService, &QComboBox::activated, this, &SuperbillPanel::placeOfServiceChosen);
    setReadOnly(true);
}

void SuperbillPanel::setEncounter(const Encounter &encounter, bool writable)
{
    m_encounter = encounter;
    m_diagnosisSearch->clear();
    m_diagnosisResults->clear();
    m_procedureSearch->clear();
    m_procedureResults->clear();
    m_modifiers->clear();
    m_units->setValue(1);
    m_pointers->clear();
    {
        const QSignalBlocker blocker(m_placeOfService);
        int index = m_placeOfService->findData(encounter.placeOfService);
        if (index < 0 && !encounter.placeOfService.isEmpty()) {
            m_placeOfService->addItem(encounter.placeOfService, encounter.placeOfService);
            index = m_placeOfService->count() - 1;
        }
        m_placeOfService->setCurrentIndex(index);
    }
    setReadOnly(!writable || encounter.id == 0);
    reload();
}

void SuperbillPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_diagnosisSearch, m_diagnosisResults, m_addDiagnosis, m_removeDiagnosis,
             m_procedureSearch, m_procedureResults, m_modifiers, m_units, m_pointers,
             m_addProcedure, m_removeLine, m_placeOfService})
        w->setEnabled(!readOnly);
}

void SuperbillPanel::reload()
{
    m_diagnosisList->clear();
    m_lineTable->setRowCount(0);
    m_diagnoses.clear();
    m_lines.clear();
    m_total->clear();
    if (m_encounter.id == 0)
        return;
    auto diagnoses = m_services.superbill().diagnoses(m_encounter.id);
    if (!diagnoses) {
        emit message(diagnoses.error().message, true);
        return;
    }
    m_diagnoses = diagnoses.value();
    for (const Diagnosis &d : std::as_const(m_diagnoses))
        m_diagnosisList->addItem(tr("%1. %2 — %3").arg(d.position).arg(d.code, d.description));
    auto lines = m_services.superbill().lines(m_encounter.id);
    if (!lines) {
        emit message(lines.error().message, true);
        return;
    }
    m_lines = lines.value();
    qint64 total = 0;
    m_lineTable->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const SuperbillLine &l = m_lines[row];
        QStringList pointers;
        for (int p : l.pointers)
            pointers << QString::number(p);
        const QString cells[] = {l.code,
                                 l.description,
                                 l.modifiers.join(QLatin1Char(' ')),
                                 QString::number(l.units),
                                 pointers.join(QLatin1Char(',')),
                                 formatCents(l.feeCents)};
        for (int c = 0; c < ColumnCount; ++c)
            m_lineTable->setItem(row, c, new QTableWidgetItem(cells[c]));
        total += l.feeCents;
    }
    m_total->setText(tr("Total %1").arg(formatCents(total)));
}

void SuperbillPanel::searchDiagnoses(const QString &text)
{
    m_diagnosisResults->clear();
    if (text.trimmed().isEmpty())
        return;
    auto found = m_services.codes().searchIcd10(text, SearchLimit);
    if (!found) {
        emit message(found.error().message, true);
        return;
    }
    for (const Icd10Code &c : found.value()) {
        auto item =
            new QListWidgetItem(tr("%1 — %2").arg(c.code, c.longDescription), m_diagnosisResults);
        item->setData(Qt::UserRole, c.code);
        if (!c.billable) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("A category, not a billable code: pick a more specific one."));
        }
    }
    if (m_diagnosisResults->count() > 0)
        m_diagnosisResults->setCurrentRow(0);
}

void SuperbillPanel::searchProcedures(const QString &text)
{
    m_procedureResults->clear();
    if (text.trimmed().isEmpty())
        return;
    auto found = m_services.codes().searchProcedures(text, SearchLimit);
    if (!found) {
        emit message(found.error().message, true);
        return;
    }
    for (const ProcedureCode &c : found.value()) {
        auto item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(c.code, c.description, formatCents(c.feeCents)),
            m_procedureResults);
        item->setData(Qt::UserRole, c.code);
    }
    if (m_procedureResults->count() > 0)
        m_procedureResults->setCurrentRow(0);
}

void SuperbillPanel::addDiagnosis()
{
    if (m_readOnly || m_encounter.id == 0)
        return;
    QListWidgetItem *item = m_diagnosisResults->currentItem();
    if (!item) {
        emit message(tr("Search for a diagnosis and pick one from the list first."), true);
        return;
    }
    auto pointer =
        m_services.superbill().addDiagnosis(m_encounter.id, item->data(Qt::UserRole).toString());
    if (!pointer) {
        emit message(pointer.error().message, true);
        return;
    }
    m_diagnosisSearch->clear();
    m_diagnosisResults->clear();
    reload();
    emit message(tr("Diagnosis %1 added as pointer %2.")
                     .arg(m_diagnoses.value(pointer.value() - 1).code)
                     .arg(pointer.value()),
                 false);
}

void SuperbillPanel::removeDiagnosis()
{
    if (m_readOnly)
        return;
    const int row = m_diagnosisList->currentRow();
    if (row < 0 || row >= m_diagnoses.size()) {
        emit message(tr("Pick the diagnosis to remove."), true);
        return;
    }
    if (Core::Status s =
            m_services.superbill().removeDiagnosis(m_encounter.id, m_diagnoses[row].position);
        !s) {
        emit message(s.error().message, true);
        return;
    }
    reload();
    emit message(tr("Diagnosis removed; the later ones moved up."), false);
}

bool SuperbillPanel::parsePointers(const QString &text, int diagnosisCount, QList<int> &out,
                                   QString &error)
{
    out.clear();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        error = tr("Give at least one diagnosis pointer (the diagnosis numbers, e.g. 1,2).");
        return false;
    }
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 1 || n > Constants::MaxDiagnosisPointers) {
            error = tr("Pointer \"%1\" is not a diagnosis number from 1 to 12.").arg(p.left(10));
            return false;
        }
        if (n > diagnosisCount) {
            error = diagnosisCount == 0
                        ? tr("Pointer %1 names no diagnosis: add the diagnoses first.").arg(n)
                        : tr("Pointer %1 names no diagnosis: this visit has %2.")
                              .arg(n)
                              .arg(diagnosisCount);
            return false;
        }
        if (out.contains(n)) {
            error = tr("Pointer %1 is given twice.").arg(n);
            return false;
        }
        out << n;
    }
    if (out.size() > Constants::MaxDiagnosisPointers) {
        error = tr("A procedure points at most at 12 diagnoses.");
        return false;
    }
    return true;
}

void SuperbillPanel::addProcedure()
{
    if (m_readOnly || m_encounter.id == 0)
        return;
    QListWidgetItem *item = m_procedureResults->currentItem();
    if (!item) {
        emit message(tr("Search for a procedure and pick one from the list first."), true);
        return;
    }
    SuperbillLine line;
    line.encounterId = m_encounter.id;
    line.code = item->data(Qt::UserRole).toString();
    line.units = m_units->value();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    line.modifiers = m_modifiers->text().toUpper().split(separators, Qt::SkipEmptyParts);
    if (line.modifiers.size() > Constants::MaxModifiers) {
        emit message(tr("A procedure carries at most 4 modifiers."), true);
        return;
    }
    QString error;
    if (!parsePointers(m_pointers->text(), int(m_diagnoses.size()), line.pointers, error)) {
        emit message(error, true);
        return;
    }
    auto id = m_services.superbill().addLine(line);
    if (!id) {
        emit message(id.error().message, true);
        return;
    }
    m_procedureSearch->clear();
    m_procedureResults->clear();
    m_modifiers->clear();
    m_units->setValue(1);
    m_pointers->clear();
    reload();
    emit message(tr("Procedure %1 added.").arg(line.code), false);
}

void SuperbillPanel::removeLine()
{
    if (m_readOnly)
        return;
    const int row = m_lineTable->currentRow();
    if (row < 0 || row >= m_lines.size()) {
        emit message(tr("Pick the procedure to remove."), true);
        return;
    }
    if (Core::Status s = m_services.superbill().removeLine(m_lines[row].id); !s) {
        emit message(s.error().message, true);
        return;
    }
    reload();
    emit message(tr("Procedure removed."), false);
}

void SuperbillPanel::placeOfServiceChosen(int index)
{
    if (m_readOnly || m_encounter.id == 0 || index < 0)
        return;
    const QString code = m_placeOfService->itemData(index).toString();
    if (Core::Status s = m_services.encounters().setPlaceOfService(m_encounter.id, code); !s) {
        emit message(s.error().message, true);
        return;
    }
    m_encounter.placeOfService = code;
    emit message(tr("Place of service set to %1.").arg(m_placeOfService->itemText(index)), false);
}

} // namespace Ambulo::Charting::Internal
