#include "core/session/interfacesession.h"

namespace Ambulo::Core {

Session interfaceSession(const QString &principal)
{
    Session s;
    s.userId = 0;
    s.username = principal;
    s.displayName = s.username;
    s.role = Role::Interface;
    s.startedAt = QDateTime::currentDateTimeUtc();
    return s;
}

} // namespace Ambulo::Core
