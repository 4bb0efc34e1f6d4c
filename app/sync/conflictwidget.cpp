#include "app/sync/conflictwidget.h"

#include "app/sync/syncconstants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace Names = SyncConstants::ObjectNames;

ConflictWidget::ConflictWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_review(context.services)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QLatin1String(Names::ConflictList));
    m_fields = new QTableWidget(0, 3, this);
    m_fields->setObjectName(QLatin1String(Names::ConflictFields));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This workstation"), tr("Server")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_keepLocal = new QPushButton(tr("Keep mine"), this);
    m_keepLocal->setObjectName(QLatin1String(Names::KeepLocal));
    m_keepLocal->setToolTip(tr("The clashing fields take this workstation's values"));
    m_keepServer = new QPushButton(tr("Keep server"), this);
    m_keepServer->setObjectName(QLatin1String(Names::KeepServer));
    m_keepServer->setToolTip(tr("The clashing fields take the server's values"));
    m_reveal = new QPushButton(tr("Show values…"), this);
    m_reveal->setObjectName(QLatin1String(Names::ConflictReveal));
    m_reveal->setToolTip(tr("The record is restricted: give a reason to see its values"));
    m_reveal->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::ConflictMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto hint = new QLabel(tr("Fields changed on one side only merge by themselves; these were "
                              "changed on both sides. Choose which values to keep."),
                           this);
    hint->setWordWrap(true);

    auto right = new QWidget(this);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_keepServer);
    auto rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_fields, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);
    auto splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    m_refusedBox = new QGroupBox(tr("Refused by the server"), this);
    m_refusedBox->setObjectName(QLatin1String(Names::RefusedBox));
    m_refusedList = new QListWidget(m_refusedBox);
    m_refusedList->setObjectName(QLatin1String(Names::RefusedList));
    m_refusedList->setMaximumHeight(120);
    m_sendAgain = new QPushButton(tr("Send again"), m_refusedBox);
    m_sendAgain->setObjectName(QLatin1String(Names::SendAgain));
    m_sendAgain->setToolTip(tr("Once the fault is mended on the server, the next sync round "
                               "sends the chosen record as it is now"));
    m_refusedMessage = new QLabel(m_refusedBox);
    m_refusedMessage->setTextFormat(Qt::PlainText);
    m_refusedMessage->setWordWrap(true);
    auto refusedButtons = new QHBoxLayout;
    refusedButtons->addWidget(m_refusedMessage, 1);
    refusedButtons->addWidget(m_sendAgain);
    auto refusedLayout = new QVBoxLayout(m_refusedBox);
    refusedLayout->addWidget(m_refusedList);
    refusedLayout->addLayout(refusedButtons);
    m_refusedBox->hide();
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_refusedBox);
    connect(m_refusedList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_sendAgain->setEnabled(row >= 0); });
    connect(m_sendAgain, &QPushButton::clicked, this, &ConflictWidget::sendAgain);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictWidget::showSelected);
    connect(m_reveal, &QPushButton::clicked, this, &ConflictWidget::reveal);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { settle(false); });
    connect(&m_context.events, &Core::EventHub::published, this, &ConflictWidget::onEvent);
    showSelected();
}

void ConflictWidget::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

qint64 ConflictWidget::selectedConflict() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? m_conflicts.at(row).id : 0;
}

void ConflictWidget::reload()
{
    const qint64 selected = selectedConflict();
    Core::Result<QList<ConflictView>> conflicts = m_review.openConflictViews();
    m_list->blockSignals(true);
    m_list->clear();
    m_conflicts.clear();
    if (!conflicts) {
        m_message->setText(conflicts.error().message);
    } else {
        m_conflicts = conflicts.value();
        for (const ConflictView &c : std::as_const(m_conflicts)) {
            QStringList labels;
            for (const ConflictView::Field &f : c.fields)
                labels << f.label;
            m_list->addItem(tr("%1 — %2").arg(c.title, labels.join(QStringLiteral(", "))));
        }
        if (m_conflicts.isEmpty() && m_settling == 0 && m_message->text().isEmpty())
            m_message->setText(tr("No open conflicts."));
    }
    int row = m_conflicts.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_conflicts.at(i).id == selected)
            row = i;
    m_list->setCurrentRow(row);
    m_list->blockSignals(false);
    showSelected();
    reloadRefused();
}

