#include "modules/charting/ui/listitemdialog.h"

#include "core/module/uistyle.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/domain/clinicallists.h"
#include "modules/charting/domain/codeservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Ambulo::Charting::Internal {

namespace {

const QDate NoDate(1900, 1, 1);
constexpr int SearchLimit = 25;
constexpr int MinSearchLength = 2;

// A date field that may stay empty: its lowest date reads as blank.
QDateEdit *dateEdit(const QDate &date, const char *name, QWidget *parent)
{
    auto edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDate(date.isValid() ? date : NoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

QLineEdit *lineEdit(const QString &text, const char *name, QWidget *parent)
{
    auto edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

template<typename T>
std::optional<T> findItem(const Core::Result<QList<T>> &items, qint64 id)
{
    if (items)
        for (const T &item : items.value())
            if (item.id == id)
                return item;
    return std::nullopt;
}

} // namespace

ListItemDialog::ListItemDialog(ChartingServices &services, ListKind kind, qint64 patientId,
                               qint64 itemId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_kind(kind)
    , m_patientId(patientId)
    , m_itemId(itemId)
{
    setObjectName(QLatin1String(ObjectName));
    const bool adding = itemId == 0;
    switch (kind) {
    case ListKind::Problem:
        setWindowTitle(adding ? tr("Add problem") : tr("Edit problem"));
        break;
    case ListKind::Medication:
        setWindowTitle(adding ? tr("Add medication") : tr("Edit medication"));
        break;
    case ListKind::Allergy:
        setWindowTitle(adding ? tr("Add allergy") : tr("Edit allergy"));
        break;
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(MessageName));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Core::UiStyle::errorText());
    m_status = new QComboBox(this);
    m_status->setObjectName(QLatin1String(StatusName));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QLatin1String(SaveName));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    auto formHost = new QWidget(this);
    layout->addWidget(formHost, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (Core::Status s = load(); !s) {
        m_message->setText(s.error().message);
        m_save->setEnabled(false);
    }
    if (kind == ListKind::Problem)
        buildProblem(formHost);
    auto form = qobject_cast<QFormLayout *>(formHost->layout());
    if (!form)
        form = new QFormLayout(formHost);
    switch (kind) {
    case ListKind::Problem:
        break;
    case ListKind::Medication:
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Dose:"), m_dose);
        form->addRow(tr("&Route:"), m_route);
        form->addRow(tr("&Frequency:"), m_frequency);
        form->addRow(tr("S&tart:"), m_start);
        form->addRow(tr("St&op:"), m_stop);
        break;
    case ListKind::Allergy:
        form->addRow(tr("&Substance:"), m_substance);
        form->addRow(tr("&Reaction:"), m_reaction);
        form->addRow(tr("S&everity:"), m_severity);
        break;
    }
    form->addRow(tr("St&atus:"), m_status);
}

// Reads the item being edited (or sets up a blank one) and creates the kind's fields.
Core::Status ListItemDialog::load()
{
    const bool adding = m_itemId == 0;
    auto missing = [this] {
        return Core::Status(
            Core::invalid(tr("There is no such entry %1 for this patient.").arg(m_itemId)));
    };
    Core::Status status;
    switch (m_kind) {
    case ListKind::Problem: {
        Problem p;
        if (!adding) {
            auto list = m_services.problems().list(m_patientId);
            if (!list)
                status = Core::Status(list.error());
            else if (auto found = findItem(list, m_itemId))
                p = *found;
            else
                status = missing();
        }
        m_code = lineEdit(p.code, CodeSearchName, this);
        m_code->setPlaceholderText(tr("ICD-10-CM code or words, e.g. E11.9 or diab mell"));
        m_description = lineEdit(p.description, DescriptionName, this);
        m_onset = dateEdit(p.onset, OnsetName, this);
        addStatuses({{QStringLiteral("active"), tr("Active")},
                     {QStringLiteral("inactive"), tr("Inactive")},
                     {QStringLiteral("resolved"), tr("Resolved")},
                     {QStringLiteral("entered-in-error"), tr("Entered in error")}},
                    p.status);
        break;
    }
    case ListKind::Medication: {
        Medication m;
        if (!adding) {
            auto list = m_services.medications().list(m_patientId);
            if (!list)
                status = Core::Status(list.error());
            else if (auto found = findItem(list, m_itemId))
                m = *found;
            else
                status = missing();
        }
        m_name = lineEdit(m.name, NameName, this);
        m_dose = lineEdit(m.dose, DoseName, this);
        m_dose->setPlaceholderText(tr("e.g. 500 mg"));
        m_route = lineEdit(m.route, RouteName, this);
        m_route->setPlaceholderText(tr("e.g. oral"));
        m_frequency = lineEdit(m.frequency, FrequencyName, this);
        m_frequency->setPlaceholderText(tr("e.g. twice daily"));
        m_start = dateEdit(adding ? QDate::currentDate() : m.start, StartName, this);
        m_stop = dateEdit(m.stop, StopName, this);
        addStatuses({{QStringLiteral("active"), tr("Active")},
                     {QStringLiteral("stopped"), tr("Stopped")},
                     {QStringLiteral("completed"), tr("Completed")},
                     {QStringLiteral("entered-in-error"), tr("Entered in error")}},
                    m.status);
        break;
    }
    case ListKind::Allergy: {
        Allergy a;
        if (!adding) {
            auto list = m_services.allergies().list(m_patientId);
            if (!list)
                status = Core::Status(list.error());
            else if (auto found = findItem(list, m_itemId))
                a = *found;
            else
                status = missing();
        }
        m_substance = lineEdit(a.substance, SubstanceName, this);
        m_reaction = lineEdit(a.reaction, ReactionName, this);
        m_severity = new QComboBox(this);
        m_severity->setObjectName(QLatin1String(SeverityName));
        m_severity->addItem(tr("Not known"), QString());
        m_severity->addItem(tr("Mild"), QStringLiteral("mild"));
        m_severity->addItem(tr("Moderate"), QStringLiteral("moderate"));
        m_severity->addItem(tr("Severe"), QStringLiteral("severe"));
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(a.severity)));
        addStatuses({{QStringLiteral("active"), tr("Active")},
                     {QStringLiteral("inactive"), tr("Inactive")},
                     {QStringLiteral("resolved"), tr("Resolved")},
                     {QStringLiteral("entered-in-error"), tr("Entered in error")}},
                    a.status);
        break;
    }
    }
    return status;
}

void ListItemDialog::buildProblem(QWidget *host)
{
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QLatin1String(CodeMatchesName));
    m_matches->setMinimumHeight(m_matches->fontMetrics().height() * 5);
    auto form = new QFormLayout(host);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(QString(), m_matches);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Onset:"), m_onset);
    connect(m_code, &QLineEdit::textEdited, this, &ListItemDialog::search);
    connect(m_matches, &QListWidget::currentRowChanged, this, &ListItemDialog::pickMatch);
}

