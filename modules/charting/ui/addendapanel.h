#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

// After signing, the note changes only by addenda: timestamped, signed by their author, listed
// in order. The patient's amendment requests are listed below them; a provider accepts or denies
// a pending one with a reason, and the decision is appended as an addendum (ONC 170.315(d)(4)).
class AddendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AddendaPanel(ChartingServices &services, QWidget *parent = nullptr);

    void setEncounter(const Encounter &encounter, bool canWrite, bool canDecide);
    void reload();
    QStringList entries() const;

signals:
    void message(const QString &text, bool error);

private:
    void add();
    void decide(bool accept);
    void updateDecisionButtons();

    ChartingServices &m_services;
    Encounter m_encounter;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
    bool m_canDecide = false;
    QList<AmendmentRequest> m_requests;
    QListWidget *m_amendments = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_deny = nullptr;
};

} // namespace Ambulo::Charting::Internal
