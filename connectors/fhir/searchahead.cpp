// Client::searchAhead: searchAll whose pages are fetched and parsed on a thread of their own.
#include "connectors/fhir/fhirclient.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <deque>

namespace Ambulo::Fhir {

namespace {

// Parsed pages the reader may hold for the caller: enough to ride out one slow page, few enough
// that a search the caller stops has not fetched much for nothing.
constexpr std::size_t PagesAhead = 2;

Reply cancelledReply()
{
    Reply out;
    out.failure = Failure::Cancelled;
    out.message = QStringLiteral("the request was cancelled");
    return out;
}

} // namespace

struct Client::Pipe
{
    struct Page
    {
        QJsonObject page;
        std::any prepared; // what the caller's prepare step made of it
    };
    QMutex mutex;
    QWaitCondition changed;
    std::deque<Page> pages;
    bool closed = false;     // the caller wants no more pages: the reader stops
    bool done = false;       // the reader has stopped; `last` says how
    bool lastQueued = false; // the page without a next link is queued: nothing comes after it
    Reply last;
    Client *reader = nullptr; // while it searches; cancelled when the caller closes the pipe

    void close()
    {
        QMutexLocker lock(&mutex);
        closed = true;
        if (reader)
            reader->cancel();
        changed.wakeAll();
    }
};

void Client::readInto(Pipe &pipe, const QString &type, const QUrlQuery &query,
                      const std::function<std::any(const QJsonObject &page)> &prepare) const
{
    // Its own network manager: one lives in the thread that uses it.
    Client reader(m_options);
    reader.m_token = m_token;
    reader.m_extraCas = m_extraCas;
    reader.m_cancelFlag = m_cancelFlag;
    {
        QMutexLocker lock(&pipe.mutex);
        if (pipe.closed) {
            pipe.last = cancelledReply();
            pipe.done = true;
            pipe.changed.wakeAll();
            return;
        }
        pipe.reader = &reader;
    }
    Reply last = reader.searchAll(type, query, [&pipe, &prepare](const QJsonObject &page) {
        // Outside the lock: the caller takes pages meanwhile.
        std::any prepared = prepare ? prepare(page) : std::any();
        QMutexLocker lock(&pipe.mutex);
        while (!pipe.closed && pipe.pages.size() >= PagesAhead)
            pipe.changed.wait(&pipe.mutex);
        if (pipe.closed)
            return false;
        if (nextLink(page).isEmpty())
            pipe.lastQueued = true;
        pipe.pages.push_back({page, std::move(prepared)});
        pipe.changed.wakeAll();
        return true;
    });
    QMutexLocker lock(&pipe.mutex);
    pipe.reader = nullptr; // before `reader` goes: nobody cancels it any more
    pipe.last = std::move(last);
    pipe.done = true;
    pipe.changed.wakeAll();
}

Reply Client::searchAhead(const QString &type, const QUrlQuery &query,
                          const std::function<bool(const QJsonObject &page)> &onPage,
                          const std::function<bool()> &beforeWait)
{
    return searchAheadPrepared(
        type, query, {}, [&onPage](const QJsonObject &page, std::any &) { return onPage(page); },
        beforeWait);
}

Reply Client::searchAheadPrepared(
    const QString &type, const QUrlQuery &query,
    const std::function<std::any(const QJsonObject &page)> &prepare,
    const std::function<bool(const QJsonObject &page, std::any &prepared)> &onPage,
    const std::function<bool()> &beforeWait, const std::function<int()> &patienceMs)
{
    if (cancelled())
        return cancelledReply();
    Pipe pipe;
    std::unique_ptr<QThread> thread(QThread::create(
        [this, &pipe, &prepare, type, query] { readInto(pipe, type, query, prepare); }));
    thread->setObjectName(QStringLiteral("fhir-search-ahead"));
    thread->start();
    const auto stop = [&] {
        pipe.close();
        thread->wait();
    };

    bool first = true;
    QJsonObject last; // the page onPage had last: searchAll's answer when the caller stops
    for (;;) {
        Pipe::Page page;
        {
            QMutexLocker lock(&pipe.mutex);
            const auto waiting = [&] {
                return !first && pipe.pages.empty() && !pipe.done && !pipe.lastQueued;
            };
            if (waiting() && beforeWait && patienceMs) {
                const QDeadlineTimer patience(std::max(patienceMs(), 0));
                while (waiting() && !cancelled() && !patience.hasExpired()) {
                    pipe.changed.wait(&pipe.mutex, QDeadlineTimer(std::min<qint64>(
                                                       patience.remainingTime(), CancelPollMs)));
                }
            }
            if (waiting() && beforeWait) {
                lock.unlock();
                if (!beforeWait()) {
                    stop();
                    Reply out;
                    out.body = std::move(last);
                    return out;
                }
                lock.relock();
            }
            while (pipe.pages.empty() && !pipe.done && !cancelled())
                pipe.changed.wait(&pipe.mutex, CancelPollMs);
            if (cancelled()) {
                // As searchAll: the request in flight is aborted, what it brought is not seen.
                lock.unlock();
                stop();
                return cancelledReply();
            }
            if (pipe.pages.empty())
                break; // the reader is done
            page = std::move(pipe.pages.front());
            pipe.pages.pop_front();
            pipe.changed.wakeAll();
        }
        first = false;
        last = page.page;
        if (!onPage(page.page, page.prepared)) {
            stop();
            Reply out;
            out.body = std::move(last);
            return out;
        }
    }
    thread->wait();
    return pipe.last;
}

} // namespace Ambulo::Fhir
