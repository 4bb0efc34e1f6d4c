#include "modules/scheduling/ui/bookingdialog.h"

#include "core/session/services.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

namespace {

constexpr int MinimumTyped = 2;
constexpr int MatchLimit = 8;

QString matchText(const Core::PatientMatch &m)
{
    return QCoreApplication::translate("Ambulo::Scheduling::Internal::BookingDialog",
                                       "%1, %2 · born %3 · %4")
        .arg(m.family, m.given, m.birthDate.toString(Qt::ISODate), m.mrn);
}

} // namespace

BookingDialog::BookingDialog(SchedulingServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QLatin1String(Names::BookingDialog));
    setWindowTitle(tr("Book appointment"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_patientLabel = new QLabel(tr("No patient chosen"), this);
    m_patientLabel->setTextFormat(Qt::PlainText);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QLatin1String(Names::BookingPatientSearch));
    m_search->setPlaceholderText(tr("Name, MRN, date of birth or phone"));
    m_search->setClearButtonEnabled(true);
    m_matchList = new QListWidget(this);
    m_matchList->setObjectName(QLatin1String(Names::BookingPatientList));
    m_matchList->setMaximumHeight(110);
    m_newPatient = new QPushButton(tr("New patient…"), this);
    m_newPatient->setObjectName(QLatin1String(Names::BookingNewPatient));

    m_newBox = new QGroupBox(tr("New patient"), this);
    m_newFamily = new QLineEdit(m_newBox);
    m_newGiven = new QLineEdit(m_newBox);
    m_newBirth = new QDateEdit(QDate(1980, 1, 1), m_newBox);
    m_newBirth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_newPhone = new QLineEdit(m_newBox);
    auto registerButton = new QPushButton(tr("Register"), m_newBox);
    auto newForm = new QFormLayout(m_newBox);
    newForm->addRow(tr("Family name"), m_newFamily);
    newForm->addRow(tr("Given name"), m_newGiven);
    newForm->addRow(tr("Date of birth"), m_newBirth);
    newForm->addRow(tr("Phone"), m_newPhone);
    newForm->addRow(QString(), registerButton);
    m_newBox->hide();

    m_type = new QComboBox(this);
    m_type->setObjectName(QLatin1String(Names::BookingType));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QLatin1String(Names::BookingProvider));
    m_room = new QComboBox(this);
    m_room->setObjectName(QLatin1String(Names::BookingRoom));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QLatin1String(Names::BookingStart));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(QTime(9, 0), this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(Constants::MinAppointmentMinutes, Constants::MaxAppointmentMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    auto when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_minutes);

    m_recurring = new QCheckBox(tr("Repeat every"), this);
    m_recurring->setObjectName(QLatin1String(Names::BookingRecurring));
    m_everyWeeks = new QSpinBox(this);
    m_everyWeeks->setObjectName(QLatin1String(Names::BookingEveryWeeks));
    m_everyWeeks->setRange(1, 52);
    m_everyWeeks->setSuffix(tr(" week(s)"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QLatin1String(Names::BookingCount));
    m_count->setRange(2, Constants::MaxSeriesOccurrences);
    m_count->setSuffix(tr(" times"));
    auto repeat = new QHBoxLayout;
    repeat->addWidget(m_recurring);
    repeat->addWidget(m_everyWeeks);
    repeat->addWidget(m_count);
    repeat->addStretch();

    m_override = new QLineEdit(this);
    m_override->setObjectName(QLatin1String(Names::BookingOverride));
    m_override->setPlaceholderText(tr("Reason to book despite the conflict (admin)"));
    const Core::Session *session = m_services.core().context().session();
    m_override->setVisible(session && session->role == Core::Role::Admin);

    m_conflicts = new QListWidget(this);
    m_conflicts->setObjectName(QLatin1String(Names::BookingConflicts));
    m_conflicts->setMaximumHeight(90);
    m_report = new QListWidget(this);
    m_report->setObjectName(QLatin1String(Names::BookingReport));
    m_report->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_bookButton = buttons->addButton(tr("Book"), QDialogButtonBox::ActionRole);
    m_bookButton->setObjectName(QLatin1String(Names::BookingButton));
    m_bookButton->setDefault(true);

    auto form = new QFormLayout;
    auto patientRow = new QHBoxLayout;
    patientRow->addWidget(m_search, 1);
    patientRow->addWidget(m_newPatient);
    form->addRow(tr("Patient"), m_patientLabel);
    form->addRow(QString(), patientRow);
    form->addRow(QString(), m_matchList);
    form->addRow(QString(), m_newBox);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Start"), when);
    form->addRow(QString(), repeat);
    form->addRow(tr("Conflicts"), m_conflicts);
    form->addRow(QString(), m_override);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Choices come from the services once; the dialog lives for one booking.
    if (auto types = m_services.setup().types(); types) {
        m_types = types.value();
        for (const AppointmentType &t : std::as_const(m_types))
            m_type->addItem(tr("%1 — %2 (%n min)", nullptr, t.defaultMinutes).arg(t.code, t.name),
                            t.id);
    }
    if (auto providers = m_services.core().directory().practitioners(); providers) {
        for (const Core::Practitioner &p : providers.value())
            if (p.active)
                m_provider->addItem(p.displayName(), p.id);
    }
    m_room->addItem(tr("Usual or any free room"), 0);
    if (auto rooms = m_services.core().directory().rooms(); rooms) {
        for (const Core::Room &r : rooms.value())
            m_room->addItem(r.name, r.id);
    }
    typeChanged();

    connect(m_search, &QLineEdit::textChanged, this, &BookingDialog::search);
    connect(m_matchList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_matches.size())
            return;
        setPatient(m_matches[row].id, matchText(m_matches[row]));
    });
    connect(m_newPatient, &QPushButton::clicked, this, [this] {
        m_newBox->setVisible(!m_newBox->isVisible());
        const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (m_newFamily->text().isEmpty() && !words.isEmpty())
            m_newFamily->setText(words.value(0));
        if (m_newGiven->text().isEmpty() && words.size() > 1)
            m_newGiven->setText(words.value(1));
    });
    connect(registerButton, &QPushButton::clicked, this, &BookingDialog::registerPatient);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BookingDialog::typeChanged);
    for (QComboBox *box : {m_provider, m_room})
        connect(box, &QComboBox::currentIndexChanged, this, &BookingDialog::recheck);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::recheck);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::recheck);
    connect(m_minutes, &QSpinBox::valueChanged, this, &BookingDialog::recheck);
    connect(m_bookButton, &QPushButton::clicked, this, &BookingDialog::book);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool canWrite = session && session->has(Core::Permission::ScheduleWrite);
    m_bookButton->setEnabled(canWrite);
    if (!canWrite)
        m_message->setText(tr("Your role may look at the book but not change it."));
    resize(560, 620);
}

