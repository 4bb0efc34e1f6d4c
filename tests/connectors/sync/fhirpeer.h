#pragma once

#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "tests/support/peerprocess.h"
#include "tests/support/testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace Ambulo::Test {

// The FHIR server of the sync tests (tests/peers/fhir_server.mjs: medplum's router over its
// memory repository, validating every write, with fault injection), started on 127.0.0.1.
class FhirPeer
{
public:
    bool start(const QString &peersDir)
    {
        return m_process.start(QStringLiteral("node"), {peersDir + "/fhir_server.mjs"});
    }
    QString error() const { return m_process.error(); }
    int port() const { return m_process.port(); }
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(port())); }

    // A request outside the client under test (reset, stats, faults, looking at what is stored).
    QJsonObject request(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = network.sendCustomRequest(
            request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // Every resource a search finds (one big page).
    QList<QJsonObject> resources(const QString &type, const QString &query = {})
    {
        QList<QJsonObject> out;
        const QJsonObject bundle =
            request("GET", QStringLiteral("/fhir/R4/%1?_count=1000%2")
                               .arg(type, query.isEmpty() ? QString() : u'&' + query));
        for (const QJsonValue &entry : bundle.value(QLatin1String("entry")).toArray())
            out.append(entry.toObject().value(QLatin1String("resource")).toObject());
        return out;
    }

    void reset() { request("POST", QStringLiteral("/$reset")); }
    int invalidCount()
    {
        return request("GET", QStringLiteral("/$stats")).value("invalid").toInt(-1);
    }

private:
    PeerProcess m_process;
};

// Merges Patient `goneId` on the server into a new record made of `survivor`, as an EHR does:
// `goneId` inactive with a replaced-by link to it. The survivor is edited after that, so a pull by
// _lastUpdated meets the merge before it. `request(verb, path, body)` talks to the peer
// (FhirPeer::request, say). The survivor's id; empty when the server refused a step.
template<typename Request>
QString mergeIntoNewSurvivor(Request &&request, const QString &goneId, const QJsonObject &survivor)
{
    const QString patients = QStringLiteral("/fhir/R4/Patient");
    const QJsonObject made = request("POST", patients, survivor);
    const QString survivorId = made.value(QLatin1String("id")).toString();
    if (survivorId.isEmpty())
        return {};
    QJsonObject gone = request("GET", patients + u'/' + goneId, QJsonObject());
    gone.insert("active", false);
    gone.insert("link", QJsonArray{QJsonObject{
                            {"other", QJsonObject{{"reference", "Patient/" + survivorId}}},
                            {"type", "replaced-by"}}});
    if (request("PUT", patients + u'/' + goneId, gone).value(QLatin1String("id")).toString()
        != goneId)
        return {};
    QJsonObject edited = made;
    edited.insert("telecom", QJsonArray{QJsonObject{
                                 {"system", "phone"}, {"value", "555-0142"}, {"use", "home"}}});
    if (request("PUT", patients + u'/' + survivorId, edited).value(QLatin1String("id")).toString()
        != survivorId)
        return {};
    return survivorId;
}

// A test workstation's way onto the peer, its admin signed in already: the sync principal signs
// in under them (as `ambulo sync` does) and a FHIR client for `base` is made. Empty when all went
// well, else what failed.
inline QString connectToPeer(TestStore &store, const QUrl &base,
                             std::unique_ptr<Fhir::Client> &client)
{
    if (auto s = store.services().users().signInInterface(QLatin1String(Sync::Constants::Principal),
                                                          AdminName);
        !s)
        return s.error().message;
    Fhir::ClientOptions options;
    options.baseUrl = base;
    options.timeoutMs = 5000;
    auto made = Fhir::Client::create(options);
    if (!made)
        return made.error().message;
    client = std::move(made.value());
    return {};
}

} // namespace Ambulo::Test
