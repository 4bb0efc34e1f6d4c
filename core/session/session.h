#pragma once

#include "core/security/permissions.h"

#include <QDateTime>
#include <QString>

namespace Ambulo::Core {

// Who is signed in on this workstation. One session serves every module (single sign-on).
struct Session
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QDateTime startedAt;

    bool has(Permission p) const { return roleHas(role, p); }
};

} // namespace Ambulo::Core
