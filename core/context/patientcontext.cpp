#include "core/context/patientcontext.h"

namespace Ambulo::Core {

PatientContext::PatientContext(QObject *parent)
    : QObject(parent)
{}

void PatientContext::setCurrent(const Patient &patient)
{
    m_current = patient;
    emit changed();
}

void PatientContext::clear()
{
    if (!m_current)
        return;
    m_current.reset();
    emit changed();
}

} // namespace Ambulo::Core
