#pragma once

#include "core/entities/patient.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Ambulo::Core {
class PatientContext;
class Services;
} // namespace Ambulo::Core

namespace Ambulo::App {

// The global patient finder (Ctrl+K): searches as the clerk types, opens the chosen patient
// through the patient service (audited, with break-glass for restricted records) and makes it
// the current patient of every dock.
class PatientSearchDialog : public QDialog
{
    Q_OBJECT
public:
    PatientSearchDialog(Core::Services &services, Core::PatientContext &context,
                        QWidget *parent = nullptr);

    void popup();
    // Forgets what was typed and found; used when the screen locks or the user changes.
    void clearAndHide();

    static constexpr int MinimumTyped = 2;
    static constexpr int ResultLimit = 20;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &typed);
    void openRow(int row);

    Core::Services &m_services;
    Core::PatientContext &m_context;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QList<Core::PatientMatch> m_matches;
};

} // namespace Ambulo::App
