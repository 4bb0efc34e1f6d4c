#include "connectors/fhir/fhirclient.h"
#include "tests/support/peerprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <any>
#include <atomic>
#include <thread>

using namespace Ambulo;
using Fhir::Failure;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);

QJsonObject patient(const QString &family, const QString &birthDate = QStringLiteral("1980-02-03"))
{
    return QJsonObject{
        {"resourceType", "Patient"},
        {"name", QJsonArray{QJsonObject{{"family", family}, {"given", QJsonArray{"Ann"}}}}},
        {"birthDate", birthDate},
    };
}

} // namespace

class TestFhirClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void createReadVread();
    void updateWithIfMatch();
    void createIfNoneExistMakesOneCopy();
    void searchFollowsNextLinks();
    void searchAsksForTheNextPageWhileThePageIsWorkedOn();
    void searchSaysWhenItWaitsForALatePage_data();
    void searchSaysWhenItWaitsForALatePage();
    void searchAheadAsSearchAll_data();
    void searchAheadAsSearchAll();
    void searchAheadIsCancelledWhileWaiting();
    void searchAheadPreparesOnTheReadingThread();
    void searchAheadWaitsItsPatienceForALatePage();
    void nextLinkToAnotherServerIsRefused();
    void invalidResourceIsExplained();
    void transactionBundle();
    void faults_data();
    void faults();
    void timeoutAndCancel();
    void bearerToken();
    void tlsVerification();
    void badOptionsAreRefusedUpFront();

private:
    std::unique_ptr<Fhir::Client> client(int timeoutMs = 10000, const QString &tokenFile = {});
    void injectFault(const QJsonObject &fault);
    int serverRequests();

    Test::PeerProcess m_server;
    QUrl m_base;
    QTemporaryDir m_dir;
};

void TestFhirClient::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral("node"), {Peers + QStringLiteral("/fhir_server.mjs")}),
             qPrintable(m_server.error()));
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_server.port()));
}

void TestFhirClient::cleanupTestCase()
{
    m_server.stop();
}

void TestFhirClient::init()
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/$reset").arg(m_server.port())));
    QNetworkReply *reply = network.post(request, QByteArray());
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

std::unique_ptr<Fhir::Client> TestFhirClient::client(int timeoutMs, const QString &tokenFile)
{
    Fhir::ClientOptions options;
    options.baseUrl = m_base;
    options.timeoutMs = timeoutMs;
    options.tokenFile = tokenFile;
    auto made = Fhir::Client::create(options);
    return made ? std::move(made.value()) : nullptr;
}

void TestFhirClient::injectFault(const QJsonObject &fault)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/$fault").arg(m_server.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = network.post(request, QJsonDocument(fault).toJson());
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

// The requests the server has answered or started, this one included.
int TestFhirClient::serverRequests()
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/$stats").arg(m_server.port())));
    QNetworkReply *reply = network.get(request);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        return -1;
    const int n = QJsonDocument::fromJson(reply->readAll())["requests"].toInt(-1);
    reply->deleteLater();
    return n;
}

void TestFhirClient::createReadVread()
{
    auto fhir = client();
    QVERIFY(fhir);
    const Fhir::Reply created = fhir->create(patient("Okafor"));
    QVERIFY2(created.ok(), qPrintable(created.message));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.versionId.isEmpty());
    QVERIFY(created.location.contains(QLatin1String("/Patient/")));
    const QString id = created.body.value("id").toString();
    QVERIFY(!id.isEmpty());

    const Fhir::Reply read = fhir->read("Patient", id);
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.body.value("birthDate").toString(), QStringLiteral("1980-02-03"));
    QCOMPARE(read.versionId, created.versionId);

    const Fhir::Reply version = fhir->vread("Patient", id, created.versionId);
    QVERIFY2(version.ok(), qPrintable(version.message));
    QCOMPARE(version.body.value("id").toString(), id);

    const Fhir::Reply missing = fhir->read("Patient", "no-such-id");
    QCOMPARE(missing.failure, Failure::Http);
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.transient());
    QVERIFY2(missing.message.contains(QLatin1String("404")), qPrintable(missing.message));
}

