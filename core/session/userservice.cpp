#include "core/session/userservice.h"

#include "core/constants.h"
#include "core/security/passwordhash.h"
#include "core/session/interfacesession.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ambulo::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Core::UserService", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString UserColumns = QStringLiteral(
    "id, username, display_name, role, disabled, failed_attempts, locked_until, created_at");

UserRecord readUser(const Query &q)
{
    UserRecord u;
    u.id = q.int64(0);
    u.username = q.text(1);
    u.displayName = q.text(2);
    u.role = roleFromId(q.text(3)).value_or(Role::FrontDesk);
    u.disabled = q.int64(4) != 0;
    u.failedAttempts = q.integer(5);
    if (!q.isNull(6))
        u.lockedUntil = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
    u.createdAt = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
    return u;
}

} // namespace

UserService::UserService(ServiceContext &context)
    : m_context(context)
{}

Status UserService::validateUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{1,31}$"));
    if (username.isEmpty())
        return invalid(tr("A user name is required."));
    if (!pattern.match(username).hasMatch())
        return invalid(tr("User name '%1' is not valid: use 2 to 32 letters, digits, '.', '_' or "
                          "'-', starting with a letter.")
                           .arg(username.left(40)));
    return {};
}

Status UserService::validatePassword(const QString &password)
{
    if (password.size() < Constants::MinPasswordLength)
        return invalid(
            tr("The password must have at least %1 characters.").arg(Constants::MinPasswordLength));
    if (password.size() > 256)
        return invalid(tr("The password is longer than 256 characters."));
    return {};
}

