#include "app/shell/mergepatientdialog.h"

#include "app/shell/patientsearchdialog.h"
#include "app/shell/patienttext.h"
#include "app/shell/shellconstants.h"
#include "core/entities/patientservice.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

namespace {

// The facts a person compares to tell whether two records are one patient.
QString describe(const Core::Patient &p)
{
    QStringList lines{QStringLiteral("%1 · MRN %2").arg(p.displayName(), p.mrn),
                      MergePatientDialog::tr("born %1 · %2")
                          .arg(PatientText::birthDate(p.birthDate), PatientText::sex(p.sex))};
    const QString phone = p.phoneMobile.isEmpty() ? p.phoneHome : p.phoneMobile;
    if (!phone.isEmpty())
        lines << phone;
    const QString address =
        QStringList{p.addressLine, p.city, p.state, p.postalCode}.join(QLatin1Char(' ')).trimmed();
    if (!address.isEmpty())
        lines << address;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MergePatientDialog::MergePatientDialog(Core::Services &services, const Core::Patient &keep,
                                       QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_keep(keep)
{
    setObjectName(QLatin1String(Names::MergeDialog));
    setWindowTitle(tr("Merge a duplicate record"));

    auto intro = new QLabel(tr("Find the other record of this person. Its visits, appointments, "
                               "results and numbers move to the record kept, and its MRN leads "
                               "there from now on. Only merge records you are sure are one "
                               "person."),
                            this);
    intro->setWordWrap(true);
    auto kept = new QLabel(describe(keep), this);
    kept->setTextFormat(Qt::PlainText);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QLatin1String(Names::MergeSearch));
    m_search->setPlaceholderText(tr("Name, birth date, phone or MRN"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QLatin1String(Names::MergeList));
    m_chosen = new QLabel(tr("Nothing chosen yet."), this);
    m_chosen->setObjectName(QLatin1String(Names::MergeChosen));
    m_chosen->setTextFormat(Qt::PlainText);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QLatin1String(Names::MergeReason));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. registered twice, same person"));
    m_error = new QLabel(this);
    m_error->setObjectName(QLatin1String(Names::MergeError));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Core::UiStyle::errorText());
    m_error->hide();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QLatin1String(Names::MergeButton));
    m_merge->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergePatientDialog::merge);

    auto form = new QFormLayout;
    form->addRow(tr("Keep:"), kept);
    form->addRow(tr("Find:"), m_search);
    form->addRow(QString(), m_list);
    form->addRow(tr("Merge into it:"), m_chosen);
    form->addRow(tr("Why:"), m_reason);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const auto ready = [this] {
        m_merge->setEnabled(m_list->currentRow() >= 0 && !m_reason->text().trimmed().isEmpty());
    };
    connect(m_search, &QLineEdit::textChanged, this, &MergePatientDialog::search);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, ready] {
        choose();
        ready();
    });
    connect(m_reason, &QLineEdit::textChanged, this, ready);
    resize(560, 520);
}

void MergePatientDialog::search(const QString &typed)
{
    m_list->clear();
    m_matches.clear();
    m_error->hide();
    if (typed.trimmed().size() < PatientSearchDialog::MinimumTyped)
        return;
    auto found = m_services.patients().search(typed, PatientSearchDialog::ResultLimit,
                                              Core::PatientService::SearchUse::TypeAhead);
    if (!found) {
        m_error->setText(found.error().message);
        m_error->show();
        return;
    }
    for (const Core::PatientMatch &match : std::as_const(found->matches)) {
        if (match.id == m_keep.id)
            continue; // a record cannot be merged into itself
        m_matches.append(match);
        m_list->addItem(PatientText::matchLine(match));
    }
}

void MergePatientDialog::choose()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_matches.size()) {
        m_chosen->setText(tr("Nothing chosen yet."));
        return;
    }
    const Core::PatientMatch &match = m_matches.at(row);
    // Opening it to compare is a read of that chart, audited; a restricted record shows what
    // the search list shows, no more.
    auto opened = m_services.patients().open(match.id);
    m_chosen->setText(opened ? describe(opened.value()) : PatientText::matchLine(match));
}

void MergePatientDialog::merge()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_matches.size())
        return;
    const Core::PatientMatch gone = m_matches.at(row);
    const auto answer = QMessageBox::question(
        this, tr("Merge records"),
        tr("Merge %1 (%2, %3, born %4) into %5 (%6)?\n\nThis is recorded in the audit log, "
           "sent to the practice's other systems, and is not undone here.")
            .arg(gone.mrn, gone.family, gone.given, PatientText::birthDate(gone.birthDate),
                 m_keep.mrn, m_keep.displayName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Core::Status s =
            m_services.patients().merge(m_keep.id, gone.id, m_reason->text().trimmed());
        !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_outcome = tr("%1 merged into %2").arg(gone.mrn, m_keep.mrn);
    accept();
}

} // namespace Ambulo::App