void TestFhirClient::updateWithIfMatch()
{
    auto fhir = client();
    const Fhir::Reply created = fhir->create(patient("Lind"));
    QVERIFY(created.ok());
    QJsonObject changed = created.body;
    changed["gender"] = "female";
    const Fhir::Reply updated = fhir->update(changed, created.versionId);
    QVERIFY2(updated.ok(), qPrintable(updated.message));
    QVERIFY(updated.versionId != created.versionId);

    // Someone else's version is gone: the stale write is refused, not applied.
    changed["gender"] = "male";
    const Fhir::Reply stale = fhir->update(changed, created.versionId);
    QCOMPARE(stale.failure, Failure::Http);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.error().code, Core::ErrorCode::Conflict);
    QCOMPARE(fhir->read("Patient", created.body.value("id").toString()).body.value("gender"),
             QJsonValue("female"));
}

void TestFhirClient::createIfNoneExistMakesOneCopy()
{
    auto fhir = client();
    QJsonObject resource = patient("Ruiz");
    resource["identifier"] =
        QJsonArray{QJsonObject{{"system", "urn:ambulo:client"}, {"value", "ws1-000042"}}};
    const QString condition = QStringLiteral("identifier=urn:ambulo:client|ws1-000042");
    const Fhir::Reply first = fhir->create(resource, condition);
    const Fhir::Reply retry = fhir->create(resource, condition);
    QVERIFY(first.ok() && retry.ok());
    QCOMPARE(first.status, 201);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body.value("id"), first.body.value("id"));

    int found = 0;
    const Fhir::Reply all = fhir->searchAll(
        "Patient", QUrlQuery(QStringLiteral("identifier=urn:ambulo:client|ws1-000042")),
        [&](const QJsonObject &page) {
            found += page.value("entry").toArray().size();
            return true;
        });
    QVERIFY2(all.ok(), qPrintable(all.message));
    QCOMPARE(found, 1);
}

