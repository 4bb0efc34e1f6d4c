#include "app/shell/namematcheswidget.h"

#include "app/shell/matchundo.h"
#include "app/shell/patienttext.h"
#include "app/shell/shellconstants.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "core/module/uistyle.h"
#include "core/session/services.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace Names = Constants::ObjectNames;

namespace {
constexpr int PollMs = 20 * 1000;
} // namespace

NameMatchesWidget::NameMatchesWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto intro = new QLabel(tr("Registrations from other systems that were taken to be a record "
                               "here by name and birth date. Compare each, then confirm it or "
                               "undo it."),
                            this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QLatin1String(Names::MatchesTable));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Record"), tr("Numbers"), tr("From"), tr("Changed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Comparing shows the record's demographics, a read of the chart: only on request, audited.
    m_details = new QLabel(this);
    m_details->setObjectName(QLatin1String(Names::MatchesDetails));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QLatin1String(Names::MatchesStatus));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    const auto button = [this](const QString &text, const char *name) {
        auto b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_compare = button(tr("&Compare"), Names::MatchesCompare);
    m_confirm = button(tr("Right &person"), Names::MatchesConfirm);
    m_confirm->setToolTip(tr("The match was right: it leaves this list"));
    m_undo = button(tr("&Undo the match…"), Names::MatchesUndo);
    m_open = button(tr("&Open record"), Names::MatchesOpen);
    auto refresh = button(tr("&Refresh"), Names::MatchesRefresh);
    connect(m_compare, &QPushButton::clicked, this, &NameMatchesWidget::compare);
    connect(m_confirm, &QPushButton::clicked, this, &NameMatchesWidget::confirm);
    connect(m_undo, &QPushButton::clicked, this, &NameMatchesWidget::undo);
    connect(m_open, &QPushButton::clicked, this, &NameMatchesWidget::openRecord);
    connect(refresh, &QPushButton::clicked, this, &NameMatchesWidget::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_details->clear();
        updateButtons();
    });

    auto buttons = new QHBoxLayout;
    for (QPushButton *b : {m_compare, m_confirm, m_undo, m_open})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    // Matches are made by the interfaces while the dock is open.
    m_poll = new QTimer(this);
    m_poll->setObjectName(QLatin1String(Names::MatchesPoll));
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &NameMatchesWidget::poll);
    updateButtons();
}

void NameMatchesWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_poll->start();
}

void NameMatchesWidget::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    QWidget::hideEvent(event);
}

void NameMatchesWidget::poll()
{
    auto matches = m_context.services.patients().samePersonReview();
    if (!matches)
        return; // Refresh says why; the next look may do better
    const auto ids = [](const QList<Core::SamePersonMatch> &list) {
        QList<qint64> out;
        for (const Core::SamePersonMatch &m : list)
            out << m.id;
        return out;
    };
    if (ids(matches.value()) == ids(m_matches))
        return;
    const Core::SamePersonMatch *chosen = selected();
    const qint64 chosenId = chosen ? chosen->id : 0;
    const QString details = m_details->text();
    reload();
    const int row = int(ids(m_matches).indexOf(chosenId));
    if (chosenId == 0 || row < 0)
        return;
    m_table->selectRow(row);
    m_details->setText(details);
}

void NameMatchesWidget::reload()
{
    m_table->setRowCount(0);
    m_details->clear();
    auto matches = m_context.services.patients().samePersonReview();
    m_matches = matches ? matches.value() : QList<Core::SamePersonMatch>();
    if (!matches)
        say(matches.error().message, true);
    else
        say(m_matches.isEmpty()
                ? tr("No name matches are waiting for review.")
                : tr("%n match(es) waiting for review.", nullptr, int(m_matches.size())));
    m_table->setRowCount(int(m_matches.size()));
    for (int row = 0; row < m_matches.size(); ++row) {
        const Core::SamePersonMatch &m = m_matches.at(row);
        QStringList numbers;
        for (const Core::PatientIdentifier &id : m.identifiers)
            numbers << PatientText::identifierLine(id);
        const QDateTime at = QDateTime::fromString(m.at, Qt::ISODateWithMs).toLocalTime();
        const QStringList cells{
            QLocale().toString(at, QLocale::ShortFormat), m.mrn, numbers.join(QLatin1String("; ")),
            m.source, m.changed.isEmpty() ? tr("nothing") : m.changed.join(QLatin1String(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const Core::SamePersonMatch *NameMatchesWidget::selected() const
{
    const int row = m_table->currentRow();
    const bool chosen = m_table->selectionModel()->hasSelection();
    return chosen && row >= 0 && row < m_matches.size() ? &m_matches.at(row) : nullptr;
}

void NameMatchesWidget::updateButtons()
{
    const bool chosen = selected() != nullptr;
    for (QPushButton *b : {m_compare, m_confirm, m_undo, m_open})
        b->setEnabled(chosen);
}

void NameMatchesWidget::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(Core::UiStyle::errorText(error));
}

void NameMatchesWidget::compare()
{
    const Core::SamePersonMatch *match = selected();
    if (!match)
        return;
    auto changes = m_context.services.patients().samePersonChanges(match->id);
    if (!changes) {
        say(changes.error().message, true);
        return;
    }
    QStringList lines;
    const auto shown = [](const QString &v) {
        return v.isEmpty() ? tr("(empty)") : v;
    };
    for (const Core::SamePersonChange &c : std::as_const(changes.value())) {
        lines << (c.now == c.after
                      ? tr("%1: %2 → %3").arg(c.field, shown(c.before), shown(c.after))
                      : tr("%1: %2 → %3, now %4")
                            .arg(c.field, shown(c.before), shown(c.after), shown(c.now)));
    }
    m_details->setText(lines.isEmpty() ? tr("The match changed nothing in the record.")
                                       : tr("Before the match → from %1:\n%2")
                                             .arg(match->source, lines.join(QLatin1Char('\n'))));
}

void NameMatchesWidget::confirm()
{
    const Core::SamePersonMatch *match = selected();
    if (!match)
        return;
    const QString mrn = match->mrn;
    if (Core::Status s = m_context.services.patients().confirmSamePerson(match->id); !s) {
        say(s.error().message, true);
        return;
    }
    reload();
    say(tr("Confirmed: %1 is the person %2 registered.").arg(mrn, match->source));
}

void NameMatchesWidget::undo()
{
    const Core::SamePersonMatch *found = selected();
    if (!found)
        return;
    const Core::SamePersonMatch match = *found;
    Core::PatientService &patients = m_context.services.patients();
    const auto asked =
        askToUndoMatch(this, tr("Undo the match"), patients, match, tr("record %1").arg(match.mrn));
    if (!asked)
        return;
    const Core::Result<Core::SamePersonUndo> &undone = *asked;
    if (!undone) {
        say(undone.error().message, true);
        return;
    }
    // The record on screen shows what was put back.
    if (const auto &current = m_context.patient.current();
        current && current->id == match.patientId) {
        if (auto reopened = patients.open(match.patientId))
            m_context.patient.setCurrent(reopened.value());
    }
    reload();
    say(tr("%1: %2").arg(match.mrn, PatientText::undoSummary(undone.value())));
}

void NameMatchesWidget::openRecord()
{
    const Core::SamePersonMatch *match = selected();
    if (!match)
        return;
    auto patient = m_context.patient.openForPerson(m_context.services.patients(), match->patientId);
    if (!patient) {
        if (!patient.error().message.isEmpty())
            say(patient.error().message, true);
        return;
    }
    m_context.patient.setCurrent(patient.value());
}

} // namespace Ambulo::App::Internal
