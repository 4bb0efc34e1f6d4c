#pragma once

#include <QToolBar>

class QLabel;

namespace Ambulo::Core {
class PatientContext;
}

namespace Ambulo::App {

// The strip above the docks naming the patient every dock is showing. It follows the patient
// context; while the screen is locked it shows nothing about the patient.
class PatientBanner : public QToolBar
{
    Q_OBJECT
public:
    explicit PatientBanner(Core::PatientContext &context, QWidget *parent = nullptr);

    void setLocked(bool locked);
    // Where the shown patient stands with the sync server ("Synced", "Sync pending", ...);
    // empty hides it (sync off, or no patient).
    void setSyncState(const QString &text, const QString &toolTip = {});
    bool isLocked() const { return m_locked; }

private:
    void refresh();

    Core::PatientContext &m_context;
    bool m_locked = false;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_allergies = nullptr;
    QLabel *m_restricted = nullptr;
    QLabel *m_sync = nullptr;
};

} // namespace Ambulo::App
