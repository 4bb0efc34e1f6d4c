#include "core/context/patientcontext.h"

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

} // namespace Ambulo::Core
