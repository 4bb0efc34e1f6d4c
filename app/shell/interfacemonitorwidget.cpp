#include "app/shell/interfacemonitorwidget.h"

#include "app/shell/interfacedialog.h"
#include "app/shell/interfacemonitormodel.h"
#include "app/shell/shellconstants.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"

#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace Names = Constants::ObjectNames;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

InterfaceMonitorWidget::InterfaceMonitorWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(context.services.context())
{
    m_interfaces = new InterfaceMonitorModel(this);
    m_parked = new ParkedMessagesModel(this);
    m_interfaceView = makeTable(m_interfaces, Names::InterfaceTable, this);
    m_parkedView = makeTable(m_parked, Names::ParkedTable, this);

    auto refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QLatin1String(Names::InterfaceRefresh));
    auto addButton = new QPushButton(tr("Add…"), this);
    addButton->setObjectName(QLatin1String(Names::InterfaceAdd));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QLatin1String(Names::InterfaceEdit));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QLatin1String(Names::InterfaceRemove));
    m_showText = new QPushButton(tr("Show text"), this);
    m_showText->setObjectName(QLatin1String(Names::ParkedShowText));
    m_showText->setToolTip(tr("Shows the message; the access is recorded in the audit log."));
    m_resend = new QPushButton(tr("Resend"), this);
    m_resend->setObjectName(QLatin1String(Names::ParkedResend));
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QLatin1String(Names::ParkedDiscard));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QLatin1String(Names::ParkedText));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select a parked message and choose Show text."));
    m_status = new QLabel(this);
    m_status->setObjectName(QLatin1String(Names::InterfaceStatus));
    m_status->setWordWrap(true);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Parked messages of the selected interface"), this), 1);
    buttons->addWidget(m_showText);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_discard);
    auto parkedBox = new QWidget(this);
    auto parkedLayout = new QVBoxLayout(parkedBox);
    parkedLayout->setContentsMargins(0, 0, 0, 0);
    parkedLayout->addLayout(buttons);
    parkedLayout->addWidget(m_parkedView, 1);
    parkedLayout->addWidget(m_text, 1);

    m_listeners = new QTableWidget(0, 6, this);
    m_listeners->setObjectName(QLatin1String(Names::ListenerTable));
    m_listeners->setHorizontalHeaderLabels({tr("Inbound listener"), tr("Address"), tr("State"),
                                            tr("Connections"), tr("Messages"), tr("Last error")});
    m_listeners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listeners->setSelectionMode(QAbstractItemView::NoSelection);
    m_listeners->verticalHeader()->hide();
    m_listeners->horizontalHeader()->setStretchLastSection(true);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_listeners);
    splitter->addWidget(m_interfaceView);
    splitter->addWidget(parkedBox);
    auto top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(addButton);
    top->addWidget(m_edit);
    top->addWidget(m_remove);
    top->addWidget(refreshButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &InterfaceMonitorWidget::refresh);
    connect(addButton, &QPushButton::clicked, this, &InterfaceMonitorWidget::addInterface);
    connect(m_edit, &QPushButton::clicked, this, &InterfaceMonitorWidget::editInterface);
    connect(m_remove, &QPushButton::clicked, this, &InterfaceMonitorWidget::removeInterface);
    connect(m_interfaceView, &QTableView::doubleClicked, this,
            &InterfaceMonitorWidget::editInterface);
    connect(m_interfaceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterfaceMonitorWidget::interfaceSelected);
    connect(m_parkedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_text->clear(); // the text of one message is never left beside another's row
        updateButtons();
    });
    connect(m_showText, &QPushButton::clicked, this, &InterfaceMonitorWidget::showText);
    connect(m_resend, &QPushButton::clicked, this, &InterfaceMonitorWidget::resend);
    connect(m_discard, &QPushButton::clicked, this, &InterfaceMonitorWidget::discard);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QLatin1String(Names::InterfaceRefreshTimer));
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &InterfaceMonitorWidget::refresh);
    m_timer->start();
    // The first read waits for the event loop, so opening the dock costs the window nothing.
    QTimer::singleShot(0, this, &InterfaceMonitorWidget::refresh);
    updateButtons();
}

