#include "app/sync/syncsettingswidget.h"

#include "app/sync/syncconstants.h"
#include "app/sync/syncsettings.h"
#include "core/context/eventhub.h"
#include "core/module/module.h"
#include "core/session/services.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace Names = SyncConstants::ObjectNames;

SyncSettingsWidget::SyncSettingsWidget(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto edit = [this](const char *name, const QString &placeholder) {
        auto e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(500);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_server = edit(Names::SettingsServer, tr("https://ehr.example.org/fhir/R4 (empty: off)"));
    m_token = edit(Names::SettingsToken, tr("optional, full path"));
    m_ca = edit(Names::SettingsCa, tr("optional, full path"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QLatin1String(Names::SettingsInterval));
    m_interval->setRange(SyncConstants::MinIntervalSeconds, SyncConstants::MaxIntervalSeconds);
    m_interval->setSuffix(tr(" s"));

    auto form = new QFormLayout;
    form->addRow(tr("FHIR &server:"), m_server);
    form->addRow(tr("&Token file:"), m_token);
    form->addRow(tr("&CA file:"), m_ca);
    form->addRow(tr("Sync &every:"), m_interval);

    m_message = new QLabel(this);
    m_message->setObjectName(QLatin1String(Names::SettingsMessage));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QLatin1String(Names::SettingsSave));
    auto revertButton = new QPushButton(tr("Revert"), this);
    connect(saveButton, &QPushButton::clicked, this, &SyncSettingsWidget::save);
    connect(revertButton, &QPushButton::clicked, this, &SyncSettingsWidget::load);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void SyncSettingsWidget::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        load();
    QWidget::showEvent(event);
}

void SyncSettingsWidget::load()
{
    m_loaded = true;
    const SyncSettings s = SyncSettingsService(m_context.services.context()).settings();
    m_server->setText(s.serverUrl);
    m_token->setText(s.tokenFile);
    m_ca->setText(s.caFile);
    m_interval->setValue(s.intervalSeconds);
    m_message->clear();
}

bool SyncSettingsWidget::save()
{
    SyncSettings s;
    s.serverUrl = m_server->text().trimmed();
    s.tokenFile = m_token->text().trimmed();
    s.caFile = m_ca->text().trimmed();
    s.intervalSeconds = m_interval->value();
    if (Core::Status status = SyncSettingsService(m_context.services.context()).save(s); !status) {
        m_message->setText(status.error().message);
        return false;
    }
    m_message->setText(s.configured() ? tr("Saved. Sync starts now.") : tr("Saved. Sync is off."));
    m_context.events.publish({QLatin1String(SyncConstants::EventSettingsChanged), {}});
    return true;
}

} // namespace Ambulo::App::Internal
