#include "core/session/practiceservice.h"

#include "core/constants.h"
#include "core/entities/npi.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Ambulo::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::Core::PracticeService", text);
}

QString key(const char *k)
{
    return QLatin1String(k);
}

} // namespace

PracticeService::PracticeService(ServiceContext &context)
    : m_context(context)
{}

PracticeSettings PracticeService::settings() const
{
    PracticeSettings s;
    Query q = m_context.db().query(QStringLiteral("SELECT key, value FROM practice_settings"));
    while (q.next()) {
        const QString k = q.text(0);
        const QString v = q.text(1);
        if (k == key(Constants::SettingPracticeName))
            s.name = v;
        else if (k == key(Constants::SettingPracticeAddress))
            s.address = v;
        else if (k == key(Constants::SettingPracticePhone))
            s.phone = v;
        else if (k == key(Constants::SettingPracticeNpi))
            s.npi = v;
        else if (k == key(Constants::SettingPracticeTaxId))
            s.taxId = v;
        else if (k == key(Constants::SettingIdleLockMinutes))
            s.idleLockMinutes = v.toInt() > 0 ? v.toInt() : Constants::DefaultIdleLockMinutes;
        else if (k == key(Constants::SettingMatchSamePerson))
            s.matchSamePerson = v != QLatin1String("0");
    }
    return s;
}

Status PracticeService::validate(const PracticeSettings &s)
{
    if (s.name.trimmed().isEmpty())
        return invalid(tr("The practice name is required."));
    if (s.name.size() > 120)
        return invalid(tr("The practice name is longer than 120 characters."));
    if (s.idleLockMinutes < 1 || s.idleLockMinutes > 120)
        return invalid(tr("The idle lock must be between 1 and 120 minutes."));
    if (!s.npi.isEmpty() && !Npi::isValid(s.npi))
        return invalid(tr("'%1' is not a valid NPI (10 digits with a correct check digit).")
                           .arg(s.npi.left(20)));
    if (!s.taxId.isEmpty()
        && !QRegularExpression(QStringLiteral("^\\d{2}-?\\d{7}$")).match(s.taxId).hasMatch())
        return invalid(tr("The tax id must be 9 digits (EIN, e.g. 12-3456789)."));
    if (s.address.size() > 300 || s.phone.size() > 40)
        return invalid(tr("The address or phone number is too long."));
    return {};
}

Status PracticeService::write(const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Query q = m_context.db().query(
            QStringLiteral("INSERT OR REPLACE INTO practice_settings (key, value) VALUES (?, ?)"));
        q.bind(1, it.key()).bind(2, it.value());
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Status PracticeService::initialize(const QString &practiceName)
{
    PracticeSettings s;
    s.name = practiceName.trimmed();
    s.idleLockMinutes = Constants::DefaultIdleLockMinutes;
    if (Status v = validate(s); !v)
        return v;
    return write({{key(Constants::SettingPracticeName), s.name},
                  {key(Constants::SettingIdleLockMinutes), QString::number(s.idleLockMinutes)}});
}

Status PracticeService::save(const PracticeSettings &s)
{
    if (Status p = m_context.require(Permission::PracticeAdmin); !p)
        return p;
    if (Status v = validate(s); !v)
        return v;
    Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    // The audit entry names what changed, so "who turned name matching off" has an answer.
    const PracticeSettings before = settings();
    QStringList changed;
    const auto note = [&](bool differs, const char *what) {
        if (differs)
            changed << QLatin1String(what);
    };
    note(before.name != s.name.trimmed(), "name");
    note(before.address != s.address, "address");
    note(before.phone != s.phone, "phone");
    note(before.npi != s.npi, "npi");
    note(before.taxId != s.taxId, "tax-id");
    note(before.idleLockMinutes != s.idleLockMinutes, "idle-lock");
    if (before.matchSamePerson != s.matchSamePerson)
        changed << QStringLiteral("match-same-person=%1").arg(s.matchSamePerson ? "on" : "off");
    if (Status w =
            write({{key(Constants::SettingPracticeName), s.name.trimmed()},
                   {key(Constants::SettingPracticeAddress), s.address},
                   {key(Constants::SettingPracticePhone), s.phone},
                   {key(Constants::SettingPracticeNpi), s.npi},
                   {key(Constants::SettingPracticeTaxId), s.taxId},
                   {key(Constants::SettingIdleLockMinutes), QString::number(s.idleLockMinutes)},
                   {key(Constants::SettingMatchSamePerson),
                    QLatin1String(s.matchSamePerson ? "1" : "0")}});
        !w)
        return w;
    if (Status a = m_context.record(Constants::Audit::PracticeSettings,
                                    QLatin1String(Constants::OutcomeOk), 0, {},
                                    changed.join(QStringLiteral(", ")));
        !a)
        return a;
    return tx.commit();
}

QByteArray PracticeService::userValue(const QString &k) const
{
    const Session *session = m_context.session();
    if (!session)
        return {};
    Query q = m_context.db().query(
        QStringLiteral("SELECT value FROM user_settings WHERE user_id = ? AND key = ?"));
    q.bind(1, session->userId).bind(2, k);
    return q.next() ? q.blob(0) : QByteArray();
}

Status PracticeService::setUserValue(const QString &k, const QByteArray &value)
{
    const Session *session = m_context.session();
    if (!session)
        return denied(tr("Sign in first."));
    Query q = m_context.db().query(QStringLiteral(
        "INSERT OR REPLACE INTO user_settings (user_id, key, value) VALUES (?, ?, ?)"));
    q.bind(1, session->userId).bind(2, k);
    if (value.isNull())
        q.bindNull(3);
    else
        q.bind(3, value);
    return q.exec();
}

} // namespace Ambulo::Core
