#include "modules/charting/ui/chartcontext.h"

namespace Ambulo::Charting {

ChartContext::ChartContext(QObject *parent)
    : QObject(parent)
{}

void ChartContext::setEncounter(qint64 encounterId)
{
    if (m_encounterId == encounterId)
        return;
    m_encounterId = encounterId;
    emit encounterChanged(encounterId);
}

} // namespace Ambulo::Charting
