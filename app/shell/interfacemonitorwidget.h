#pragma once

#include "connectors/hl7/outboundservice.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Ambulo::Core {
struct ModuleContext;
} // namespace Ambulo::Core

namespace Ambulo::App::Internal {

class InterfaceMonitorModel;
class ParkedMessagesModel;

// The admin's view of the HL7 interfaces: each inbound listener's last report (address, alive or
// not, connections, messages, last error) and each outbound interface's state, queue depths and
// last error, refreshed every few seconds; the selected interface's parked messages, whose text is
// shown only when asked for (an audited PHI read); resend and discard. Everything goes through
// OutboundService.
class InterfaceMonitorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InterfaceMonitorWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    static constexpr int RefreshMs = 5000;

public slots:
    void refresh();

private:
    void interfaceSelected();
    void loadParked();
    void showText();
    void resend();
    void discard();
    qint64 selectedInterface() const;
    qint64 selectedMessage() const;
    void report(const QString &text, bool error);
    void updateButtons();
    void refreshListeners();

    Core::ModuleContext &m_context;
    Hl7::OutboundService m_service;
    InterfaceMonitorModel *m_interfaces;
    ParkedMessagesModel *m_parked;
    QTableView *m_interfaceView;
    QTableView *m_parkedView;
    QTableWidget *m_listeners;
    QPlainTextEdit *m_text;
    QPushButton *m_showText;
    QPushButton *m_resend;
    QPushButton *m_discard;
    QLabel *m_status;
    QTimer *m_timer;
};

} // namespace Ambulo::App::Internal
