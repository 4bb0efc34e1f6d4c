#include "modules/charting/ui/chartwidget.h"

#include "connectors/sync/syncconstants.h"
#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/session/services.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartcontext.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/listitemdialog.h"
#include "modules/charting/ui/newvisitdialog.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;
namespace E = Constants::Events;

namespace {

enum Section { SecAllergies, SecProblems, SecMedications, SecVitals, SecResults, SecEncounters };

const QColor AlertText(0xb0, 0x00, 0x20);
const QColor AlertBackground(0xfd, 0xe7, 0xea);
const QColor QuietText(0x70, 0x70, 0x70);

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString dateText(const QDateTime &at)
{
    return at.isValid() ? dateText(at.toLocalTime().date()) : QString();
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// A row that says the list is empty: not selectable, so it never opens anything.
void addPlaceholder(QTreeWidget *tree, const QString &text)
{
    auto item = new QTreeWidgetItem(tree, {text});
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(0, QuietText);
    item->setFirstColumnSpanned(true);
}

void highlight(QTreeWidgetItem *item, int columns)
{
    QFont bold = item->font(0);
    bold.setBold(true);
    for (int c = 0; c < columns; ++c) {
        item->setForeground(c, AlertText);
        item->setBackground(c, AlertBackground);
        item->setFont(c, bold);
    }
}

void fitColumns(QTreeWidget *tree)
{
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
}

} // namespace

ChartWidget::ChartWidget(ChartingServices &services, ChartContext &chart,
                         Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_chart(chart)
    , m_context(context)
{
    setObjectName(QLatin1String(Names::ChartWidget));
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::ChartMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_newVisit = new QPushButton(tr("New visit…"), this);
    m_newVisit->setObjectName(QLatin1String(Names::ChartNewVisit));
    m_newVisit->setToolTip(tr("Open an encounter for a walk-in, a phone call or an office visit"));
    const Core::Session *session = context.services.context().session();
    m_newVisit->setVisible(session && session->has(Core::Permission::ChartWrite));

    m_sections = new QSplitter(Qt::Vertical, this);
    m_sections->setChildrenCollapsible(false);
    // Each section's count heads its first column, so a narrow dock spends no line on titles
    // and the whole chart fits beside the other docks.
    const bool canWrite = session && session->has(Core::Permission::ChartWrite);
    const bool canRead = session && session->has(Core::Permission::ChartRead);
    auto section = [this](const QString &title, const char *name, QStringList headers, int stretch,
                          std::optional<ListKind> list = std::nullopt) {
        QWidget *host = m_sections;
        QVBoxLayout *box = nullptr;
        if (list) {
            // The lists a provider keeps: the tree with its Add/Edit/History row beneath.
            host = new QWidget(m_sections);
            box = new QVBoxLayout(host);
            box->setContentsMargins(0, 0, 0, 0);
            box->setSpacing(2);
        }
        auto tree = new QTreeWidget(host);
        tree->setObjectName(QLatin1String(name));
        tree->setColumnCount(int(headers.size()));
        headers[0] = QString(title).remove(QStringLiteral(" (%1)"));
        tree->setHeaderLabels(headers);
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setSelectionMode(QAbstractItemView::SingleSelection);
        tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
        tree->header()->setStretchLastSection(true);
        tree->setMinimumHeight(tree->fontMetrics().height() * 3);
        if (box) {
            box->addWidget(tree, 1);
            auto row = new QHBoxLayout;
            const ListKind kind = *list;
            auto button = [&](const QString &text, const char *suffix) {
                auto b = new QPushButton(text, host);
                b->setObjectName(QString::fromLatin1(name) + QLatin1String(suffix));
                row->addWidget(b);
                return b;
            };
            QPushButton *add = button(tr("Add…"), ButtonAdd);
            QPushButton *edit = button(tr("Edit…"), ButtonEdit);
            QPushButton *history = button(tr("History…"), ButtonHistory);
            row->addStretch(1);
            box->addLayout(row);
            connect(add, &QPushButton::clicked, this, [this, kind] { addItem(kind); });
            connect(edit, &QPushButton::clicked, this,
                    [this, kind, tree] { editItem(kind, selectedId(tree)); });
            connect(history, &QPushButton::clicked, this,
                    [this, kind, tree] { showHistory(kind, selectedId(tree)); });
            m_listButtons << add << edit << history;
            m_writeButtons << add << edit;
            m_readButtons << history;
        }
        m_sections->addWidget(list ? host : tree);
        m_sections->setStretchFactor(m_sections->count() - 1, stretch);
        m_titleTexts << title;
        m_trees << tree;
        return tree;
    };
    m_allergies = section(tr("Allergies (%1)"), Names::ChartAllergies,
                          {QString(), tr("Reaction"), tr("Severity")}, 1, ListKind::Allergy);
    m_problems = section(tr("Problems (%1)"), Names::ChartProblems,
                         {QString(), tr("Problem"), tr("Onset")}, 1, ListKind::Problem);
    m_medications = section(tr("Medications (%1)"), Names::ChartMedications,
                            {QString(), tr("Dose"), tr("Route"), tr("Frequency"), tr("Since")}, 1,
                            ListKind::Medication);
    for (QPushButton *b : std::as_const(m_writeButtons))
        b->setVisible(canWrite);
    for (QPushButton *b : std::as_const(m_readButtons))
        b->setVisible(canRead);
    const QList<QPair<QTreeWidget *, ListKind>> lists{{m_allergies, ListKind::Allergy},
                                                      {m_problems, ListKind::Problem},
                                                      {m_medications, ListKind::Medication}};
    for (const auto &entry : lists) {
        QTreeWidget *tree = entry.first;
        const ListKind kind = entry.second;
        if (canWrite)
            tree->setToolTip(tr("Double-click an entry to edit it"));
        connect(tree, &QTreeWidget::itemActivated, this,
                [this, kind, canWrite](QTreeWidgetItem *item) {
                    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
                    if (id > 0 && canWrite)
                        editItem(kind, id);
                });
    }
    m_vitals = section(tr("Vitals (%1)"), Names::ChartVitals,
                       {QString(), tr("BP"), tr("Pulse"), tr("Temp"), tr("Weight"), tr("BMI"),
                        tr("SpO2"), tr("RR")},
                       1);
    m_results = section(tr("Results (%1)"), Names::ChartResults,
                        {QString(), tr("Test"), tr("Value"), tr("Range"), tr("Flag")}, 2);
    m_encounters = section(tr("Encounters (%1)"), Names::ChartEncounters,
                           {QString(), tr("Provider"), tr("Visit"), tr("Reason"), tr("Status")}, 2);
    m_encounters->setToolTip(tr("Double-click an encounter to open it"));

    auto top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_newVisit);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    // Beside other docks in a small window the sections scroll rather than push the window up.
    auto scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_sections);
    layout->addWidget(scroll, 1);