void BookingDialog::setSlot(const QDate &date, qint64 providerId, int startMinute)
{
    m_date->setDate(date);
    m_time->setTime(QTime(startMinute / 60, startMinute % 60));
    if (const int i = m_provider->findData(providerId); i >= 0)
        m_provider->setCurrentIndex(i);
    recheck();
}

void BookingDialog::setType(qint64 typeId)
{
    if (const int i = m_type->findData(typeId); i >= 0)
        m_type->setCurrentIndex(i);
}

void BookingDialog::setRoom(qint64 roomId)
{
    if (const int i = m_room->findData(roomId); i >= 0)
        m_room->setCurrentIndex(i);
}

void BookingDialog::setPatient(qint64 patientId, const QString &label)
{
    m_patientId = patientId;
    m_patientLabel->setText(label);
    recheck();
}

void BookingDialog::setRescheduleFrom(const Appointment &appointment)
{
    setWindowTitle(tr("Reschedule appointment"));
    m_rescheduleFrom = appointment.id;
    m_search->setEnabled(false);
    m_matchList->hide();
    m_newPatient->hide();
    m_recurring->setEnabled(false);
    if (const int i = m_type->findData(appointment.typeId); i >= 0)
        m_type->setCurrentIndex(i);
    setPatient(appointment.patientId, appointment.patientName);
    setSlot(appointment.date, appointment.providerId, appointment.startMinute);
    m_bookButton->setText(tr("Reschedule"));
}

void BookingDialog::setWalkIn(const WalkIn &walkIn)
{
    setWindowTitle(tr("Book walk-in"));
    m_walkInId = walkIn.id;
    m_search->setEnabled(false);
    m_matchList->hide();
    m_newPatient->hide();
    m_recurring->setEnabled(false);
    if (const int i = m_type->findData(walkIn.typeId); walkIn.typeId && i >= 0)
        m_type->setCurrentIndex(i);
    if (const int i = m_provider->findData(walkIn.providerId); walkIn.providerId && i >= 0)
        m_provider->setCurrentIndex(i);
    setPatient(walkIn.patientId, walkIn.patientName);
}

