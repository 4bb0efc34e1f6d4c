#include "app/shell/interfacedialog.h"

#include "app/modulecatalog.h"
#include "app/shell/shellconstants.h"
#include "connectors/hl7/outboundconstants.h"
#include "core/module/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ambulo::App::Internal {

namespace Names = Constants::ObjectNames;

namespace {

QLineEdit *lineEdit(const QString &text, const char *name, QWidget *parent)
{
    auto edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

QStringList InterfaceDialog::messageTypes()
{
    QStringList types;
    for (const Hl7::AdapterSet &set : ModuleCatalog::hl7Adapters())
        types << set.outboundTypes;
    return types;
}

InterfaceDialog::InterfaceDialog(const Hl7::InterfaceConfig &config, bool adding, Save save,
                                 QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_save(std::move(save))
{
    setObjectName(QLatin1String(Names::InterfaceDialog));
    setWindowTitle(adding ? tr("New outbound interface") : tr("Interface %1").arg(config.name));

    m_name = lineEdit(config.name, Names::InterfaceDialogName, this);
    m_name->setReadOnly(!adding);
    m_name->setPlaceholderText(tr("e.g. HOSP (letters, digits, '.', '_', '-')"));
    m_host = lineEdit(config.host, Names::InterfaceDialogHost, this);
    m_host->setPlaceholderText(tr("Host name or address of the receiver"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QLatin1String(Names::InterfaceDialogPort));
    m_port->setRange(1, 65535);
    m_port->setValue(config.port > 0 ? config.port : 2575);

    m_types = new QListWidget(this);
    m_types->setObjectName(QLatin1String(Names::InterfaceDialogTypes));
    m_types->setToolTip(tr("None ticked: every message Ambulo makes."));
    QStringList offered = messageTypes();
    for (const QString &t : config.messageTypes) {
        if (!offered.contains(t))
            offered << t; // set elsewhere: kept, and shown
    }
    for (const QString &t : std::as_const(offered)) {
        auto item = new QListWidgetItem(t, m_types);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(config.messageTypes.contains(t) ? Qt::Checked : Qt::Unchecked);
    }
    m_types->setMaximumHeight(m_types->sizeHintForRow(0) * 5 + 2 * m_types->frameWidth());

    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(QLatin1String(Names::InterfaceDialogTimeout));
    m_timeout->setRange(0.1, 600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(config.ackTimeoutMs / 1000.0);

    m_sendingFacility = lineEdit(config.sendingFacility, Names::InterfaceDialogSending, this);
    m_receivingApplication =
        lineEdit(config.receivingApplication, Names::InterfaceDialogReceivingApp, this);
    m_receivingFacility =
        lineEdit(config.receivingFacility, Names::InterfaceDialogReceivingFacility, this);

    m_changes = new QComboBox(this);
    m_changes->setObjectName(QLatin1String(Names::InterfaceDialogChanges));
    m_changes->addItem(tr("Every workstation's (this one is the practice's interface "
                          "workstation)"),
                       false);
    m_changes->addItem(tr("This workstation's only (every workstation has this interface)"), true);
    m_changes->setCurrentIndex(config.localChangesOnly ? 1 : 0);

    m_tls = new QCheckBox(tr("Use TLS"), this);
    m_tls->setObjectName(QLatin1String(Names::InterfaceDialogTls));
    m_tls->setChecked(config.tls.enabled);
    m_caFile = lineEdit(config.tls.caFile, Names::InterfaceDialogCaFile, this);
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_certFile = lineEdit(config.tls.certFile, Names::InterfaceDialogCertFile, this);
    m_certFile->setPlaceholderText(tr("None"));
    m_keyFile = lineEdit(config.tls.keyFile, Names::InterfaceDialogKeyFile, this);
    m_keyFile->setPlaceholderText(tr("None"));
    auto tlsChanged = [this](bool on) {
        m_caFile->setEnabled(on);
        m_certFile->setEnabled(on);
        m_keyFile->setEnabled(on);
    };
    connect(m_tls, &QCheckBox::toggled, this, tlsChanged);
    tlsChanged(m_tls->isChecked());

    m_enabled = new QCheckBox(tr("Send messages"), this);
    m_enabled->setObjectName(QLatin1String(Names::InterfaceDialogEnabled));
    m_enabled->setChecked(config.enabled);
    m_enabled->setToolTip(tr("Off: changes are still queued, and sent once it is on again."));

    m_error = new QLabel(this);
    m_error->setObjectName(QLatin1String(Names::InterfaceDialogError));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Core::UiStyle::errorText());
    m_error->hide();

    auto form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Receiver host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Message types"), m_types);
    form->addRow(tr("ACK timeout"), m_timeout);
    form->addRow(tr("Sending facility (MSH-4)"), m_sendingFacility);
    form->addRow(tr("Receiving application (MSH-5)"), m_receivingApplication);
    form->addRow(tr("Receiving facility (MSH-6)"), m_receivingFacility);
    form->addRow(tr("Sends the changes of"), m_changes);
    form->addRow(QString(), m_tls);
    form->addRow(tr("CA certificates file"), m_caFile);
    form->addRow(tr("Client certificate file"), m_certFile);
    form->addRow(tr("Client key file"), m_keyFile);
    form->addRow(QString(), m_enabled);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InterfaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InterfaceDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Hl7::InterfaceConfig InterfaceDialog::config() const
{
    Hl7::InterfaceConfig c = m_config;
    c.name = m_name->text().trimmed();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.messageTypes.clear();
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            c.messageTypes << m_types->item(i)->text();
    }
    c.ackTimeoutMs = qRound(m_timeout->value() * 1000);
    c.sendingFacility = m_sendingFacility->text().trimmed();
    c.receivingApplication = m_receivingApplication->text().trimmed();
    c.receivingFacility = m_receivingFacility->text().trimmed();
    c.localChangesOnly = m_changes->currentData().toBool();
    c.tls.enabled = m_tls->isChecked();
    // Files only count with TLS on; kept as typed otherwise would be refused as unused.
    c.tls.caFile = c.tls.enabled ? m_caFile->text().trimmed() : QString();
    c.tls.certFile = c.tls.enabled ? m_certFile->text().trimmed() : QString();
    c.tls.keyFile = c.tls.enabled ? m_keyFile->text().trimmed() : QString();
    c.enabled = m_enabled->isChecked();
    return c;
}

void InterfaceDialog::accept()
{
    if (Core::Status s = m_save(config()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Ambulo::App::Internal
