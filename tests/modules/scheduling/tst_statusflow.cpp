#include "modules/scheduling/domain/schedulingconstants.h"
#include "tests/modules/scheduling/schedulingfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Ambulo;
using Scheduling::AppointmentStatus;

Q_DECLARE_METATYPE(Scheduling::AppointmentStatus)

// The front-desk workflow: booked → confirmed → arrived → roomed → seen → checked-out, with
// no-show and cancellation, every change timestamped, audited and published.
class tst_StatusFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transitions_data();
    void transitions();
    void cancelNeedsReason();
    void historyAndFlowBoard();
    void eventsCarryFromAndTo();
    void lateNoShowTakesSlotBackOnlyIfFree();
    void walkInQueue();

private:
    qint64 bookAt(int slot);
    // Walks an appointment to `status` along the allowed path.
    bool reach(qint64 id, AppointmentStatus status);

    Test::SchedulingFixture f;
    int m_slot = 0;
};

void tst_StatusFlow::initTestCase()
{
    QVERIFY(f.build());
    f.actAs(Core::Role::FrontDesk);
}

qint64 tst_StatusFlow::bookAt(int slot)
{
    // Fifteen-minute slots across Dr. Moreno's Mondays and Tuesdays, one patient each.
    const QDate day = QDate(2026, 5, 4).addDays(7 * (slot / 30) + (slot / 15) % 2);
    const int minute = 8 * 60 + (slot % 15) * 15;
    const qint64 patient = f.addPatient(QStringLiteral("Flow%1").arg(slot), QStringLiteral("Pat"));
    auto id =
        f.booking().book(f.request(patient, f.moreno, f.typeFu, day, minute / 60, minute % 60));
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

bool tst_StatusFlow::reach(qint64 id, AppointmentStatus status)
{
    using S = AppointmentStatus;
    QList<S> path;
    switch (status) {
    case S::Booked:
        break;
    case S::Confirmed:
        path = {S::Confirmed};
        break;
    case S::Arrived:
        path = {S::Arrived};
        break;
    case S::Roomed:
        path = {S::Arrived, S::Roomed};
        break;
    case S::Seen:
        path = {S::Arrived, S::Roomed, S::Seen};
        break;
    case S::CheckedOut:
        path = {S::Arrived, S::Roomed, S::Seen, S::CheckedOut};
        break;
    case S::NoShow:
        path = {S::NoShow};
        break;
    case S::Cancelled:
        path = {S::Cancelled};
        break;
    case S::Rescheduled:
        return false;
    }
    for (S step : path) {
        if (!f.booking().setStatus(id, step, QStringLiteral("test")))
            return false;
    }
    return true;
}

void tst_StatusFlow::transitions_data()
{
    QTest::addColumn<AppointmentStatus>("from");
    QTest::addColumn<AppointmentStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = AppointmentStatus;
    for (S from : {S::Booked, S::Confirmed, S::Arrived, S::Roomed, S::Seen, S::CheckedOut,
                   S::NoShow, S::Cancelled}) {
        for (S to : {S::Booked, S::Confirmed, S::Arrived, S::Roomed, S::Seen, S::CheckedOut,
                     S::NoShow, S::Cancelled}) {
            const bool allowed = Scheduling::allowedTransitions(from).contains(to);
            QTest::addRow("%s -> %s", qPrintable(Scheduling::statusId(from)),
                          qPrintable(Scheduling::statusId(to)))
                << from << to << allowed;
        }
    }
}

void tst_StatusFlow::transitions()
{
    QFETCH(AppointmentStatus, from);
    QFETCH(AppointmentStatus, to);
    QFETCH(bool, allowed);
    const qint64 id = bookAt(m_slot++);
    QVERIFY(id);
    QVERIFY(reach(id, from));
    const qint64 history = f.count(QStringLiteral("appointment_status_history"));
    Core::Status s = f.booking().setStatus(id, to, QStringLiteral("because"));
    QCOMPARE(s.ok(), allowed);
    auto a = f.queries().appointment(id);
    QCOMPARE(a->status, allowed ? to : from);
    QCOMPARE(f.count(QStringLiteral("appointment_status_history")), history + (allowed ? 1 : 0));
    if (!allowed) {
        QCOMPARE(s.error().code, Core::ErrorCode::Invalid);
        QVERIFY2(s.error().message.contains(Scheduling::statusDisplayName(from).toLower()),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(Scheduling::statusDisplayName(to).toLower()));
    }
}

void tst_StatusFlow::cancelNeedsReason()
{
    const qint64 id = bookAt(m_slot++);
    Core::Status s = f.booking().setStatus(id, AppointmentStatus::Cancelled, QStringLiteral(" "));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("why")));
    QVERIFY(f.booking().setStatus(id, AppointmentStatus::Cancelled, QStringLiteral("flu")).ok());
    QCOMPARE(f.queries().appointment(id)->cancelReason, QStringLiteral("flu"));
}