void ConflictWidget::reloadRefused()
{
    Core::Result<QList<RefusedRecord>> refused = m_review.refusedRecords();
    m_refused = refused ? refused.value() : QList<RefusedRecord>();
    m_refusedList->clear();
    for (const RefusedRecord &r : std::as_const(m_refused)) {
        auto item = new QListWidgetItem(tr("%1 — %2").arg(r.title, r.reason.simplified().left(160)),
                                        m_refusedList);
        item->setToolTip(r.reason);
    }
    m_refusedList->setCurrentRow(m_refused.isEmpty() ? -1 : 0);
    m_sendAgain->setEnabled(!m_refused.isEmpty());
    m_refusedBox->setVisible(!m_refused.isEmpty() || !m_refusedMessage->text().isEmpty());
}

void ConflictWidget::sendAgain()
{
    const int row = m_refusedList->currentRow();
    if (row < 0 || row >= m_refused.size())
        return;
    const RefusedRecord record = m_refused.at(row);
    if (Core::Status s = m_review.sendAgain(record.resourceType, record.localId); !s) {
        m_refusedMessage->setText(s.error().message);
    } else {
        m_refusedMessage->setText(
            tr("%1 goes to the server again with the next sync round.").arg(record.title));
        m_context.events.publish({QLatin1String(SyncConstants::EventSentAgain), {}});
    }
    reloadRefused();
}

void ConflictWidget::showSelected()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_conflicts.size();
    m_fields->setRowCount(0);
    m_reveal->hide();
    if (any) {
        const ConflictView &c = m_conflicts.at(row);
        if (c.restricted && c.id != m_viewed) {
            // Nothing of a restricted record before a reason; nor settled unseen.
            m_reveal->show();
            m_message->setText(restrictedNote());
            m_keepLocal->setEnabled(false);
            m_keepServer->setEnabled(false);
            return;
        }
        if (m_message->text() == restrictedNote())
            m_message->clear();
        // Both versions of a patient's data on screen: audited once per conflict shown.
        if (c.id != m_viewed) {
            if (Core::Status s = m_review.recordViewed(c); !s) {
                m_message->setText(s.error().message);
                m_keepLocal->setEnabled(false);
                m_keepServer->setEnabled(false);
                return;
            }
            m_viewed = c.id;
        }
        m_fields->setRowCount(int(c.fields.size()));
        for (int i = 0; i < c.fields.size(); ++i) {
            const ConflictView::Field &f = c.fields.at(i);
            m_fields->setItem(i, 0, new QTableWidgetItem(f.label));
            m_fields->setItem(i, 1, new QTableWidgetItem(f.local));
            m_fields->setItem(i, 2, new QTableWidgetItem(f.server));
        }
    }
    m_keepLocal->setEnabled(any && m_settling == 0);
    m_keepServer->setEnabled(any && m_settling == 0);
}

QString ConflictWidget::restrictedNote()
{
    return tr("This conflict is about a restricted record. Its values are shown once you give a "
              "reason.");
}

void ConflictWidget::reveal()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const ConflictView &c = m_conflicts.at(row);
    const std::optional<QString> reason = m_context.patient.breakGlassReason(c.patientId);
    if (!reason)
        return;
    if (Core::Status s = m_review.recordViewed(c, *reason); !s) {
        m_message->setText(s.error().message);
        return;
    }
    m_viewed = c.id;
    m_message->clear();
    showSelected();
}

void ConflictWidget::settle(bool keepLocal)
{
    const qint64 id = selectedConflict();
    if (id == 0 || m_settling != 0)
        return;
    m_settling = id;
    m_message->setText(tr("Settling the conflict with the server…"));
    showSelected();
    m_context.events.publish({QLatin1String(SyncConstants::EventResolveRequested),
                              {{QLatin1String(SyncConstants::KeyConflictId), id},
                               {QLatin1String(SyncConstants::KeyKeepLocal), keepLocal}}});
}

void ConflictWidget::onEvent(const Core::DomainEvent &event)
{
    if (event.type == QLatin1String(SyncConstants::EventResolved)) {
        const qint64 id =
            event.data.value(QLatin1String(SyncConstants::KeyConflictId)).toLongLong();
        if (id != m_settling)
            return;
        m_settling = 0;
        const bool keptLocal =
            event.data.value(QLatin1String(SyncConstants::KeyKeepLocal)).toBool();
        if (event.data.value(QLatin1String(SyncConstants::KeyOk)).toBool())
            m_message->setText(keptLocal
                                   ? tr("Settled: this workstation's values are on the server.")
                                   : tr("Settled: the server's values are kept here."));
        else
            m_message->setText(
                tr("Not settled: %1")
                    .arg(event.data.value(QLatin1String(SyncConstants::KeyMessage)).toString()));
        reload();
    } else if (event.type == QLatin1String(SyncConstants::EventDataChanged) && isVisible()) {
        reload();
    }
}

} // namespace Ambulo::App::Internal
