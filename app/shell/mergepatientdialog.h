#pragma once

#include "core/entities/patient.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Ambulo::Core {
class Services;
}

namespace Ambulo::App {

// A practice admin merges a duplicate record into the patient on screen: they find the other
// record by the search everyone uses, see both side by side, say why, and confirm. The merge is
// PatientService's (permission, audit, change log); a refusal stays in the dialog.
class MergePatientDialog : public QDialog
{
    Q_OBJECT
public:
    MergePatientDialog(Core::Services &services, const Core::Patient &keep,
                       QWidget *parent = nullptr);

    // What was said when the merge was done: "M0000002 merged into M0000001".
    QString outcome() const { return m_outcome; }

private:
    void search(const QString &typed);
    void choose();
    void merge();

    Core::Services &m_services;
    Core::Patient m_keep;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_chosen = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_merge = nullptr;
    QList<Core::PatientMatch> m_matches;
    QString m_outcome;
};

} // namespace Ambulo::App
