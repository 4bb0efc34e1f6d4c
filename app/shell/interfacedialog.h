#pragma once

#include "connectors/hl7/outboundqueue.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Ambulo::App::Internal {

// An outbound HL7 interface's settings, for a new interface or an existing one (whose name then
// stays): receiver, message types, ACK timeout, MSH facilities, TLS, which changes it sends and
// whether it is on. OK saves through `save` (the OutboundService, which checks and audits); a
// refusal keeps the dialog open with the reason, so nothing typed is lost.
class InterfaceDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Core::Status(const Hl7::InterfaceConfig &)>;

    InterfaceDialog(const Hl7::InterfaceConfig &config, bool adding, Save save,
                    QWidget *parent = nullptr);

    // The settings as entered, over the ones the dialog was opened with.
    Hl7::InterfaceConfig config() const;

    void accept() override;

    // The message types Ambulo sends (every module's HL7 adapters'), offered as choices.
    static QStringList messageTypes();

private:
    Hl7::InterfaceConfig m_config;
    Save m_save;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QListWidget *m_types;
    QDoubleSpinBox *m_timeout;
    QLineEdit *m_sendingFacility;
    QLineEdit *m_receivingApplication;
    QLineEdit *m_receivingFacility;
    QComboBox *m_changes;
    QCheckBox *m_tls;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_enabled;
    QLabel *m_error;
};

} // namespace Ambulo::App::Internal