void TestFhirClient::searchFollowsNextLinks()
{
    auto fhir = client();
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Page%1").arg(i))).ok());
    QStringList families;
    int pages = 0;
    const Fhir::Reply last =
        fhir->searchAll("Patient", QUrlQuery(QStringLiteral("_count=3&_sort=_lastUpdated")),
                        [&](const QJsonObject &page) {
                            ++pages;
                            for (const QJsonValue &entry : page.value("entry").toArray())
                                families.append(entry["resource"]["name"][0]["family"].toString());
                            return true;
                        });
    QVERIFY2(last.ok(), qPrintable(last.message));
    QCOMPARE(pages, 3);
    QCOMPARE(families.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(families.at(i), QStringLiteral("Page%1").arg(i));

    // Stopping early is the caller's choice.
    pages = 0;
    QVERIFY(fhir->searchAll("Patient", QUrlQuery(QStringLiteral("_count=3")),
                            [&](const QJsonObject &) { return ++pages < 2; })
                .ok());
    QCOMPARE(pages, 2);
}

void TestFhirClient::searchAsksForTheNextPageWhileThePageIsWorkedOn()
{
    auto fhir = client();
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Ahead%1").arg(i))).ok());
    // Requests the server saw apart from these counting ones.
    const int before = serverRequests();
    int counts = 1;
    const auto searches = [&] {
        ++counts;
        return serverRequests() - before - (counts - 1);
    };

    // While the first page is in the caller's hands, the second is already asked for.
    int pages = 0;
    bool aheadSeen = false;
    Fhir::Reply last =
        fhir->searchAll("Patient", QUrlQuery(QStringLiteral("_count=3&_sort=_lastUpdated")),
                        [&](const QJsonObject &) {
                            if (++pages == 1)
                                aheadSeen = QTest::qWaitFor([&] { return searches() == 2; }, 5000);
                            return true;
                        });
    QVERIFY2(last.ok(), qPrintable(last.message));
    QCOMPARE(pages, 3);
    QVERIFY2(aheadSeen, "the second page was not requested while the first was worked on");
    QCOMPARE(searches(), 3); // and each page only once

    // A caller that stops leaves the page asked for ahead unread, and nothing more is asked.
    const int afterFirst = searches();
    pages = 0;
    last = fhir->searchAll("Patient", QUrlQuery(QStringLiteral("_count=3&_sort=_lastUpdated")),
                           [&](const QJsonObject &) { return ++pages < 1; });
    QVERIFY(last.ok());
    QCOMPARE(pages, 1);
    QTest::qWait(300);
    // The page ahead may have been dropped before it left; nothing after it was asked for.
    const int asked = searches() - afterFirst;
    QVERIFY2(asked == 1 || asked == 2, qPrintable(QString::number(asked)));

    // A failed page ahead is reported as that page's failure, after the first page was handed over.
    injectFault({{"status", 503}, {"match", "_offset=3"}});
    const int beforeFault = searches();
    pages = 0;
    last = fhir->searchAll("Patient", QUrlQuery(QStringLiteral("_count=3&_sort=_lastUpdated")),
                           [&](const QJsonObject &) { return ++pages > 0; });
    QCOMPARE(pages, 1);
    QCOMPARE(last.failure, Failure::Http);
    QCOMPARE(last.status, 503);
    QCOMPARE(searches() - beforeFault, 2);
}

void TestFhirClient::searchSaysWhenItWaitsForALatePage_data()
{
    QTest::addColumn<bool>("ahead");
    QTest::newRow("searchAll") << false;
    QTest::newRow("searchAhead") << true;
}

void TestFhirClient::searchSaysWhenItWaitsForALatePage()
{
    QFETCH(bool, ahead);
    auto fhir = client();
    // searchAhead reads on a thread of its own; both must say the same.
    const auto search = [&](const std::function<bool(const QJsonObject &)> &onPage,
                            const std::function<bool()> &beforeWait) {
        const QUrlQuery query(QStringLiteral("_count=3&_sort=_lastUpdated"));
        return ahead ? fhir->searchAhead("Patient", query, onPage, beforeWait)
                     : fhir->searchAll("Patient", query, onPage, beforeWait);
    };
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Late%1").arg(i))).ok());
    const QJsonObject lateSecondPage{
        {"mode", "delay"}, {"delayMs", 1500}, {"match", "_offset=3"}, {"method", "GET"}};

    // The second page is held back: the caller hears of it after the first page, before the
    // wait, and then gets every page.
    injectFault(lateSecondPage);
    int pages = 0;
    QList<int> waitedAfter;
    Fhir::Reply last = search(
        [&](const QJsonObject &) {
            ++pages;
            return true;
        },
        [&] {
            waitedAfter.append(pages);
            return true;
        });
    QVERIFY2(last.ok(), qPrintable(last.message));
    QCOMPARE(pages, 3);
    QVERIFY(!waitedAfter.isEmpty());
    QCOMPARE(waitedAfter.first(), 1);
    QVERIFY(!waitedAfter.contains(0) && !waitedAfter.contains(3));

    // Refusing to wait ends the search after the pages handed over, without a failure.
    injectFault(lateSecondPage);
    pages = 0;
    QElapsedTimer took;
    took.start();
    last = search(
        [&](const QJsonObject &) {
            ++pages;
            return true;
        },
        [] { return false; });
    QVERIFY2(last.ok(), qPrintable(last.message));
    QCOMPARE(pages, 1);
    QVERIFY2(took.elapsed() < 1400, "it waited for the page it was told not to wait for");
    QTest::qWait(1600); // the held-back answer is dropped before the next test's reset
}

// searchAhead reads on a thread of its own: the caller sees the same pages in the same order,
// and a page that fails is reported after the pages before it, as searchAll does.
void TestFhirClient::searchAheadAsSearchAll_data()
{
    QTest::addColumn<QJsonObject>("fault"); // on the second page; empty: none
    QTest::addColumn<int>("pages");         // handed to the caller
    QTest::addColumn<int>("failure");

    QTest::newRow("every page") << QJsonObject() << 3 << int(Failure::None);
    QTest::newRow("503") << QJsonObject{{"status", 503}, {"match", "_offset=3"}} << 1
                         << int(Failure::Http);
    QTest::newRow("malformed JSON") << QJsonObject{{"mode", "malformed"}, {"match", "_offset=3"}}
                                    << 1 << int(Failure::Malformed);
    QTest::newRow("truncated page")
        << QJsonObject{{"mode", "truncated"}, {"match", "_offset=3"}} << 1 << int(Failure::Network);
}

void TestFhirClient::searchAheadAsSearchAll()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, pages);
    QFETCH(int, failure);
    auto fhir = client();
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Thread%1").arg(i))).ok());
    if (!fault.isEmpty())
        injectFault(fault);
    QStringList families;
    int seen = 0;
    const Fhir::Reply last = fhir->searchAhead(
        "Patient", QUrlQuery(QStringLiteral("_count=3&_sort=_lastUpdated")),
        [&](const QJsonObject &page) {
            ++seen;
            for (const QJsonValue &entry : page.value("entry").toArray())
                families.append(entry["resource"]["name"][0]["family"].toString());
            return true;
        });
    QCOMPARE(seen, pages);
    QCOMPARE(int(last.failure), failure);
    QCOMPARE(families.size(), failure == int(Failure::None) ? 7 : 3);
    for (int i = 0; i < families.size(); ++i)
        QCOMPARE(families.at(i), QStringLiteral("Thread%1").arg(i));

    if (failure == int(Failure::None)) {
        // Stopping early is the caller's choice, and a success.
        seen = 0;
        QVERIFY(fhir->searchAhead("Patient", QUrlQuery(QStringLiteral("_count=3")),
                                  [&](const QJsonObject &) { return ++seen < 2; })
                    .ok());
        QCOMPARE(seen, 2);
    }
}

