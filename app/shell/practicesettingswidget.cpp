#include "app/shell/practicesettingswidget.h"

#include "app/shell/shellconstants.h"
#include "core/context/eventhub.h"
#include "core/module/module.h"
#include "core/session/services.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

PracticeSettingsWidget::PracticeSettingsWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto edit = [this](const char *name, int maxLength) {
        auto e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        return e;
    };
    m_name = edit("practiceName", 120);
    m_address = edit("practiceAddress", 300);
    m_phone = edit("practicePhone", 40);
    m_npi = edit("practiceNpi", 10);
    m_taxId = edit("practiceTaxId", 20);
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("practiceIdleMinutes"));
    m_idleMinutes->setRange(1, 120);
    m_idleMinutes->setSuffix(tr(" min"));
    m_matchSamePerson = new QCheckBox(tr("Match by name and &birth date"), this);
    m_matchSamePerson->setObjectName(QStringLiteral("practiceMatchSamePerson"));
    m_matchSamePerson->setToolTip(
        tr("When an HL7 registration names none of this practice's patients by number, the one "
           "record with the same name and birth date, and no other number from that system, "
           "gets the numbers (a walk-in registered here first). Each such match is flagged in "
           "the audit log for review. Off: such a registration always makes a new record."));

    auto form = new QFormLayout;
    form->addRow(tr("Practice &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&PI (organization):"), m_npi);
    form->addRow(tr("&Tax id:"), m_taxId);
    form->addRow(tr("&Lock after idle:"), m_idleMinutes);
    form->addRow(tr("HL7 registrations:"), m_matchSamePerson);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("practiceSave"));
    auto revertButton = new QPushButton(tr("Revert"), this);
    connect(saveButton, &QPushButton::clicked, this, &PracticeSettingsWidget::save);
    connect(revertButton, &QPushButton::clicked, this, &PracticeSettingsWidget::load);
    for (QLineEdit *e : {m_name, m_address, m_phone, m_npi, m_taxId})
        connect(e, &QLineEdit::textEdited, m_status, &QLabel::clear);
    connect(m_matchSamePerson, &QCheckBox::toggled, m_status, &QLabel::clear);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void PracticeSettingsWidget::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        load();
    QWidget::showEvent(event);
}

void PracticeSettingsWidget::load()
{
    m_loaded = true;
    const Core::PracticeSettings s = m_context.services.practice().settings();
    m_name->setText(s.name);
    m_address->setText(s.address);
    m_phone->setText(s.phone);
    m_npi->setText(s.npi);
    m_taxId->setText(s.taxId);
    m_idleMinutes->setValue(s.idleLockMinutes);
    m_matchSamePerson->setChecked(s.matchSamePerson);
    m_status->clear();
}

bool PracticeSettingsWidget::save()
{
    Core::PracticeSettings s;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.npi = m_npi->text().trimmed();
    s.taxId = m_taxId->text().trimmed();
    s.idleLockMinutes = m_idleMinutes->value();
    s.matchSamePerson = m_matchSamePerson->isChecked();
    if (Core::Status status = m_context.services.practice().save(s); !status) {
        QMessageBox::warning(this, tr("Practice settings"), status.error().message);
        return false;
    }
    m_status->setText(tr("Saved."));
    m_context.events.publish({QLatin1String(Constants::EventPracticeSettingsChanged), {}});
    return true;
}

} // namespace Ambulo::App::Internal
