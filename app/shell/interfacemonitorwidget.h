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
// shown only when asked for (an audited PHI read); resend and discard; adding, changing and
// removing an outbound interface (InterfaceDialog). Everything goes through OutboundService.
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
    void addInterface();
    void editInterface();
    void removeInterface();
    // The selected interface's row of the last refresh (nullptr: none selected).
    const Hl7::QueueState *selectedState() const;
    qint64 selectedInterface() const;
    qint64 selectedMessage() const;
    // The outcome of the admin's action; it stays until another interface is selected.
    void report(const QString &text, bool error);
    // The refresh's summary line, unless an outcome is showing.
    void summarize(const QString &text);
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
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_status;
    QTimer *m_timer;
    bool m_reported = false;
};

} // namespace Ambulo::App::Internal
