#include "app/shell/patientsummarywidget.h"

#include "app/shell/addnumberdialog.h"
#include "app/shell/matchundo.h"
#include "app/shell/patienttext.h"
#include "app/shell/shellconstants.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? PatientSummaryWidget::tr("—") : text;
}

QString contactName(const QString &id)
{
    if (id == QLatin1String("phone"))
        return PatientSummaryWidget::tr("Phone call");
    if (id == QLatin1String("sms"))
        return PatientSummaryWidget::tr("Text message");
    if (id == QLatin1String("email"))
        return PatientSummaryWidget::tr("Email");
    if (id == QLatin1String("mail"))
        return PatientSummaryWidget::tr("Letter");
    return PatientSummaryWidget::tr("Not stated");
}

QString rankName(int rank)
{
    switch (rank) {
    case 1:
        return PatientSummaryWidget::tr("Primary");
    case 2:
        return PatientSummaryWidget::tr("Secondary");
    case 3:
        return PatientSummaryWidget::tr("Tertiary");
    default:
        return PatientSummaryWidget::tr("Other");
    }
}

} // namespace

PatientSummaryWidget::PatientSummaryWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_empty = new QLabel(tr("No patient selected. Press Ctrl+K to find one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto details = new QWidget(this);
    details->setObjectName(QLatin1String(Constants::ObjectNames::SummaryText));
    m_address = valueLabel(details);
    m_phones = valueLabel(details);
    m_email = valueLabel(details);
    m_language = valueLabel(details);
    m_contact = valueLabel(details);
    m_coverage = valueLabel(details);
    m_identifiers = valueLabel(details);
    auto form = new QFormLayout(details);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phones:"), m_phones);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Preferred contact:"), m_contact);
    form->addRow(tr("Coverage:"), m_coverage);
    // The numbers hospitals and labs know the patient by (HL7 PID-3, FHIR identifiers): what a
    // clerk reads out on the phone to them.
    form->addRow(tr("Other numbers:"), m_identifiers);
    m_removeNumber = new QPushButton(tr("Remove a number…"), details);
    m_removeNumber->setObjectName(QLatin1String(Constants::ObjectNames::SummaryRemoveNumber));
    m_removeNumber->setToolTip(tr("Take a number off this record when it was given to the wrong "
                                  "person (practice admins)"));
    m_removeNumber->hide();
    connect(m_removeNumber, &QPushButton::clicked, this, &PatientSummaryWidget::removeNumber);
    m_addNumber = new QPushButton(tr("Add a number…"), details);
    m_addNumber->setObjectName(QLatin1String(Constants::ObjectNames::SummaryAddNumber));
    m_addNumber->setToolTip(tr("Type in a number a hospital or lab knows this patient by"));
    m_addNumber->hide();
    connect(m_addNumber, &QPushButton::clicked, this, &PatientSummaryWidget::addNumber);
    auto numberButtons = new QHBoxLayout;
    numberButtons->setContentsMargins(0, 0, 0, 0);
    numberButtons->addWidget(m_addNumber);
    numberButtons->addWidget(m_removeNumber);
    numberButtons->addStretch();
    form->addRow(QString(), numberButtons);

    auto scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Lines wrap instead; a sideways scroll hides the end of addresses and payer names.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(scroll);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setMinimumWidth(320);

    connect(&m_context.patient, &Core::PatientContext::changed, this,
            &PatientSummaryWidget::refresh);
    refresh();
}

