#include "app/sync/syncstatuswidget.h"

#include "app/sync/syncconstants.h"
#include "core/module/uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace Ambulo::App {

namespace Names = SyncConstants::ObjectNames;

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QLatin1String(Names::StatusBar));
    auto label = [this](const char *name) {
        auto l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_state = label(Names::StatusState);
    m_last = label(Names::StatusLast);
    m_pending = label(Names::StatusPending);
    m_merges = label(Names::StatusMerges);
    m_merges->setToolTip(
        tr("Patients merged on the server whose surviving record cannot be taken here yet. Sync "
           "tries again on its own; 'ambulo sync status' lists them."));
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QLatin1String(Names::StatusConflicts));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setToolTip(tr("Show the sync conflicts"));
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QLatin1String(Names::SyncNow));
    m_syncNow->setFlat(true);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncStatusWidget::syncNowRequested);

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_state);
    layout->addWidget(m_last);
    layout->addWidget(m_pending);
    layout->addWidget(m_merges);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_syncNow);
    // No taller than a plain status label: the status bar takes its height from its tallest
    // widget, hidden or not, and must not grow because sync exists.
    QLabel probe(QStringLiteral("Xg"));
    probe.setFont(font());
    setMaximumHeight(probe.sizeHint().height());
    setStatus(m_status);
}

void SyncStatusWidget::setStatus(const SyncWorker::Status &status)
{
    m_status = status;
    using State = SyncWorker::Status::State;
    QString tip;
    switch (status.state) {
    case State::Starting:
        m_state->setText(tr("Sync starting…"));
        break;
    case State::Syncing:
        m_state->setText(tr("Syncing…"));
        break;
    case State::Synced:
        m_state->setText(tr("Online"));
        break;
    case State::Offline:
        m_state->setText(tr("Offline"));
        break;
    case State::Error:
        m_state->setText(tr("Sync error"));
        break;
    }
    if (status.state == State::Offline || status.state == State::Error) {
        tip = status.nextAttempt.isValid()
                  ? tr("%1\nNext try at %2; nothing is lost meanwhile.")
                        .arg(status.message,
                             QLocale().toString(status.nextAttempt.toLocalTime().time(),
                                                QLocale::ShortFormat))
                  : status.message;
    }
    m_state->setToolTip(tip);
    m_state->setStyleSheet(status.state == State::Error     ? Core::UiStyle::errorText()
                           : status.state == State::Offline ? QStringLiteral("color: #8a6d00;")
                                                            : QString());

    if (!status.lastSuccess.isValid()) {
        m_last->setText(tr("Last sync: never"));
    } else {
        const QDateTime local = status.lastSuccess.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QLocale::ShortFormat);
        m_last->setText(tr("Last sync: %1").arg(when));
    }
    m_pending->setText(tr("Pending: %1").arg(status.pending));
    m_conflicts->setText(tr("Conflicts: %1").arg(status.conflicts));
    m_conflicts->setStyleSheet(Core::UiStyle::errorText(status.conflicts > 0));
    m_merges->setText(tr("Merges waiting: %1").arg(status.waitingMerges));
    m_merges->setVisible(status.waitingMerges > 0);
    m_syncNow->setEnabled(status.state != State::Syncing);
}

} // namespace Ambulo::App
