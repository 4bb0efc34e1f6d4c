#include "core/context/patientcontext.h"

#include "core/entities/patientservice.h"

namespace Ambulo::Core {

PatientContext::PatientContext(QObject *parent)
    : QObject(parent)
{}

void PatientContext::setCurrent(const Patient &patient)
{
    m_current = patient;
    m_allergies.reset();
    emit changed();
}

void PatientContext::clear()
{
    if (!m_current)
        return;
    m_current.reset();
    m_allergies.reset();
    emit changed();
}

void PatientContext::setAllergies(const QStringList &allergies)
{
    if (!m_current)
        return;
    m_allergies = allergies;
    emit allergiesChanged();
}

std::optional<QString> PatientContext::breakGlassReason(qint64 patientId) const
{
    return m_breakGlass ? m_breakGlass(patientId) : std::nullopt;
}

Result<Patient> PatientContext::openForPerson(PatientService &patients, qint64 patientId) const
{
    // A restricted record is asked about before it is opened: opening it without a reason first
    // would leave a refused read in the audit log for every justified break-glass.
    if (m_breakGlass) {
        const Result<bool> restricted = patients.isRestricted(patientId);
        if (restricted && restricted.value()) {
            const std::optional<QString> reason = m_breakGlass(patientId);
            if (!reason)
                return Error{ErrorCode::Denied, QString()};
            return patients.open(patientId, reason.value());
        }
    }
    return patients.open(patientId);
}

} // namespace Ambulo::Core
