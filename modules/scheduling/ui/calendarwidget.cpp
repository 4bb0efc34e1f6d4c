#include "modules/scheduling/ui/calendarwidget.h"

#include "connectors/sync/syncconstants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/appointmentdialog.h"
#include "modules/scheduling/ui/bookingdialog.h"
#include "modules/scheduling/ui/daysheet.h"
#include "modules/scheduling/ui/findopeningdialog.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

namespace {

constexpr int DayByRoom = 100; // the mode box's value for a day view with a column per room

} // namespace

CalendarWidget::CalendarWidget(SchedulingServices &services, Core::ModuleContext &context,
                               QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_context(context)
{
    setObjectName(QLatin1String(Names::CalendarWidget));
    const Core::Session *session = context.services.context().session();
    m_canWrite = session && session->has(Core::Permission::ScheduleWrite);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QLatin1String(Names::CalendarMode));
    m_mode->addItem(tr("Day"), int(CalendarView::Mode::Day));
    m_mode->addItem(tr("Week"), int(CalendarView::Mode::Week));
    m_mode->addItem(tr("Month"), int(CalendarView::Mode::Month));
    m_mode->addItem(tr("Day by room"), DayByRoom);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QLatin1String(Names::CalendarProvider));
    m_provider->addItem(tr("All providers"), 0);
    qint64 ownProvider = 0;
    if (auto providers = services.core().directory().practitioners(); providers) {
        for (const Core::Practitioner &p : providers.value()) {
            if (!p.active)
                continue;
            m_providers.append({QDate(), p.id, p.displayName()});
            m_provider->addItem(p.displayName(), p.id);
            if (session && session->role == Core::Role::Provider && p.userId == session->userId)
                ownProvider = p.id;
        }
    }
    if (auto rooms = services.core().directory().rooms(); rooms)
        for (const Core::Room &r : rooms.value())
            m_rooms.append({QDate(), 0, r.name, r.id});
    auto previous = new QPushButton(tr("◀"), this);
    previous->setToolTip(tr("Previous"));
    auto today = new QPushButton(tr("Today"), this);
    auto next = new QPushButton(tr("▶"), this);
    next->setToolTip(tr("Next"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QLatin1String(Names::CalendarDate));
    m_date->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(PracticeClock(services.setup().timeZone()).today());
    m_new = new QPushButton(tr("New…"), this);
    m_new->setObjectName(QLatin1String(Names::CalendarNew));
    m_new->setEnabled(m_canWrite);
    m_new->setToolTip(m_canWrite ? tr("Book at the selected slot (N)")
                                 : tr("Your role may not book appointments."));
    m_findOpening = new QPushButton(tr("Find opening…"), this);
    m_findOpening->setObjectName(QLatin1String(Names::CalendarFindOpening));
    m_daySheet = new QPushButton(tr("Day sheet…"), this);
    m_daySheet->setObjectName(QLatin1String(Names::CalendarDaySheet));
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::CalendarMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    // Always there, so a refusal does not shift the calendar under the clerk's hand.
    m_message->setMinimumHeight(m_message->fontMetrics().height());
    m_view = new CalendarView(this);
    m_view->setObjectName(QLatin1String(Names::CalendarView));
    m_view->setReadOnly(!m_canWrite);

    // A tool bar folds what does not fit into its extension menu, so the dock stays narrow.
    auto bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mode, m_provider, previous, today, next,
                                                       m_date, m_new, m_findOpening, m_daySheet})
        bar->addWidget(w);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    if (ownProvider)
        m_provider->setCurrentIndex(m_provider->findData(ownProvider));

    connect(m_mode, &QComboBox::currentIndexChanged, this, &CalendarWidget::reload);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CalendarWidget::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &CalendarWidget::reload);
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this,
            [this] { setDate(PracticeClock(m_services.setup().timeZone()).today()); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        const auto &cols = m_view->columns();
        const int c = m_view->selectedColumn();
        if (c < cols.size())
            newBooking(cols[c].date, cols[c].providerId, m_view->selectedMinute());
    });
    connect(m_findOpening, &QPushButton::clicked, this, &CalendarWidget::findOpening);
    connect(m_daySheet, &QPushButton::clicked, this, &CalendarWidget::chooseDaySheet);
    connect(m_view, &CalendarView::moveRequested, this, &CalendarWidget::move);
    connect(m_view, &CalendarView::openRequested, this, &CalendarWidget::openAppointment);
    connect(m_view, &CalendarView::newRequested, this,
            [this](const QDate &date, qint64 providerId, int minute) {
                if (m_canWrite)
                    newBooking(date, providerId, minute);
            });
    connect(m_view, &CalendarView::todayRequested, today, &QPushButton::click);
    connect(m_view, &CalendarView::dayRequested, this, [this](const QDate &day) {
        setDate(day);
        setMode(CalendarView::Mode::Day);
    });
    connect(m_view, &CalendarView::contextMenuRequested, this,
            [this](qint64 id, const QPoint &globalPos) {
                QMenu menu(this);
                menu.addAction(tr("Open…"), this, [this, id] { openAppointment(id); });
                menu.exec(globalPos);
            });
    connect(&context.events, &Core::EventHub::published, this, &CalendarWidget::onEvent);
    reload();
}

