#include "modules/scheduling/ui/registrationwidget.h"

#include "core/context/patientcontext.h"
#include "core/entities/identifierkinds.h"
#include "core/module/module.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

namespace {

constexpr int DuplicateLimit = 5;
constexpr int DebounceMs = 250;
constexpr int MinimumPhoneDigits = 7;
const QDate NoDate(1900, 1, 1); // the date edits' "not given" value

QDateEdit *dateEdit(QWidget *parent)
{
    auto edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setCalendarPopup(true);
    edit->setDate(NoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

QString digits(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

void addChoices(QComboBox *box, const QList<std::pair<QString, QString>> &items)
{
    for (const auto &[id, label] : items)
        box->addItem(label, id);
}

} // namespace

RegistrationWidget::RegistrationWidget(SchedulingServices &services, Core::ModuleContext &context,
                                       QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_context(context)
{
    auto content = new QWidget;
    m_heading = new QLabel(content);
    m_heading->setTextFormat(Qt::PlainText);
    m_family = new QLineEdit(content);
    m_family->setObjectName(QLatin1String(Names::RegFamily));
    m_given = new QLineEdit(content);
    m_given->setObjectName(QLatin1String(Names::RegGiven));
    m_middle = new QLineEdit(content);
    m_birth = dateEdit(content);
    m_birth->setObjectName(QLatin1String(Names::RegBirthDate));
    m_sex = new QComboBox(content);
    addChoices(m_sex, {{QStringLiteral("unknown"), tr("Unknown")},
                       {QStringLiteral("female"), tr("Female")},
                       {QStringLiteral("male"), tr("Male")},
                       {QStringLiteral("other"), tr("Other")}});
    m_phoneMobile = new QLineEdit(content);
    m_phoneMobile->setObjectName(QLatin1String(Names::RegPhone));
    m_phoneHome = new QLineEdit(content);
    m_email = new QLineEdit(content);
    m_address = new QLineEdit(content);
    m_city = new QLineEdit(content);
    m_state = new QLineEdit(content);
    m_postal = new QLineEdit(content);
    m_language = new QComboBox(content);
    addChoices(m_language, {{QStringLiteral("en"), tr("English")},
                            {QStringLiteral("es"), tr("Spanish")},
                            {QString(), tr("Other / not asked")}});
    m_contact = new QComboBox(content);
    addChoices(m_contact, {{QStringLiteral("phone"), tr("Phone call")},
                           {QStringLiteral("sms"), tr("Text message")},
                           {QStringLiteral("email"), tr("Email")},
                           {QStringLiteral("mail"), tr("Letter")}});

    auto demographics = new QGroupBox(tr("Patient"), content);
    auto form = new QFormLayout(demographics);
    form->addRow(tr("Family name"), m_family);
    form->addRow(tr("Given name"), m_given);
    form->addRow(tr("Middle name"), m_middle);
    form->addRow(tr("Date of birth"), m_birth);
    form->addRow(tr("Sex"), m_sex);
    auto contactBox = new QGroupBox(tr("Contact"), content);
    auto contactForm = new QFormLayout(contactBox);
    contactForm->addRow(tr("Mobile phone"), m_phoneMobile);
    contactForm->addRow(tr("Home phone"), m_phoneHome);
    contactForm->addRow(tr("Email"), m_email);
    contactForm->addRow(tr("Address"), m_address);
    contactForm->addRow(tr("City"), m_city);
    contactForm->addRow(tr("State"), m_state);
    contactForm->addRow(tr("Postal code"), m_postal);
    contactForm->addRow(tr("Language"), m_language);
    contactForm->addRow(tr("Preferred contact"), m_contact);
    // Another system's number, for a new patient: its messages under it reach this chart
    // instead of making a second record. A known patient's numbers are kept in the summary.
    m_numberBox = new QGroupBox(tr("Number from another system (optional)"), content);
    m_numberBox->setObjectName(QLatin1String(Names::RegNumberBox));
    m_numberAuthority = new QComboBox(m_numberBox);
    m_numberAuthority->setObjectName(QLatin1String(Names::RegNumberAuthority));
    m_numberAuthority->setEditable(true);
    m_numberAuthority->setInsertPolicy(QComboBox::NoInsert);
    m_numberAuthority->lineEdit()->setPlaceholderText(tr("e.g. HOSP"));
    m_numberAuthority->lineEdit()->setMaxLength(199);
    m_numberValue = new QLineEdit(m_numberBox);
    m_numberValue->setObjectName(QLatin1String(Names::RegNumberValue));
    m_numberValue->setMaxLength(64);
    m_numberKind = new QComboBox(m_numberBox);
    m_numberKind->setObjectName(QLatin1String(Names::RegNumberKind));
    for (const Core::IdentifierKind &kind : Core::identifierKinds())
        m_numberKind->addItem(kind.label, kind.code);
    auto numberForm = new QFormLayout(m_numberBox);
    numberForm->addRow(tr("Given by"), m_numberAuthority);
    numberForm->addRow(tr("Number"), m_numberValue);
    numberForm->addRow(tr("Kind"), m_numberKind);
    m_primary = makeCoverageEditor(tr("Primary insurance"));
    m_secondary = makeCoverageEditor(tr("Secondary insurance"));

    m_duplicateBox = new QGroupBox(tr("Possible existing patient"), content);
    m_duplicateList = new QListWidget(m_duplicateBox);
    m_duplicateList->setObjectName(QLatin1String(Names::RegDuplicates));
    m_duplicateList->setMaximumHeight(100);
    m_useExisting = new QPushButton(tr("Use this patient"), m_duplicateBox);
    m_useExisting->setObjectName(QLatin1String(Names::RegUseExisting));
    auto duplicateLayout = new QVBoxLayout(m_duplicateBox);
    duplicateLayout->addWidget(m_duplicateList);
    duplicateLayout->addWidget(m_useExisting, 0, Qt::AlignLeft);
    m_duplicateBox->hide();

    m_save = new QPushButton(tr("Register"), content);
    m_save->setObjectName(QLatin1String(Names::RegSave));
    auto clear = new QPushButton(tr("New registration"), content);
    m_message = new QLabel(content);
    m_message->setObjectName(QLatin1String(Names::RegMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(clear);
    buttons->addStretch();

    auto column = new QVBoxLayout(content);
    column->addWidget(m_heading);
    column->addWidget(demographics);
    column->addWidget(m_duplicateBox);
    column->addWidget(contactBox);
    column->addWidget(m_numberBox);
    column->addWidget(m_primary.box);
    column->addWidget(m_secondary.box);
    column->addLayout(buttons);
    column->addWidget(m_message);
    column->addStretch();
    auto scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RegistrationWidget::checkDuplicates);
    for (QLineEdit *edit : {m_family, m_given, m_phoneMobile, m_phoneHome})
        connect(edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_birth, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_numberValue, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_numberAuthority, &QComboBox::currentTextChanged, m_debounce,
            qOverload<>(&QTimer::start));
    for (QLineEdit *edit : content->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &RegistrationWidget::formEdited);
    for (QComboBox *box : content->findChildren<QComboBox *>())
        connect(box, &QComboBox::activated, this, &RegistrationWidget::formEdited);
    for (QDateEdit *date : content->findChildren<QDateEdit *>())
        connect(date, &QDateEdit::userDateChanged, this, &RegistrationWidget::formEdited);
    connect(m_useExisting, &QPushButton::clicked, this, &RegistrationWidget::useSelected);
    connect(m_duplicateList, &QListWidget::itemDoubleClicked, this,
            &RegistrationWidget::useSelected);
    connect(m_save, &QPushButton::clicked, this, &RegistrationWidget::save);
    connect(clear, &QPushButton::clicked, this, &RegistrationWidget::clearForm);
    connect(&context.patient, &Core::PatientContext::changed, this,
            &RegistrationWidget::followContext);

    const Core::Session *session = context.services.context().session();
    m_save->setEnabled(session && session->has(Core::Permission::PatientWrite));
    followContext();
}

RegistrationWidget::CoverageEditor RegistrationWidget::makeCoverageEditor(const QString &title)
{
    CoverageEditor e;
    e.box = new QGroupBox(title, this);
    e.payer = new QComboBox(e.box);
    e.payer->addItem(tr("None"), 0);
    if (auto payers = m_services.core().directory().payers(); payers)
        for (const Core::Payer &p : payers.value())
            e.payer->addItem(p.name, p.id);
    e.memberId = new QLineEdit(e.box);
    e.group = new QLineEdit(e.box);
    e.subscriber = new QLineEdit(e.box);
    e.subscriber->setPlaceholderText(tr("Blank: the patient"));
    e.relationship = new QComboBox(e.box);
    addChoices(e.relationship, {{QStringLiteral("self"), tr("Self")},
                                {QStringLiteral("spouse"), tr("Spouse")},
                                {QStringLiteral("child"), tr("Child")},
                                {QStringLiteral("other"), tr("Other")}});
    e.subscriberBirth = dateEdit(e.box);
    e.subscriberBirth->setToolTip(tr("Blank: the patient's, when the patient is the subscriber"));
    e.start = dateEdit(e.box);
    auto form = new QFormLayout(e.box);
    form->addRow(tr("Payer"), e.payer);
    form->addRow(tr("Member id"), e.memberId);
    form->addRow(tr("Group"), e.group);
    form->addRow(tr("Subscriber"), e.subscriber);
    form->addRow(tr("Relationship"), e.relationship);
    form->addRow(tr("Subscriber born"), e.subscriberBirth);
    form->addRow(tr("Coverage starts"), e.start);
    return e;
}

QString RegistrationWidget::message() const
{
    return m_message->text();
}

void RegistrationWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(Core::UiStyle::errorText(error));
    m_messageIsError = error;
}

void RegistrationWidget::formEdited()
{
    if (m_messageIsError)
        showMessage({}, false);
}

void RegistrationWidget::followContext()
{
    const auto &patient = m_context.patient.current();
    if (!patient) {
        clearForm();
        return;
    }
    fill(*patient);
}

void RegistrationWidget::clearForm()
{
    m_editingId = 0;
    m_editing = {};
    m_existingCoverages.clear();
    fill({});
    m_heading->setText(tr("New patient"));
    m_save->setText(tr("Register"));
}

void RegistrationWidget::fill(const Core::Patient &patient)
{
    m_editingId = patient.id;
    m_editing = patient;
    m_acknowledged.clear();
    m_family->setText(patient.family);
    m_given->setText(patient.given);
    m_middle->setText(patient.middle);
    {
        const QSignalBlocker block(m_birth);
        m_birth->setDate(patient.birthDate.isValid() ? patient.birthDate : NoDate);
    }
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(patient.sex)));
    m_phoneMobile->setText(patient.phoneMobile);
    m_phoneHome->setText(patient.phoneHome);
    m_email->setText(patient.email);
    m_address->setText(patient.addressLine);
    m_city->setText(patient.city);
    m_state->setText(patient.state);
    m_postal->setText(patient.postalCode);
    m_language->setCurrentIndex(std::max(0, m_language->findData(patient.language)));
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(patient.preferredContact)));
    m_existingCoverages.clear();
    if (patient.id)
        if (auto coverages = m_services.core().directory().coverages(patient.id); coverages)
            m_existingCoverages = coverages.value();
    for (auto [editor, rank] : {std::pair{&m_primary, 1}, std::pair{&m_secondary, 2}}) {
        Core::Coverage c;
        for (const Core::Coverage &x : std::as_const(m_existingCoverages))
            if (x.rank == rank)
                c = x;
        editor->payer->setCurrentIndex(std::max(0, editor->payer->findData(c.payerId)));
        editor->memberId->setText(c.memberId);
        editor->group->setText(c.groupNumber);
        editor->subscriber->setText(c.subscriberName);
        editor->relationship->setCurrentIndex(
            std::max(0, editor->relationship->findData(c.subscriberRelationship)));
        editor->subscriberBirth->setDate(c.subscriberBirthDate.isValid() ? c.subscriberBirthDate
                                                                         : NoDate);
        editor->start->setDate(c.start.isValid() ? c.start : NoDate);
        // Recorded coverage is changed through billing; registration adds what is missing.
        editor->box->setEnabled(c.id == 0);
    }
    resetNumber();
    m_numberBox->setVisible(patient.id == 0);
    m_duplicates.clear();
    m_duplicateList->clear();
    m_duplicateBox->hide();
    if (patient.id) {
        m_heading->setText(tr("Editing %1 (%2)").arg(patient.displayName(), patient.mrn));
        m_save->setText(tr("Save changes"));
    }
    showMessage({}, false);
}