qint64 InterfaceMonitorWidget::selectedInterface() const
{
    const QModelIndexList rows = m_interfaceView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

qint64 InterfaceMonitorWidget::selectedMessage() const
{
    const QModelIndexList rows = m_parkedView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

void InterfaceMonitorWidget::report(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_reported = true;
}

void InterfaceMonitorWidget::summarize(const QString &text)
{
    if (m_reported)
        return; // what the admin's last action did stays until they select another interface
    m_status->setText(text);
    m_status->setProperty("error", false);
}

void InterfaceMonitorWidget::updateButtons()
{
    const bool selected = selectedInterface() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    const bool message = selectedMessage() != 0;
    m_showText->setEnabled(message);
    m_resend->setEnabled(message);
    m_discard->setEnabled(message);
}

void InterfaceMonitorWidget::refreshListeners()
{
    Core::Result<QList<Hl7::ListenerState>> listeners = m_service.listenerStates();
    if (!listeners) {
        m_listeners->setRowCount(0);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto local = [](const QDateTime &at) {
        return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    };
    m_listeners->setRowCount(int(listeners->size()));
    for (int row = 0; row < listeners->size(); ++row) {
        const Hl7::ListenerState &l = listeners->at(row);
        QString state;
        if (l.stoppedAt.isValid())
            state = tr("Stopped %1").arg(local(l.stoppedAt));
        else if (l.isAlive(now, Hl7::ListenerStates::StaleSeconds))
            state = tr("Listening since %1").arg(local(l.startedAt));
        else
            state = tr("Not heard from since %1").arg(local(l.heartbeatAt));
        const QString address = QStringLiteral("%1:%2%3").arg(l.address).arg(l.port).arg(
            l.tls ? QStringLiteral(" (TLS)") : QString());
        const QString messages = l.lastMessageAt.isValid()
                                     ? tr("%1, last %2").arg(l.received).arg(local(l.lastMessageAt))
                                     : QString::number(l.received);
        const QStringList cells{l.name,   address,    state, QString::number(l.connections),
                                messages, l.lastError};
        for (int c = 0; c < cells.size(); ++c) {
            auto item = new QTableWidgetItem(cells[c]);
            if (c == 2 && !l.stoppedAt.isValid()
                && !l.isAlive(now, Hl7::ListenerStates::StaleSeconds))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_listeners->setItem(row, c, item);
        }
    }
    m_listeners->resizeColumnsToContents();
}

void InterfaceMonitorWidget::refresh()
{
    refreshListeners();
    const qint64 keepInterface = selectedInterface();
    const qint64 keepMessage = selectedMessage();
    Core::Result<QList<Hl7::QueueState>> states = m_service.queueStates();
    if (!states) {
        m_interfaces->setStates({});
        m_parked->setMessages({});
        m_text->clear();
        report(states.error().message, true);
        updateButtons();
        return;
    }
    if (states->isEmpty())
        summarize(tr("No outbound interface is configured."));
    else
        summarize(tr("%n interface(s).", nullptr, int(states->size())));
    const QSignalBlocker block(m_interfaceView->selectionModel());
    m_interfaces->setStates(std::move(states.value()));
    m_interfaceView->resizeColumnsToContents();
    int row = m_interfaces->rowOf(keepInterface);
    if (row < 0 && m_interfaces->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_interfaceView->selectRow(row);
    const qint64 interfaceNow = selectedInterface();
    if (interfaceNow != keepInterface)
        m_text->clear();
    loadParked();
    for (int i = 0; i < m_parked->rowCount(); ++i) {
        if (m_parked->messages()[i].id == keepMessage) {
            const QSignalBlocker blockParked(m_parkedView->selectionModel());
            m_parkedView->selectRow(i);
        }
    }
    if (selectedMessage() != keepMessage)
        m_text->clear();
    updateButtons();
}

void InterfaceMonitorWidget::interfaceSelected()
{
    m_reported = false;
    m_text->clear();
    loadParked();
    updateButtons();
}

void InterfaceMonitorWidget::loadParked()
{
    const qint64 id = selectedInterface();
    if (!id) {
        m_parked->setMessages({});
        return;
    }
    Core::Result<QList<Hl7::QueuedMessage>> parked = m_service.parkedMessages(id);
    if (!parked) {
        m_parked->setMessages({});
        report(parked.error().message, true);
        return;
    }
    m_parked->setMessages(std::move(parked.value()));
    m_parkedView->resizeColumnsToContents();
}

void InterfaceMonitorWidget::showText()
{
    const qint64 id = selectedMessage();
    if (!id)
        return;
    // About a restricted record: asked why first, as opening the record would be.
    Core::Result<qint64> restricted = m_service.restrictedPatientOf(id);
    if (!restricted) {
        report(restricted.error().message, true);
        return;
    }
    QString reason;
    if (restricted.value() != 0) {
        const std::optional<QString> asked = m_context.patient.breakGlassReason(restricted.value());
        if (!asked)
            return;
        reason = *asked;
    }
    Core::Result<QByteArray> text = m_service.messageText(id, reason);
    if (!text) {
        report(text.error().message, true);
        return;
    }
    // Segments end in \r on the wire; one per line reads better.
    QString shown = QString::fromUtf8(text.value());
    shown.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    m_text->setPlainText(shown.trimmed());
}

void InterfaceMonitorWidget::resend()
{
    const qint64 id = selectedMessage();
    if (!id)
        return;
    if (Core::Status s = m_service.resend(id); !s) {
        report(s.error().message, true);
        return;
    }
    report(tr("Message %1 is queued again in its original place.").arg(id), false);
    m_text->clear();
    refresh();
}

void InterfaceMonitorWidget::discard()
{
    const qint64 id = selectedMessage();
    if (!id)
        return;
    if (Core::Status s = m_service.discard(id); !s) {
        report(s.error().message, true);
        return;
    }
    report(tr("Message %1 is discarded; it will not be sent.").arg(id), false);
    m_text->clear();
    refresh();
}

const Hl7::QueueState *InterfaceMonitorWidget::selectedState() const
{
    const int row = m_interfaces->rowOf(selectedInterface());
    return row < 0 ? nullptr : &m_interfaces->states()[row];
}

void InterfaceMonitorWidget::addInterface()
{
    Hl7::InterfaceConfig fresh;
    InterfaceDialog dialog(
        fresh, true,
        [this](const Hl7::InterfaceConfig &c) -> Core::Status {
            Core::Result<qint64> id = m_service.addInterface(c);
            return id ? Core::Status() : Core::Status(id.error());
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(
        tr("Interface %1 added: it sends the changes made from now on.").arg(dialog.config().name),
        false);
    refresh();
}

void InterfaceMonitorWidget::editInterface()
{
    const Hl7::QueueState *state = selectedState();
    if (!state)
        return;
    InterfaceDialog dialog(
        state->config, false,
        [this](const Hl7::InterfaceConfig &c) { return m_service.updateInterface(c); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("Interface %1 saved.").arg(dialog.config().name), false);
    refresh();
}

void InterfaceMonitorWidget::removeInterface()
{
    const Hl7::QueueState *state = selectedState();
    if (!state)
        return;
    const QString name = state->config.name;
    const qint64 undelivered = state->pending + state->parked;
    const QString question =
        undelivered > 0
            ? tr("Remove interface %1? Its %n undelivered message(s) are deleted and never sent.",
                 nullptr, int(undelivered))
                  .arg(name)
            : tr("Remove interface %1?").arg(name);
    if (QMessageBox::question(this, tr("Remove interface"), question) != QMessageBox::Yes)
        return;
    if (Core::Status s = m_service.removeInterface(name); !s) {
        report(s.error().message, true);
        return;
    }
    report(tr("Interface %1 removed.").arg(name), false);
    refresh();
}

} // namespace Ambulo::App::Internal
