#include "modules/scheduling/domain/schedulingconstants.h"
#include "tests/modules/scheduling/schedulingfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Ambulo;
using Scheduling::BookingRequest;
using Scheduling::ConflictKind;

// Booking against the real encrypted store: every hard conflict, overrides, series, moves.
class tst_Booking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bookAndRead();
    void providerBusy();
    void roomBusy();
    void patientBusy();
    void outsideWorkingHours();
    void insideBlockout();
    void noRoomFree();
    void touchingIsNotOverlapping();
    void cancelledFreesTheSlot();
    void overrideIsAdminOnly();
    void frontDeskBooksBillerCannot();
    void seriesBooksWhatFits();
    void moveRefusedLeavesAppointment();
    void moveAndResize();
    void rescheduleKeepsLink();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void parseWallClock_data();
    void parseWallClock();
    void setupNeedsAdmin();

private:
    Test::SchedulingFixture f;
};

void tst_Booking::initTestCase()
{
    QVERIFY(f.build());
}

void tst_Booking::init()
{
    f.actAs(Core::Role::Admin);
}

void tst_Booking::bookAndRead()
{
    QSignalSpy spy(&f.events, &Core::EventHub::published);
    auto id = f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, QDate(2026, 3, 16), 9));
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(spy.size(), 1);
    const auto event = spy.first().first().value<Core::DomainEvent>();
    QCOMPARE(event.type, QLatin1String(Scheduling::Constants::Events::AppointmentBooked));
    QCOMPARE(event.data.value(QStringLiteral("appointmentId")).toLongLong(), id.value());
    auto a = f.queries().appointment(id.value());
    QVERIFY(a.ok());
    QCOMPARE(a->startText(), QStringLiteral("2026-03-16T09:00"));
    QCOMPARE(a->endText(), QStringLiteral("2026-03-16T09:15"));
    QCOMPARE(a->patientName, QStringLiteral("Garcia, Ana"));
    QCOMPARE(a->typeCode, QStringLiteral("FU"));
    QCOMPARE(a->status, Scheduling::AppointmentStatus::Booked);
    QCOMPARE(a->timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(a->startUtc(), QDateTime(QDate(2026, 3, 16), QTime(13, 0), Qt::UTC));
    auto history = f.queries().history(id.value());
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QVERIFY(!history->first().from.has_value());
}

static void expectConflict(Core::Result<qint64> r, ConflictKind kind, const QString &says,
                           Test::SchedulingFixture &f, const BookingRequest &req)
{
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Core::ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    auto check = f.booking().check(req);
    QVERIFY(check.ok());
    bool found = false;
    for (const Scheduling::Conflict &c : check.value())
        found = found || c.kind == kind;
    QVERIFY2(found, qPrintable(Scheduling::conflictKindId(kind)));
}

void tst_Booking::providerBusy()
{
    const QDate day(2026, 3, 17);
    QVERIFY(f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9)).ok());
    const qint64 before = f.count();
    const BookingRequest req = f.request(f.smith, f.moreno, f.typeFu, day, 9, 10);
    expectConflict(f.booking().book(req), ConflictKind::ProviderBusy,
                   QStringLiteral("Alicia Moreno, MD already has Garcia, Ana 09:00–09:15"), f, req);
    QCOMPARE(f.count(), before);
}

void tst_Booking::roomBusy()
{
    const QDate day(2026, 3, 18);
    auto first = f.request(f.garcia, f.moreno, f.typeNp, day, 10);
    first.roomId = f.room2;
    QVERIFY(f.booking().book(first).ok());
    auto req = f.request(f.smith, f.chen, f.typeNp, day, 10, 15);
    req.roomId = f.room2;
    expectConflict(f.booking().book(req), ConflictKind::RoomBusy,
                   QStringLiteral("Room Exam 2 is taken by Garcia, Ana"), f, req);
}

void tst_Booking::patientBusy()
{
    const QDate day(2026, 3, 19);
    QVERIFY(f.booking().book(f.request(f.lee, f.moreno, f.typeFu, day, 11)).ok());
    const auto req = f.request(f.lee, f.chen, f.typeFu, day, 11, 5);
    expectConflict(f.booking().book(req), ConflictKind::PatientBusy,
                   QStringLiteral("Lee, Kim is already booked with Alicia Moreno, MD 11:00–11:15"),
                   f, req);
}

void tst_Booking::outsideWorkingHours()
{
    const auto req = f.request(f.garcia, f.moreno, f.typeFu, QDate(2026, 3, 20), 12, 30);
    expectConflict(f.booking().book(req), ConflictKind::OutsideWorkingHours,
                   QStringLiteral("Outside working hours: 12:30–12:45"), f, req);
    const auto saturday = f.request(f.garcia, f.moreno, f.typeFu, QDate(2026, 3, 21), 9);
    expectConflict(f.booking().book(saturday), ConflictKind::OutsideWorkingHours,
                   QStringLiteral("does not work on"), f, saturday);
}

