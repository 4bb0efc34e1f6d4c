#include "core/session/interfacesession.h"

namespace Ambulo::Core {

Session interfaceSession(const QString &name)
{
    Session s;
    s.userId = 0;
    s.username = QStringLiteral("hl7:") + name;
    s.displayName = s.username;
    s.role = Role::Interface;
    s.startedAt = QDateTime::currentDateTimeUtc();
    return s;
}

} // namespace Ambulo::Core
