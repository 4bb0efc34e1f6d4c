#pragma once

#include "modules/scheduling/domain/schedulingtypes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

namespace Ambulo::Scheduling::Internal {

// Paints one Agenda as columns of time (a column per provider for a day, a column per day for one
// provider's week) or as a month of day cells. It only shows and reports: what a drag or a key
// asks for goes out as a signal, and the owner asks the booking service.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Day, Week, Month };

    struct Column
    {
        QDate date;
        qint64 providerId = 0; // 0 in a room column
        QString title;
        qint64 roomId = 0; // non-zero: the column is a room's, whoever the provider
    };

    explicit CalendarView(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Columns for day/week views; for the month view the first column's date picks the month.
    void setAgenda(Mode mode, const QList<Column> &columns, const Agenda &agenda);
    const Agenda &agenda() const { return m_agenda; }
    const QList<Column> &columns() const { return m_columns; }

    // Geometry, public so tests can aim a drag the way a hand would.
    QRect appointmentRect(qint64 appointmentId) const;
    QPoint slotPoint(int column, int minute) const;

    qint64 selectedAppointment() const { return m_selectedId; }
    int selectedColumn() const { return m_selColumn; }
    int selectedMinute() const { return m_selMinute; }
    void selectSlot(int column, int minute);

    // Without schedule.write nothing can be dragged (the service would refuse it anyway).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    static constexpr int SlotMinutes = 15;

signals:
    // providerId 0 keeps the provider; roomId -1 keeps the room.
    void moveRequested(qint64 appointmentId, const QDate &date, qint64 providerId, qint64 roomId,
                       int startMinute, int endMinute);
    void openRequested(qint64 appointmentId);
    void newRequested(const QDate &date, qint64 providerId, int startMinute);
    void todayRequested();
    void dayRequested(const QDate &date);
    void selectionChanged();
    void contextMenuRequested(qint64 appointmentId, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Block
    {
        int index = 0; // into m_agenda.appointments
        int column = 0;
    };

    void layoutBlocks();
    void paintColumns(QPainter &p);
    void paintMonth(QPainter &p);
    QRect columnRect(int column) const;
    double pixelsPerMinute() const;
    int minuteAt(int y) const;
    int columnAt(int x) const;
    const Appointment *appointmentAt(const QPoint &pos, QRect *rect = nullptr) const;
    QDate monthDayAt(const QPoint &pos) const;
    void updateSelectionFromSlot();

    Mode m_mode = Mode::Day;
    QList<Column> m_columns;
    Agenda m_agenda;
    QList<Block> m_blocks;
    int m_firstMinute = 7 * 60;
    int m_lastMinute = 19 * 60;

    qint64 m_selectedId = 0;
    int m_selColumn = 0;
    int m_selMinute = 9 * 60;

    enum class Drag { None, Move, Resize };
    Drag m_drag = Drag::None;
    qint64 m_dragId = 0;
    QPoint m_pressPos;
    int m_pressOffsetMinutes = 0;
    int m_previewColumn = -1;
    int m_previewStart = 0;
    int m_previewEnd = 0;
    bool m_dragMoved = false;
    bool m_readOnly = false;
};

} // namespace Ambulo::Scheduling::Internal