void tst_Booking::insideBlockout()
{
    // Chen's weekly Monday lunch.
    const auto req = f.request(f.garcia, f.chen, f.typeFu, QDate(2026, 3, 23), 12, 15);
    expectConflict(f.booking().book(req), ConflictKind::Blockout,
                   QStringLiteral("Inside a blockout: Lunch 12:00–13:00"), f, req);
    // A practice-wide one-off (a staff meeting) blocks everyone.
    Scheduling::Blockout meeting;
    meeting.date = QDate(2026, 3, 24);
    meeting.startMinute = 8 * 60;
    meeting.endMinute = 9 * 60;
    meeting.reason = QStringLiteral("Staff meeting");
    QVERIFY(f.scheduling->setup().addBlockout(meeting).ok());
    const auto req2 = f.request(f.garcia, f.moreno, f.typeFu, meeting.date, 8, 30);
    expectConflict(f.booking().book(req2), ConflictKind::Blockout,
                   QStringLiteral("Staff meeting 08:00–09:00"), f, req2);
}

void tst_Booking::noRoomFree()
{
    const QDate day(2026, 3, 25);
    auto a = f.request(f.garcia, f.moreno, f.typeNp, day, 9);
    auto id = f.booking().book(a);
    QVERIFY(id.ok());
    QCOMPARE(f.queries().appointment(id.value())->roomId, f.room1); // her usual room
    auto b = f.request(f.smith, f.chen, f.typeNp, day, 9);
    auto id2 = f.booking().book(b);
    QVERIFY(id2.ok());
    QCOMPARE(f.queries().appointment(id2.value())->roomId, f.room2);
    const qint64 third = f.addPatient(QStringLiteral("Ng"), QStringLiteral("Mai"));
    const qint64 dr3 = [&] {
        Core::Practitioner p;
        const QString nine = QStringLiteral("198765499");
        p.npi = nine + QString::number(Core::Npi::checkDigit(nine));
        p.given = QStringLiteral("Cara");
        p.family = QStringLiteral("Diaz");
        auto r = f.store->services().directory().addPractitioner(p);
        return r ? r.value() : 0;
    }();
    QVERIFY(dr3);
    QVERIFY(f.scheduling->setup().setWorkingHours(dr3, 3, {{dr3, 3, 8 * 60, 17 * 60, 0}}));
    const auto c = f.request(third, dr3, f.typeNp, day, 9, 15);
    expectConflict(f.booking().book(c), ConflictKind::NoRoomFree,
                   QStringLiteral("No room is free 09:15–09:45"), f, c);
}

void tst_Booking::touchingIsNotOverlapping()
{
    const QDate day(2026, 3, 26);
    QVERIFY(f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9)).ok());
    QVERIFY(f.booking().book(f.request(f.smith, f.moreno, f.typeFu, day, 9, 15)).ok());
    QVERIFY(f.booking().book(f.request(f.lee, f.moreno, f.typeFu, day, 8, 45)).ok());
}

void tst_Booking::cancelledFreesTheSlot()
{
    const QDate day(2026, 3, 27);
    auto id = f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9));
    QVERIFY(id.ok());
    QVERIFY(f.booking()
                .setStatus(id.value(), Scheduling::AppointmentStatus::Cancelled,
                           QStringLiteral("patient called"))
                .ok());
    QVERIFY(f.booking().book(f.request(f.smith, f.moreno, f.typeFu, day, 9)).ok());
}

void tst_Booking::overrideIsAdminOnly()
{
    const QDate day(2026, 3, 30);
    QVERIFY(f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9)).ok());
    auto req = f.request(f.smith, f.moreno, f.typeFu, day, 9);
    req.overrideReason = QStringLiteral("urgent, doctor agreed");
    f.actAs(Core::Role::FrontDesk);
    const qint64 before = f.count();
    auto refused = f.booking().book(req);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QCOMPARE(f.count(), before);
    f.actAs(Core::Role::Admin);
    auto id = f.booking().book(req);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    QCOMPARE(f.queries().appointment(id.value())->overrideReason, req.overrideReason);
    Core::AuditFilter filter;
    filter.action = QLatin1String(Scheduling::Constants::Audit::BookOverride);
    auto entries = f.store->services().audit().list(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().flagged);
    QVERIFY(entries->first().detail.contains(QStringLiteral("urgent, doctor agreed")));
    QVERIFY(entries->first().detail.contains(QStringLiteral("already has Garcia, Ana")));
    // A blank reason is no override.
    req.overrideReason = QStringLiteral("  ");
    req.startMinute += 5;
    QCOMPARE(f.booking().book(req).error().code, Core::ErrorCode::Conflict);
}

