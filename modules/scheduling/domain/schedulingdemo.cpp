#include "modules/scheduling/domain/schedulingdemo.h"

#include "modules/scheduling/domain/schedulingservices.h"

namespace Ambulo::Scheduling {

Core::Status SchedulingDemo::seed(SchedulingServices &services, quint64 seed, const QDate &today)
{
    Q_UNUSED(services)
    Q_UNUSED(seed)
    Q_UNUSED(today)
    return {};
}

} // namespace Ambulo::Scheduling
