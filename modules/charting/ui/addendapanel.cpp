#include "modules/charting/ui/addendapanel.h"

#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include "modules/charting/domain/chartingconstants.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

AddendaPanel::AddendaPanel(ChartingServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QLatin1String(Names::AddendaList));
    m_list->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QLatin1String(Names::AddendumText));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Addendum to the signed note"));
    m_text->setMaximumHeight(120);
    m_add = new QPushButton(tr("Sign and add addendum"), this);
    m_add->setObjectName(QLatin1String(Names::AddendumAdd));

    m_amendments = new QListWidget(this);
    m_amendments->setObjectName(QLatin1String(Names::AmendmentList));
    m_amendments->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QLatin1String(Names::AmendmentReason));
    m_reason->setPlaceholderText(tr("Reason for the decision"));
    m_accept = new QPushButton(tr("Accept"), this);
    m_accept->setObjectName(QLatin1String(Names::AmendmentAccept));
    m_deny = new QPushButton(tr("Deny"), this);
    m_deny->setObjectName(QLatin1String(Names::AmendmentDeny));

    auto decision = new QHBoxLayout;
    decision->addWidget(m_reason, 1);
    decision->addWidget(m_accept);
    decision->addWidget(m_deny);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(new QLabel(tr("Addenda"), this));
    layout->addWidget(m_list, 2);
    layout->addWidget(m_text);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("Amendment requests from the patient"), this));
    layout->addWidget(m_amendments, 1);
    layout->addLayout(decision);
    connect(m_add, &QPushButton::clicked, this, &AddendaPanel::add);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_amendments, &QListWidget::currentRowChanged, this,
            &AddendaPanel::updateDecisionButtons);
}

void AddendaPanel::setEncounter(const Encounter &encounter, bool canWrite, bool canDecide)
{
    m_encounter = encounter;
    m_canDecide = canDecide;
    m_reason->clear();
    m_text->clear();
    const bool signedNote = encounter.id != 0 && encounter.status == EncounterStatus::Signed;
    m_text->setEnabled(signedNote && canWrite);
    m_add->setEnabled(signedNote && canWrite);
    reload();
}

void AddendaPanel::reload()
{
    m_list->clear();
    m_amendments->clear();
    m_requests.clear();
    updateDecisionButtons();
    if (m_encounter.id == 0 || m_encounter.status != EncounterStatus::Signed)
        return;
    auto list = m_services.notes().addenda(m_encounter.id);
    if (!list) {
        emit message(list.error().message, true);
        return;
    }
    for (const Addendum &a : list.value())
        m_list->addItem(tr("%1 — %2\n%3\n%4")
                            .arg(QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat),
                                 a.author, a.text, a.signature));
    auto requests = m_services.notes().amendments(m_encounter.id);
    if (!requests) {
        emit message(requests.error().message, true);
        return;
    }
    m_requests = requests.value();
    for (const AmendmentRequest &r : std::as_const(m_requests)) {
        const QString asked = QLocale().toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat);
        m_amendments->addItem(
            r.decision == QLatin1String(Constants::Amendment::Pending)
                ? tr("%1 — pending: %2").arg(asked, r.requestText)
                : tr("%1 — %2 by %3: %4\nReason: %5")
                      .arg(asked, r.decision, r.decidedBy, r.requestText, r.reason));
    }
    updateDecisionButtons();
}

void AddendaPanel::updateDecisionButtons()
{
    const int row = m_amendments->currentRow();
    const bool pending =
        row >= 0 && row < m_requests.size()
        && m_requests[row].decision == QLatin1String(Constants::Amendment::Pending);
    m_reason->setEnabled(m_canDecide && !m_requests.isEmpty());
    m_accept->setEnabled(m_canDecide && pending);
    m_deny->setEnabled(m_canDecide && pending);
}

void AddendaPanel::decide(bool accept)
{
    const int row = m_amendments->currentRow();
    if (row < 0 || row >= m_requests.size())
        return;
    if (Core::Status s =
            m_services.notes().decideAmendment(m_requests[row].id, accept, m_reason->text());
        !s) {
        emit message(s.error().message, true);
        return;
    }
    m_reason->clear();
    reload();
    emit message(accept ? tr("Amendment accepted and appended to the note.")
                        : tr("Amendment denied; the request and the reason are appended."),
                 false);
}

QStringList AddendaPanel::entries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void AddendaPanel::add()
{
    if (m_encounter.id == 0)
        return;
    auto id = m_services.notes().addAddendum(m_encounter.id, m_text->toPlainText());
    if (!id) {
        emit message(id.error().message, true);
        return;
    }
    m_text->clear();
    reload();
    emit message(tr("Addendum signed and added."), false);
}

} // namespace Ambulo::Charting::Internal
