#pragma once

#include "core/entities/patient.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::App::Internal {

// The practice admin's review of registrations another system sent that were taken to be a record
// here by name and birth date: each is compared (the record before, the sender's values, now),
// then confirmed as right or undone. Until reviewed, a wrong match files that system's messages
// in another person's chart.
class NameMatchesWidget : public QWidget
{
    Q_OBJECT
public:
    NameMatchesWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    const Core::SamePersonMatch *selected() const;
    void compare();
    void confirm();
    void undo();
    void openRecord();
    void updateButtons();
    // Looks for matches made since (an interface runs in its own process) and shows them, keeping
    // the admin's choice and its comparison; nothing on screen changes when there are none.
    void poll();
    void say(const QString &text, bool error = false);

    Core::ModuleContext &m_context;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_open = nullptr;
    QTimer *m_poll = nullptr;
    QList<Core::SamePersonMatch> m_matches;
};

} // namespace Ambulo::App::Internal
