#pragma once

#include "core/entities/directory.h"
#include "core/entities/patient.h"
#include "core/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Ambulo::Core {
struct ModuleContext;
}

namespace Ambulo::Scheduling {
class SchedulingServices;
}

namespace Ambulo::Scheduling::Internal {

// Registers a new patient or edits the banner's: demographics, contact preferences and primary /
// secondary coverage, and for a new patient the number another system knows them by (the
// referring hospital's MRN on the letter). While the clerk types, possible existing records (the
// record holding that number, the same or a similar name with the birth date, or the same phone)
// are offered before a duplicate is made.
class RegistrationWidget : public QWidget
{
    Q_OBJECT
public:
    RegistrationWidget(SchedulingServices &services, Core::ModuleContext &context,
                       QWidget *parent = nullptr);

    void checkDuplicates();
    QList<Core::PatientMatch> duplicates() const { return m_duplicates; }
    QString message() const;
    qint64 editingId() const { return m_editingId; }
    void clearForm();

private:
    struct CoverageEditor
    {
        QGroupBox *box = nullptr;
        QComboBox *payer = nullptr;
        QLineEdit *memberId = nullptr;
        QLineEdit *group = nullptr;
        QLineEdit *subscriber = nullptr;
        QComboBox *relationship = nullptr;
        QDateEdit *subscriberBirth = nullptr;
        QDateEdit *start = nullptr;
    };

    CoverageEditor makeCoverageEditor(const QString &title);
    void followContext();
    void fill(const Core::Patient &patient);
    Core::Patient patientFromForm() const;
    std::optional<Core::Coverage> coverageFrom(const CoverageEditor &e, int rank) const;
    // The other system's number as typed: nullopt when both fields are empty; an error when only
    // one is filled or the number is not one we can keep.
    Core::Result<std::optional<Core::PatientIdentifier>> numberFromForm() const;
    // The record already holding `number`; 0 when none does.
    qint64 holderOf(const Core::PatientIdentifier &number) const;
    void resetNumber();
    void useSelected();
    void save();
    void showMessage(const QString &text, bool error);
    // The clerk changed the form: a refusal about what was there before no longer stands.
    void formEdited();

    SchedulingServices &m_services;
    Core::ModuleContext &m_context;
    qint64 m_editingId = 0;
    Core::Patient m_editing;
    // The possible existing records the clerk was warned about and chose to register past; a
    // different list warns again.
    QList<qint64> m_acknowledged;
    bool m_messageIsError = false;
    QList<Core::Coverage> m_existingCoverages;
    QList<Core::PatientMatch> m_duplicates;
    QLabel *m_heading = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_given = nullptr;
    QLineEdit *m_middle = nullptr;
    QDateEdit *m_birth = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_phoneHome = nullptr;
    QLineEdit *m_phoneMobile = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_postal = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_contact = nullptr;
    CoverageEditor m_primary;
    CoverageEditor m_secondary;
    QGroupBox *m_numberBox = nullptr;
    QComboBox *m_numberAuthority = nullptr;
    QLineEdit *m_numberValue = nullptr;
    QComboBox *m_numberKind = nullptr;
    QGroupBox *m_duplicateBox = nullptr;
    QListWidget *m_duplicateList = nullptr;
    QPushButton *m_useExisting = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Ambulo::Scheduling::Internal
