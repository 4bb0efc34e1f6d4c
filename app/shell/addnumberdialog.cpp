#include "app/shell/addnumberdialog.h"

#include "app/shell/shellconstants.h"
#include "core/entities/identifierkinds.h"
#include "core/entities/patientservice.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::App {

namespace Names = Constants::ObjectNames;

AddNumberDialog::AddNumberDialog(Core::Services &services, const Core::Patient &patient,
                                 QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_patient(patient)
{
    setObjectName(QLatin1String(Names::AddNumberDialog));
    setWindowTitle(tr("Add a number"));

    auto intro = new QLabel(tr("A number another system knows %1 by. Its messages under this "
                               "number will reach this chart.")
                                .arg(patient.displayName()),
                            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    // The systems the practice's records already hold numbers of come first, so one hospital is
    // not spelled two ways; another can be typed.
    m_authority = new QComboBox(this);
    m_authority->setObjectName(QLatin1String(Names::AddNumberAuthority));
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    if (auto known = services.patients().knownAuthorities())
        m_authority->addItems(known.value());
    m_authority->setCurrentIndex(-1);
    m_authority->lineEdit()->setPlaceholderText(tr("e.g. HOSP"));
    m_authority->lineEdit()->setMaxLength(199);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QLatin1String(Names::AddNumberValue));
    m_value->setMaxLength(64);
    m_type = new QComboBox(this);
    m_type->setObjectName(QLatin1String(Names::AddNumberType));
    for (const Core::IdentifierKind &kind : Core::identifierKinds())
        m_type->addItem(kind.label, kind.code);
    m_error = new QLabel(this);
    m_error->setObjectName(QLatin1String(Names::AddNumberError));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Core::UiStyle::errorText());
    m_error->hide();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QLatin1String(Names::AddNumberButton));
    m_add->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AddNumberDialog::add);

    auto form = new QFormLayout;
    form->addRow(tr("&Given by:"), m_authority);
    form->addRow(tr("&Number:"), m_value);
    form->addRow(tr("&Kind:"), m_type);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const auto ready = [this] {
        m_error->hide();
        m_add->setEnabled(!m_authority->currentText().trimmed().isEmpty()
                          && !m_value->text().trimmed().isEmpty());
    };
    connect(m_authority, &QComboBox::currentTextChanged, this, ready);
    connect(m_value, &QLineEdit::textChanged, this, ready);
    m_value->setFocus();
}

void AddNumberDialog::add()
{
    const Core::PatientIdentifier id{m_patient.id, m_value->text().trimmed(),
                                     m_authority->currentText().trimmed(),
                                     m_type->currentData().toString()};
    Core::PatientService &patients = m_services.patients();
    // Someone else's number is the clerk's to check: say whose, as a merge may be the answer.
    if (auto holder = patients.findByIdentifier(id.value, id.authority);
        holder && holder.value() != 0 && holder.value() != m_patient.id) {
        auto other = patients.mrnOf(holder.value());
        m_error->setText(tr("%1 of %2 is already on record %3. If both records are this person, "
                            "a practice admin can merge them; otherwise check the number.")
                             .arg(id.value, id.authority, other ? other.value() : QString()));
        m_error->show();
        return;
    }
    if (Core::Status s = patients.addIdentifier(id); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace Ambulo::App
