#include "modules/scheduling/ui/calendarview.h"

#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Ambulo::Scheduling::Internal {

namespace {

constexpr int Gutter = 48; // time labels
constexpr int HeaderHeight = 22;
constexpr int ResizeGrip = 5; // pixels above a block's bottom edge that resize instead of move

int snap(int minute)
{
    return (minute + CalendarView::SlotMinutes / 2) / CalendarView::SlotMinutes
           * CalendarView::SlotMinutes;
}

QString statusMark(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return {};
    case AppointmentStatus::Confirmed:
        return QStringLiteral("✓");
    case AppointmentStatus::Arrived:
        return QStringLiteral("●");
    case AppointmentStatus::Roomed:
        return QStringLiteral("▣");
    case AppointmentStatus::Seen:
        return QStringLiteral("★");
    case AppointmentStatus::CheckedOut:
        return QStringLiteral("✔");
    case AppointmentStatus::NoShow:
        return QStringLiteral("✗");
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled:
        return QStringLiteral("⊘");
    }
    return {};
}

// A block too short to hold both a body and a grip is only ever moved.
bool onResizeGrip(const QRect &block, const QPoint &pos)
{
    return block.height() >= 2 * ResizeGrip + 2 && pos.y() >= block.bottom() - ResizeGrip;
}

} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(160, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CalendarView::setAgenda(Mode mode, const QList<Column> &columns, const Agenda &agenda)
{
    m_mode = mode;
    m_columns = columns;
    m_agenda = agenda;
    m_firstMinute = 7 * 60;
    m_lastMinute = 19 * 60;
    // Only the hours of the days and providers on screen widen the range (an on-call Sunday
    // would otherwise squeeze every weekday into 24 hours).
    QSet<QPair<qint64, int>> shown;
    for (const Column &c : std::as_const(m_columns))
        shown.insert({c.roomId ? -c.roomId : c.providerId, c.date.dayOfWeek()});
    for (const WorkingInterval &w : std::as_const(m_agenda.workingHours)) {
        if (!shown.contains({w.providerId, w.weekday}) && !shown.contains({-w.roomId, w.weekday}))
            continue;
        m_firstMinute = std::min(m_firstMinute, w.startMinute);
        m_lastMinute = std::max(m_lastMinute, w.endMinute);
    }
    for (const Appointment &a : std::as_const(m_agenda.appointments)) {
        m_firstMinute = std::min(m_firstMinute, a.startMinute);
        m_lastMinute = std::max(m_lastMinute, a.endMinute);
    }
    m_firstMinute = m_firstMinute / 60 * 60;
    m_lastMinute = std::min(24 * 60, (m_lastMinute + 59) / 60 * 60);
    m_selColumn = std::clamp(m_selColumn, 0, std::max(0, int(m_columns.size()) - 1));
    m_selMinute = std::clamp(m_selMinute, m_firstMinute, m_lastMinute - SlotMinutes);
    layoutBlocks();
    updateSelectionFromSlot();
    update();
}

void CalendarView::layoutBlocks()
{
    m_blocks.clear();
    if (m_mode == Mode::Month)
        return;
    // Columns are few; a hash from (date, provider) to column keeps this linear in appointments.
    QHash<QPair<qint64, qint64>, int> columnOf;
    for (int c = 0; c < m_columns.size(); ++c)
        columnOf.insert({m_columns[c].date.toJulianDay(),
                         m_columns[c].roomId ? -m_columns[c].roomId : m_columns[c].providerId},
                        c);
    m_blocks.reserve(m_agenda.appointments.size());
    for (int i = 0; i < m_agenda.appointments.size(); ++i) {
        const Appointment &a = m_agenda.appointments[i];
        int c = columnOf.value({a.date.toJulianDay(), a.providerId}, -1);
        if (c < 0 && a.roomId)
            c = columnOf.value({a.date.toJulianDay(), -a.roomId}, -1);
        if (c >= 0)
            m_blocks.append({i, c});
    }
}

double CalendarView::pixelsPerMinute() const
{
    const int span = std::max(60, m_lastMinute - m_firstMinute);
    return double(std::max(1, height() - HeaderHeight)) / span;
}

QRect CalendarView::columnRect(int column) const
{
    const int n = std::max(1, int(m_columns.size()));
    const int w = width() - Gutter;
    const int x0 = Gutter + w * column / n;
    const int x1 = Gutter + w * (column + 1) / n;
    return QRect(x0, HeaderHeight, x1 - x0, height() - HeaderHeight);
}

QPoint CalendarView::slotPoint(int column, int minute) const
{
    const QRect r = columnRect(column);
    return QPoint(r.center().x(),
                  HeaderHeight + int((minute - m_firstMinute) * pixelsPerMinute()) + 2);
}

int CalendarView::minuteAt(int y) const
{
    return m_firstMinute + int((y - HeaderHeight) / pixelsPerMinute());
}

int CalendarView::columnAt(int x) const
{
    if (m_columns.isEmpty() || x < Gutter)
        return -1;
    const int n = int(m_columns.size());
    return std::clamp((x - Gutter) * n / std::max(1, width() - Gutter), 0, n - 1);
}

QRect CalendarView::appointmentRect(qint64 appointmentId) const
{
    const double ppm = pixelsPerMinute();
    for (const Block &b : m_blocks) {
        const Appointment &a = m_agenda.appointments[b.index];
        if (a.id != appointmentId)
            continue;
        const QRect col = columnRect(b.column);
        const int y0 = HeaderHeight + int((a.startMinute - m_firstMinute) * ppm);
        const int y1 = HeaderHeight + int((a.endMinute - m_firstMinute) * ppm);
        return QRect(col.x() + 2, y0, col.width() - 4, std::max(4, y1 - y0 - 1));
    }
    return {};
}

const Appointment *CalendarView::appointmentAt(const QPoint &pos, QRect *rect) const
{
    const int c = columnAt(pos.x());
    if (c < 0 || m_mode == Mode::Month)
        return nullptr;
    for (const Block &b : m_blocks) {
        if (b.column != c)
            continue;
        const Appointment &a = m_agenda.appointments[b.index];
        const QRect r = appointmentRect(a.id);
        if (r.contains(pos)) {
            if (rect)
                *rect = r;
            return &a;
        }
    }
    return nullptr;
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_mode == Mode::Month)
        paintMonth(p);
    else
        paintColumns(p);
}

