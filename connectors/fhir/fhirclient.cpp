#include "connectors/fhir/fhirclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace Ambulo::Fhir {

namespace {

const QByteArray FhirJson = QByteArrayLiteral("application/fhir+json");

QString versionFromEtag(const QByteArray &etag)
{
    QByteArray value = etag.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return QString::fromUtf8(value);
}

int retryAfter(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = header.trimmed().toInt(&isNumber);
    if (isNumber)
        return qMax(0, seconds);
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at))) : -1;
}

QString issueText(const QJsonObject &issue)
{
    QString text =
        issue.value(QLatin1String("details")).toObject().value(QLatin1String("text")).toString();
    if (text.isEmpty())
        text = issue.value(QLatin1String("diagnostics")).toString();
    if (text.isEmpty())
        text = issue.value(QLatin1String("code")).toString();
    QStringList where;
    for (const char *key : {"expression", "location"}) {
        for (const QJsonValue &value : issue.value(QLatin1String(key)).toArray())
            where.append(value.toString());
        if (!where.isEmpty())
            break;
    }
    return where.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, where.join(u", "));
}

} // namespace

QString outcomeText(const QJsonObject &outcome)
{
    QStringList parts;
    for (const QJsonValue &issue : outcome.value(QLatin1String("issue")).toArray()) {
        const QJsonObject object = issue.toObject();
        const QString severity = object.value(QLatin1String("severity")).toString();
        if (severity == QLatin1String("information") || severity == QLatin1String("warning"))
            continue;
        const QString text = issueText(object);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QLatin1String("; "));
}

bool Reply::transient() const
{
    switch (failure) {
    case Failure::Network:
    case Failure::Timeout:
        return true;
    case Failure::Http:
        return status == 408 || status == 429 || status >= 500;
    case Failure::None:
    case Failure::Tls:
    case Failure::Cancelled:
    case Failure::Malformed:
        return false;
    }
    return false;
}

Core::Error Reply::error() const
{
    if (failure == Failure::Http && status == 412)
        return Core::conflict(message);
    if (failure == Failure::Http && (status == 401 || status == 403))
        return Core::denied(message);
    return Core::invalid(message);
}

Client::Client(ClientOptions options)
    : m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    // Strict: a redirect could carry the token to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Client::~Client() = default;

Core::Result<std::unique_ptr<Client>> Client::create(const ClientOptions &options)
{
    const QUrl base = options.baseUrl;
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return Core::invalid(
            QStringLiteral("'%1' is not a FHIR server address (http:// or https://)")
                .arg(base.toString()));
    std::unique_ptr<Client> client(new Client(options));
    if (!options.tokenFile.isEmpty()) {
        QFile file(options.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return Core::invalid(QStringLiteral("cannot read the token file %1: %2")
                                     .arg(options.tokenFile, file.errorString()));
        client->m_token = file.readLine().trimmed();
        if (client->m_token.isEmpty())
            return Core::invalid(
                QStringLiteral("the token file %1 holds no token").arg(options.tokenFile));
    }
    if (!options.caFile.isEmpty()) {
        if (!QFile::exists(options.caFile))
            return Core::invalid(
                QStringLiteral("the CA file %1 does not exist").arg(options.caFile));
        client->m_extraCas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (client->m_extraCas.isEmpty())
            return Core::invalid(
                QStringLiteral("the CA file %1 holds no PEM certificate").arg(options.caFile));
    }
    return client;
}

QUrl Client::resourceUrl(const QString &path) const
{
    QUrl url = m_options.baseUrl;
    QString basePath = url.path();
    if (!basePath.endsWith(u'/'))
        basePath += u'/';
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest Client::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", FhirJson);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

void Client::cancel()
{
    m_cancelled = true;
    // Wakes the waiting loop in the client's own thread, where the reply lives.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (QNetworkReply *reply : findChildren<QNetworkReply *>())
                reply->abort();
        },
        Qt::QueuedConnection);
}

void Client::resetCancel()
{
    m_cancelled = false;
}

struct Client::InFlight
{
    QNetworkRequest request;
    QByteArray verb;
    QPointer<QNetworkReply> reply; // null: cancelled before it went out
    std::shared_ptr<QList<QSslError>> sslErrors = std::make_shared<QList<QSslError>>();
    QElapsedTimer started;

    ~InFlight()
    {
        if (reply) {
            reply->abort(); // an answer nobody will read
            reply->deleteLater();
        }
    }
};

bool Client::arrived(InFlight &flight)
{
    if (!flight.reply || flight.reply->isFinished())
        return true;
    // A reply learns that it has finished from queued events: handle those already waiting.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return !flight.reply || flight.reply->isFinished();
}