void TestFhirClient::searchAheadIsCancelledWhileWaiting()
{
    auto fhir = client(20000);
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Wait%1").arg(i))).ok());
    const QUrlQuery query(QStringLiteral("_count=3&_sort=_lastUpdated"));

    // cancel() from another thread, while the caller waits for the late page, ends it at once.
    injectFault(QJsonObject{
        {"mode", "delay"}, {"delayMs", 4000}, {"match", "_offset=3"}, {"method", "GET"}});
    int pages = 0;
    QElapsedTimer took;
    took.start();
    std::thread canceller;
    const Fhir::Reply last = fhir->searchAhead("Patient", query, [&](const QJsonObject &) {
        if (++pages == 1)
            canceller = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                fhir->cancel();
            });
        return true;
    });
    canceller.join();
    QCOMPARE(last.failure, Failure::Cancelled);
    QCOMPARE(pages, 1);
    QVERIFY2(took.elapsed() < 2500, qPrintable(QString::number(took.elapsed())));
    // Cancelled stays cancelled until reset: nothing new starts.
    QCOMPARE(fhir->searchAhead("Patient", query, [](const QJsonObject &) { return true; }).failure,
             Failure::Cancelled);
    fhir->resetCancel();
    QTest::qWait(4000); // the delayed answer is dropped before the next test's reset
}

void TestFhirClient::nextLinkToAnotherServerIsRefused()
{
    auto fhir = client();
    const Fhir::Reply page = fhir->fetchPage(
        QUrl(QStringLiteral("http://127.0.0.2:%1/fhir/R4/Patient?_offset=3").arg(m_server.port())));
    QCOMPARE(page.failure, Failure::Malformed);
    QVERIFY(page.message.contains(QLatin1String("not followed")));
}

void TestFhirClient::invalidResourceIsExplained()
{
    auto fhir = client();
    const Fhir::Reply refused = fhir->create(patient("Bad", QStringLiteral("yesterday")));
    QCOMPARE(refused.failure, Failure::Http);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message.contains(QLatin1String("Patient.birthDate")),
             qPrintable(refused.message));
    QCOMPARE(refused.body.value("resourceType").toString(), QStringLiteral("OperationOutcome"));
}

void TestFhirClient::transactionBundle()
{
    auto fhir = client();
    const QJsonObject bundle{
        {"resourceType", "Bundle"},
        {"type", "transaction"},
        {"entry",
         QJsonArray{QJsonObject{{"resource", patient("Tx1")},
                                {"request", QJsonObject{{"method", "POST"}, {"url", "Patient"}}}},
                    QJsonObject{{"resource", patient("Tx2")},
                                {"request", QJsonObject{{"method", "POST"}, {"url", "Patient"}}}}}},
    };
    const Fhir::Reply reply = fhir->transaction(bundle);
    QVERIFY2(reply.ok(), qPrintable(reply.message));
    QCOMPARE(reply.body.value("type").toString(), QStringLiteral("transaction-response"));
    const QJsonArray entries = reply.body.value("entry").toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue &entry : entries)
        QVERIFY(entry["response"]["status"].toString().startsWith(QLatin1String("201")));
}

