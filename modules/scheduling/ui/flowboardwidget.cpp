#include "modules/scheduling/ui/flowboardwidget.h"

#include "connectors/sync/syncconstants.h"
#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/appointmentdialog.h"
#include "modules/scheduling/ui/bookingdialog.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

namespace {

constexpr int WaitRefreshMs = 5000;
enum Column { ColTime, ColPatient, ColProvider, ColType, ColStatus, ColWaiting, ColumnCount };

// The order a clerk reads the board in: who is waiting longest in the building first.
int boardRank(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Arrived:
        return 0;
    case AppointmentStatus::Roomed:
        return 1;
    case AppointmentStatus::Seen:
        return 2;
    case AppointmentStatus::Confirmed:
    case AppointmentStatus::Booked:
        return 3;
    case AppointmentStatus::CheckedOut:
        return 4;
    case AppointmentStatus::NoShow:
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled:
        return 5;
    }
    return 5;
}

QString minutesText(qint64 seconds)
{
    return QCoreApplication::translate("Ambulo::Scheduling::Internal::FlowBoardWidget", "%1 min")
        .arg(std::max<qint64>(0, seconds / 60));
}

} // namespace

FlowBoardWidget::FlowBoardWidget(SchedulingServices &services, Core::ModuleContext &context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_context(context)
{
    m_title = new QLabel(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QLatin1String(Names::FlowBoardTable));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Patient"), tr("Provider"), tr("Type"), tr("Status"), tr("Waiting")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColPatient, QHeaderView::Stretch);

    m_walkIns = new QListWidget(this);
    m_walkIns->setObjectName(QLatin1String(Names::FlowBoardWalkIns));
    m_addWalkIn = new QPushButton(tr("Add walk-in"), this);
    m_addWalkIn->setObjectName(QLatin1String(Names::FlowBoardAddWalkIn));
    m_addWalkIn->setToolTip(tr("Queues the patient open in the banner"));
    m_convert = new QPushButton(tr("Book…"), this);
    m_convert->setObjectName(QLatin1String(Names::FlowBoardConvert));
    m_remove = new QPushButton(tr("Remove"), this);
    m_openChart = new QPushButton(tr("Open chart"), this);
    m_openChart->setObjectName(QLatin1String(Names::FlowBoardOpenChart));
    m_openChart->setToolTip(tr("Chart the visit of the arrived or roomed patient chosen above"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto walkInPane = new QWidget(this);
    auto walkInLayout = new QVBoxLayout(walkInPane);
    walkInLayout->setContentsMargins(0, 0, 0, 0);
    walkInLayout->addWidget(new QLabel(tr("Walk-ins waiting"), walkInPane));
    walkInLayout->addWidget(m_walkIns, 1);
    auto walkInButtons = new QHBoxLayout;
    walkInButtons->addWidget(m_addWalkIn);
    walkInButtons->addWidget(m_convert);
    walkInButtons->addWidget(m_remove);
    walkInLayout->addLayout(walkInButtons);
    auto splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(walkInPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_openChart);
    layout->addLayout(titleRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    const Core::Session *session = context.services.context().session();
    const bool canWrite = session && session->has(Core::Permission::ScheduleWrite);
    for (QPushButton *b : {m_addWalkIn, m_convert, m_remove})
        b->setEnabled(canWrite);
    m_mayChart = session && session->has(Core::Permission::ChartWrite);
    m_openChart->setVisible(m_mayChart);
    m_openChart->setEnabled(false);

    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            (new AppointmentDialog(m_services, m_rows[row].appointment.id, this))->show();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FlowBoardWidget::updateOpenChart);
    connect(m_openChart, &QPushButton::clicked, this, [this] { openChart(m_table->currentRow()); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_table->rowAt(pos.y());
        if (!canOpenChart(row))
            return;
        QMenu menu(this);
        menu.addAction(tr("Open chart"), this, [this, row] { openChart(row); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_addWalkIn, &QPushButton::clicked, this, &FlowBoardWidget::addWalkIn);
    connect(m_convert, &QPushButton::clicked, this, &FlowBoardWidget::convertWalkIn);
    connect(m_remove, &QPushButton::clicked, this, &FlowBoardWidget::removeWalkIn);
    connect(&context.events, &Core::EventHub::published, this, &FlowBoardWidget::onEvent);
    m_timer = new QTimer(this);
    m_timer->setInterval(WaitRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &FlowBoardWidget::refreshWaits);
    m_timer->start();
    reload();
}

void FlowBoardWidget::setNow(const QDateTime &utc)
{
    m_fixedNow = utc;
    refreshWaits();
}

QDateTime FlowBoardWidget::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void FlowBoardWidget::onEvent(const Core::DomainEvent &event)
{
    // A sync round may have brought bookings made on another workstation.
    if (event.type.startsWith(QLatin1String("Appointment"))
        || event.type == QLatin1String(Sync::Constants::EventDataChanged)
        || event.type.startsWith(QLatin1String("WalkIn")))
        reload();
}

void FlowBoardWidget::reload()
{
    const QDate today = PracticeClock(m_services.setup().timeZone()).today();
    auto board = m_services.queries().flowBoard(today);
    if (!board) {
        m_message->setText(board.error().message);
        return;
    }
    m_board = board.value();
    m_title->setText(tr("Patients on %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_rows = m_board.entries;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const FlowEntry &a, const FlowEntry &b) {
        return boardRank(a.appointment.status) < boardRank(b.appointment.status);
    });
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Appointment &a = m_rows[r].appointment;
        const QStringList cells{
            minuteText(a.startMinute),   a.patientName, a.providerName, a.typeCode,
            statusDisplayName(a.status), QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells[c]);
        }
    }
    updateOpenChart();
    m_walkIns->clear();
    for (const WalkIn &w : std::as_const(m_board.walkIns)) {
        auto item = new QListWidgetItem(m_walkIns);
        item->setData(Qt::UserRole, w.id);
        item->setText(tr("%1 (%2) · %3").arg(w.patientName, w.patientMrn, w.reason));
    }
    refreshWaits();
}

void FlowBoardWidget::refreshWaits()
{
    const QDateTime at = now();
    for (int r = 0; r < m_rows.size() && r < m_table->rowCount(); ++r) {
        const FlowEntry &e = m_rows[r];
        QString text;
        if (e.appointment.status == AppointmentStatus::Arrived && e.arrivedAt.isValid())
            text = tr("%1 since arrival").arg(minutesText(e.arrivedAt.secsTo(at)));
        else if (e.appointment.status == AppointmentStatus::Roomed && e.roomedAt.isValid())
            text = tr("%1 in room").arg(minutesText(e.roomedAt.secsTo(at)));
        m_table->item(r, ColWaiting)->setText(text);
    }
    for (int i = 0; i < m_walkIns->count() && i < m_board.walkIns.size(); ++i) {
        const WalkIn &w = m_board.walkIns[i];
        m_walkIns->item(i)->setText(
            tr("%1 (%2) · %3 · %4")
                .arg(w.patientName, w.patientMrn, w.reason, minutesText(w.arrivedAt.secsTo(at))));
    }
}

QStringList FlowBoardWidget::rowTexts() const
{
    QStringList rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        rows << m_table->item(r, ColPatient)->text() + QStringLiteral(" · ")
                    + m_table->item(r, ColStatus)->text();
    return rows;
}

QString FlowBoardWidget::waitText(int row) const
{
    return row < m_table->rowCount() ? m_table->item(row, ColWaiting)->text() : QString();
}

bool FlowBoardWidget::canOpenChart(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_mayChart)
        return false;
    const AppointmentStatus status = m_rows[row].appointment.status;
    return status == AppointmentStatus::Arrived || status == AppointmentStatus::Roomed;
}

void FlowBoardWidget::updateOpenChart()
{
    const int row = m_table->selectionModel()->hasSelection() ? m_table->currentRow() : -1;
    m_openChart->setEnabled(canOpenChart(row));
}

void FlowBoardWidget::openChart(int row)
{
    if (!canOpenChart(row)) {
        m_message->setText(tr("Choose a patient who has arrived or is roomed."));
        return;
    }
    const Appointment &a = m_rows[row].appointment;
    // Charting records where the visit took place: the location of the appointment's room.
    qint64 locationId = 0;
    if (a.roomId > 0) {
        if (auto rooms = m_context.services.directory().rooms()) {
            for (const Core::Room &room : rooms.value())
                if (room.id == a.roomId)
                    locationId = room.locationId;
        }
    }
    namespace Ev = Core::Constants::Events;
    m_context.events.publish({QLatin1String(Ev::OpenChart),
                              {{QLatin1String(Ev::KeyAppointmentId), a.id},
                               {QLatin1String(Ev::KeyPatientId), a.patientId},
                               {QLatin1String(Ev::KeyProviderId), a.providerId},
                               {QLatin1String(Ev::KeyLocationId), locationId},
                               {QLatin1String(Ev::KeyStatus), statusId(a.status)},
                               {QLatin1String(Ev::KeyReason), a.reason}}});
}

void FlowBoardWidget::addWalkIn()
{
    const auto &patient = m_context.patient.current();
    if (!patient) {
        m_message->setText(tr("Open the patient first (Find patient), then add the walk-in."));
        return;
    }
    WalkIn w;
    w.patientId = patient->id;
    w.reason = tr("Walk-in");
    auto id = m_services.walkIns().add(w);
    m_message->setText(id ? tr("%1 added to the walk-in queue.").arg(patient->displayName())
                          : id.error().message);
}

void FlowBoardWidget::convertWalkIn()
{
    const int row = m_walkIns->currentRow();
    if (row < 0 || row >= m_board.walkIns.size()) {
        m_message->setText(tr("Choose a walk-in first."));
        return;
    }
    auto dialog = new BookingDialog(m_services, this);
    dialog->setWalkIn(m_board.walkIns[row]);
    const PracticeClock clock(m_services.setup().timeZone());
    dialog->setSlot(clock.today(), m_board.walkIns[row].providerId,
                    (clock.minuteNow() + 4) / 5 * 5);
    dialog->show();
}

void FlowBoardWidget::removeWalkIn()
{
    const int row = m_walkIns->currentRow();
    if (row < 0 || row >= m_board.walkIns.size())
        return;
    const Core::Status s = m_services.walkIns().remove(m_board.walkIns[row].id, tr("Left"));
    if (!s)
        m_message->setText(s.error().message);
}

} // namespace Ambulo::Scheduling::Internal
