#pragma once

#include "core/entities/patient.h"

#include <QObject>

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

signals:
    void changed();

private:
    std::optional<Patient> m_current;
};

} // namespace Ambulo::Core
