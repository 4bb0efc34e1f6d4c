#pragma once

#include "core/entities/patient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ambulo::Core {
class Services;
}

namespace Ambulo::App {

// The front desk types in a number another system knows the patient by (the hospital's MRN read
// out on the phone, a lab's patient id), so that system's messages under it reach this chart
// instead of making a second record. PatientService adds it (permission, audit, change log); a
// refusal stays in the dialog with what was typed.
class AddNumberDialog : public QDialog
{
    Q_OBJECT
public:
    AddNumberDialog(Core::Services &services, const Core::Patient &patient,
                    QWidget *parent = nullptr);

private:
    void add();

    Core::Services &m_services;
    Core::Patient m_patient;
    QComboBox *m_authority = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Ambulo::App
