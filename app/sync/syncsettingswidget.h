#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::App::Internal {

// The practice admin's sync settings: the FHIR server, the optional token and CA files, the
// interval. A save is announced on the event hub, so the shell restarts its sync worker.
class SyncSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    SyncSettingsWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    void load();
    bool save();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Core::ModuleContext &m_context;
    bool m_loaded = false;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_ca = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Ambulo::App::Internal
