#include "modules/scheduling/ui/setupwidget.h"

#include "core/session/services.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingservices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace {

int minuteOf(const QTimeEdit *edit)
{
    return edit->time().hour() * 60 + edit->time().minute();
}

QTimeEdit *timeEdit(const QTime &time, QWidget *parent)
{
    auto edit = new QTimeEdit(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

void addProviders(QComboBox *box, SchedulingServices &services)
{
    if (auto providers = services.core().directory().practitioners(); providers)
        for (const Core::Practitioner &p : providers.value())
            if (p.active)
                box->addItem(p.displayName(), p.id);
}

} // namespace

SetupWidget::SetupWidget(SchedulingServices &services, Core::ModuleContext &, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto tabs = new QTabWidget(this);
    tabs->addTab(makeTypesPage(), tr("Appointment types"));
    tabs->addTab(makeHoursPage(), tr("Working hours"));
    tabs->addTab(makeBlockoutsPage(), tr("Blockouts"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    reloadTypes();
    reloadHours();
    reloadBlockouts();
}

QString SetupWidget::message() const
{
    return m_message->text();
}

void SetupWidget::showStatus(const Core::Status &status, const QString &done)
{
    m_message->setText(status ? done : status.error().message);
}

QWidget *SetupWidget::makeTypesPage()
{
    auto page = new QWidget;
    m_typeTable = new QTableWidget(0, 5, page);
    m_typeTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Minutes"), tr("Room"), tr("Active")});
    m_typeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_typeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typeTable->verticalHeader()->hide();
    m_typeTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_typeCode = new QLineEdit(page);
    m_typeName = new QLineEdit(page);
    m_typeMinutes = new QSpinBox(page);
    m_typeMinutes->setRange(5, 12 * 60);
    m_typeMinutes->setSingleStep(5);
    m_typeMinutes->setValue(15);
    m_typeColour = new QLineEdit(QStringLiteral("#4a90d9"), page);
    m_typeRoom = new QCheckBox(tr("Needs a room"), page);
    m_typeActive = new QCheckBox(tr("Active"), page);
    m_typeActive->setChecked(true);
    auto save = new QPushButton(tr("Save type"), page);
    auto fresh = new QPushButton(tr("New type"), page);
    auto form = new QFormLayout;
    form->addRow(tr("Code"), m_typeCode);
    form->addRow(tr("Name"), m_typeName);
    form->addRow(tr("Length"), m_typeMinutes);
    form->addRow(tr("Colour"), m_typeColour);
    form->addRow(QString(), m_typeRoom);
    form->addRow(QString(), m_typeActive);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(fresh);
    buttons->addStretch();
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_typeTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_typeTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_types.size())
            return;
        const AppointmentType &t = m_types[row];
        m_typeId = t.id;
        m_typeCode->setText(t.code);
        m_typeName->setText(t.name);
        m_typeMinutes->setValue(t.defaultMinutes);
        m_typeColour->setText(t.colour);
        m_typeRoom->setChecked(t.needsRoom);
        m_typeActive->setChecked(t.active);
    });
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_typeId = 0;
        m_typeTable->clearSelection();
        m_typeCode->clear();
        m_typeName->clear();
    });
    connect(save, &QPushButton::clicked, this, &SetupWidget::saveType);
    return page;
}

void SetupWidget::reloadTypes()
{
    auto types = m_services.setup().types(true);
    if (!types)
        return m_message->setText(types.error().message);
    m_types = types.value();
    const QSignalBlocker block(m_typeTable);
    m_typeTable->setRowCount(int(m_types.size()));
    for (int r = 0; r < m_types.size(); ++r) {
        const AppointmentType &t = m_types[r];
        const QStringList cells{t.code, t.name, QString::number(t.defaultMinutes),
                                t.needsRoom ? tr("yes") : tr("no"),
                                t.active ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c)
            m_typeTable->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_typeTable->item(r, 0)->setBackground(QColor(t.colour));
    }
}

