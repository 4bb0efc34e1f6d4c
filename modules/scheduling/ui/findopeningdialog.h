#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// The clerk's "find next opening": a type, a provider or any, weekdays, a time of day and a date
// range become one openings query; the ranked slots are listed and one is handed on for booking.
class FindOpeningDialog : public QDialog
{
    Q_OBJECT
public:
    FindOpeningDialog(SchedulingServices &services, QWidget *parent = nullptr);

    OpeningQuery query() const;
    const QList<Opening> &openings() const { return m_openings; }
    qint64 typeId() const;
    void search();

signals:
    // The clerk picked a slot; the calendar opens its booking dialog on it.
    void bookRequested(const Opening &opening, qint64 typeId);

private:
    void bookCurrent();

    SchedulingServices &m_services;
    QList<Opening> m_openings;

    QComboBox *m_type = nullptr;
    QComboBox *m_provider = nullptr;
    QList<QCheckBox *> m_weekdays; // Monday first
    QTimeEdit *m_fromTime = nullptr;
    QTimeEdit *m_toTime = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QDateEdit *m_toDate = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_book = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