void tst_Booking::frontDeskBooksBillerCannot()
{
    const QDate day(2026, 3, 31);
    f.actAs(Core::Role::FrontDesk);
    QVERIFY(f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9)).ok());
    f.actAs(Core::Role::Biller);
    const qint64 before = f.count();
    auto refused = f.booking().book(f.request(f.smith, f.moreno, f.typeFu, day, 10));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QCOMPARE(f.count(), before);
    QVERIFY(f.queries().appointments(day).ok()); // a biller may read the book
    f.actAs(Core::Role::Provider);
    QCOMPARE(f.booking().book(f.request(f.smith, f.moreno, f.typeFu, day, 10)).error().code,
             Core::ErrorCode::Denied);
}

void tst_Booking::seriesBooksWhatFits()
{
    // Every 2 weeks on Tuesdays at 10:00, 4 times; the third collides.
    const QDate first(2026, 4, 7);
    auto blocker = f.booking().book(f.request(f.smith, f.moreno, f.typeFu, first.addDays(28), 10));
    QVERIFY(blocker.ok());
    Scheduling::SeriesRequest series;
    series.first = f.request(f.garcia, f.moreno, f.typeFu, first, 10);
    series.everyWeeks = 2;
    series.count = 4;
    const qint64 before = f.count();
    auto report = f.booking().bookSeries(series);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->occurrences.size(), 4);
    QCOMPARE(report->bookedCount(), 3);
    QVERIFY(report->occurrences[0].booked());
    QVERIFY(report->occurrences[1].booked());
    QVERIFY(!report->occurrences[2].booked());
    QCOMPARE(report->occurrences[2].date, first.addDays(28));
    QCOMPARE(report->occurrences[2].conflicts.size(), 1);
    QCOMPARE(report->occurrences[2].conflicts.first().kind, ConflictKind::ProviderBusy);
    QCOMPARE(report->occurrences[2].conflicts.first().appointmentId, blocker.value());
    QVERIFY(report->occurrences[3].booked());
    QCOMPARE(f.count(), before + 3);
    auto a = f.queries().appointment(report->occurrences[3].appointmentId);
    QCOMPARE(a->seriesId, report->seriesId);
    QCOMPARE(a->date, first.addDays(42));
}

void tst_Booking::moveRefusedLeavesAppointment()
{
    const QDate day(2026, 4, 13);
    auto a = f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9));
    auto b = f.booking().book(f.request(f.smith, f.chen, f.typeFu, day, 9));
    QVERIFY(a.ok() && b.ok());
    Scheduling::MoveRequest move;
    move.appointmentId = a.value();
    move.date = day;
    move.startMinute = 9 * 60;
    move.providerId = f.chen; // onto a busy provider
    auto refused = f.booking().move(move);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Core::ErrorCode::Conflict);
    QVERIFY(
        refused.error().message.contains(QStringLiteral("Ben Chen, DO already has Smith, John")));
    auto still = f.queries().appointment(a.value());
    QCOMPARE(still->providerId, f.moreno);
    QCOMPARE(still->startText(), QStringLiteral("2026-04-13T09:00"));
}

void tst_Booking::moveAndResize()
{
    const QDate day(2026, 4, 14);
    auto a = f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9));
    QVERIFY(a.ok());
    // Overlapping its own old slot is fine.
    Scheduling::MoveRequest move{a.value(), day, 9 * 60 + 10, 0, 0, -1, {}};
    QVERIFY(f.booking().move(move).ok());
    QCOMPARE(f.queries().appointment(a.value())->endText(), QStringLiteral("2026-04-14T09:25"));
    Scheduling::MoveRequest resize{a.value(), day, 9 * 60 + 10, 10 * 60, 0, -1, {}};
    QVERIFY(f.booking().move(resize).ok());
    QCOMPARE(f.queries().appointment(a.value())->minutes(), 50);
    Scheduling::MoveRequest backwards{a.value(), day, 10 * 60, 9 * 60, 0, -1, {}};
    QCOMPARE(f.booking().move(backwards).error().code, Core::ErrorCode::Invalid);
    QCOMPARE(f.queries().appointment(a.value())->minutes(), 50);
}

void tst_Booking::rescheduleKeepsLink()
{
    const QDate day(2026, 4, 15);
    auto a = f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 9));
    QVERIFY(a.ok());
    Scheduling::BookingRequest to;
    to.date = day.addDays(1);
    to.startMinute = 14 * 60;
    auto b = f.booking().reschedule(a.value(), to);
    QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
    auto old = f.queries().appointment(a.value());
    auto now = f.queries().appointment(b.value());
    QCOMPARE(old->status, Scheduling::AppointmentStatus::Rescheduled);
    QCOMPARE(now->rescheduledFrom, a.value());
    QCOMPARE(now->patientId, f.garcia);
    QCOMPARE(now->providerId, f.moreno);
    QCOMPARE(now->startText(), QStringLiteral("2026-04-16T14:00"));
    // A rescheduled appointment cannot be rescheduled again or revived.
    QVERIFY(!f.booking().reschedule(a.value(), to).ok());
}