Reply Client::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    std::unique_ptr<InFlight> flight = start(std::move(request), verb, body);
    return finish(*flight);
}

std::unique_ptr<Client::InFlight> Client::start(QNetworkRequest request, const QByteArray &verb,
                                                const QByteArray &body)
{
    auto flight = std::make_unique<InFlight>();
    flight->verb = verb;
    flight->started.start();
    if (cancelled()) {
        flight->request = request;
        return flight;
    }
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, FhirJson);
    flight->request = request;
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    reply->setParent(m_network);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [errors = flight->sslErrors](const QList<QSslError> &e) { *errors += e; });
    flight->reply = reply;
    return flight;
}

Reply Client::finish(InFlight &flight)
{
    Reply out;
    QNetworkReply *reply = flight.reply;
    if (cancelled() || !reply) {
        out.failure = Failure::Cancelled;
        out.message = QStringLiteral("the request was cancelled");
        return out;
    }
    flight.reply = nullptr; // read and deleted here
    const QList<QSslError> &sslErrors = *flight.sslErrors;
    const QNetworkRequest &request = flight.request;
    const QByteArray &verb = flight.verb;

    QEventLoop loop;
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(std::max<qint64>(0, m_options.timeoutMs - flight.started.elapsed()));
    QTimer watch; // for cancelWhen's flag, which nobody signals
    if (m_cancelFlag) {
        connect(&watch, &QTimer::timeout, reply, [this, reply] {
            if (cancelled())
                reply->abort();
        });
        watch.start(CancelPollMs);
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    watch.stop();

    const QUrl url = request.url();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray payload = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    out.versionId = versionFromEtag(reply->rawHeader("ETag"));
    out.location = QString::fromUtf8(reply->rawHeader("Location"));
    out.retryAfterSeconds = retryAfter(reply->rawHeader("Retry-After"));
    reply->deleteLater();

    if (timedOut) {
        out.failure = Failure::Timeout;
        out.message = QStringLiteral("%1 did not answer within %2 s")
                          .arg(url.host())
                          .arg(m_options.timeoutMs / 1000.0);
        return out;
    }
    if (cancelled() && error == QNetworkReply::OperationCanceledError) {
        out.failure = Failure::Cancelled;
        out.message = QStringLiteral("the request was cancelled");
        return out;
    }
    if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        QStringList reasons;
        for (const QSslError &sslError : sslErrors)
            reasons.append(sslError.errorString());
        reasons.removeDuplicates();
        out.failure = Failure::Tls;
        out.message = QStringLiteral("refused the certificate of %1: %2")
                          .arg(url.host(), reasons.isEmpty() ? errorString : reasons.join(u"; "));
        return out;
    }

    QJsonParseError parseError;
    const QJsonDocument document =
        payload.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(payload, &parseError);
    const bool json =
        !payload.isEmpty() && parseError.error == QJsonParseError::NoError && document.isObject();
    if (json)
        out.body = document.object();

    if (out.status >= 400) {
        out.failure = Failure::Http;
        const QString text = json ? outcomeText(out.body) : QString();
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        out.message = QStringLiteral("%1 %2 answered %3: %4")
                          .arg(QString::fromLatin1(verb), url.path())
                          .arg(out.status)
                          .arg(text.isEmpty() ? reason : text);
        return out;
    }
    if (error != QNetworkReply::NoError) {
        out.failure = Failure::Network;
        out.message = QStringLiteral("cannot reach %1: %2").arg(url.host(), errorString);
        return out;
    }
    // A connection closed mid-body is sometimes finished by Qt without an error: the declared
    // length tells (an encoded body is decoded by Qt, so its length says nothing).
    bool declaredOk = false;
    const qint64 declared =
        reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&declaredOk);
    if (declaredOk && declared > payload.size() && reply->rawHeader("Content-Encoding").isEmpty()) {
        out.failure = Failure::Network;
        out.message = QStringLiteral("cannot reach %1: the connection closed after %2 of %3 bytes")
                          .arg(url.host())
                          .arg(payload.size())
                          .arg(declared);
        return out;
    }
    if (out.status < 200 || out.status >= 300) {
        out.failure = Failure::Http;
        out.message = QStringLiteral("%1 %2 answered %3, which a FHIR client cannot follow")
                          .arg(QString::fromLatin1(verb), url.path())
                          .arg(out.status);
        return out;
    }
    if (!payload.isEmpty() && !json) {
        out.failure = Failure::Malformed;
        out.message = QStringLiteral("%1 sent a body that is not a JSON resource: %2")
                          .arg(url.path(), parseError.errorString());
        return out;
    }
    if (out.versionId.isEmpty())
        out.versionId = out.body.value(QLatin1String("meta"))
                            .toObject()
                            .value(QLatin1String("versionId"))
                            .toString();
    return out;
}

