#include "app/sync/syncsettings.h"

#include "app/sync/syncconstants.h"
#include "core/constants.h"
#include "core/session/servicecontext.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace Ambulo::App {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::App::SyncSettingsService", text);
}

QString key(const char *k)
{
    return QLatin1String(k);
}

Core::Status checkFile(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return Core::invalid(QCoreApplication::translate("Ambulo::App::SyncSettingsService",
                                                         "The %1 must be given with its full path.")
                                 .arg(what));
    if (!info.isFile() || !info.isReadable())
        return Core::invalid(
            QCoreApplication::translate("Ambulo::App::SyncSettingsService",
                                        "The %1 '%2' does not exist or cannot be read.")
                .arg(what, path.left(200)));
    return {};
}

} // namespace

Fhir::ClientOptions SyncSettings::clientOptions() const
{
    Fhir::ClientOptions options;
    options.baseUrl = QUrl(serverUrl);
    options.tokenFile = tokenFile;
    options.caFile = caFile;
    return options;
}

SyncSettingsService::SyncSettingsService(Core::ServiceContext &context)
    : m_context(context)
{}

SyncSettings SyncSettingsService::settings() const
{
    SyncSettings s;
    Core::Query q = m_context.db().query(
        QStringLiteral("SELECT key, value FROM practice_settings WHERE key LIKE 'sync.%'"));
    while (q.next()) {
        const QString k = q.text(0);
        const QString v = q.text(1);
        if (k == key(SyncConstants::SettingServerUrl))
            s.serverUrl = v;
        else if (k == key(SyncConstants::SettingTokenFile))
            s.tokenFile = v;
        else if (k == key(SyncConstants::SettingCaFile))
            s.caFile = v;
        else if (k == key(SyncConstants::SettingIntervalSeconds))
            s.intervalSeconds = v.toInt() > 0 ? v.toInt() : SyncConstants::DefaultIntervalSeconds;
    }
    return s;
}

Core::Status SyncSettingsService::validate(const SyncSettings &s)
{
    if (s.serverUrl.isEmpty())
        return {}; // sync off; the other fields do not matter
    const QUrl url(s.serverUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Core::invalid(
            tr("The server must be an http(s) URL such as https://ehr.example.org/fhir/R4, not "
               "'%1'.")
                .arg(s.serverUrl.left(80)));
    if (!url.userInfo().isEmpty())
        return Core::invalid(tr("Put no user name or password in the server URL; use a token "
                                "file instead."));
    if (s.intervalSeconds < SyncConstants::MinIntervalSeconds
        || s.intervalSeconds > SyncConstants::MaxIntervalSeconds)
        return Core::invalid(tr("The sync interval must be between %1 and %2 seconds.")
                                 .arg(SyncConstants::MinIntervalSeconds)
                                 .arg(SyncConstants::MaxIntervalSeconds));
    if (Core::Status f = checkFile(s.tokenFile, tr("token file")); !f)
        return f;
    return checkFile(s.caFile, tr("CA file"));
}

Core::Status SyncSettingsService::save(const SyncSettings &input)
{
    if (Core::Status p = m_context.require(Core::Permission::PracticeAdmin); !p)
        return p;
    SyncSettings s = input;
    s.serverUrl = s.serverUrl.trimmed();
    s.tokenFile = s.tokenFile.trimmed();
    s.caFile = s.caFile.trimmed();
    if (Core::Status v = validate(s); !v)
        return v;
    Core::Transaction tx(m_context.db());
    if (!tx.active())
        return tx.error();
    const QList<std::pair<const char *, QString>> values{
        {SyncConstants::SettingServerUrl, s.serverUrl},
        {SyncConstants::SettingTokenFile, s.tokenFile},
        {SyncConstants::SettingCaFile, s.caFile},
        {SyncConstants::SettingIntervalSeconds, QString::number(s.intervalSeconds)}};
    for (const auto &[k, v] : values) {
        Core::Query q = m_context.db().query(
            QStringLiteral("INSERT OR REPLACE INTO practice_settings (key, value) VALUES (?, ?)"));
        q.bind(1, key(k)).bind(2, v);
        if (Core::Status w = q.exec(); !w)
            return w;
    }
    const QString detail = s.configured() ? QStringLiteral("server %1, every %2 s")
                                                .arg(QUrl(s.serverUrl).toDisplayString())
                                                .arg(s.intervalSeconds)
                                          : QStringLiteral("sync off");
    if (Core::Status a = m_context.record(SyncConstants::AuditSettings,
                                          QLatin1String(Core::Constants::OutcomeOk), 0, {}, detail);
        !a)
        return a;
    return tx.commit();
}

} // namespace Ambulo::App
