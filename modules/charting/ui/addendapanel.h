#pragma once

#include "modules/charting/domain/chartingtypes.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ambulo::Charting {
class ChartingServices;
}

namespace Ambulo::Charting::Internal {

// After signing, the note changes only by addenda: timestamped, signed by their author, listed
// in order (accepted or denied amendment requests appear here too).
class AddendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AddendaPanel(ChartingServices &services, QWidget *parent = nullptr);

    void setEncounter(const Encounter &encounter, bool canWrite);
    void reload();
    QStringList entries() const;

signals:
    void message(const QString &text, bool error);

private:
    void add();

    ChartingServices &m_services;
    Encounter m_encounter;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Ambulo::Charting::Internal
