#include "core/context/eventhub.h"

namespace Ambulo::Core {

EventHub::EventHub(QObject *parent)
    : QObject(parent)
{}

} // namespace Ambulo::Core