void ListItemDialog::addStatuses(const QList<QPair<QString, QString>> &statuses,
                                 const QString &current)
{
    for (const auto &[id, text] : statuses)
        m_status->addItem(text, id);
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
}

QString ListItemDialog::messageText() const
{
    return m_message->text();
}

void ListItemDialog::search(const QString &text)
{
    if (!m_matches)
        return;
    const QSignalBlocker block(m_matches);
    m_matches->clear();
    m_found.clear();
    if (text.trimmed().size() < MinSearchLength)
        return;
    auto found = m_services.codes().searchIcd10(text.trimmed(), SearchLimit);
    if (!found) {
        m_message->setText(found.error().message);
        return;
    }
    m_message->clear();
    m_found = found.value();
    for (const Icd10Code &c : std::as_const(m_found)) {
        auto item = new QListWidgetItem(
            tr("%1 — %2", "code — description").arg(c.code, c.shortDescription), m_matches);
        item->setToolTip(c.longDescription);
    }
    if (m_found.isEmpty())
        m_message->setText(tr("No ICD-10-CM code matches \"%1\".").arg(text.trimmed()));
}

void ListItemDialog::pickMatch(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    const Icd10Code &c = m_found.at(row);
    m_code->setText(c.code);
    m_description->setText(c.shortDescription);
    if (!c.billable)
        m_message->setText(
            tr("%1 is a category, not a billable code; pick a more specific one if you can.")
                .arg(c.code));
    else
        m_message->clear();
}

