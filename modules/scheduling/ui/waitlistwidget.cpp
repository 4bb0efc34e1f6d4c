#include "modules/scheduling/ui/waitlistwidget.h"

#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

WaitlistWidget::WaitlistWidget(SchedulingServices &services, Core::ModuleContext &context,
                               QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_context(context)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QLatin1String(Names::WaitlistTable));
    m_table->setHorizontalHeaderLabels(
        {tr("Patient"), tr("Type"), tr("Provider"), tr("Window"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_type = new QComboBox(this);
    m_provider = new QComboBox(this);
    m_provider->addItem(tr("Any provider"), 0);
    if (auto types = services.setup().types(); types)
        for (const AppointmentType &t : types.value())
            m_type->addItem(tr("%1 — %2").arg(t.code, t.name), t.id);
    if (auto providers = services.core().directory().practitioners(); providers)
        for (const Core::Practitioner &p : providers.value())
            if (p.active)
                m_provider->addItem(p.displayName(), p.id);
    const QDate today = PracticeClock(services.setup().timeZone()).today();
    m_earliest = new QDateEdit(today, this);
    m_latest = new QDateEdit(today.addDays(30), this);
    for (QDateEdit *e : {m_earliest, m_latest}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    m_note = new QLineEdit(this);
    m_add = new QPushButton(tr("Add banner patient"), this);
    m_add->setObjectName(QLatin1String(Names::WaitlistAdd));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QLatin1String(Names::WaitlistRemove));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Provider"), m_provider);
    auto window = new QHBoxLayout;
    window->addWidget(m_earliest);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_latest);
    form->addRow(tr("Between"), window);
    form->addRow(tr("Note"), m_note);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    const Core::Session *session = context.services.context().session();
    const bool canWrite = session && session->has(Core::Permission::ScheduleWrite);
    m_add->setEnabled(canWrite);
    m_remove->setEnabled(canWrite);
    connect(m_add, &QPushButton::clicked, this, &WaitlistWidget::add);
    connect(m_remove, &QPushButton::clicked, this, &WaitlistWidget::remove);
    connect(&context.events, &Core::EventHub::published, this,
            [this](const Core::DomainEvent &event) {
                if (event.type == QLatin1String(Constants::Events::WaitlistChanged))
                    reload();
            });
    reload();
}

QString WaitlistWidget::message() const
{
    return m_message->text();
}

void WaitlistWidget::reload()
{
    auto entries = m_services.waitlist().list();
    if (!entries) {
        m_message->setText(entries.error().message);
        return;
    }
    m_entries = entries.value();
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const WaitlistEntry &e = m_entries[r];
        const int p = m_provider->findData(e.providerId);
        const QStringList cells{
            tr("%1 (%2)").arg(e.patientName, e.patientMrn), e.typeCode,
            p > 0 ? m_provider->itemText(p) : tr("Any"),
            tr("%1 to %2").arg(e.earliest.toString(Qt::ISODate), e.latest.toString(Qt::ISODate)),
            e.note};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void WaitlistWidget::add()
{
    const auto &patient = m_context.patient.current();
    if (!patient) {
        m_message->setText(tr("Open the patient first (Find patient), then add them here."));
        return;
    }
    WaitlistEntry e;
    e.patientId = patient->id;
    e.typeId = m_type->currentData().toLongLong();
    e.providerId = m_provider->currentData().toLongLong();
    e.earliest = m_earliest->date();
    e.latest = m_latest->date();
    e.note = m_note->text().trimmed();
    auto id = m_services.waitlist().add(e);
    m_message->setText(id ? tr("%1 is on the waitlist.").arg(patient->displayName())
                          : id.error().message);
    if (id)
        m_note->clear();
}

void WaitlistWidget::remove()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const Core::Status s = m_services.waitlist().remove(m_entries[row].id);
    m_message->setText(s ? tr("Removed from the waitlist.") : s.error().message);
}

} // namespace Ambulo::Scheduling::Internal