void CalendarView::paintColumns(QPainter &p)
{
    const double ppm = pixelsPerMinute();
    auto yOf = [&](int minute) {
        return HeaderHeight + int((minute - m_firstMinute) * ppm);
    };
    const QColor offHours(0xe4, 0xe4, 0xe4);
    const QColor blockout(0xc8, 0xc8, 0xd0);
    const QColor grid(0xd0, 0xd0, 0xd0);

    // Off hours everywhere, then the working intervals cut back out of them.
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRect col = columnRect(c);
        p.fillRect(col, offHours);
        const int weekday = m_columns[c].date.dayOfWeek();
        for (const WorkingInterval &w : std::as_const(m_agenda.workingHours)) {
            const bool mine = m_columns[c].roomId ? w.roomId == m_columns[c].roomId
                                                  : w.providerId == m_columns[c].providerId;
            if (mine && w.weekday == weekday)
                p.fillRect(QRect(col.x(), yOf(w.startMinute), col.width(),
                                 yOf(w.endMinute) - yOf(w.startMinute)),
                           palette().base());
        }
        for (const BlockoutOccurrence &b : std::as_const(m_agenda.blockouts)) {
            const bool practiceWide = b.blockout.providerId == 0 && b.blockout.roomId == 0;
            const bool mine = m_columns[c].roomId
                                  ? b.blockout.roomId == m_columns[c].roomId
                                  : b.blockout.providerId == m_columns[c].providerId;
            if (b.date != m_columns[c].date || !(practiceWide || mine))
                continue;
            const QRect r(col.x(), yOf(b.blockout.startMinute), col.width(),
                          yOf(b.blockout.endMinute) - yOf(b.blockout.startMinute));
            p.fillRect(r, QBrush(blockout, Qt::BDiagPattern));
            p.setPen(Qt::darkGray);
            p.drawText(r.adjusted(3, 1, -3, 0), Qt::AlignLeft | Qt::AlignTop, b.blockout.reason);
        }
    }

    // Hour lines and labels.
    p.setPen(grid);
    for (int m = m_firstMinute; m <= m_lastMinute; m += 60) {
        const int y = yOf(m);
        p.drawLine(Gutter, y, width(), y);
    }
    p.setPen(palette().text().color());
    for (int m = m_firstMinute; m < m_lastMinute; m += 60)
        p.drawText(QRect(0, yOf(m), Gutter - 4, 16), Qt::AlignRight | Qt::AlignTop, minuteText(m));

    // Headers and column separators.
    p.fillRect(QRect(0, 0, width(), HeaderHeight), palette().button());
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRect col = columnRect(c);
        p.setPen(grid);
        p.drawLine(col.topLeft(), col.bottomLeft());
        p.setPen(palette().buttonText().color());
        const QRect head(col.x(), 0, col.width(), HeaderHeight);
        p.drawText(
            head.adjusted(2, 0, -2, 0), Qt::AlignCenter,
            p.fontMetrics().elidedText(m_columns[c].title, Qt::ElideRight, head.width() - 4));
    }

    // Appointments, one rect and at most two lines of text each.
    const QFontMetrics fm = p.fontMetrics();
    for (const Block &b : std::as_const(m_blocks)) {
        const Appointment &a = m_agenda.appointments[b.index];
        if (a.id == m_dragId && m_drag != Drag::None && m_dragMoved)
            continue;
        const QRect col = columnRect(b.column);
        const QRect r(col.x() + 2, yOf(a.startMinute), col.width() - 4,
                      std::max(4, yOf(a.endMinute) - yOf(a.startMinute) - 1));
        QColor colour(a.colour);
        if (!colour.isValid())
            colour = QColor(0x4a, 0x90, 0xd9);
        const bool inactive = !holdsSlot(a.status);
        p.fillRect(r, inactive ? colour.lighter(170) : colour.lighter(140));
        p.fillRect(QRect(r.x(), r.y(), 4, r.height()), colour);
        p.setPen(a.id == m_selectedId ? QPen(palette().highlight().color(), 2)
                                      : QPen(colour.darker(130)));
        p.drawRect(r);
        if (r.height() < fm.height() / 2 || r.width() < 12)
            continue;
        p.setPen(Qt::black);
        const QString mark = statusMark(a.status);
        const QString line =
            mark.isEmpty() ? a.patientName : mark + QLatin1Char(' ') + a.patientName;
        const QRect text = r.adjusted(6, 1, -2, 0);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                   fm.elidedText(line, Qt::ElideRight, text.width()));
        if (r.height() >= 2 * fm.height())
            p.drawText(text.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                       fm.elidedText(a.typeName.isEmpty() ? a.typeCode : a.typeName, Qt::ElideRight,
                                     text.width()));
    }

    // The drag preview and the keyboard selection.
    if (m_drag != Drag::None && m_dragMoved && m_previewColumn >= 0) {
        const QRect col = columnRect(m_previewColumn);
        const QRect r(col.x() + 2, yOf(m_previewStart), col.width() - 4,
                      yOf(m_previewEnd) - yOf(m_previewStart));
        p.fillRect(r, QColor(0x4a, 0x90, 0xd9, 90));
        p.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        p.drawRect(r);
        p.setPen(Qt::black);
        p.drawText(r.adjusted(6, 1, -2, 0), Qt::AlignLeft | Qt::AlignTop,
                   minuteText(m_previewStart) + QStringLiteral("–") + minuteText(m_previewEnd));
    }
    if (m_selectedId == 0 && m_selColumn < m_columns.size()) {
        const QRect col = columnRect(m_selColumn);
        p.setPen(QPen(palette().highlight().color(), 2));
        p.drawRect(QRect(col.x() + 1, yOf(m_selMinute), col.width() - 2,
                         yOf(m_selMinute + SlotMinutes) - yOf(m_selMinute)));
    }
}

