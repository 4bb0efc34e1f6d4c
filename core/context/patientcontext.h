#pragma once

#include "core/entities/patient.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace Ambulo::Core {

// The patient every dock follows. Set only with a patient that a service has opened (and so
// audited); cleared on sign-out and user switch.
class PatientContext : public QObject
{
    Q_OBJECT
public:
    explicit PatientContext(QObject *parent = nullptr);

    const std::optional<Patient> &current() const { return m_current; }
    void setCurrent(const Patient &patient);
    void clear();

    // The current patient's allergies as the banner shows them ("Penicillin (severe)"), set by
    // the module that owns them after `changed()`. Unset means nobody has said; an empty list
    // means none recorded. Cleared with the patient.
    const std::optional<QStringList> &allergies() const { return m_allergies; }
    void setAllergies(const QStringList &allergies);

signals:
    void changed();
    void allergiesChanged();

private:
    std::optional<Patient> m_current;
    std::optional<QStringList> m_allergies;
};

} // namespace Ambulo::Core