void RegistrationWidget::checkDuplicates()
{
    QList<QString> queries;
    const QString family = m_family->text().trimmed();
    const QString given = m_given->text().trimmed();
    const QDate birth = dateOf(m_birth);
    if (birth.isValid() && family.size() >= 2) {
        const QString born = birth.toString(Qt::ISODate);
        queries << family + QLatin1Char(' ') + born;
        // Similar names: a typo after the third letter, or the family name misspelled.
        queries << family.left(3) + QLatin1Char(' ') + born;
        if (given.size() >= 2)
            queries << given + QLatin1Char(' ') + born;
    }
    for (QLineEdit *phone : {m_phoneMobile, m_phoneHome})
        if (digits(phone->text()).size() >= MinimumPhoneDigits)
            queries << digits(phone->text());

    m_duplicates.clear();
    // The record holding the other system's number is that person, whatever the name says: it
    // comes first, found by its MRN.
    auto number = numberFromForm();
    if (const qint64 holder = number && number.value() ? holderOf(*number.value()) : 0) {
        Core::PatientService &patients = m_services.core().patients();
        auto mrn = patients.mrnOf(holder);
        auto found =
            mrn ? patients.search(mrn.value(), 1, Core::PatientService::SearchUse::TypeAhead)
                : Core::Result<Core::SearchResult>(mrn.error());
        for (const Core::PatientMatch &m : found ? found->matches : QList<Core::PatientMatch>())
            if (m.id == holder)
                m_duplicates << m;
    }
    for (const QString &query : std::as_const(queries)) {
        auto result = m_services.core().patients().search(
            query, DuplicateLimit, Core::PatientService::SearchUse::TypeAhead);
        if (!result)
            continue;
        for (const Core::PatientMatch &m : result->matches) {
            const bool known =
                std::any_of(m_duplicates.cbegin(), m_duplicates.cend(),
                            [&](const Core::PatientMatch &d) { return d.id == m.id; });
            if (!known && m.id != m_editingId)
                m_duplicates << m;
        }
    }
    m_duplicateList->clear();
    for (const Core::PatientMatch &m : std::as_const(m_duplicates))
        m_duplicateList->addItem(
            tr("%1, %2 · born %3 · %4")
                .arg(m.family, m.given, m.birthDate.toString(Qt::ISODate), m.mrn));
    if (!m_duplicates.isEmpty())
        m_duplicateList->setCurrentRow(0);
    m_duplicateBox->setVisible(!m_duplicates.isEmpty());
}