void SetupWidget::saveType()
{
    AppointmentType t;
    t.id = m_typeId;
    t.code = m_typeCode->text().trimmed();
    t.name = m_typeName->text().trimmed();
    t.defaultMinutes = m_typeMinutes->value();
    t.colour = m_typeColour->text().trimmed();
    t.needsRoom = m_typeRoom->isChecked();
    t.active = m_typeActive->isChecked();
    auto id = m_services.setup().saveType(t);
    if (!id)
        return m_message->setText(id.error().message);
    m_typeId = id.value();
    Core::Status s = m_services.setup().setTypeActive(m_typeId, t.active);
    showStatus(s, tr("Type %1 saved.").arg(t.code));
    reloadTypes();
}

QWidget *SetupWidget::makeHoursPage()
{
    auto page = new QWidget;
    m_hoursProvider = new QComboBox(page);
    addProviders(m_hoursProvider, m_services);
    m_hoursWeekday = new QComboBox(page);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d)
        m_hoursWeekday->addItem(locale.dayName(d), d);
    m_from1 = timeEdit(QTime(8, 0), page);
    m_to1 = timeEdit(QTime(12, 0), page);
    m_second = new QCheckBox(tr("and"), page);
    m_second->setChecked(true);
    m_from2 = timeEdit(QTime(13, 0), page);
    m_to2 = timeEdit(QTime(17, 0), page);
    m_hoursList = new QListWidget(page);
    auto save = new QPushButton(tr("Save this day"), page);
    auto dayOff = new QPushButton(tr("Day off"), page);
    auto times = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_from1, m_to1, m_second, m_from2, m_to2})
        times->addWidget(w);
    auto form = new QFormLayout;
    form->addRow(tr("Provider"), m_hoursProvider);
    form->addRow(tr("Weekday"), m_hoursWeekday);
    form->addRow(tr("Hours"), times);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(dayOff);
    buttons->addStretch();
    auto layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_hoursList, 1);
    connect(m_hoursProvider, &QComboBox::currentIndexChanged, this, &SetupWidget::reloadHours);
    connect(save, &QPushButton::clicked, this, &SetupWidget::saveHours);
    connect(dayOff, &QPushButton::clicked, this, [this] {
        const qint64 provider = m_hoursProvider->currentData().toLongLong();
        const int weekday = m_hoursWeekday->currentData().toInt();
        showStatus(m_services.setup().setWorkingHours(provider, weekday, {}),
                   tr("%1 is now a day off.").arg(m_hoursWeekday->currentText()));
        reloadHours();
    });
    return page;
}

void SetupWidget::reloadHours()
{
    m_hoursList->clear();
    const qint64 provider = m_hoursProvider->currentData().toLongLong();
    if (!provider)
        return;
    auto hours = m_services.setup().workingHours(provider);
    if (!hours)
        return m_message->setText(hours.error().message);
    const QLocale locale;
    for (const WorkingInterval &w : hours.value())
        m_hoursList->addItem(tr("%1 %2–%3")
                                 .arg(locale.dayName(w.weekday), minuteText(w.startMinute),
                                      minuteText(w.endMinute)));
}

void SetupWidget::saveHours()
{
    const qint64 provider = m_hoursProvider->currentData().toLongLong();
    const int weekday = m_hoursWeekday->currentData().toInt();
    QList<WorkingInterval> intervals{{provider, weekday, minuteOf(m_from1), minuteOf(m_to1), 0}};
    if (m_second->isChecked())
        intervals.append({provider, weekday, minuteOf(m_from2), minuteOf(m_to2), 0});
    showStatus(m_services.setup().setWorkingHours(provider, weekday, intervals),
               tr("Hours saved for %1.").arg(m_hoursWeekday->currentText()));
    reloadHours();
}

