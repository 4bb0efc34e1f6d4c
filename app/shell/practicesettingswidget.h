#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QCheckBox;
class QSpinBox;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::App::Internal {

// The admin's form for the practice-wide settings. A save is announced on the event hub so the
// shell applies the new idle-lock time and name at once.
class PracticeSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    PracticeSettingsWidget(Core::ModuleContext &context, QWidget *parent = nullptr);

    void load();
    bool save();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Core::ModuleContext &m_context;
    bool m_loaded = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_npi = nullptr;
    QLineEdit *m_taxId = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QCheckBox *m_matchSamePerson = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Ambulo::App::Internal
