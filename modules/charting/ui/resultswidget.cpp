#include "modules/charting/ui/resultswidget.h"

#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/trendchart.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

namespace {

// Item data: which order a row belongs to, and the observation for an observation row.
constexpr int OrderIdRole = Qt::UserRole;
constexpr int ObservationIdRole = Qt::UserRole + 1;

const QColor CriticalColor(0xb7, 0x1c, 0x1c);

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm"));
}

bool isReviewed(const ResultOrder &order)
{
    if (order.observations.isEmpty())
        return false;
    for (const Observation &o : order.observations)
        if (!o.reviewedAt.isValid())
            return false;
    return true;
}

} // namespace

QString ResultsWidget::flagText(const QString &flag)
{
    const QString f = flag.trimmed().toUpper();
    if (f.isEmpty() || f == QLatin1String("N"))
        return {};
    if (f == QLatin1String("H"))
        return tr("H (high)");
    if (f == QLatin1String("L"))
        return tr("L (low)");
    if (f == QLatin1String("HH"))
        return tr("HH (critical high)");
    if (f == QLatin1String("LL"))
        return tr("LL (critical low)");
    if (f == QLatin1String("A"))
        return tr("A (abnormal)");
    if (f == QLatin1String("AA"))
        return tr("AA (critical abnormal)");
    return f;
}

bool ResultsWidget::isCritical(const QString &flag)
{
    const QString f = flag.trimmed().toUpper();
    return f == QLatin1String("HH") || f == QLatin1String("LL") || f == QLatin1String("AA");
}

ResultsWidget::ResultsWidget(ChartingServices &services, Core::ModuleContext &context,
                             QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_context(context)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_unreviewedOnly = new QCheckBox(tr("Unreviewed only"), this);
    m_unreviewedOnly->setObjectName(QLatin1String(Names::ResultsUnreviewedOnly));
    m_markReviewed = new QPushButton(tr("Mark reviewed"), this);
    m_markReviewed->setObjectName(QLatin1String(Names::ResultsMarkReviewed));
    m_markReviewed->setToolTip(tr("Marks every observation of the selected order reviewed"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QLatin1String(Names::ResultsTree));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Test"), tr("Value"), tr("Units"), tr("Reference range"),
                             tr("Flag"), tr("Status"), tr("Performed"), tr("Reviewed")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Results by order"));

    m_trend = new TrendChart(this);
    m_trend->setObjectName(QLatin1String(Names::ResultsTrend));
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::ResultsMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_unreviewedOnly);
    top->addWidget(m_markReviewed);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_trend);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_unreviewedOnly, &QCheckBox::toggled, this, &ResultsWidget::rebuild);
    connect(m_markReviewed, &QPushButton::clicked, this, &ResultsWidget::markSelectedReviewed);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ResultsWidget::onSelection);
    connect(&context.patient, &Core::PatientContext::changed, this,
            &ResultsWidget::onPatientChanged);
    connect(&context.events, &Core::EventHub::published, this, &ResultsWidget::onEvent);
    onPatientChanged();
}

void ResultsWidget::onPatientChanged()
{
    const auto &patient = m_context.patient.current();
    m_patientId = patient ? patient->id : 0;
    m_title->setText(patient ? tr("Results — %1").arg(patient->displayName())
                             : tr("No patient open"));
    m_message->clear();
    reload();
}

void ResultsWidget::onEvent(const Core::DomainEvent &event)
{
    if (event.type != QLatin1String(Constants::Events::ResultsFiled) || m_patientId == 0)
        return;
    if (event.data.value(QLatin1String(Constants::Events::KeyPatientId)).toLongLong()
        == m_patientId)
        reload();
}

void ResultsWidget::reload()
{
    m_orders.clear();
    if (m_patientId != 0) {
        auto orders = m_services.results().orders(m_patientId);
        if (orders)
            m_orders = orders.value();
        else
            showMessage(orders.error().message, true);
    }
    rebuild();
}