void CalendarWidget::setMode(CalendarView::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void CalendarWidget::setByRoom(bool byRoom)
{
    m_mode->setCurrentIndex(m_mode->findData(byRoom ? DayByRoom : int(CalendarView::Mode::Day)));
}

void CalendarWidget::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void CalendarWidget::setProvider(qint64 providerId)
{
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerId)));
}

QDate CalendarWidget::date() const
{
    return m_date->date();
}

QString CalendarWidget::message() const
{
    return m_message->text();
}

void CalendarWidget::step(int direction)
{
    const QDate d = m_date->date();
    switch (CalendarView::Mode(m_mode->currentData().toInt())) {
    case CalendarView::Mode::Day:
    default:
        return setDate(d.addDays(direction));
    case CalendarView::Mode::Week:
        return setDate(d.addDays(7 * direction));
    case CalendarView::Mode::Month:
        return setDate(d.addMonths(direction));
    }
}

void CalendarWidget::reload()
{
    const bool byRoom = m_mode->currentData().toInt() == DayByRoom;
    const auto mode =
        byRoom ? CalendarView::Mode::Day : CalendarView::Mode(m_mode->currentData().toInt());
    const QDate day = m_date->date();
    qint64 provider = m_provider->currentData().toLongLong();
    if (mode == CalendarView::Mode::Week && provider == 0 && !m_providers.isEmpty())
        provider = m_providers.first().providerId; // a week is one provider's
    AgendaQuery query;
    QList<CalendarView::Column> columns;
    if (provider)
        query.providerIds << provider;
    switch (mode) {
    case CalendarView::Mode::Day:
        query.from = query.to = day;
        if (byRoom) {
            query.providerIds.clear(); // everyone's appointments, placed by room
            for (const CalendarView::Column &r : std::as_const(m_rooms))
                columns.append({day, 0, r.title, r.roomId});
            break;
        }
        for (const CalendarView::Column &p : std::as_const(m_providers))
            if (!provider || p.providerId == provider)
                columns.append({day, p.providerId, p.title});
        break;
    case CalendarView::Mode::Week: {
        query.from = day.addDays(1 - day.dayOfWeek());
        query.to = query.from.addDays(6);
        const QLocale locale;
        for (QDate d = query.from; d <= query.to; d = d.addDays(1))
            columns.append({d, provider, locale.toString(d, QStringLiteral("ddd d MMM"))});
        break;
    }
    case CalendarView::Mode::Month:
        query.from = QDate(day.year(), day.month(), 1);
        query.to = query.from.addMonths(1).addDays(-1);
        columns.append({day, provider, QString()});
        break;
    }
    auto agenda = m_services.queries().agenda(query);
    if (!agenda) {
        showMessage(agenda.error().message, true);
        m_view->setAgenda(mode, columns, {});
        return;
    }
    m_view->setAgenda(mode, columns, agenda.value());
}

