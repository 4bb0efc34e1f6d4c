#pragma once

#include "core/result.h"
#include "core/security/permissions.h"
#include "core/session/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace Ambulo::Core {

class ServiceContext;

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked
    QDateTime createdAt;
};

struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QString password;
};

// Local accounts: sign-in with lockout, and the admin's user management.
class UserService
{
public:
    explicit UserService(ServiceContext &context);

    // Verifies the password; on success the context's session is this user.
    Result<Session> signIn(const QString &username, const QString &password);
    void signOut();
    // Signs in a connector as its own principal ("hl7:LAB", Role::Interface): no account, no
    // password; the person who started it (`startedBy`) vouches for it, and the sign-in is audited
    // as the principal with that name. Replaces any session of this context.
    Result<Session> signInInterface(const QString &principal, const QString &startedBy);
    // Re-authentication after the idle lock: the password of the signed-in user.
    // Wrong passwords count toward the account lockout like failed sign-ins.
    Status unlock(const QString &password);
    bool isAccountLocked(qint64 userId);
    Status recordLock();

    // Creates the first admin of a new store; no session is needed and none may exist yet.
    Status bootstrapAdmin(const NewUser &admin);

    Result<QList<UserRecord>> list();
    Result<qint64> add(const NewUser &user);
    Status setDisabled(qint64 userId, bool disabled);
    Status resetPassword(qint64 userId, const QString &newPassword);
    Status setRole(qint64 userId, Role role);
    Status unlockAccount(qint64 userId);

    static Status validateUsername(const QString &username);
    static Status validatePassword(const QString &password);

private:
    Result<UserRecord> find(qint64 userId);
    Status insert(const NewUser &user);
    // One audited UPDATE of a user row, in its own transaction.
    Status updateAudited(qint64 userId, const QString &assignments, const QVariantList &values,
                         const char *action, const QString &detail);

    ServiceContext &m_context;
};

} // namespace Ambulo::Core