    connect(m_encounters, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
        if (id > 0)
            openEncounter(id);
    });
    connect(m_newVisit, &QPushButton::clicked, this, [this] { newVisit(); });
    connect(&context.patient, &Core::PatientContext::changed, this, &ChartWidget::reload);
    connect(&context.events, &Core::EventHub::published, this, &ChartWidget::onEvent);
    reload();
}

QString ChartWidget::messageText() const
{
    return m_message->text();
}

QString ChartWidget::severityText(const QString &severity)
{
    if (severity == QLatin1String("mild"))
        return tr("Mild");
    if (severity == QLatin1String("moderate"))
        return tr("Moderate");
    if (severity == QLatin1String("severe"))
        return tr("Severe");
    return {};
}

QList<Allergy> ChartWidget::severestFirst(QList<Allergy> allergies)
{
    static const QStringList order{QStringLiteral("severe"), QStringLiteral("moderate"),
                                   QStringLiteral("mild")};
    auto rank = [](const Allergy &a) {
        const qsizetype i = order.indexOf(a.severity);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(allergies.begin(), allergies.end(),
                     [&](const Allergy &a, const Allergy &b) { return rank(a) < rank(b); });
    return allergies;
}

void ChartWidget::onEvent(const Core::DomainEvent &event)
{
    // A sync round may have brought chart entries made on another workstation; the summary read
    // is audited, so only a chart on screen reads again.
    if (event.type == QLatin1String(Sync::Constants::EventDataChanged)) {
        if (m_patientId != 0 && isVisible())
            scheduleReload();
        return;
    }
    if (event.type != QLatin1String(E::ChartChanged)
        && event.type != QLatin1String(E::EncounterSigned)
        && event.type != QLatin1String(E::ResultsFiled)
        && event.type != QLatin1String(E::EncounterOpened))
        return;
    if (m_patientId == 0
        || event.data.value(QLatin1String(E::KeyPatientId)).toLongLong() != m_patientId)
        return;
    scheduleReload();
}

// A burst of changes (a lab panel filed, a list edited line by line) costs one read.
void ChartWidget::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void ChartWidget::clearSections()
{
    for (QTreeWidget *tree :
         {m_allergies, m_problems, m_medications, m_vitals, m_results, m_encounters})
        tree->clear();
    for (int i = 0; i < m_titleTexts.size(); ++i)
        sectionTree(i)->headerItem()->setText(
            0, QString(m_titleTexts[i]).remove(QStringLiteral(" (%1)")));
}

void ChartWidget::reload()
{
    m_reloadPending = false;
    const auto &patient = m_context.patient.current();
    m_newVisit->setEnabled(patient.has_value());
    for (QPushButton *b : std::as_const(m_listButtons))
        b->setEnabled(patient.has_value());
    if (!patient) {
        m_patientId = 0;
        m_summary.reset();
        clearSections();
        m_sections->hide();
        m_message->setText(tr("No patient open. Find one with Ctrl+K to see the chart."));
        return;
    }
    m_patientId = patient->id;
    ++m_reads;
    auto summary = m_services.queries().summary(patient->id);
    if (!summary) {
        m_summary.reset();
        clearSections();
        m_sections->hide();
        m_message->setText(summary.error().message);
        return;
    }
    m_message->clear();
    m_summary = summary.value();
    setUpdatesEnabled(false);
    showSummary(*m_summary);
    setUpdatesEnabled(true);
    m_sections->show();
}

QTreeWidget *ChartWidget::sectionTree(int section) const
{
    return m_trees.value(section);
}

qint64 ChartWidget::selectedId(QTreeWidget *tree)
{
    QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

ListItemDialog *ChartWidget::addItem(ListKind kind)
{
    return editItem(kind, 0, true);
}

ListItemDialog *ChartWidget::editItem(ListKind kind, qint64 itemId, bool adding)
{
    if (m_patientId == 0) {
        m_message->setText(tr("Open the patient first (Find patient)."));
        return nullptr;
    }
    if (!adding && itemId <= 0) {
        m_message->setText(tr("Select an entry in the list first."));
        return nullptr;
    }
    m_message->clear();
    auto dialog = new ListItemDialog(m_services, kind, m_patientId, adding ? 0 : itemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The domain publishes ChartChanged, which reloads the sections; nothing to do here.
    dialog->show();
    return dialog;
}

ListHistoryDialog *ChartWidget::showHistory(ListKind kind, qint64 itemId)
{
    if (itemId <= 0) {
        m_message->setText(tr("Select an entry in the list first."));
        return nullptr;
    }
    m_message->clear();
    auto dialog = new ListHistoryDialog(m_services, kind, itemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ChartWidget::setCount(int section, int count)
{
    sectionTree(section)->headerItem()->setText(0, m_titleTexts[section].arg(count));
}

void ChartWidget::showSummary(const ChartSummary &s)
{
    for (QTreeWidget *tree :
         {m_allergies, m_problems, m_medications, m_vitals, m_results, m_encounters})
        tree->clear();

    setCount(SecAllergies, int(s.allergies.size()));
    for (const Allergy &a : severestFirst(s.allergies)) {
        auto item =
            new QTreeWidgetItem(m_allergies, {a.substance, a.reaction, severityText(a.severity)});
        item->setData(0, Qt::UserRole, a.id);
        if (a.severity == QLatin1String("severe"))
            highlight(item, 3);
    }
    if (s.allergies.isEmpty())
        addPlaceholder(m_allergies, tr("No active allergies recorded"));

    setCount(SecProblems, int(s.problems.size()));
    for (const Problem &p : s.problems) {
        auto item = new QTreeWidgetItem(m_problems, {p.code, p.description, dateText(p.onset)});
        item->setData(0, Qt::UserRole, p.id);
    }
    if (s.problems.isEmpty())
        addPlaceholder(m_problems, tr("No active problems"));

    setCount(SecMedications, int(s.medications.size()));
    for (const Medication &m : s.medications) {
        auto item = new QTreeWidgetItem(m_medications,
                                        {m.name, m.dose, m.route, m.frequency, dateText(m.start)});
        item->setData(0, Qt::UserRole, m.id);
    }
    if (s.medications.isEmpty())
        addPlaceholder(m_medications, tr("No active medications"));

    setCount(SecVitals, int(s.recentVitals.size()));
    for (const Vitals &v : s.recentVitals) {
        QStringList cells{dateText(v.takenAt)};
        cells << (v.systolic && v.diastolic ? tr("%1/%2 mmHg").arg(*v.systolic).arg(*v.diastolic)
                                            : QString());
        cells << (v.pulse ? tr("%1 /min").arg(*v.pulse) : QString());
        cells << (v.temperatureC ? tr("%1 °F").arg(number(*v.temperatureC * 9 / 5 + 32, 1))
                                 : QString());
        cells << (v.weightKg ? tr("%1 lb").arg(number(*v.weightKg / 0.45359237, 1)) : QString());
        cells << (v.bmi ? number(*v.bmi, 1) : QString());
        cells << (v.spo2 ? tr("%1 %").arg(*v.spo2) : QString());
        cells << (v.respRate ? tr("%1 /min").arg(*v.respRate) : QString());
        auto item = new QTreeWidgetItem(m_vitals, cells);
        item->setData(0, Qt::UserRole, v.id);
        if (v.temperatureC)
            item->setToolTip(3, tr("%1 °C").arg(number(*v.temperatureC, 1)));
        if (v.weightKg)
            item->setToolTip(4, tr("%1 kg").arg(number(*v.weightKg, 1)));
    }
    if (s.recentVitals.isEmpty())
        addPlaceholder(m_vitals, tr("No vitals recorded"));

    setCount(SecResults, int(s.recentResults.size()));
    for (const Observation &o : s.recentResults) {
        const QString value =
            o.units.isEmpty() ? o.value : tr("%1 %2", "value units").arg(o.value, o.units);
        auto item = new QTreeWidgetItem(m_results, {dateText(o.performedAt),
                                                    o.name.isEmpty() ? o.code : o.name, value,
                                                    o.referenceRange, o.abnormalFlag});
        item->setData(0, Qt::UserRole, o.id);
        if (o.isAbnormal())
            highlight(item, 5);
    }
    if (s.recentResults.isEmpty())
        addPlaceholder(m_results, tr("No results"));

    setCount(SecEncounters, int(s.encounters.size()));
    for (const Encounter &e : s.encounters) {
        QString kind = e.kind;
        if (e.kind == QLatin1String("office"))
            kind = tr("Office visit");
        else if (e.kind == QLatin1String("walk-in"))
            kind = tr("Walk-in");
        else if (e.kind == QLatin1String("phone"))
            kind = tr("Phone call");
        const QString status =
            e.status == EncounterStatus::Signed ? tr("Signed") : tr("Open", "encounter status");
        auto item = new QTreeWidgetItem(
            m_encounters, {dateText(e.startedAt), e.providerName, kind, e.reason, status});
        item->setData(0, Qt::UserRole, e.id);
        if (e.status == EncounterStatus::Open) {
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        }
    }
    if (s.encounters.isEmpty())
        addPlaceholder(m_encounters, tr("No encounters yet"));

    for (QTreeWidget *tree :
         {m_allergies, m_problems, m_medications, m_vitals, m_results, m_encounters})
        fitColumns(tree);
}

NewVisitDialog *ChartWidget::newVisit()
{
    const auto &patient = m_context.patient.current();
    if (!patient) {
        m_message->setText(tr("Open the patient first (Find patient), then start the visit."));
        return nullptr;
    }
    auto dialog = new NewVisitDialog(m_services, patient->id, patient->displayName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewVisitDialog::opened, this, &ChartWidget::openEncounter);
    dialog->show();
    return dialog;
}

void ChartWidget::openEncounter(qint64 encounterId)
{
    m_chart.setEncounter(encounterId);
    m_context.events.publish({QLatin1String(Core::Constants::Events::ShowDock),
                              {{QLatin1String(Core::Constants::Events::KeyDock),
                                QLatin1String(Constants::DockEncounter)}}});
}

} // namespace Ambulo::Charting::Internal
