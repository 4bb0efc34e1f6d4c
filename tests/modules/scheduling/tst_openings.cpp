#include "tests/modules/scheduling/schedulingfixture.h"

#include <QtTest>

using namespace Ambulo;

// Find-next-opening, the week agenda and the waitlist offered a freed slot.
class tst_Openings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void earliestFirstThenProvider();
    void skipsBusyBlockedAndOffHours();
    void filters();
    void roomTypesNeedAFreeRoom();
    void agendaInOneCall();
    void waitlistCandidatesOnCancellation();
    void waitlistValidation();

private:
    Scheduling::OpeningQuery query(qint64 type, const QDate &from, const QDate &to) const
    {
        Scheduling::OpeningQuery q;
        q.typeId = type;
        q.from = from;
        q.to = to;
        return q;
    }

    Test::SchedulingFixture f;
};

void tst_Openings::initTestCase()
{
    QVERIFY(f.build());
}

void tst_Openings::earliestFirstThenProvider()
{
    auto q = query(f.typeFu, QDate(2026, 6, 2), QDate(2026, 6, 2)); // a Tuesday
    q.limit = 6;
    auto list = f.queries().openings(q);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 6);
    // Moreno starts at 8:00, Chen at 9:00; at 9:00 both are free, Moreno (lower id) first.
    QCOMPARE(list->at(0).startText(), QStringLiteral("2026-06-02T08:00"));
    QCOMPARE(list->at(0).providerId, f.moreno);
    QCOMPARE(list->at(3).startText(), QStringLiteral("2026-06-02T08:45"));
    QCOMPARE(list->at(4).startText(), QStringLiteral("2026-06-02T09:00"));
    QCOMPARE(list->at(4).providerId, f.moreno);
    QCOMPARE(list->at(5).providerId, f.chen);
    QCOMPARE(list->at(0).roomId, f.room1); // her usual room
}

void tst_Openings::skipsBusyBlockedAndOffHours()
{
    const QDate monday(2026, 6, 8);
    QVERIFY(f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, monday, 8)).ok());
    QVERIFY(f.booking().book(f.request(f.smith, f.moreno, f.typeProc, monday, 8, 15)).ok());
    auto q = query(f.typeFu, monday, monday);
    q.providerIds = {f.moreno};
    q.limit = 1;
    QCOMPARE(f.queries().openings(q)->first().startText(), QStringLiteral("2026-06-08T09:15"));
    // Chen's Monday lunch and Moreno's 12-13 gap never show.
    q.providerIds.clear();
    q.limit = 200;
    const auto all = f.queries().openings(q);
    QVERIFY(all.ok());
    for (const Scheduling::Opening &o : all.value()) {
        QVERIFY2(!(o.startMinute < 13 * 60 && o.endMinute > 12 * 60), qPrintable(o.startText()));
        QVERIFY(o.startMinute >= 8 * 60 && o.endMinute <= 17 * 60);
    }
    // Saturdays and Sundays: only Chen's Sunday on-call.
    auto weekend = query(f.typeFu, QDate(2026, 6, 13), QDate(2026, 6, 14));
    weekend.limit = 1;
    QCOMPARE(f.queries().openings(weekend)->first().startText(),
             QStringLiteral("2026-06-14T00:00"));
}

void tst_Openings::filters()
{
    auto q = query(f.typeFu, QDate(2026, 6, 15), QDate(2026, 6, 30));
    q.weekdays = {Qt::Thursday};
    q.earliestMinute = 14 * 60;
    q.latestMinute = 15 * 60;
    q.providerIds = {f.chen};
    q.limit = 100;
    auto list = f.queries().openings(q);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2 * 4); // two Thursdays, four quarter hours each
    for (const Scheduling::Opening &o : list.value()) {
        QCOMPARE(o.date.dayOfWeek(), int(Qt::Thursday));
        QCOMPARE(o.providerId, f.chen);
        QVERIFY(o.startMinute >= 14 * 60 && o.endMinute <= 15 * 60);
    }
    q.to = q.from.addDays(-1);
    QCOMPARE(f.queries().openings(q).error().code, Core::ErrorCode::Invalid);
    q.to = q.from;
    q.providerIds = {424242};
    QCOMPARE(f.queries().openings(q).error().code, Core::ErrorCode::Invalid);
}

void tst_Openings::roomTypesNeedAFreeRoom()
{
    const QDate day(2026, 7, 1);
    // Both rooms taken 9:00-10:00 (by other providers' patients in Exam 1 and 2).
    auto a = f.request(f.garcia, f.moreno, f.typeProc, day, 9);
    a.roomId = f.room2;
    QVERIFY(f.booking().book(a).ok());
    auto b = f.request(f.smith, f.chen, f.typeProc, day, 9);
    b.roomId = f.room1;
    QVERIFY(f.booking().book(b).ok());
    auto q = query(f.typeNp, day, day);
    q.earliestMinute = 9 * 60;
    q.latestMinute = 10 * 60 + 30;
    q.limit = 100;
    auto list = f.queries().openings(q);
    QVERIFY(list.ok());
    QVERIFY(!list->isEmpty());
    for (const Scheduling::Opening &o : list.value()) {
        QVERIFY2(o.startMinute >= 10 * 60, qPrintable(o.startText()));
        QVERIFY(o.roomId != 0);
    }
}