QWidget *SetupWidget::makeBlockoutsPage()
{
    auto page = new QWidget;
    const QDate today = PracticeClock(m_services.setup().timeZone()).today();
    m_blockoutList = new QListWidget(page);
    m_blockProvider = new QComboBox(page);
    m_blockProvider->addItem(tr("Whole practice"), 0);
    addProviders(m_blockProvider, m_services);
    m_blockDate = new QDateEdit(today, page);
    m_blockUntil = new QDateEdit(today.addYears(1), page);
    for (QDateEdit *e : {m_blockDate, m_blockUntil}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    m_blockFrom = timeEdit(QTime(12, 0), page);
    m_blockTo = timeEdit(QTime(13, 0), page);
    m_blockWeekly = new QCheckBox(tr("Every week until"), page);
    m_blockReason = new QLineEdit(page);
    m_blockReason->setPlaceholderText(tr("Lunch, staff meeting…"));
    auto add = new QPushButton(tr("Add blockout"), page);
    auto remove = new QPushButton(tr("Remove selected"), page);
    auto times = new QHBoxLayout;
    times->addWidget(m_blockFrom);
    times->addWidget(m_blockTo);
    auto repeat = new QHBoxLayout;
    repeat->addWidget(m_blockWeekly);
    repeat->addWidget(m_blockUntil);
    auto form = new QFormLayout;
    form->addRow(tr("For"), m_blockProvider);
    form->addRow(tr("Date"), m_blockDate);
    form->addRow(tr("From–to"), times);
    form->addRow(QString(), repeat);
    form->addRow(tr("Reason"), m_blockReason);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_blockoutList, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &SetupWidget::addBlockout);
    connect(remove, &QPushButton::clicked, this, &SetupWidget::removeBlockout);
    return page;
}

void SetupWidget::reloadBlockouts()
{
    m_blockoutList->clear();
    const QDate today = PracticeClock(m_services.setup().timeZone()).today();
    auto blockouts = m_services.setup().blockouts(today, today.addDays(90));
    if (!blockouts)
        return m_message->setText(blockouts.error().message);
    m_blockouts = blockouts.value();
    for (const Blockout &b : std::as_const(m_blockouts)) {
        const int i = m_blockProvider->findData(b.providerId);
        const QString who = i >= 0 ? m_blockProvider->itemText(i) : tr("Room or provider");
        m_blockoutList->addItem(
            b.recurrence == Recurrence::None
                ? tr("%1 %2–%3 · %4 · %5")
                      .arg(b.date.toString(Qt::ISODate), minuteText(b.startMinute),
                           minuteText(b.endMinute), who, b.reason)
                : tr("Weekly from %1 until %2, %3–%4 · %5 · %6")
                      .arg(b.date.toString(Qt::ISODate), b.until.toString(Qt::ISODate),
                           minuteText(b.startMinute), minuteText(b.endMinute), who, b.reason));
    }
}

void SetupWidget::addBlockout()
{
    Blockout b;
    b.providerId = m_blockProvider->currentData().toLongLong();
    b.date = m_blockDate->date();
    b.startMinute = minuteOf(m_blockFrom);
    b.endMinute = minuteOf(m_blockTo);
    b.recurrence = m_blockWeekly->isChecked() ? Recurrence::Weekly : Recurrence::None;
    b.until = m_blockUntil->date();
    b.reason = m_blockReason->text().trimmed();
    auto id = m_services.setup().addBlockout(b);
    m_message->setText(id ? tr("Blockout added.") : id.error().message);
    reloadBlockouts();
}

void SetupWidget::removeBlockout()
{
    const int row = m_blockoutList->currentRow();
    if (row < 0 || row >= m_blockouts.size())
        return;
    showStatus(m_services.setup().removeBlockout(m_blockouts[row].id), tr("Blockout removed."));
    reloadBlockouts();
}

} // namespace Ambulo::Scheduling::Internal
