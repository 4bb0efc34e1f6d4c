#pragma once

#include "app/syncworker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace Ambulo::App {

// The status bar's sync section: online/offline, last sync time, pending count, conflicts (a
// button that opens the conflict dock) and "Sync now". It shows what the worker reports; it asks
// nothing itself.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const SyncWorker::Status &status);
    SyncWorker::Status status() const { return m_status; }

signals:
    void syncNowRequested();
    void conflictsRequested();

private:
    SyncWorker::Status m_status;
    QLabel *m_state = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_pending = nullptr;
    QToolButton *m_conflicts = nullptr;
    QLabel *m_merges = nullptr; // shown only while merges wait
    QPushButton *m_syncNow = nullptr;
};

} // namespace Ambulo::App