void tst_Openings::agendaInOneCall()
{
    const QDate monday(2026, 8, 3);
    QVERIFY(f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, monday, 9)).ok());
    QVERIFY(f.booking().book(f.request(f.smith, f.chen, f.typeFu, monday.addDays(1), 9)).ok());
    auto cancelled = f.booking().book(f.request(f.lee, f.chen, f.typeFu, monday, 10));
    QVERIFY(f.booking()
                .setStatus(cancelled.value(), Scheduling::AppointmentStatus::Cancelled,
                           QStringLiteral("moved away"))
                .ok());
    Scheduling::AgendaQuery q;
    q.providerIds = {f.chen};
    q.from = monday;
    q.to = monday.addDays(6);
    auto agenda = f.queries().agenda(q);
    QVERIFY(agenda.ok());
    QCOMPARE(agenda->timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(agenda->appointments.size(), 1);
    QCOMPARE(agenda->appointments.first().patientName, QStringLiteral("Smith, John"));
    QCOMPARE(agenda->appointments.first().colour, QStringLiteral("#2e7d32"));
    QVERIFY(!agenda->appointments.first().patientMrn.isEmpty());
    QCOMPARE(agenda->blockouts.size(), 1); // Monday lunch
    QCOMPARE(agenda->blockouts.first().date, monday);
    QCOMPARE(agenda->workingHours.size(), 6); // Mon-Fri and Sunday
    q.includeInactive = true;
    QCOMPARE(f.queries().agenda(q)->appointments.size(), 2);
}

void tst_Openings::waitlistCandidatesOnCancellation()
{
    const QDate day(2026, 9, 1); // Tuesday
    auto slot = f.booking().book(f.request(f.garcia, f.moreno, f.typeFu, day, 10));
    QVERIFY(slot.ok());
    Scheduling::WaitlistService &waitlist = f.scheduling->waitlist();
    auto entry = [&](qint64 patient, qint64 provider, QList<int> days, int from, int to,
                     const QDateTime &since) {
        Scheduling::WaitlistEntry e;
        e.patientId = patient;
        e.typeId = f.typeFu;
        e.providerId = provider;
        e.earliest = day.addDays(-10);
        e.latest = day.addDays(10);
        e.weekdays = days;
        e.earliestMinute = from;
        e.latestMinute = to;
        e.createdAt = since;
        auto id = waitlist.add(e);
        return id ? id.value() : 0;
    };
    const QDateTime t0(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC);
    const qint64 newer = entry(f.smith, 0, {}, 0, 24 * 60, t0.addDays(2));
    const qint64 older = entry(f.lee, f.moreno, {Qt::Tuesday}, 9 * 60, 12 * 60, t0);
    const qint64 wrongDay = entry(f.addPatient(QStringLiteral("Ortiz"), QStringLiteral("Eva")), 0,
                                  {Qt::Friday}, 0, 24 * 60, t0);
    const qint64 wrongProvider = entry(f.addPatient(QStringLiteral("Park"), QStringLiteral("Jae")),
                                       f.chen, {}, 0, 24 * 60, t0);
    const qint64 afternoon = entry(f.addPatient(QStringLiteral("Quinn"), QStringLiteral("Ray")), 0,
                                   {}, 13 * 60, 17 * 60, t0);
    const qint64 self = entry(f.garcia, 0, {}, 0, 24 * 60, t0.addDays(-5));
    QVERIFY(newer && older && wrongDay && wrongProvider && afternoon && self);
    QVERIFY(f.booking()
                .setStatus(slot.value(), Scheduling::AppointmentStatus::Cancelled,
                           QStringLiteral("feeling better"))
                .ok());
    auto candidates = waitlist.candidatesFor(slot.value());
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 2);
    QCOMPARE(candidates->at(0).id, older); // longest waiting first
    QCOMPARE(candidates->at(1).id, newer);
    QVERIFY(waitlist.remove(older).ok());
    QCOMPARE(waitlist.candidatesFor(slot.value())->size(), 1);
}

void tst_Openings::waitlistValidation()
{
    Scheduling::WaitlistEntry e;
    e.patientId = f.garcia;
    e.typeId = f.typeFu;
    e.earliest = QDate(2026, 9, 10);
    e.latest = QDate(2026, 9, 1);
    const qint64 before = f.count(QStringLiteral("waitlist"));
    QCOMPARE(f.scheduling->waitlist().add(e).error().code, Core::ErrorCode::Invalid);
    e.latest = QDate(2026, 9, 30);
    e.typeId = 999;
    QCOMPARE(f.scheduling->waitlist().add(e).error().code, Core::ErrorCode::Invalid);
    f.actAs(Core::Role::Biller);
    e.typeId = f.typeFu;
    QCOMPARE(f.scheduling->waitlist().add(e).error().code, Core::ErrorCode::Denied);
    f.actAs(Core::Role::Admin);
    QCOMPARE(f.count(QStringLiteral("waitlist")), before);
}

QTEST_GUILESS_MAIN(tst_Openings)
#include "tst_openings.moc"
