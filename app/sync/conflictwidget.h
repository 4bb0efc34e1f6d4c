#pragma once

#include "app/sync/syncreview.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Ambulo::Core {
struct DomainEvent;
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::App::Internal {

// The conflict review dock: the open conflicts, and for the chosen one each clashing field with
// this workstation's value beside the server's. "Keep mine" / "Keep server" ask the shell's sync
// worker (through the event hub) to settle it on its own thread; the outcome comes back the same
// way and is shown here. Below them, the records the server refused, each of which an admin may
// send again once the fault is mended.
class ConflictWidget : public QWidget
{
    Q_OBJECT
public:
    ConflictWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    void reload();
    qint64 selectedConflict() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    // Asks why the chosen restricted record's values are needed, then shows them.
    void reveal();
    static QString restrictedNote();
    void settle(bool keepLocal);
    void reloadRefused();
    void sendAgain();
    void onEvent(const Core::DomainEvent &event);

    Core::ModuleContext &m_context;
    SyncReview m_review;
    QList<ConflictView> m_conflicts;
    qint64 m_settling = 0; // the conflict sent to the worker, 0 when none
    qint64 m_viewed = 0;   // the conflict whose values were last shown (and audited)
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_keepLocal = nullptr;
    QPushButton *m_keepServer = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_message = nullptr;
    QList<RefusedRecord> m_refused;
    QGroupBox *m_refusedBox = nullptr;
    QListWidget *m_refusedList = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QLabel *m_refusedMessage = nullptr;
};

} // namespace Ambulo::App::Internal
