#include "modules/charting/ui/newvisitdialog.h"

#include "core/session/services.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ambulo::Charting::Internal {

namespace Names = Constants::ObjectNames;

NewVisitDialog::NewVisitDialog(ChartingServices &services, qint64 patientId,
                               const QString &patientName, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_patientId(patientId)
{
    setObjectName(QLatin1String(Names::NewVisitDialog));
    setWindowTitle(tr("New visit for %1").arg(patientName));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QLatin1String(Names::NewVisitKind));
    m_kind->addItem(tr("Walk-in"), QStringLiteral("walk-in"));
    m_kind->addItem(tr("Phone call"), QStringLiteral("phone"));
    m_kind->addItem(tr("Office visit"), QStringLiteral("office"));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QLatin1String(Names::NewVisitProvider));
    m_location = new QComboBox(this);
    m_location->setObjectName(QLatin1String(Names::NewVisitLocation));
    m_location->addItem(tr("(no location)"), qint64(0));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QLatin1String(Names::NewVisitReason));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why the patient is seen"));
    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::NewVisitMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    Core::Services &core = services.core();
    const Core::Session *session = core.context().session();
    // The signed-in provider documents their own visits; someone without a practitioner record
    // (a nurse's account, an admin) says whom the visit is with.
    int own = -1;
    if (auto practitioners = core.directory().practitioners()) {
        for (const Core::Practitioner &p : practitioners.value()) {
            if (!p.active)
                continue;
            const QString name = p.credentials.isEmpty()
                                     ? p.displayName()
                                     : tr("%1, %2").arg(p.displayName(), p.credentials);
            m_provider->addItem(name, p.id);
            if (session && p.userId == session->userId)
                own = m_provider->count() - 1;
        }
    } else {
        m_message->setText(practitioners.error().message);
    }
    m_provider->setCurrentIndex(own);
    m_provider->setPlaceholderText(tr("Choose the provider"));
    if (auto locations = core.directory().locations()) {
        for (const Core::Location &l : locations.value())
            m_location->addItem(l.name, l.id);
        if (locations->size() == 1)
            m_location->setCurrentIndex(1);
    }

    auto form = new QFormLayout;
    form->addRow(tr("&Visit"), m_kind);
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("&Reason"), m_reason);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("Open visit"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QLatin1String(Names::NewVisitOpen));
    m_open->setDefault(true);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { openVisit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

QString NewVisitDialog::messageText() const
{
    return m_message->text();
}

bool NewVisitDialog::openVisit()
{
    if (m_provider->currentIndex() < 0) {
        m_message->setText(tr("Choose the provider the visit is with."));
        m_provider->setFocus();
        return false;
    }
    auto id = m_services.encounters().openAdHoc(
        m_patientId, m_provider->currentData().toLongLong(), m_location->currentData().toLongLong(),
        m_kind->currentData().toString(), m_reason->text().trimmed());
    if (!id) {
        m_message->setText(id.error().message);
        return false;
    }
    m_encounterId = id.value();
    emit opened(m_encounterId);
    accept();
    return true;
}

} // namespace Ambulo::Charting::Internal