void RegistrationWidget::useSelected()
{
    const int row = m_duplicateList->currentRow();
    if (row < 0 || row >= m_duplicates.size())
        return;
    auto patient =
        m_context.patient.openForPerson(m_services.core().patients(), m_duplicates[row].id);
    if (!patient) {
        if (!patient.error().message.isEmpty())
            showMessage(patient.error().message, true);
        return;
    }
    // The banner and every dock follow; this form refills from the context.
    m_context.patient.setCurrent(patient.value());
}

void RegistrationWidget::resetNumber()
{
    m_numberAuthority->clear();
    // Only a new patient's form shows the box: the authorities (a scan of every number on
    // record) are not read again each time the banner's patient changes.
    if (m_editingId == 0)
        if (auto known = m_services.core().patients().knownAuthorities())
            m_numberAuthority->addItems(known.value());
    m_numberAuthority->setCurrentIndex(-1);
    m_numberAuthority->setEditText(QString());
    m_numberValue->clear();
    m_numberKind->setCurrentIndex(0);
}

Core::Result<std::optional<Core::PatientIdentifier>> RegistrationWidget::numberFromForm() const
{
    if (m_editingId != 0)
        return std::optional<Core::PatientIdentifier>();
    const QString value = m_numberValue->text().trimmed();
    const QString authority = m_numberAuthority->currentText().trimmed();
    if (value.isEmpty() && authority.isEmpty())
        return std::optional<Core::PatientIdentifier>();
    if (value.isEmpty() || authority.isEmpty())
        return Core::invalid(tr("Give the other system's number and who gave it, or leave both "
                                "empty."));
    const Core::PatientIdentifier number{0, value, authority,
                                         m_numberKind->currentData().toString()};
    if (const Core::Status s = Core::PatientService::validate(number); !s)
        return s.error();
    return std::optional<Core::PatientIdentifier>(number);
}

