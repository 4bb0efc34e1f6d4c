#include "tests/modules/scheduling/schedulingfixture.h"

#include <QtTest>

using namespace Ambulo;

// Wall-clock appointments in America/New_York across the 2026 changes (8 March, 1 November).
class tst_ScheduleTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nineStaysNineAcrossSpringForward();
    void nineStaysNineAcrossFallBack();
    void skippedTimeIsRefused();
    void ambiguousTimeIsFirstOccurrence();
    void zoneSetting();

private:
    Test::SchedulingFixture f;
};

void tst_ScheduleTime::initTestCase()
{
    QVERIFY(f.build());
}

void tst_ScheduleTime::nineStaysNineAcrossSpringForward()
{
    Scheduling::SeriesRequest weekly;
    weekly.first = f.request(f.garcia, f.chen, f.typeFu, QDate(2026, 3, 1), 9); // Sundays
    weekly.count = 2;
    auto report = f.booking().bookSeries(weekly);
    QVERIFY(report.ok());
    QCOMPARE(report->bookedCount(), 2);
    auto before = f.queries().appointment(report->occurrences[0].appointmentId).value();
    auto after = f.queries().appointment(report->occurrences[1].appointmentId).value();
    QCOMPARE(before.startText(), QStringLiteral("2026-03-01T09:00"));
    QCOMPARE(after.startText(), QStringLiteral("2026-03-08T09:00"));
    // 9:00 EST is 14:00 UTC, 9:00 EDT is 13:00 UTC.
    QCOMPARE(before.startUtc(), QDateTime(QDate(2026, 3, 1), QTime(14, 0), Qt::UTC));
    QCOMPARE(after.startUtc(), QDateTime(QDate(2026, 3, 8), QTime(13, 0), Qt::UTC));
    auto day = f.queries().appointments(QDate(2026, 3, 8));
    QCOMPARE(day->first().startText(), QStringLiteral("2026-03-08T09:00"));
}

void tst_ScheduleTime::nineStaysNineAcrossFallBack()
{
    Scheduling::SeriesRequest weekly;
    weekly.first = f.request(f.garcia, f.chen, f.typeFu, QDate(2026, 10, 25), 9);
    weekly.count = 2;
    auto report = f.booking().bookSeries(weekly);
    QVERIFY(report.ok());
    QCOMPARE(report->bookedCount(), 2);
    auto after = f.queries().appointment(report->occurrences[1].appointmentId).value();
    QCOMPARE(after.startText(), QStringLiteral("2026-11-01T09:00"));
    QCOMPARE(after.startUtc(), QDateTime(QDate(2026, 11, 1), QTime(14, 0), Qt::UTC));
}

void tst_ScheduleTime::skippedTimeIsRefused()
{
    const qint64 before = f.count();
    auto r = f.booking().book(f.request(f.smith, f.chen, f.typeFu, QDate(2026, 3, 8), 2, 30));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Core::ErrorCode::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("2026-03-08T02:30 does not exist")),
             qPrintable(r.error().message));
    QCOMPARE(f.count(), before);
    // Ending inside the gap is refused the same way.
    QVERIFY(!f.booking().book(f.request(f.smith, f.chen, f.typeFu, QDate(2026, 3, 8), 1, 50)).ok());
    // A series reports the occurrence that falls in the gap and books the rest.
    Scheduling::SeriesRequest weekly;
    weekly.first = f.request(f.smith, f.chen, f.typeFu, QDate(2026, 3, 1), 2, 30);
    weekly.count = 2;
    auto report = f.booking().bookSeries(weekly);
    QVERIFY(report.ok());
    QCOMPARE(report->bookedCount(), 1);
    QVERIFY(report->occurrences[1].error.contains(QStringLiteral("does not exist")));
}

void tst_ScheduleTime::ambiguousTimeIsFirstOccurrence()
{
    auto id = f.booking().book(f.request(f.lee, f.chen, f.typeFu, QDate(2026, 11, 1), 1, 30));
    QVERIFY(id.ok());
    auto a = f.queries().appointment(id.value()).value();
    QCOMPARE(a.startText(), QStringLiteral("2026-11-01T01:30"));
    // 01:30 happens twice; the first (EDT, UTC-4) is taken, every time.
    QCOMPARE(a.startUtc(), QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC));
    // Wall-clock overlap is what the clerk sees: another 01:30 booking collides.
    auto again = f.booking().book(f.request(f.smith, f.chen, f.typeFu, QDate(2026, 11, 1), 1, 35));
    QCOMPARE(again.error().code, Core::ErrorCode::Conflict);
}

void tst_ScheduleTime::zoneSetting()
{
    QCOMPARE(f.scheduling->setup().timeZone(), QByteArray("America/New_York"));
    QCOMPARE(f.scheduling->setup().setTimeZone("Mars/Olympus").error().code,
             Core::ErrorCode::Invalid);
    f.actAs(Core::Role::FrontDesk);
    QCOMPARE(f.scheduling->setup().setTimeZone("Europe/Madrid").error().code,
             Core::ErrorCode::Denied);
    QCOMPARE(f.scheduling->setup().timeZone(), QByteArray("America/New_York"));
}

QTEST_GUILESS_MAIN(tst_ScheduleTime)
#include "tst_scheduletime.moc"