void ResultsWidget::rebuild()
{
    const qint64 selectedOrder = selectedOrderId();
    qint64 selectedObservation = 0;
    if (QTreeWidgetItem *item = m_tree->currentItem())
        selectedObservation = item->data(ColName, ObservationIdRole).toLongLong();

    QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const ResultOrder &order : std::as_const(m_orders)) {
        const bool reviewed = isReviewed(order);
        if (m_unreviewedOnly->isChecked() && reviewed)
            continue;
        auto orderItem = new QTreeWidgetItem(m_tree);
        orderItem->setData(ColName, OrderIdRole, order.id);
        orderItem->setText(ColName, order.testName.isEmpty()
                                        ? order.testCode
                                        : tr("%1 (%2)").arg(order.testName, order.testCode));
        orderItem->setText(ColStatus, order.status);
        orderItem->setText(
            ColTime, timeText(order.collectedAt.isValid() ? order.collectedAt : order.reportedAt));
        if (reviewed) {
            const Observation &o = order.observations.first();
            orderItem->setText(ColReviewed, tr("%1, %2").arg(o.reviewedBy, timeText(o.reviewedAt)));
        } else {
            orderItem->setText(ColReviewed, tr("Not reviewed"));
        }
        int abnormal = 0;
        bool critical = false;
        for (const Observation &o : order.observations) {
            auto item = new QTreeWidgetItem(orderItem);
            item->setData(ColName, OrderIdRole, order.id);
            item->setData(ColName, ObservationIdRole, o.id);
            item->setText(ColName, o.name.isEmpty() ? o.code : o.name);
            item->setToolTip(ColName, o.code);
            item->setText(ColValue, o.value);
            item->setText(ColUnits, o.units);
            item->setText(ColRange, o.referenceRange);
            item->setText(ColFlag, flagText(o.abnormalFlag));
            item->setText(ColStatus, o.status);
            item->setText(ColTime, timeText(o.performedAt));
            if (o.reviewedAt.isValid())
                item->setText(ColReviewed, tr("%1, %2").arg(o.reviewedBy, timeText(o.reviewedAt)));
            if (o.isAbnormal()) {
                ++abnormal;
                const bool crit = isCritical(o.abnormalFlag);
                critical = critical || crit;
                for (int c = 0; c < ColumnCount; ++c) {
                    QFont font = item->font(c);
                    font.setBold(true);
                    item->setFont(c, font);
                    if (crit)
                        item->setForeground(c, CriticalColor);
                }
            }
        }
        if (abnormal > 0) {
            orderItem->setText(ColFlag, critical ? tr("%n abnormal, critical", "", abnormal)
                                                 : tr("%n abnormal", "", abnormal));
            QFont font = orderItem->font(ColFlag);
            font.setBold(true);
            orderItem->setFont(ColFlag, font);
            if (critical)
                orderItem->setForeground(ColFlag, CriticalColor);
        }
        orderItem->setExpanded(true);
    }
    for (int c = ColName; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    block.unblock();
    if (!(selectedObservation && selectObservation(selectedObservation))
        && !(selectedOrder && selectOrder(selectedOrder)))
        onSelection();
}

QTreeWidgetItem *ResultsWidget::findItem(int role, qint64 id) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *order = m_tree->topLevelItem(i);
        if (role == OrderIdRole && order->data(ColName, OrderIdRole).toLongLong() == id)
            return order;
        for (int j = 0; j < order->childCount(); ++j)
            if (role == ObservationIdRole
                && order->child(j)->data(ColName, ObservationIdRole).toLongLong() == id)
                return order->child(j);
    }
    return nullptr;
}

bool ResultsWidget::selectObservation(qint64 observationId)
{
    QTreeWidgetItem *item = findItem(ObservationIdRole, observationId);
    if (item)
        m_tree->setCurrentItem(item);
    return item != nullptr;
}

bool ResultsWidget::selectOrder(qint64 orderId)
{
    QTreeWidgetItem *item = findItem(OrderIdRole, orderId);
    if (item)
        m_tree->setCurrentItem(item);
    return item != nullptr;
}

qint64 ResultsWidget::selectedOrderId() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(ColName, OrderIdRole).toLongLong();
}

void ResultsWidget::onSelection()
{
    const Core::Session *session = m_context.services.context().session();
    const qint64 orderId = selectedOrderId();
    const ResultOrder *order = nullptr;
    for (const ResultOrder &o : std::as_const(m_orders))
        if (o.id == orderId)
            order = &o;
    m_markReviewed->setEnabled(order && !isReviewed(*order) && session
                               && session->has(Core::Permission::ChartSign));

    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    const qint64 observationId =
        selected.isEmpty() ? 0 : selected.first()->data(ColName, ObservationIdRole).toLongLong();
    const Observation *observation = nullptr;
    if (order)
        for (const Observation &o : order->observations)
            if (o.id == observationId)
                observation = &o;
    if (!observation) {
        m_trend->clear();
        return;
    }
    const QString analyte = observation->name.isEmpty() ? observation->code : observation->name;
    if (!observation->numericValue) {
        m_trend->showNotNumeric(analyte);
        return;
    }
    auto points = m_services.results().trend(m_patientId, observation->code);
    if (!points) {
        m_trend->clear();
        showMessage(points.error().message, true);
        return;
    }
    m_trend->setTrend(analyte, observation->units, observation->referenceRange, points.value());
}

void ResultsWidget::markSelectedReviewed()
{
    const qint64 orderId = selectedOrderId();
    if (orderId == 0) {
        showMessage(tr("Select an order to mark it reviewed."), true);
        return;
    }
    if (Core::Status s = m_services.results().markReviewed(orderId); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(tr("Marked reviewed."), false);
    reload();
}

void ResultsWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setAccessibleDescription(error ? tr("Error") : QString());
}

} // namespace Ambulo::Charting::Internal
