#include "modules/scheduling/ui/findopeningdialog.h"

#include "core/session/services.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Ambulo::Scheduling::Internal {

namespace Names = Constants::ObjectNames;

namespace {

int minuteOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

QString clockText(int minute)
{
    return QTime(minute / 60, minute % 60).toString(QStringLiteral("HH:mm"));
}

} // namespace

FindOpeningDialog::FindOpeningDialog(SchedulingServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QLatin1String(Names::FindOpeningDialog));
    setWindowTitle(tr("Find opening"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_type = new QComboBox(this);
    m_type->setObjectName(QLatin1String(Names::FindOpeningType));
    if (auto types = services.setup().types(); types)
        for (const AppointmentType &t : types.value())
            m_type->addItem(tr("%1 — %2 (%n min)", nullptr, t.defaultMinutes).arg(t.code, t.name),
                            t.id);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QLatin1String(Names::FindOpeningProvider));
    m_provider->addItem(tr("Any provider"), 0);
    if (auto providers = services.core().directory().practitioners(); providers)
        for (const Core::Practitioner &p : providers.value())
            if (p.active)
                m_provider->addItem(p.displayName(), p.id);

    auto weekdays = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setChecked(day < Qt::Saturday);
        m_weekdays.append(box);
        weekdays->addWidget(box);
    }
    weekdays->addStretch(1);

    m_fromTime = new QTimeEdit(QTime(0, 0), this);
    m_fromTime->setObjectName(QLatin1String(Names::FindOpeningFromTime));
    m_fromTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_toTime = new QTimeEdit(QTime(23, 59), this);
    m_toTime->setObjectName(QLatin1String(Names::FindOpeningToTime));
    m_toTime->setDisplayFormat(QStringLiteral("HH:mm"));
    auto times = new QHBoxLayout;
    times->addWidget(m_fromTime);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_toTime);
    times->addStretch(1);

    const QDate today = PracticeClock(services.setup().timeZone()).today();
    m_fromDate = new QDateEdit(today, this);
    m_fromDate->setObjectName(QLatin1String(Names::FindOpeningFromDate));
    m_fromDate->setCalendarPopup(true);
    m_fromDate->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_toDate = new QDateEdit(today.addDays(30), this);
    m_toDate->setObjectName(QLatin1String(Names::FindOpeningToDate));
    m_toDate->setCalendarPopup(true);
    m_toDate->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    auto dates = new QHBoxLayout;
    dates->addWidget(m_fromDate);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_toDate);
    dates->addStretch(1);

    auto form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Weekdays"), weekdays);
    form->addRow(tr("Time of day"), times);
    form->addRow(tr("Dates"), dates);

    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QLatin1String(Names::FindOpeningResults));
    m_results->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Provider"), tr("Room")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::FindOpeningMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto searchButton = buttons->addButton(tr("Search"), QDialogButtonBox::ActionRole);
    searchButton->setObjectName(QLatin1String(Names::FindOpeningSearch));
    searchButton->setDefault(true);
    m_book = buttons->addButton(tr("Book…"), QDialogButtonBox::ActionRole);
    m_book->setObjectName(QLatin1String(Names::FindOpeningBook));
    m_book->setEnabled(false);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(searchButton, &QPushButton::clicked, this, &FindOpeningDialog::search);
    connect(m_book, &QPushButton::clicked, this, &FindOpeningDialog::bookCurrent);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &FindOpeningDialog::bookCurrent);
    connect(m_results, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_book->setEnabled(row >= 0 && row < m_openings.size()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 560);
}

qint64 FindOpeningDialog::typeId() const
{
    return m_type->currentData().toLongLong();
}

OpeningQuery FindOpeningDialog::query() const
{
    OpeningQuery q;
    q.typeId = typeId();
    if (const qint64 provider = m_provider->currentData().toLongLong())
        q.providerIds = {provider};
    q.from = m_fromDate->date();
    q.to = m_toDate->date();
    for (int i = 0; i < m_weekdays.size(); ++i)
        if (m_weekdays[i]->isChecked())
            q.weekdays.append(Qt::Monday + i);
    q.earliestMinute = minuteOf(m_fromTime->time());
    // 23:59 is as late as the editor goes; it means the end of the day.
    q.latestMinute = m_toTime->time() == QTime(23, 59) ? 24 * 60 : minuteOf(m_toTime->time());
    q.notBefore = QDateTime::currentDateTimeUtc();
    return q;
}

void FindOpeningDialog::search()
{
    m_openings.clear();
    m_results->setRowCount(0);
    m_book->setEnabled(false);
    const OpeningQuery q = query();
    if (q.weekdays.isEmpty()) {
        m_message->setText(tr("Tick at least one weekday."));
        return;
    }
    auto found = m_services.queries().openings(q);
    if (!found) {
        m_message->setText(found.error().message);
        return;
    }
    m_openings = found.value();
    m_results->setRowCount(int(m_openings.size()));
    for (int row = 0; row < m_openings.size(); ++row) {
        const Opening &o = m_openings[row];
        const QStringList cells{o.date.toString(QStringLiteral("ddd yyyy-MM-dd")),
                                tr("%1–%2").arg(clockText(o.startMinute), clockText(o.endMinute)),
                                o.providerName, o.roomName};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_results->resizeColumnsToContents();
    m_message->setText(m_openings.isEmpty()
                           ? tr("No opening matches.")
                           : tr("%n opening(s), earliest first.", nullptr, int(m_openings.size())));
    if (!m_openings.isEmpty())
        m_results->setCurrentCell(0, 0);
}

void FindOpeningDialog::bookCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_openings.size())
        return;
    emit bookRequested(m_openings[row], typeId());
}

} // namespace Ambulo::Scheduling::Internal