void CalendarView::paintMonth(QPainter &p)
{
    if (m_columns.isEmpty())
        return;
    const QDate first(m_columns.first().date.year(), m_columns.first().date.month(), 1);
    const QDate gridStart = first.addDays(1 - first.dayOfWeek());
    QHash<qint64, int> counts;
    for (const Appointment &a : std::as_const(m_agenda.appointments))
        if (holdsSlot(a.status))
            ++counts[a.date.toJulianDay()];
    const int cw = width() / 7;
    const int ch = (height() - HeaderHeight) / 6;
    const QLocale locale;
    p.fillRect(QRect(0, 0, width(), HeaderHeight), palette().button());
    for (int d = 0; d < 7; ++d)
        p.drawText(QRect(d * cw, 0, cw, HeaderHeight), Qt::AlignCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
    for (int i = 0; i < 42; ++i) {
        const QDate day = gridStart.addDays(i);
        const QRect r((i % 7) * cw, HeaderHeight + (i / 7) * ch, cw, ch);
        if (day.month() != first.month())
            p.fillRect(r, QColor(0xf0, 0xf0, 0xf0));
        if (day == m_columns.first().date)
            p.fillRect(r, palette().highlight().color().lighter(180));
        p.setPen(QColor(0xd0, 0xd0, 0xd0));
        p.drawRect(r);
        p.setPen(palette().text().color());
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                   QString::number(day.day()));
        if (const int n = counts.value(day.toJulianDay()))
            p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignRight | Qt::AlignBottom,
                       tr("%n appointment(s)", nullptr, n));
    }
}