void tst_StatusFlow::historyAndFlowBoard()
{
    const qint64 id = bookAt(m_slot++);
    QVERIFY(reach(id, AppointmentStatus::Seen));
    auto history = f.queries().history(id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(1).from, AppointmentStatus::Booked);
    QCOMPARE(history->at(1).to, AppointmentStatus::Arrived);
    QCOMPARE(history->at(1).user, QStringLiteral("front-desk-user"));
    QVERIFY(history->at(1).at.isValid());
    const QDate day = f.queries().appointment(id)->date;
    auto board = f.queries().flowBoard(day);
    QVERIFY(board.ok());
    bool found = false;
    for (const Scheduling::FlowEntry &e : board->entries) {
        if (e.appointment.id != id)
            continue;
        found = true;
        QVERIFY(e.arrivedAt.isValid());
        QVERIFY(e.roomedAt.isValid());
        QVERIFY(e.seenAt.isValid());
        QVERIFY(!e.checkedOutAt.isValid());
        QVERIFY(e.arrivedAt <= e.roomedAt && e.roomedAt <= e.seenAt);
    }
    QVERIFY(found);
    Core::AuditFilter filter;
    filter.action = QLatin1String(Scheduling::Constants::Audit::StatusChange);
    auto entries = f.store->services().audit().list(filter);
    QVERIFY(entries.ok());
    QVERIFY(entries->last().detail.contains(QStringLiteral("roomed -> seen")));
    QVERIFY(!entries->last().patientMrn.isEmpty());
}

void tst_StatusFlow::eventsCarryFromAndTo()
{
    const qint64 id = bookAt(m_slot++);
    QSignalSpy spy(&f.events, &Core::EventHub::published);
    QVERIFY(f.booking().setStatus(id, AppointmentStatus::NoShow).ok());
    QCOMPARE(spy.size(), 2);
    const auto changed = spy.at(0).first().value<Core::DomainEvent>();
    QCOMPARE(changed.type, QLatin1String(Scheduling::Constants::Events::AppointmentStatusChanged));
    QCOMPARE(changed.data.value(QStringLiteral("appointmentId")).toLongLong(), id);
    QCOMPARE(changed.data.value(QStringLiteral("from")).toString(), QStringLiteral("booked"));
    QCOMPARE(changed.data.value(QStringLiteral("to")).toString(), QStringLiteral("no-show"));
    QVERIFY(changed.data.value(QStringLiteral("patientId")).toLongLong() > 0);
    QCOMPARE(spy.at(1).first().value<Core::DomainEvent>().type,
             QLatin1String(Scheduling::Constants::Events::AppointmentNoShow));
}

void tst_StatusFlow::lateNoShowTakesSlotBackOnlyIfFree()
{
    const qint64 id = bookAt(m_slot++);
    QVERIFY(f.booking().setStatus(id, AppointmentStatus::NoShow).ok());
    const auto a = f.queries().appointment(id).value();
    auto other = f.booking().book(
        f.request(f.smith, f.moreno, f.typeFu, a.date, a.startMinute / 60, a.startMinute % 60));
    QVERIFY(other.ok());
    Core::Status s = f.booking().setStatus(id, AppointmentStatus::Arrived);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Core::ErrorCode::Conflict);
    QCOMPARE(f.queries().appointment(id)->status, AppointmentStatus::NoShow);
}

void tst_StatusFlow::walkInQueue()
{
    const qint64 patient = f.addPatient(QStringLiteral("Walker"), QStringLiteral("Wes"));
    Scheduling::WalkIn w;
    w.patientId = patient;
    w.reason = QStringLiteral("sore throat");
    auto id = f.scheduling->walkIns().add(w);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York")).date();
    auto waiting = f.scheduling->walkIns().waiting(today);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().patientName, QStringLiteral("Walker, Wes"));
    QCOMPARE(f.queries().flowBoard(today)->walkIns.size(), 1);
    // Converting books (conflict rules apply) and checks the patient in at once: Chen works
    // Sundays all day, so book the walk-in on the next Sunday.
    QDate sunday = today;
    while (sunday.dayOfWeek() != 7)
        sunday = sunday.addDays(1);
    auto req = f.request(0, f.chen, f.typeFu, sunday, 10);
    auto appointment = f.scheduling->walkIns().convert(id.value(), req);
    QVERIFY2(appointment.ok(), appointment.ok() ? "" : qPrintable(appointment.error().message));
    QCOMPARE(f.queries().appointment(appointment.value())->status, AppointmentStatus::Arrived);
    QCOMPARE(f.queries().appointment(appointment.value())->patientId, patient);
    QVERIFY(f.scheduling->walkIns().waiting(today)->isEmpty());
    QVERIFY(!f.scheduling->walkIns().remove(id.value()).ok()); // no longer waiting
}

QTEST_GUILESS_MAIN(tst_StatusFlow)
#include "tst_statusflow.moc"
