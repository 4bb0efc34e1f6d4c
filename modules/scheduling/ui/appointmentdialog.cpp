#include "modules/scheduling/ui/appointmentdialog.h"

#include "core/session/services.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/bookingdialog.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

AppointmentDialog::AppointmentDialog(SchedulingServices &services, qint64 appointmentId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_id(appointmentId)
{
    setObjectName(QLatin1String(Names::AppointmentDialog));
    setWindowTitle(tr("Appointment"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QLatin1String(Names::AppointmentReason));
    m_reason->setPlaceholderText(tr("Reason (needed to cancel)"));
    m_statusRow = new QHBoxLayout;
    m_reschedule = new QPushButton(tr("Reschedule…"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::AppointmentMessage));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_candidatesTitle = new QLabel(tr("Waitlist patients who could take this slot:"), this);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QLatin1String(Names::AppointmentCandidates));
    m_candidatesTitle->hide();
    m_candidates->hide();
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(m_reason);
    layout->addLayout(m_statusRow);
    layout->addWidget(m_reschedule, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_candidatesTitle);
    layout->addWidget(m_candidates);
    layout->addWidget(buttons);

    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        auto dialog = new BookingDialog(m_services, parentWidget());
        dialog->setRescheduleFrom(m_appointment);
        dialog->show();
        accept();
    });
    reload();
    resize(520, 360);
}

QStringList AppointmentDialog::candidateLines() const
{
    QStringList lines;
    for (int i = 0; i < m_candidates->count(); ++i)
        lines << m_candidates->item(i)->text();
    return lines;
}

void AppointmentDialog::reload()
{
    qDeleteAll(m_statusButtons);
    m_statusButtons.clear();
    auto a = m_services.queries().appointment(m_id);
    if (!a) {
        m_details->setText(a.error().message);
        m_reschedule->setEnabled(false);
        return;
    }
    m_appointment = a.value();
    m_details->setText(
        tr("%1 (%2)\n%3 %4–%5 with %6\n%7 · room %8\nStatus: %9")
            .arg(m_appointment.patientName, m_appointment.patientMrn,
                 m_appointment.date.toString(Qt::ISODate), minuteText(m_appointment.startMinute),
                 minuteText(m_appointment.endMinute), m_appointment.providerName,
                 m_appointment.typeName,
                 m_appointment.roomName.isEmpty() ? tr("none") : m_appointment.roomName,
                 statusDisplayName(m_appointment.status)));
    const Core::Session *session = m_services.core().context().session();
    const bool canWrite = session && session->has(Core::Permission::ScheduleWrite);
    for (AppointmentStatus to : allowedTransitions(m_appointment.status)) {
        if (to == AppointmentStatus::Rescheduled)
            continue;
        auto button = new QPushButton(statusDisplayName(to), this);
        button->setObjectName(QLatin1String(Names::AppointmentStatusPrefix) + statusId(to));
        button->setEnabled(canWrite);
        connect(button, &QPushButton::clicked, this, [this, to] { setStatus(to); });
        m_statusRow->addWidget(button);
        m_statusButtons << button;
    }
    m_reschedule->setEnabled(canWrite && holdsSlot(m_appointment.status));
}

void AppointmentDialog::setStatus(AppointmentStatus to)
{
    const Core::Status s = m_services.booking().setStatus(m_id, to, m_reason->text().trimmed());
    if (!s) {
        m_message->setText(s.error().message);
        return;
    }
    m_message->setText(tr("Now %1.").arg(statusDisplayName(to)));
    reload();
    if (to == AppointmentStatus::Cancelled || to == AppointmentStatus::NoShow)
        showCandidates();
}

void AppointmentDialog::showCandidates()
{
    m_candidates->clear();
    m_candidatesTitle->show();
    m_candidates->show();
    auto candidates = m_services.waitlist().candidatesFor(m_id);
    if (!candidates) {
        m_candidates->addItem(candidates.error().message);
        return;
    }
    for (const WaitlistEntry &e : candidates.value())
        m_candidates->addItem(
            tr("%1 (%2) · %3 · waiting since %4")
                .arg(e.patientName, e.patientMrn, e.typeCode,
                     e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    if (candidates->isEmpty())
        m_candidates->addItem(tr("No one on the waitlist fits this slot."));
}

} // namespace Ambulo::Scheduling::Internal
