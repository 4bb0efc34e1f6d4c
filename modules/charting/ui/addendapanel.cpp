#include "modules/charting/ui/addendapanel.h"

#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include <QLabel>
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

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(new QLabel(tr("Addenda"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_text);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_add, &QPushButton::clicked, this, &AddendaPanel::add);
}

void AddendaPanel::setEncounter(const Encounter &encounter, bool canWrite)
{
    m_encounter = encounter;
    m_text->clear();
    const bool signedNote = encounter.id != 0 && encounter.status == EncounterStatus::Signed;
    m_text->setEnabled(signedNote && canWrite);
    m_add->setEnabled(signedNote && canWrite);
    reload();
}

void AddendaPanel::reload()
{
    m_list->clear();
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