Core::Result<qint64> ListItemDialog::write()
{
    const QString status = m_status->currentData().toString();
    const bool adding = m_itemId == 0;
    switch (m_kind) {
    case ListKind::Problem: {
        Problem p;
        p.id = m_itemId;
        p.patientId = m_patientId;
        p.code = m_code->text().trimmed();
        if (p.code.isEmpty())
            return Core::invalid(tr("Pick an ICD-10-CM code for the problem."));
        p.description = m_description->text().trimmed();
        p.onset = dateOf(m_onset);
        p.status = status;
        if (adding)
            return m_services.problems().add(p);
        if (Core::Status s = m_services.problems().update(p); !s)
            return s.error();
        return m_itemId;
    }
    case ListKind::Medication: {
        Medication m;
        m.id = m_itemId;
        m.patientId = m_patientId;
        m.name = m_name->text().trimmed();
        m.dose = m_dose->text().trimmed();
        m.route = m_route->text().trimmed();
        m.frequency = m_frequency->text().trimmed();
        m.start = dateOf(m_start);
        m.stop = dateOf(m_stop);
        m.status = status;
        if (adding)
            return m_services.medications().add(m);
        if (Core::Status s = m_services.medications().update(m); !s)
            return s.error();
        return m_itemId;
    }
    case ListKind::Allergy: {
        Allergy a;
        a.id = m_itemId;
        a.patientId = m_patientId;
        a.substance = m_substance->text().trimmed();
        a.reaction = m_reaction->text().trimmed();
        a.severity = m_severity->currentData().toString();
        a.status = status;
        if (adding)
            return m_services.allergies().add(a);
        if (Core::Status s = m_services.allergies().update(a); !s)
            return s.error();
        return m_itemId;
    }
    }
    return Core::invalid(tr("Unknown list."));
}

bool ListItemDialog::save()
{
    auto written = write();
    if (!written) {
        m_message->setText(written.error().message);
        return false;
    }
    m_itemId = written.value();
    m_message->clear();
    emit saved(m_itemId);
    accept();
    return true;
}

ListHistoryDialog::ListHistoryDialog(ChartingServices &services, ListKind kind, qint64 itemId,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QLatin1String(ObjectName));
    setWindowTitle(tr("History"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QLatin1String(TreeName));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Became")});
    m_tree->setRootIsDecorated(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(640, 320);

    Core::Result<QList<HistoryEntry>> history = Core::invalid(QString());
    switch (kind) {
    case ListKind::Problem:
        history = services.problems().history(itemId);
        break;
    case ListKind::Medication:
        history = services.medications().history(itemId);
        break;
    case ListKind::Allergy:
        history = services.allergies().history(itemId);
        break;
    }
    if (!history) {
        auto item = new QTreeWidgetItem(m_tree, {history.error().message});
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const HistoryEntry &h : history.value()) {
        const QString action = h.action == QLatin1String("add")      ? tr("Added")
                               : h.action == QLatin1String("update") ? tr("Changed")
                                                                     : h.action;
        new QTreeWidgetItem(m_tree, {QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat),
                                     h.user, action, snapshotText(h.snapshot)});
    }
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
}

QStringList ListHistoryDialog::rows() const
{
    QStringList out;
    for (int r = 0; r < m_tree->topLevelItemCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_tree->columnCount(); ++c)
            cells << m_tree->topLevelItem(r)->text(c);
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

QString ListHistoryDialog::snapshotText(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return json;
    // The fields in the order a person reads them, then anything else.
    const QList<QPair<QString, QString>> labels{{QStringLiteral("code"), tr("Code")},
                                                {QStringLiteral("description"), tr("Description")},
                                                {QStringLiteral("name"), tr("Name")},
                                                {QStringLiteral("substance"), tr("Substance")},
                                                {QStringLiteral("reaction"), tr("Reaction")},
                                                {QStringLiteral("severity"), tr("Severity")},
                                                {QStringLiteral("dose"), tr("Dose")},
                                                {QStringLiteral("route"), tr("Route")},
                                                {QStringLiteral("frequency"), tr("Frequency")},
                                                {QStringLiteral("onset"), tr("Onset")},
                                                {QStringLiteral("start"), tr("Start")},
                                                {QStringLiteral("stop"), tr("Stop")},
                                                {QStringLiteral("status"), tr("Status")}};
    QStringList parts;
    QStringList seen;
    auto add = [&parts](const QString &label, const QJsonValue &value) {
        const QString text = value.isString() ? value.toString() : value.toVariant().toString();
        if (!text.isEmpty())
            parts << tr("%1: %2", "field: value").arg(label, text);
    };
    for (const auto &[key, label] : labels) {
        if (o.contains(key)) {
            add(label, o.value(key));
            seen << key;
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!seen.contains(it.key()))
            add(it.key(), it.value());
    return parts.join(QStringLiteral("; "));
}

} // namespace Ambulo::Charting::Internal