void tst_Booking::badInputStoresNothing_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("unknown patient") << 0;
    QTest::newRow("unknown provider") << 1;
    QTest::newRow("unknown type") << 2;
    QTest::newRow("invalid date") << 3;
    QTest::newRow("past midnight") << 4;
    QTest::newRow("negative length") << 5;
    QTest::newRow("unknown room") << 6;
}

void tst_Booking::badInputStoresNothing()
{
    QFETCH(int, what);
    auto req = f.request(f.garcia, f.moreno, f.typeFu, QDate(2026, 4, 20), 9);
    switch (what) {
    case 0:
        req.patientId = 999999;
        break;
    case 1:
        req.providerId = 999999;
        break;
    case 2:
        req.typeId = 999999;
        break;
    case 3:
        req.date = QDate(2026, 2, 31);
        break;
    case 4:
        req.startMinute = 23 * 60 + 50;
        break;
    case 5:
        req.minutes = -15;
        break;
    default:
        req.roomId = 999999;
        break;
    }
    const qint64 before = f.count();
    const qint64 history = f.count(QStringLiteral("appointment_status_history"));
    auto r = f.booking().book(req);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Core::ErrorCode::Invalid);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(f.count(), before);
    QCOMPARE(f.count(QStringLiteral("appointment_status_history")), history);
}

void tst_Booking::parseWallClock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("minute");
    QTest::newRow("ok") << "2026-03-09T09:30" << true << 570;
    QTest::newRow("space") << "2026-03-09 17:05" << true << 1025;
    QTest::newRow("31 February") << "2026-02-31T09:00" << false << 0;
    QTest::newRow("25 o'clock") << "2026-03-09T25:00" << false << 0;
    QTest::newRow("no minutes") << "2026-03-09T9" << false << 0;
    QTest::newRow("words") << "tomorrow" << false << 0;
}

void tst_Booking::parseWallClock()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, minute);
    auto r = Scheduling::parseWallClock(text);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r->minute, minute);
}

void tst_Booking::setupNeedsAdmin()
{
    Scheduling::ScheduleSetupService &setup = f.scheduling->setup();
    Scheduling::Blockout b;
    b.providerId = f.moreno;
    b.date = QDate(2026, 6, 1);
    b.startMinute = 9 * 60;
    b.endMinute = 10 * 60;
    b.reason = QStringLiteral("Meeting");
    f.actAs(Core::Role::FrontDesk);
    QCOMPARE(setup.addBlockout(b).error().code, Core::ErrorCode::Denied);
    QCOMPARE(setup
                 .saveType({0, QStringLiteral("X"), QStringLiteral("X"), 15,
                            QStringLiteral("#000000"), false, true})
                 .error()
                 .code,
             Core::ErrorCode::Denied);
    QCOMPARE(setup.setWorkingHours(f.moreno, 6, {{f.moreno, 6, 9 * 60, 12 * 60, 0}}).error().code,
             Core::ErrorCode::Denied);
    QVERIFY(setup.types().ok()); // reading is fine
    f.actAs(Core::Role::Admin);
    auto id = setup.addBlockout(b);
    QVERIFY(id.ok());
    const auto req = f.request(f.garcia, f.moreno, f.typeFu, b.date, 9, 30);
    QCOMPARE(f.booking().book(req).error().code, Core::ErrorCode::Conflict);
    QVERIFY(setup.removeBlockout(id.value()).ok());
    QVERIFY(f.booking().book(req).ok());
    // Overlapping intervals on one day and a duplicate code are refused.
    QCOMPARE(setup
                 .setWorkingHours(
                     f.moreno, 6,
                     {{f.moreno, 6, 9 * 60, 12 * 60, 0}, {f.moreno, 6, 11 * 60, 13 * 60, 0}})
                 .error()
                 .code,
             Core::ErrorCode::Invalid);
    QCOMPARE(setup
                 .saveType({0, QStringLiteral("fu"), QStringLiteral("Again"), 15,
                            QStringLiteral("#000000"), false, true})
                 .error()
                 .code,
             Core::ErrorCode::Conflict);
    QVERIFY(setup.setTypeActive(f.typeProc, false).ok());
    auto retired = f.request(f.smith, f.moreno, f.typeProc, QDate(2026, 6, 2), 9);
    QCOMPARE(f.booking().book(retired).error().code, Core::ErrorCode::Invalid);
    QVERIFY(setup.setTypeActive(f.typeProc, true).ok());
}

QTEST_GUILESS_MAIN(tst_Booking)
#include "tst_booking.moc"
