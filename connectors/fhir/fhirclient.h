#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Ambulo::Fhir {

struct ClientOptions
{
    QUrl baseUrl;      // the server's FHIR base, e.g. https://ehr.example.org/fhir/R4
    QString tokenFile; // a bearer token (first line); empty: no Authorization header
    QString caFile;    // PEM certificates trusted besides the system's; empty: system only
    int timeoutMs = 30000;
};

// Why a request did not give a usable answer. `Http` carries the server's status and its
// OperationOutcome as readable text; the others never reached a complete response.
enum class Failure {
    None,
    Network,   // refused, reset, DNS, connection dropped mid-body
    Tls,       // certificate not trusted, wrong host, handshake failure
    Timeout,   // no complete answer within the timeout
    Cancelled, // cancel() was called
    Http,      // a 4xx/5xx status
    Malformed, // a 2xx whose body is not the JSON resource it should be
};

struct Reply
{
    Failure failure = Failure::None;
    int status = 0;             // HTTP status; 0 when none arrived
    QString message;            // readable: the OperationOutcome's text, or what went wrong
    QJsonObject body;           // the resource, Bundle or OperationOutcome returned
    QString versionId;          // from the ETag (W/"<id>") or the body's meta.versionId
    QString location;           // Location header of a create
    int retryAfterSeconds = -1; // Retry-After of a 429/503, -1 when absent

    bool ok() const { return failure == Failure::None; }
    // A failure that a later retry may not repeat: network, timeout, 408, 429, 5xx.
    bool transient() const;
    Core::Error error() const;
};

// A FHIR R4 REST client. Calls block the calling thread until the answer (or the timeout) and so
// belong on a worker thread or in the command line, never on the GUI thread. cancel() may be
// called from any thread.
class Client : public QObject
{
    Q_OBJECT

public:
    // Reads the token and CA files; a missing or unreadable file is an error here, not later.
    static Core::Result<std::unique_ptr<Client>> create(const ClientOptions &options);
    ~Client() override;

    Reply read(const QString &type, const QString &id);
    Reply vread(const QString &type, const QString &id, const QString &versionId);
    // One page of a search; pass the Bundle's `next` link to fetchPage() for the following one.
    Reply search(const QString &type, const QUrlQuery &query);
    // A page link must point into this server's base: a server is never allowed to send us
    // (and our token) elsewhere.
    Reply fetchPage(const QUrl &pageUrl);
    // Every page of a search, in order; stops at the first failure or when onPage returns false.
    // The next page is requested before onPage runs, so the server answers while the caller
    // works on the page it has. When that page has not arrived by the time onPage returns,
    // `beforeWait` (if given) runs before the client waits for it: the moment to finish work
    // that should not sit open while the network is slow. Returning false stops there.
    Reply searchAll(const QString &type, const QUrlQuery &query,
                    const std::function<bool(const QJsonObject &page)> &onPage,
                    const std::function<bool()> &beforeWait = {});
    // searchAll whose pages are fetched and parsed on a thread of its own with a client of its
    // own, up to a few pages ahead of onPage. `beforeWait` runs, as in searchAll, when the page
    // after the one onPage had is not there yet; cancel() stops both threads.
    Reply searchAhead(const QString &type, const QUrlQuery &query,
                      const std::function<bool(const QJsonObject &page)> &onPage,
                      const std::function<bool()> &beforeWait = {});
    // searchAhead with a step of the caller's own that runs on the reading thread for each page
    // before it is queued (mapping its records, say), so the caller's thread is left the work
    // that must be done there; what it returns comes to onPage with the page. It must not touch
    // anything the caller's thread uses meanwhile. `patienceMs` (if given) says, each time the
    // next page is not there yet, how many milliseconds to wait for it before `beforeWait` runs:
    // a caller whose open work is young can go on with it when the page comes soon after.
    Reply searchAheadPrepared(
        const QString &type, const QUrlQuery &query,
        const std::function<std::any(const QJsonObject &page)> &prepare,
        const std::function<bool(const QJsonObject &page, std::any &prepared)> &onPage,
        const std::function<bool()> &beforeWait = {}, const std::function<int()> &patienceMs = {});
    // With `ifNoneExist` (a search such as "identifier=urn:x|42") the server returns the existing
    // match instead of creating a second one.
    Reply create(const QJsonObject &resource, const QString &ifNoneExist = {});
    // With `ifMatchVersion` the update only happens if the server still holds that version
    // (otherwise 412).
    Reply update(const QJsonObject &resource, const QString &ifMatchVersion = {});
    // A Bundle of type "transaction" or "batch", posted to the base.
    Reply transaction(const QJsonObject &bundle);

    // Aborts the request in flight and every later one until resetCancel().
    void cancel();
    void resetCancel();
    // Acts as cancel() from the moment `flag` is true: a flag a signal handler sets, say, which
    // may not call cancel() itself. Looked at every few milliseconds while an answer or a page is
    // awaited. Null: none.
    void cancelWhen(const std::atomic_bool *flag) { m_cancelFlag = flag; }

    const ClientOptions &options() const { return m_options; }

    static QUrl nextLink(const QJsonObject &bundle);

private:
    // How often a waiting client looks whether it was cancelled.
    static constexpr int CancelPollMs = 20;

    explicit Client(ClientOptions options);
    struct InFlight;
    struct Pipe;
    void readInto(Pipe &pipe, const QString &type, const QUrlQuery &query,
                  const std::function<std::any(const QJsonObject &page)> &prepare) const;
    Reply send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body);
    // send() in two halves: the request goes out, then its answer is waited for and read.
    std::unique_ptr<InFlight> start(QNetworkRequest request, const QByteArray &verb,
                                    const QByteArray &body);
    Reply finish(InFlight &flight);
    // Whether the answer to `flight` is in (or there will be none), without waiting for it.
    bool arrived(InFlight &flight);
    bool isOnServer(const QUrl &pageUrl) const;
    QNetworkRequest request(const QUrl &url) const;
    QUrl resourceUrl(const QString &path) const;

    ClientOptions m_options;
    QByteArray m_token;
    QList<QSslCertificate> m_extraCas;
    QNetworkAccessManager *m_network = nullptr;
    std::atomic_bool m_cancelled = false;
    const std::atomic_bool *m_cancelFlag = nullptr;

    bool cancelled() const { return m_cancelled || (m_cancelFlag && m_cancelFlag->load()); }
};

// The readable text of an OperationOutcome: each issue's details.text, diagnostics or code,
// with its location, joined by "; ".
QString outcomeText(const QJsonObject &outcome);

} // namespace Ambulo::Fhir