qint64 RegistrationWidget::holderOf(const Core::PatientIdentifier &number) const
{
    auto holder = m_services.core().patients().findByIdentifier(number.value, number.authority);
    return holder ? holder.value() : 0;
}

Core::Patient RegistrationWidget::patientFromForm() const
{
    Core::Patient p = m_editing;
    p.family = m_family->text().trimmed();
    p.given = m_given->text().trimmed();
    p.middle = m_middle->text().trimmed();
    p.birthDate = dateOf(m_birth);
    p.sex = m_sex->currentData().toString();
    p.phoneMobile = m_phoneMobile->text().trimmed();
    p.phoneHome = m_phoneHome->text().trimmed();
    p.email = m_email->text().trimmed();
    p.addressLine = m_address->text().trimmed();
    p.city = m_city->text().trimmed();
    p.state = m_state->text().trimmed();
    p.postalCode = m_postal->text().trimmed();
    p.language = m_language->currentData().toString();
    p.preferredContact = m_contact->currentData().toString();
    return p;
}

std::optional<Core::Coverage> RegistrationWidget::coverageFrom(const CoverageEditor &e,
                                                               int rank) const
{
    if (!e.box->isEnabled()
        || (e.payer->currentData().toLongLong() == 0 && e.memberId->text().trimmed().isEmpty()))
        return std::nullopt;
    Core::Coverage c;
    c.rank = rank;
    c.payerId = e.payer->currentData().toLongLong();
    c.memberId = e.memberId->text().trimmed();
    c.groupNumber = e.group->text().trimmed();
    c.subscriberRelationship = e.relationship->currentData().toString();
    c.subscriberName = e.subscriber->text().trimmed();
    if (c.subscriberName.isEmpty() && c.subscriberRelationship == QLatin1String("self"))
        c.subscriberName =
            m_family->text().trimmed() + QStringLiteral(", ") + m_given->text().trimmed();
    c.subscriberBirthDate = dateOf(e.subscriberBirth);
    if (!c.subscriberBirthDate.isValid() && c.subscriberRelationship == QLatin1String("self"))
        c.subscriberBirthDate = dateOf(m_birth);
    c.start = dateOf(e.start);
    return c;
}