void TestFhirClient::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("says");

    QTest::newRow("503") << QJsonObject{{"status", 503}} << int(Failure::Http) << 503 << -1 << true
                         << "injected fault 503";
    QTest::newRow("429 Retry-After") << QJsonObject{{"status", 429}, {"retryAfter", 7}}
                                     << int(Failure::Http) << 429 << 7 << true << "429";
    QTest::newRow("malformed JSON") << QJsonObject{{"mode", "malformed"}} << int(Failure::Malformed)
                                    << 200 << -1 << false << "not a JSON resource";
    QTest::newRow("truncated page") << QJsonObject{{"mode", "truncated"}} << int(Failure::Network)
                                    << 200 << -1 << true << "cannot reach";
    // Qt resends an idempotent request once on a dropped keep-alive connection, so the server
    // drops it three times in a row.
    QTest::newRow("connection dropped")
        << QJsonObject{{"mode", "close"}, {"count", 3}} << int(Failure::Network) << 0 << -1 << true
        << "cannot reach";
}

void TestFhirClient::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(bool, transient);
    QFETCH(QString, says);
    auto fhir = client();
    injectFault(fault);
    const Fhir::Reply reply = fhir->search("Patient", QUrlQuery(QStringLiteral("_count=5")));
    QCOMPARE(int(reply.failure), failure);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.retryAfterSeconds, retryAfter);
    QCOMPARE(reply.transient(), transient);
    QVERIFY2(reply.message.contains(says), qPrintable(reply.message));
    // Once the faults are gone, the same client is answered again.
    init();
    QVERIFY(fhir->search("Patient", QUrlQuery(QStringLiteral("_count=5"))).ok());
}

void TestFhirClient::timeoutAndCancel()
{
    auto fhir = client(600);
    injectFault(QJsonObject{{"mode", "delay"}, {"delayMs", 3000}});
    QElapsedTimer clock;
    clock.start();
    const Fhir::Reply slow = fhir->search("Patient", {});
    QCOMPARE(slow.failure, Failure::Timeout);
    QVERIFY(slow.transient());
    QVERIFY(clock.elapsed() < 2500);

    auto patient = client(20000);
    injectFault(QJsonObject{{"mode", "delay"}, {"delayMs", 4000}});
    clock.restart();
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        patient->cancel();
    });
    const Fhir::Reply cancelled = patient->search("Patient", {});
    canceller.join();
    QCOMPARE(cancelled.failure, Failure::Cancelled);
    QVERIFY(clock.elapsed() < 2500);
    // Cancelled stays cancelled until reset, so a stopping worker starts nothing new.
    QCOMPARE(patient->read("Patient", "x").failure, Failure::Cancelled);
    patient->resetCancel();
    QTest::qWait(4000); // the delayed request is finished on the server side
    QVERIFY(patient->search("Patient", {}).ok());
}

void TestFhirClient::bearerToken()
{
    Test::PeerProcess guarded;
    QVERIFY2(guarded.start("node", {Peers + "/fhir_server.mjs", "--token", "s3cret-token"}),
             qPrintable(guarded.error()));
    const QString tokenPath = m_dir.filePath("token");
    QFile token(tokenPath);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("s3cret-token\n");
    token.close();

    Fhir::ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(guarded.port()));
    auto anonymous = Fhir::Client::create(options);
    QVERIFY(anonymous);
    const Fhir::Reply refused = anonymous.value()->search("Patient", {});
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QVERIFY2(refused.message.contains("bearer token"), qPrintable(refused.message));

    options.tokenFile = tokenPath;
    auto signedIn = Fhir::Client::create(options);
    QVERIFY(signedIn);
    const Fhir::Reply allowed = signedIn.value()->search("Patient", {});
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));
}

void TestFhirClient::tlsVerification()
{
    const QString cert = m_dir.filePath("server.pem");
    const QString key = m_dir.filePath("server.key");
    const int made = QProcess::execute(
        "openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"});
    QCOMPARE(made, 0);
    Test::PeerProcess secure;
    QVERIFY2(
        secure.start("node", {Peers + "/fhir_server.mjs", "--tls-cert", cert, "--tls-key", key}),
        qPrintable(secure.error()));

    Fhir::ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/fhir/R4").arg(secure.port()));
    auto untrusting = Fhir::Client::create(options);
    QVERIFY(untrusting);
    const Fhir::Reply refused = untrusting.value()->search("Patient", {});
    QCOMPARE(refused.failure, Failure::Tls);
    QVERIFY2(refused.message.contains(QLatin1String("refused the certificate")),
             qPrintable(refused.message));

    options.caFile = cert;
    auto trusting = Fhir::Client::create(options);
    QVERIFY(trusting);
    const Fhir::Reply allowed = trusting.value()->create(patient("Tls"));
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));
}