Result<Session> UserService::signIn(const QString &username, const QString &password)
{
    Database &db = m_context.db();
    const QString generic = tr("Unknown user name or wrong password.");
    Query q = db.query(QStringLiteral("SELECT ") + UserColumns
                       + QStringLiteral(", password_hash FROM users WHERE username = ?"));
    q.bind(1, username);
    if (!q.next()) {
        if (q.failed())
            return q.error();
        PasswordHash::burn(password);
        (void)m_context.record(Constants::Audit::SignInFailed,
                               QLatin1String(Constants::OutcomeDenied), 0, {},
                               QStringLiteral("unknown user '%1'").arg(username.left(64)));
        return denied(generic);
    }
    const UserRecord user = readUser(q);
    const QString storedHash = q.text(8);
    q.finish();
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();

    auto failAs = [&](const QString &detail, const QString &message) -> Error {
        AuditEntry e;
        e.user = user.username;
        e.workstation = m_context.workstation();
        e.action = QLatin1String(Constants::Audit::SignInFailed);
        e.outcome = QLatin1String(Constants::OutcomeDenied);
        e.detail = detail;
        (void)m_context.audit().append(e);
        return denied(message);
    };

    if (user.disabled)
        return failAs(QStringLiteral("account disabled"), tr("This account is disabled."));
    if (user.lockedUntil.isValid() && user.lockedUntil > nowUtc) {
        const qint64 minutes = (nowUtc.secsTo(user.lockedUntil) + 59) / 60;
        return failAs(QStringLiteral("account locked"),
                      tr("This account is locked after too many failed sign-ins; try again in %1 "
                         "minutes or ask an admin to unlock it.")
                          .arg(minutes));
    }

    if (!PasswordHash::verify(password, storedHash)) {
        Transaction tx(db);
        if (!tx.active())
            return tx.error();
        const int failures = user.failedAttempts + 1;
        const bool lockNow = failures >= Constants::MaxFailedSignIns;
        Query upd = db.query(
            QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
        upd.bind(1, lockNow ? 0 : failures);
        if (lockNow)
            upd.bind(2, nowUtc.addSecs(Constants::LockoutMinutes * 60).toString(Qt::ISODateWithMs));
        else
            upd.bindNull(2);
        upd.bind(3, user.id);
        if (Status s = upd.exec(); !s)
            return s.error();
        Error e = failAs(QStringLiteral("wrong password (%1 of %2)")
                             .arg(failures)
                             .arg(Constants::MaxFailedSignIns),
                         generic);
        if (lockNow) {
            AuditEntry locked;
            locked.user = user.username;
            locked.workstation = m_context.workstation();
            locked.action = QLatin1String(Constants::Audit::AccountLocked);
            locked.outcome = QLatin1String(Constants::OutcomeOk);
            locked.detail = QStringLiteral("locked for %1 minutes").arg(Constants::LockoutMinutes);
            (void)m_context.audit().append(locked);
            e.message = tr("Too many failed sign-ins: the account is locked for %1 minutes.")
                            .arg(Constants::LockoutMinutes);
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        return e;
    }

    Session session;
    session.userId = user.id;
    session.username = user.username;
    session.displayName = user.displayName;
    session.role = user.role;
    session.startedAt = nowUtc;

    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    Query reset = db.query(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    reset.bind(1, user.id);
    if (Status s = reset.exec(); !s)
        return s.error();
    m_context.setSession(session);
    if (Status s = m_context.record(Constants::Audit::SignIn, QLatin1String(Constants::OutcomeOk),
                                    0, {}, roleId(user.role));
        !s) {
        m_context.setSession(std::nullopt);
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        m_context.setSession(std::nullopt);
        return s.error();
    }
    return session;
}

void UserService::signOut()
{
    if (!m_context.session())
        return;
    (void)m_context.record(Constants::Audit::SignOut, QLatin1String(Constants::OutcomeOk));
    m_context.setSession(std::nullopt);
}

Result<Session> UserService::signInInterface(const QString &principal, const QString &startedBy)
{
    if (principal.trimmed().isEmpty() || startedBy.trimmed().isEmpty())
        return invalid(tr("An interface needs a name and the person who started it."));
    const Session session = interfaceSession(principal);
    std::optional<Session> previous;
    if (m_context.session())
        previous = *m_context.session();
    m_context.setSession(session);
    if (Status s =
            m_context.record(Constants::Audit::SignIn, QLatin1String(Constants::OutcomeOk), 0, {},
                             roleId(Role::Interface) + QStringLiteral(" started by ") + startedBy);
        !s) {
        m_context.setSession(previous);
        return s.error();
    }
    return session;
}

Status UserService::recordLock()
{
    if (!m_context.session())
        return denied(tr("Nobody is signed in."));
    return m_context.record(Constants::Audit::Lock, QLatin1String(Constants::OutcomeOk));
}

Status UserService::unlock(const QString &password)
{
    const Session *session = m_context.session();
    if (!session)
        return denied(tr("Nobody is signed in."));
    Query q = m_context.db().query(QStringLiteral(
        "SELECT password_hash, disabled, failed_attempts, locked_until FROM users WHERE id = ?"));
    q.bind(1, session->userId);
    if (!q.next())
        return denied(tr("This account no longer exists."));
    const bool okPassword = PasswordHash::verify(password, q.text(0));
    const bool disabled = q.int64(1) != 0;
    const int failures = q.integer(2) + (okPassword ? 0 : 1);
    const QDateTime lockedUntil = QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
    q.finish();
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    if (lockedUntil.isValid() && lockedUntil > nowUtc)
        return denied(tr("This account is locked; sign in again later or ask an admin."));
    if (okPassword && !disabled) {
        Transaction tx(m_context.db());
        if (!tx.active())
            return tx.error();
        Query reset = m_context.db().query(
            QStringLiteral("UPDATE users SET failed_attempts = 0 WHERE id = ?"));
        reset.bind(1, session->userId);
        if (Status s = reset.exec(); !s)
            return s;
        if (Status s =
                m_context.record(Constants::Audit::Unlock, QLatin1String(Constants::OutcomeOk));
            !s)
            return s;
        return tx.commit();
    }
    if (disabled) {
        (void)m_context.record(Constants::Audit::UnlockFailed,
                               QLatin1String(Constants::OutcomeDenied), 0, {},
                               QStringLiteral("account disabled"));
        return denied(tr("This account is disabled."));
    }
    // Guessing at a locked screen counts like guessing at the login: the fifth miss locks the
    // account, and the shell then ends the session (see isAccountLocked).
    const bool lockNow = failures >= Constants::MaxFailedSignIns;
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    Query upd = m_context.db().query(
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    upd.bind(1, lockNow ? 0 : failures);
    if (lockNow)
        upd.bind(2, nowUtc.addSecs(Constants::LockoutMinutes * 60).toString(Qt::ISODateWithMs));
    else
        upd.bindNull(2);
    upd.bind(3, session->userId);
    if (Status s = upd.exec(); !s)
        return s;
    (void)m_context.record(
        Constants::Audit::UnlockFailed, QLatin1String(Constants::OutcomeDenied), 0, {},
        QStringLiteral("wrong password (%1 of %2)").arg(failures).arg(Constants::MaxFailedSignIns));
    if (lockNow)
        (void)m_context.record(
            Constants::Audit::AccountLocked, QLatin1String(Constants::OutcomeOk), 0, {},
            QStringLiteral("locked for %1 minutes").arg(Constants::LockoutMinutes));
    if (Status s = tx.commit(); !s)
        return s;
    if (lockNow)
        return denied(tr("Too many wrong passwords: the account is locked for %1 minutes.")
                          .arg(Constants::LockoutMinutes));
    return denied(tr("Wrong password."));
}

bool UserService::isAccountLocked(qint64 userId)
{
    Query q = m_context.db().query(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"));
    q.bind(1, userId);
    if (!q.next() || q.isNull(0))
        return false;
    return QDateTime::fromString(q.text(0), Qt::ISODateWithMs) > QDateTime::currentDateTimeUtc();
}

Status UserService::insert(const NewUser &user)
{
    if (Status s = validateUsername(user.username); !s)
        return s;
    if (Status s = validatePassword(user.password); !s)
        return s;
    const QString display =
        user.displayName.trimmed().isEmpty() ? user.username : user.displayName.trimmed();
    if (display.size() > 100)
        return invalid(tr("The display name is longer than 100 characters."));
    Query exists = m_context.db().query(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    exists.bind(1, user.username);
    const bool taken = exists.next();
    exists.finish();
    if (taken)
        return conflict(tr("A user named '%1' already exists.").arg(user.username));
    Query q = m_context.db().query(QStringLiteral(
        "INSERT INTO users (username, display_name, role, password_hash, created_at, "
        "password_changed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString stamp = now();
    q.bind(1, user.username)
        .bind(2, display)
        .bind(3, roleId(user.role))
        .bind(4, PasswordHash::hash(user.password))
        .bind(5, stamp)
        .bind(6, stamp);
    return q.exec();
}

Status UserService::bootstrapAdmin(const NewUser &admin)
{
    Query count = m_context.db().query(QStringLiteral("SELECT count(*) FROM users"));
    if (count.next() && count.int64(0) > 0)
        return conflict(tr("The store already has users."));
    NewUser user = admin;
    user.role = Role::Admin;
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    if (Status s = insert(user); !s)
        return s;
    if (Status s =
            m_context.record(Constants::Audit::StoreInit, QLatin1String(Constants::OutcomeOk), 0,
                             {}, QStringLiteral("first admin '%1'").arg(user.username));
        !s)
        return s;
    return tx.commit();
}

Result<QList<UserRecord>> UserService::list()
{
    if (Status s = m_context.require(Permission::UserAdmin); !s)
        return s.error();
    Query q = m_context.db().query(QStringLiteral("SELECT ") + UserColumns
                                   + QStringLiteral(" FROM users ORDER BY username"));
    QList<UserRecord> users;
    while (q.next())
        users.append(readUser(q));
    if (q.failed())
        return q.error();
    return users;
}

Result<qint64> UserService::add(const NewUser &user)
{
    if (Status s = m_context.require(Permission::UserAdmin); !s)
        return s.error();
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    if (Status s = insert(user); !s)
        return s.error();
    const qint64 id = m_context.db().lastInsertId();
    if (Status s =
            m_context.record(Constants::Audit::UserAdd, QLatin1String(Constants::OutcomeOk), 0, {},
                             QStringLiteral("%1 as %2").arg(user.username, roleId(user.role)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<UserRecord> UserService::find(qint64 userId)
{
    Query q = m_context.db().query(QStringLiteral("SELECT ") + UserColumns
                                   + QStringLiteral(" FROM users WHERE id = ?"));
    q.bind(1, userId);
    if (!q.next())
        return invalid(tr("No user with id %1.").arg(userId));
    return readUser(q);
}

Status UserService::setDisabled(qint64 userId, bool disabled)
{
    if (Status s = m_context.require(Permission::UserAdmin); !s)
        return s;
    Result<UserRecord> user = find(userId);
    if (!user)
        return user.error();
    if (disabled && m_context.session()->userId == userId)
        return invalid(tr("You cannot disable your own account."));
    return updateAudited(userId, QStringLiteral("disabled = ?"), {disabled ? 1 : 0},
                         disabled ? Constants::Audit::UserDisable : Constants::Audit::UserEnable,
                         user->username);
}

Status UserService::resetPassword(qint64 userId, const QString &newPassword)
{
    if (Status s = m_context.require(Permission::UserAdmin); !s)
        return s;
    if (Status s = validatePassword(newPassword); !s)
        return s;
    Result<UserRecord> user = find(userId);
    if (!user)
        return user.error();
    return updateAudited(userId,
                         QStringLiteral("password_hash = ?, password_changed_at = ?, "
                                        "failed_attempts = 0, locked_until = NULL"),
                         {PasswordHash::hash(newPassword), now()},
                         Constants::Audit::UserResetPassword, user->username);
}

Status UserService::setRole(qint64 userId, Role role)
{
    if (Status s = m_context.require(Permission::UserAdmin); !s)
        return s;
    Result<UserRecord> user = find(userId);
    if (!user)
        return user.error();
    if (m_context.session()->userId == userId && role != Role::Admin)
        return invalid(tr("You cannot take the admin role from your own account."));
    return updateAudited(
        userId, QStringLiteral("role = ?"), {roleId(role)}, Constants::Audit::UserRole,
        QStringLiteral("%1: %2 -> %3").arg(user->username, roleId(user->role), roleId(role)));
}

Status UserService::unlockAccount(qint64 userId)
{
    if (Status s = m_context.require(Permission::UserAdmin); !s)
        return s;
    Result<UserRecord> user = find(userId);
    if (!user)
        return user.error();
    return updateAudited(userId, QStringLiteral("failed_attempts = 0, locked_until = NULL"), {},
                         Constants::Audit::UserUnlock, user->username);
}

Status UserService::updateAudited(qint64 userId, const QString &assignments,
                                  const QVariantList &values, const char *action,
                                  const QString &detail)
{
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    Query q = m_context.db().query(QStringLiteral("UPDATE users SET ") + assignments
                                   + QStringLiteral(" WHERE id = ?"));
    int i = 1;
    for (const QVariant &v : values)
        q.bind(i++, v);
    q.bind(i, userId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_context.record(action, QLatin1String(Constants::OutcomeOk), 0, {}, detail); !s)
        return s;
    return tx.commit();
}

} // namespace Ambulo::Core