void PatientSummaryWidget::refresh()
{
    const auto &patient = m_context.patient.current();
    if (!patient) {
        for (QLabel *label :
             {m_address, m_phones, m_email, m_language, m_contact, m_coverage, m_identifiers})
            label->clear();
        m_pages->setCurrentIndex(0);
        return;
    }
    const QString cityLine =
        tr("%1, %2 %3").arg(patient->city, patient->state, patient->postalCode);
    m_address->setText(patient->addressLine.isEmpty() && patient->city.isEmpty()
                           ? tr("—")
                           : tr("%1\n%2").arg(patient->addressLine, cityLine));
    m_phones->setText(
        tr("Home: %1\nMobile: %2").arg(orNone(patient->phoneHome), orNone(patient->phoneMobile)));
    m_email->setText(orNone(patient->email));
    const QLocale language(patient->language);
    m_language->setText(
        patient->language.isEmpty() ? tr("—") : QLocale::languageToString(language.language()));
    m_contact->setText(contactName(patient->preferredContact));

    auto coverages = m_context.services.directory().coverages(patient->id);
    if (!coverages) {
        m_coverage->setText(coverages.error().message);
    } else if (coverages->isEmpty()) {
        m_coverage->setText(tr("No insurance on file (self-pay)."));
    } else {
        QStringList lines;
        for (const Core::Coverage &c : std::as_const(coverages.value())) {
            const QString period =
                c.end.isValid()
                    ? tr("%1 to %2").arg(c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate))
                    : tr("since %1").arg(c.start.toString(Qt::ISODate));
            lines << tr("%1: %2, member %3, group %4 (%5)")
                         .arg(rankName(c.rank), c.payerName, orNone(c.memberId),
                              orNone(c.groupNumber), period);
        }
        m_coverage->setText(lines.join(QLatin1Char('\n')));
    }

    auto identifiers = m_context.services.patients().identifiers(patient->id);
    auto matches = m_context.services.patients().samePersonMatches(patient->id);
    m_shownMatches = matches ? matches.value() : QList<Core::SamePersonMatch>();
    m_shownIdentifiers = identifiers ? identifiers.value() : QList<Core::PatientIdentifier>();
    const Core::Session *session = m_context.services.context().session();
    m_removeNumber->setVisible(!m_shownIdentifiers.isEmpty() && session
                               && session->has(Core::Permission::PracticeAdmin));
    m_addNumber->setVisible(session && session->has(Core::Permission::PatientWrite));
    if (!identifiers) {
        m_identifiers->setText(identifiers.error().message);
    } else {
        // A number a name and birth date match brought may be someone else's until an admin
        // has reviewed it: the clerk reading it out on the phone should know.
        QStringList lines;
        for (const Core::PatientIdentifier &id : std::as_const(identifiers.value())) {
            lines << (matchOf(id) ? tr("%1 — matched by name, not reviewed yet")
                                        .arg(PatientText::identifierLine(id))
                                  : PatientText::identifierLine(id));
        }
        m_identifiers->setText(lines.isEmpty() ? tr("—") : lines.join(QLatin1Char('\n')));
    }
    m_pages->setCurrentIndex(1);
}

const Core::SamePersonMatch *PatientSummaryWidget::matchOf(const Core::PatientIdentifier &id) const
{
    for (const Core::SamePersonMatch &match : m_shownMatches) {
        for (const Core::PatientIdentifier &brought : match.identifiers) {
            if (brought.sameNumberAs(id))
                return &match;
        }
    }
    return nullptr;
}

void PatientSummaryWidget::undoMatch(const Core::SamePersonMatch &match)
{
    const auto &patient = m_context.patient.current();
    if (!patient)
        return;
    Core::PatientService &patients = m_context.services.patients();
    const auto asked =
        askToUndoMatch(this, tr("Remove a number"), patients, match, patient->displayName());
    if (!asked)
        return;
    const Core::Result<Core::SamePersonUndo> &undone = *asked;
    if (!undone) {
        QMessageBox::warning(this, tr("Remove a number"), undone.error().message);
        return;
    }
    // The banner and every dock show the record as it is now.
    if (auto reopened = patients.open(patient->id))
        m_context.patient.setCurrent(reopened.value());
    QMessageBox::information(this, tr("Match undone"), PatientText::undoSummary(undone.value()));
}

void PatientSummaryWidget::addNumber()
{
    const auto &patient = m_context.patient.current();
    if (!patient)
        return;
    AddNumberDialog dialog(m_context.services, *patient, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PatientSummaryWidget::removeNumber()
{
    const auto &patient = m_context.patient.current();
    if (!patient || m_shownIdentifiers.isEmpty())
        return;
    QStringList lines;
    for (const Core::PatientIdentifier &id : std::as_const(m_shownIdentifiers))
        lines << PatientText::identifierLine(id);
    bool chosen = false;
    const QString line =
        QInputDialog::getItem(this, tr("Remove a number"),
                              tr("Number to take off %1's record:").arg(patient->displayName()),
                              lines, 0, false, &chosen);
    const qsizetype at = lines.indexOf(line);
    if (!chosen || at < 0)
        return;
    const Core::PatientIdentifier id = m_shownIdentifiers.at(at);
    // A number a registration brought by name and birth date goes with the whole match.
    if (const Core::SamePersonMatch *match = matchOf(id))
        return undoMatch(*match);
    const QMessageBox::StandardButton sure = QMessageBox::question(
        this, tr("Remove a number"),
        tr("Take %1 off %2's record?\n\nMessages from %3 under this number will no longer reach "
           "this chart; the next one may make a new record. The removal is audited and sent to "
           "the FHIR server.")
            .arg(line, patient->displayName(),
                 id.authority.isEmpty() ? tr("the other system") : id.authority));
    if (sure != QMessageBox::Yes)
        return;
    if (Core::Status s = m_context.services.patients().removeIdentifier(id); !s) {
        QMessageBox::warning(this, tr("Remove a number"), s.error().message);
        return;
    }
    refresh();
}

} // namespace Ambulo::App::Internal