void TestFhirClient::badOptionsAreRefusedUpFront()
{
    Fhir::ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("ftp://example.org/fhir"));
    QVERIFY(!Fhir::Client::create(options));
    options.baseUrl = m_base;
    options.tokenFile = m_dir.filePath("absent-token");
    auto noToken = Fhir::Client::create(options);
    QVERIFY(!noToken);
    QVERIFY(noToken.error().message.contains("token file"));
    options.tokenFile.clear();
    const QString notPem = m_dir.filePath("not.pem");
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    options.caFile = notPem;
    auto noCa = Fhir::Client::create(options);
    QVERIFY(!noCa);
    QVERIFY(noCa.error().message.contains("PEM"));
}

// The caller's prepare step runs on the reading thread, once per page and in order, and what it
// made of a page comes to onPage with that very page.
void TestFhirClient::searchAheadPreparesOnTheReadingThread()
{
    auto fhir = client();
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Prep%1").arg(i))).ok());
    QThread *const caller = QThread::currentThread();
    std::atomic<int> onCaller{0};
    std::atomic<int> prepared{0};
    QStringList families;
    const Fhir::Reply last = fhir->searchAheadPrepared(
        "Patient", QUrlQuery(QStringLiteral("_count=3&_sort=_lastUpdated")),
        [&](const QJsonObject &page) {
            if (QThread::currentThread() == caller)
                ++onCaller;
            ++prepared;
            QStringList names;
            for (const QJsonValue &entry : page.value("entry").toArray())
                names.append(entry["resource"]["name"][0]["family"].toString());
            return std::any(names);
        },
        [&](const QJsonObject &page, std::any &made) {
            const QStringList *names = std::any_cast<QStringList>(&made);
            if (!names || names->size() != page.value("entry").toArray().size())
                return false;
            families += *names;
            return true;
        });
    QVERIFY2(last.ok(), qPrintable(last.message));
    QCOMPARE(prepared.load(), 3);
    QCOMPARE(onCaller.load(), 0);
    QCOMPARE(families.size(), 7);
    for (int i = 0; i < families.size(); ++i)
        QCOMPARE(families.at(i), QStringLiteral("Prep%1").arg(i));
}

// With a patience, a late page that comes within it is handed over without `beforeWait`; one that
// takes longer gets `beforeWait`, but only once the patience is spent.
void TestFhirClient::searchAheadWaitsItsPatienceForALatePage()
{
    auto fhir = client();
    for (int i = 0; i < 7; ++i)
        QVERIFY(fhir->create(patient(QStringLiteral("Patient%1").arg(i))).ok());
    const QUrlQuery query(QStringLiteral("_count=3&_sort=_lastUpdated"));
    const QJsonObject lateSecondPage{
        {"mode", "delay"}, {"delayMs", 700}, {"match", "_offset=3"}, {"method", "GET"}};
    struct Run
    {
        int pages = 0;
        int waits = 0;
        int asked = 0;
        qint64 waitedMs = -1; // from the end of the first page to beforeWait
        Fhir::Reply last;
    };
    const auto run = [&](int patienceMs) {
        injectFault(lateSecondPage);
        Run r;
        QElapsedTimer sinceFirst;
        r.last = fhir->searchAheadPrepared(
            QStringLiteral("Patient"), query, {},
            [&](const QJsonObject &, std::any &) {
                if (++r.pages == 1)
                    sinceFirst.start();
                return true;
            },
            [&] {
                if (++r.waits == 1)
                    r.waitedMs = sinceFirst.elapsed();
                return true;
            },
            [&] {
                ++r.asked;
                return patienceMs;
            });
        return r;
    };

    const Run calm = run(5000);
    QVERIFY2(calm.last.ok(), qPrintable(calm.last.message));
    QCOMPARE(calm.pages, 3);
    QVERIFY(calm.asked >= 1);
    QCOMPARE(calm.waits, 0);

    const Run hasty = run(150);
    QVERIFY2(hasty.last.ok(), qPrintable(hasty.last.message));
    QCOMPARE(hasty.pages, 3);
    QCOMPARE(hasty.waits, 1);
    QVERIFY2(hasty.waitedMs >= 140 && hasty.waitedMs < 650,
             qPrintable(
                 QStringLiteral("beforeWait came %1 ms after the first page").arg(hasty.waitedMs)));
}

QTEST_GUILESS_MAIN(TestFhirClient)
#include "tst_fhirclient.moc"