QDate CalendarView::monthDayAt(const QPoint &pos) const
{
    if (m_columns.isEmpty() || pos.y() < HeaderHeight)
        return {};
    const QDate first(m_columns.first().date.year(), m_columns.first().date.month(), 1);
    const QDate gridStart = first.addDays(1 - first.dayOfWeek());
    const int cw = std::max(1, width() / 7);
    const int ch = std::max(1, (height() - HeaderHeight) / 6);
    const int i = std::min(6, (pos.y() - HeaderHeight) / ch) * 7 + std::min(6, pos.x() / cw);
    return gridStart.addDays(i);
}

void CalendarView::selectSlot(int column, int minute)
{
    if (m_columns.isEmpty())
        return;
    m_selColumn = std::clamp(column, 0, int(m_columns.size()) - 1);
    m_selMinute =
        std::clamp(minute / SlotMinutes * SlotMinutes, m_firstMinute, m_lastMinute - SlotMinutes);
    updateSelectionFromSlot();
    update();
}

void CalendarView::updateSelectionFromSlot()
{
    m_selectedId = 0;
    if (m_selColumn < m_columns.size()) {
        for (const Block &b : std::as_const(m_blocks)) {
            const Appointment &a = m_agenda.appointments[b.index];
            if (b.column == m_selColumn && a.startMinute <= m_selMinute && m_selMinute < a.endMinute
                && holdsSlot(a.status)) {
                m_selectedId = a.id;
                break;
            }
        }
    }
    emit selectionChanged();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (m_mode == Mode::Month || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    QRect r;
    const Appointment *a = appointmentAt(pos, &r);
    if (const int c = columnAt(pos.x()); c >= 0) {
        m_selColumn = c;
        m_selMinute = std::clamp(minuteAt(pos.y()) / SlotMinutes * SlotMinutes, m_firstMinute,
                                 m_lastMinute - SlotMinutes);
    }
    m_selectedId = a ? a->id : 0;
    emit selectionChanged();
    if (a && holdsSlot(a->status) && !m_readOnly) {
        m_drag = onResizeGrip(r, pos) ? Drag::Resize : Drag::Move;
        m_dragId = a->id;
        m_pressPos = pos;
        m_pressOffsetMinutes = minuteAt(pos.y()) - a->startMinute;
        m_dragMoved = false;
    }
    update();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        QRect r;
        const Appointment *a = appointmentAt(pos, &r);
        setCursor(a && pos.y() >= r.bottom() - ResizeGrip ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < 4)
        return;
    m_dragMoved = true;
    const Appointment *a = nullptr;
    for (const Appointment &x : std::as_const(m_agenda.appointments))
        if (x.id == m_dragId)
            a = &x;
    if (!a)
        return;
    if (m_drag == Drag::Move) {
        const int c = columnAt(pos.x());
        m_previewColumn = c < 0 ? m_previewColumn : c;
        m_previewStart = std::max(0, snap(minuteAt(pos.y()) - m_pressOffsetMinutes));
        m_previewEnd = std::min(24 * 60, m_previewStart + a->minutes());
    } else {
        const QRect r = appointmentRect(a->id);
        m_previewColumn = columnAt(r.center().x());
        m_previewStart = a->startMinute;
        m_previewEnd = std::max(a->startMinute + SlotMinutes, snap(minuteAt(pos.y())));
    }
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    const bool moved = m_dragMoved;
    const qint64 id = m_dragId;
    m_drag = Drag::None;
    m_dragId = 0;
    m_dragMoved = false;
    update();
    if (drag == Drag::None || !moved || m_previewColumn < 0 || m_previewColumn >= m_columns.size())
        return QWidget::mouseReleaseEvent(event);
    const Column &col = m_columns[m_previewColumn];
    emit moveRequested(id, col.date, col.providerId, col.roomId ? col.roomId : -1, m_previewStart,
                       m_previewEnd);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_mode == Mode::Month) {
        if (const QDate day = monthDayAt(pos); day.isValid())
            emit dayRequested(day);
        return;
    }
    if (const Appointment *a = appointmentAt(pos))
        emit openRequested(a->id);
    else if (const int c = columnAt(pos.x()); c >= 0)
        emit newRequested(m_columns[c].date, m_columns[c].providerId,
                          minuteAt(pos.y()) / SlotMinutes * SlotMinutes);
}

void CalendarView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const Appointment *a = appointmentAt(event->pos())) {
        m_selectedId = a->id;
        update();
        emit contextMenuRequested(a->id, event->globalPos());
    }
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (m_columns.isEmpty())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Up:
        selectSlot(m_selColumn, m_selMinute - SlotMinutes);
        break;
    case Qt::Key_Down:
        selectSlot(m_selColumn, m_selMinute + SlotMinutes);
        break;
    case Qt::Key_Left:
        selectSlot(m_selColumn - 1, m_selMinute);
        break;
    case Qt::Key_Right:
        selectSlot(m_selColumn + 1, m_selMinute);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_mode == Mode::Month)
            emit dayRequested(m_columns.first().date);
        else if (m_selectedId)
            emit openRequested(m_selectedId);
        else
            emit newRequested(m_columns[m_selColumn].date, m_columns[m_selColumn].providerId,
                              m_selMinute);
        break;
    case Qt::Key_N:
        if (m_mode != Mode::Month)
            emit newRequested(m_columns[m_selColumn].date, m_columns[m_selColumn].providerId,
                              m_selMinute);
        break;
    case Qt::Key_T:
        emit todayRequested();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
}

} // namespace Ambulo::Scheduling::Internal