void BookingDialog::search(const QString &typed)
{
    m_matchList->clear();
    m_matches.clear();
    if (typed.trimmed().size() < MinimumTyped)
        return;
    auto result = m_services.core().patients().search(typed, MatchLimit,
                                                      Core::PatientService::SearchUse::TypeAhead);
    if (!result) {
        m_message->setText(result.error().message);
        return;
    }
    m_matches = result->matches;
    const QSignalBlocker block(m_matchList);
    for (const Core::PatientMatch &m : std::as_const(m_matches))
        m_matchList->addItem(matchText(m));
    if (m_matches.isEmpty())
        m_matchList->addItem(tr("No patient matches — use New patient…"));
}

void BookingDialog::registerPatient()
{
    Core::Patient p;
    p.family = m_newFamily->text().trimmed();
    p.given = m_newGiven->text().trimmed();
    p.birthDate = m_newBirth->date();
    p.phoneMobile = m_newPhone->text().trimmed();
    p.sex = QStringLiteral("unknown");
    auto id = m_services.core().patients().create(p);
    if (!id) {
        m_message->setText(id.error().message);
        return;
    }
    m_newBox->hide();
    m_message->clear();
    setPatient(
        id.value(),
        tr("%1, %2 · born %3 (new)").arg(p.family, p.given, p.birthDate.toString(Qt::ISODate)));
}

void BookingDialog::typeChanged()
{
    const qint64 id = m_type->currentData().toLongLong();
    for (const AppointmentType &t : std::as_const(m_types))
        if (t.id == id)
            m_minutes->setValue(t.defaultMinutes);
    recheck();
}

BookingRequest BookingDialog::request() const
{
    BookingRequest r;
    r.patientId = m_patientId;
    r.providerId = m_provider->currentData().toLongLong();
    r.typeId = m_type->currentData().toLongLong();
    r.roomId = m_room->currentData().toLongLong();
    r.date = m_date->date();
    r.startMinute = m_time->time().hour() * 60 + m_time->time().minute();
    r.minutes = m_minutes->value();
    r.overrideReason = m_override->text().trimmed();
    return r;
}

QStringList BookingDialog::conflictLines() const
{
    QStringList lines;
    for (int i = 0; i < m_conflicts->count(); ++i)
        lines << m_conflicts->item(i)->text();
    return lines;
}

void BookingDialog::recheck()
{
    m_conflicts->clear();
    BookingRequest r = request();
    if (!r.patientId || !r.providerId || !r.typeId)
        return;
    auto conflicts = m_services.booking().check(r, m_rescheduleFrom);
    if (!conflicts) {
        m_conflicts->addItem(conflicts.error().message);
        return;
    }
    for (const Conflict &c : conflicts.value())
        m_conflicts->addItem(c.message);
}

void BookingDialog::book()
{
    m_message->clear();
    const BookingRequest r = request();
    if (!r.patientId) {
        m_message->setText(tr("Choose the patient first: search above, or New patient…"));
        return;
    }
    if (m_recurring->isChecked() && !m_rescheduleFrom && !m_walkInId)
        return bookSeries(r);
    Core::Result<qint64> id = m_rescheduleFrom
                                  ? m_services.booking().reschedule(m_rescheduleFrom, r)
                              : m_walkInId ? m_services.walkIns().convert(m_walkInId, r)
                                           : m_services.booking().book(r);
    if (!id) {
        // The service says what collides; the list shows it one per line.
        m_message->setText(id.error().message);
        recheck();
        return;
    }
    m_bookedId = id.value();
    emit booked(m_bookedId);
    accept();
}

void BookingDialog::bookSeries(const BookingRequest &request)
{
    SeriesRequest s;
    s.first = request;
    s.everyWeeks = m_everyWeeks->value();
    s.count = m_count->value();
    auto report = m_services.booking().bookSeries(s);
    if (!report) {
        m_message->setText(report.error().message);
        return;
    }
    m_report->clear();
    m_report->show();
    for (const SeriesOccurrence &o : std::as_const(report->occurrences)) {
        if (o.booked()) {
            m_report->addItem(tr("%1 booked").arg(wallClockText(o.date, o.startMinute)));
            continue;
        }
        QStringList why;
        for (const Conflict &c : o.conflicts)
            why << c.message;
        if (!o.error.isEmpty())
            why << o.error;
        m_report->addItem(
            tr("%1 not booked: %2")
                .arg(wallClockText(o.date, o.startMinute), why.join(QStringLiteral("; "))));
    }
    m_message->setText(
        tr("%1 of %n occurrence(s) booked.", nullptr, int(report->occurrences.size()))
            .arg(report->bookedCount()));
    for (const SeriesOccurrence &o : std::as_const(report->occurrences))
        if (o.booked()) {
            m_bookedId = o.appointmentId;
            break;
        }
    m_bookButton->setEnabled(false);
    emit booked(m_bookedId);
}

} // namespace Ambulo::Scheduling::Internal