Reply Client::read(const QString &type, const QString &id)
{
    return send(request(resourceUrl(type + u'/' + id)), "GET", {});
}

Reply Client::vread(const QString &type, const QString &id, const QString &versionId)
{
    return send(request(resourceUrl(QStringLiteral("%1/%2/_history/%3").arg(type, id, versionId))),
                "GET", {});
}

Reply Client::search(const QString &type, const QUrlQuery &query)
{
    QUrl url = resourceUrl(type);
    url.setQuery(query);
    return send(request(url), "GET", {});
}

bool Client::isOnServer(const QUrl &pageUrl) const
{
    const QUrl base = m_options.baseUrl;
    const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
    return pageUrl.scheme() == base.scheme() && pageUrl.host() == base.host()
           && pageUrl.port(defaultPort) == base.port(defaultPort)
           && pageUrl.path().startsWith(base.path());
}

Reply Client::fetchPage(const QUrl &pageUrl)
{
    if (!isOnServer(pageUrl)) {
        Reply out;
        out.failure = Failure::Malformed;
        out.message = QStringLiteral("the server's next link %1 leaves %2; not followed")
                          .arg(pageUrl.toString(), m_options.baseUrl.toString());
        return out;
    }
    return send(request(pageUrl), "GET", {});
}

Reply Client::searchAll(const QString &type, const QUrlQuery &query,
                        const std::function<bool(const QJsonObject &page)> &onPage,
                        const std::function<bool()> &beforeWait)
{
    Reply page = search(type, query);
    QSet<QUrl> seen;
    while (page.ok()) {
        if (page.body.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle")) {
            page.failure = Failure::Malformed;
            page.message = QStringLiteral("a search of %1 did not answer with a Bundle").arg(type);
            return page;
        }
        const QUrl next = nextLink(page.body);
        const bool repeats = seen.contains(next);
        std::unique_ptr<InFlight> ahead;
        if (!next.isEmpty() && !repeats && isOnServer(next))
            ahead = start(request(next), "GET", {});
        if (!onPage(page.body))
            return page; // `ahead`, if any, is aborted
        if (next.isEmpty())
            return page;
        if (repeats) {
            page.failure = Failure::Malformed;
            page.message = QStringLiteral("the server's next link %1 repeats an earlier page")
                               .arg(next.toString());
            return page;
        }
        seen.insert(next);
        if (beforeWait && !(ahead && arrived(*ahead)) && !beforeWait())
            return page;
        page = ahead ? finish(*ahead) : fetchPage(next);
    }
    return page;
}

Reply Client::create(const QJsonObject &resource, const QString &ifNoneExist)
{
    QNetworkRequest req =
        request(resourceUrl(resource.value(QLatin1String("resourceType")).toString()));
    if (!ifNoneExist.isEmpty())
        req.setRawHeader("If-None-Exist", ifNoneExist.toUtf8());
    return send(req, "POST", QJsonDocument(resource).toJson(QJsonDocument::Compact));
}

Reply Client::update(const QJsonObject &resource, const QString &ifMatchVersion)
{
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    const QString id = resource.value(QLatin1String("id")).toString();
    if (type.isEmpty() || id.isEmpty()) {
        Reply out;
        out.failure = Failure::Malformed;
        out.message = QStringLiteral("an update needs a resource with resourceType and id");
        return out;
    }
    QNetworkRequest req = request(resourceUrl(type + u'/' + id));
    if (!ifMatchVersion.isEmpty())
        req.setRawHeader("If-Match", QStringLiteral("W/\"%1\"").arg(ifMatchVersion).toUtf8());
    return send(req, "PUT", QJsonDocument(resource).toJson(QJsonDocument::Compact));
}

Reply Client::transaction(const QJsonObject &bundle)
{
    QUrl url = m_options.baseUrl;
    return send(request(url), "POST", QJsonDocument(bundle).toJson(QJsonDocument::Compact));
}

QUrl Client::nextLink(const QJsonObject &bundle)
{
    for (const QJsonValue &link : bundle.value(QLatin1String("link")).toArray()) {
        const QJsonObject object = link.toObject();
        if (object.value(QLatin1String("relation")).toString() == QLatin1String("next"))
            return QUrl(object.value(QLatin1String("url")).toString());
    }
    return {};
}

} // namespace Ambulo::Fhir