void CalendarWidget::onEvent(const Core::DomainEvent &event)
{
    // A sync round may have brought bookings made on another workstation.
    if (event.type.startsWith(QLatin1String("Appointment"))
        || event.type == QLatin1String(Sync::Constants::EventDataChanged)
        || event.type == QLatin1String(Constants::Events::ScheduleSetupChanged))
        reload();
}

void CalendarWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(Core::UiStyle::errorText(error));
}

void CalendarWidget::move(qint64 appointmentId, const QDate &date, qint64 providerId, qint64 roomId,
                          int startMinute, int endMinute)
{
    MoveRequest request;
    request.appointmentId = appointmentId;
    request.date = date;
    request.startMinute = startMinute;
    request.endMinute = endMinute;
    request.providerId = providerId;
    request.roomId = roomId;
    Core::Status s = m_services.booking().move(request);
    const Core::Session *session = m_context.services.context().session();
    if (!s && s.error().code == Core::ErrorCode::Conflict && session
        && session->role == Core::Role::Admin) {
        // An admin may move over a conflict, with a reason that is audited.
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Move despite the conflict?"),
            tr("%1\n\nReason to move it anyway (audited):").arg(s.error().message),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !reason.trimmed().isEmpty()) {
            request.overrideReason = reason.trimmed();
            s = m_services.booking().move(request);
        }
    }
    if (s)
        showMessage(tr("Moved to %1 %2.").arg(date.toString(Qt::ISODate), minuteText(startMinute)),
                    false);
    else
        showMessage(s.error().message, true);
    // From the store either way: a refused block goes back where it was.
    reload();
}

BookingDialog *CalendarWidget::newBooking(const QDate &date, qint64 providerId, int startMinute)
{
    auto dialog = new BookingDialog(m_services, this);
    dialog->setSlot(date, providerId, startMinute);
    if (const auto &patient = m_context.patient.current())
        dialog->setPatient(patient->id, patient->displayName());
    connect(dialog, &BookingDialog::booked, this, [this] { showMessage(tr("Booked."), false); });
    dialog->show();
    return dialog;
}

FindOpeningDialog *CalendarWidget::findOpening()
{
    auto dialog = new FindOpeningDialog(m_services, this);
    connect(dialog, &FindOpeningDialog::bookRequested, this,
            [this, dialog](const Opening &opening, qint64 typeId) {
                BookingDialog *booking =
                    newBooking(opening.date, opening.providerId, opening.startMinute);
                // The type sets the length, so the slot is checked again with it.
                booking->setType(typeId);
                booking->setSlot(opening.date, opening.providerId, opening.startMinute);
                booking->setRoom(opening.roomId);
                // A booked slot is no longer an opening; the list follows the book.
                connect(booking, &BookingDialog::booked, dialog, &FindOpeningDialog::search);
            });
    dialog->show();
    return dialog;
}

AppointmentDialog *CalendarWidget::openAppointment(qint64 appointmentId)
{
    auto dialog = new AppointmentDialog(m_services, appointmentId, this);
    dialog->show();
    return dialog;
}

Core::Status CalendarWidget::saveDaySheet(const QString &path)
{
    const auto &cols = m_view->columns();
    if (cols.isEmpty())
        return Core::invalid(tr("No provider to print."));
    const CalendarView::Column &col =
        cols[std::min(int(cols.size()) - 1, std::max(0, m_view->selectedColumn()))];
    qint64 provider = col.providerId;
    if (!provider)
        provider = m_provider->currentData().toLongLong();
    if (!provider)
        return Core::invalid(tr("Choose a provider for the day sheet."));
    const QDate day = m_view->mode() == CalendarView::Mode::Week ? col.date : m_date->date();
    auto appointments = m_services.queries().appointments(day, provider);
    if (!appointments)
        return appointments.error();
    QString name = m_provider->itemText(m_provider->findData(provider));
    return writeDaySheet(path, m_context.services.practice().settings().name, name, day,
                         appointments.value());
}

void CalendarWidget::chooseDaySheet()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save day sheet"),
                                                      tr("day-sheet.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Core::Status s = saveDaySheet(path);
    showMessage(s ? tr("Day sheet saved to %1.").arg(path) : s.error().message, !s);
}

} // namespace Ambulo::Scheduling::Internal