void RegistrationWidget::save()
{
    const Core::Patient patient = patientFromForm();
    if (const Core::Status s = Core::PatientService::validate(patient); !s)
        return showMessage(s.error().message, true);
    QList<Core::Coverage> coverages;
    for (auto [editor, rank] : {std::pair{&m_primary, 1}, std::pair{&m_secondary, 2}}) {
        if (auto c = coverageFrom(*editor, rank)) {
            c->patientId = std::max<qint64>(1, m_editingId); // validated before the id exists
            if (const Core::Status s = Core::DirectoryService::validate(*c); !s)
                return showMessage(tr("%1: %2").arg(editor->box->title(), s.error().message), true);
            coverages << *c;
        }
    }
    auto number = numberFromForm();
    if (!number)
        return showMessage(number.error().message, true);
    if (number.value()) {
        // Someone else's number: that record is likely this patient. It is offered, and nothing
        // is saved.
        if (const qint64 holder = holderOf(*number.value()); holder != 0) {
            auto mrn = m_services.core().patients().mrnOf(holder);
            checkDuplicates();
            return showMessage(tr("%1 of %2 is already on record %3. Use that record if it is "
                                  "this patient; otherwise check the number.")
                                   .arg(number.value()->value, number.value()->authority,
                                        mrn ? mrn.value() : QString()),
                               true);
        }
    }
    if (!m_editingId) {
        checkDuplicates();
        QList<qint64> suspects;
        for (const Core::PatientMatch &m : std::as_const(m_duplicates))
            suspects << m.id;
        if (!suspects.isEmpty() && suspects != m_acknowledged) {
            m_acknowledged = suspects;
            return showMessage(tr("This may be a patient we already have. Use the existing "
                                  "record, or press Register again to make a new one."),
                               true);
        }
    }
    qint64 id = m_editingId;
    if (id) {
        if (const Core::Status s = m_services.core().patients().update(patient); !s)
            return showMessage(s.error().message, true);
    } else {
        QList<Core::PatientIdentifier> numbers;
        if (number.value())
            numbers << *number.value();
        auto created = m_services.core().patients().create(patient, numbers);
        if (!created)
            return showMessage(created.error().message, true);
        id = created.value();
    }
    for (Core::Coverage &c : coverages) {
        c.patientId = id;
        if (auto added = m_services.core().directory().addCoverage(c); !added)
            return showMessage(tr("Saved, but the coverage was not: %1").arg(added.error().message),
                               true);
    }
    auto opened = m_services.core().patients().open(id);
    if (opened)
        m_context.patient.setCurrent(opened.value());
    showMessage(m_editingId == id && opened ? tr("Saved %1.").arg(opened->displayName())
                                            : tr("Saved."),
                false);
}

} // namespace Ambulo::Scheduling::Internal
