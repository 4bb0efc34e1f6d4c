#include "core/constants.h"
#include "core/context/eventhub.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/schedulingmodule.h"
#include "modules/scheduling/ui/appointmentdialog.h"
#include "modules/scheduling/ui/bookingdialog.h"
#include "modules/scheduling/ui/calendarwidget.h"
#include "modules/scheduling/ui/findopeningdialog.h"
#include "modules/scheduling/ui/flowboardwidget.h"
#include "modules/scheduling/ui/registrationwidget.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"
#include "modules/scheduling/ui/setupwidget.h"
#include "modules/scheduling/ui/waitlistwidget.h"
#include "tests/modules/scheduling/schedulingfixture.h"
#include "tests/support/widgetsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

using namespace Ambulo;
using namespace Ambulo::Scheduling;
using namespace Ambulo::Scheduling::Internal;
namespace Names = Scheduling::Constants::ObjectNames;

namespace {

const QDate Monday(2026, 3, 16);

using Ambulo::Test::child;

void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// A hand's drag: press, a few moves on the way, release.
void drag(QWidget *w, const QPoint &from, const QPoint &to)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * i / 4, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

int columnOf(CalendarView *view, qint64 providerId, const QDate &date)
{
    for (int c = 0; c < view->columns().size(); ++c)
        if (view->columns()[c].providerId == providerId && view->columns()[c].date == date)
            return c;
    return -1;
}

} // namespace

// The scheduling docks against a real encrypted store and the real services: what a clerk does
// with the mouse and keyboard, checked through the domain queries.
class tst_SchedulingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bookThroughDialog();
    void findOpeningOffersFreeSlotsAndBooks();
    void bookingShowsConflictAndRefuses();
    void bookingRegistersNewPatientInline();
    void dragOntoBusyProviderIsRefused();
    void dragResizeAtBottomEdge();
    void dayByRoomMovesRoom();
    void adminMovesOverConflictWithReason();
    void keyboardNewAndToday();
    void flowBoardFollowsStatusFromAnotherDock();
    void cancellingShowsWaitlistCandidates();
    void walkInQueuedAndBooked();
    void billerCannotBook();
    void rescheduleKeepsLink();
    void waitlistDockAddsAndRemoves();
    void docksPerRole();
    void setupAddsBlockoutAdminOnly();
    void daySheetWritesPdf();
    void flowBoardOpensChartOnceArrived();

private:
    Core::ModuleContext context() { return {f.store->services(), m_patient, f.events}; }
    qint64 bookDirect(qint64 patient, qint64 provider, qint64 type, const QDate &date, int hour,
                      int minute = 0);

    Test::SchedulingFixture f;
    Core::PatientContext m_patient;
};

void tst_SchedulingUi::initTestCase()
{
    QVERIFY(f.build());
}

void tst_SchedulingUi::init()
{
    f.actAs(Core::Role::FrontDesk);
    m_patient.clear();
}

qint64 tst_SchedulingUi::bookDirect(qint64 patient, qint64 provider, qint64 type, const QDate &date,
                                    int hour, int minute)
{
    auto id = f.booking().book(f.request(patient, provider, type, date, hour, minute));
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id ? id.value() : 0;
}

void tst_SchedulingUi::bookThroughDialog()
{
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.setDate(Monday);
    BookingDialog *dialog = calendar.newBooking(Monday, f.moreno, 9 * 60);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPointer<BookingDialog> guard(dialog);

    auto search = child<QLineEdit>(dialog, Names::BookingPatientSearch);
    auto list = child<QListWidget>(dialog, Names::BookingPatientList);
    QTest::keyClicks(search, QStringLiteral("garc"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Garcia, Ana")));
    list->setCurrentRow(0);
    auto type = child<QComboBox>(dialog, Names::BookingType);
    type->setCurrentIndex(type->findData(f.typeFu));
    QCOMPARE(child<QComboBox>(dialog, Names::BookingProvider)->currentData().toLongLong(),
             f.moreno);
    QVERIFY(dialog->conflictLines().isEmpty());

    QSignalSpy booked(dialog, &BookingDialog::booked);
    QTest::mouseClick(child<QPushButton>(dialog, Names::BookingButton), Qt::LeftButton);
    QCOMPARE(booked.size(), 1);
    const qint64 id = booked.first().first().toLongLong();
    QTRY_VERIFY(!guard); // accepted and deleted

    auto a = f.queries().appointment(id);
    QVERIFY(a.ok());
    QCOMPARE(a->patientId, f.garcia);
    QCOMPARE(a->providerId, f.moreno);
    QCOMPARE(a->startText(), QStringLiteral("2026-03-16T09:00"));
    QCOMPARE(a->minutes(), 15); // the type's length
    // The calendar heard the event and drew the block.
    QVERIFY(calendar.view()->appointmentRect(id).isValid());
}

void tst_SchedulingUi::findOpeningOffersFreeSlotsAndBooks()
{
    // A Tuesday ahead of the wall clock, since the finder skips openings already past.
    QDate day = Internal::PracticeClock("America/New_York").today().addDays(14);
    while (day.dayOfWeek() != Qt::Tuesday)
        day = day.addDays(1);
    QVERIFY(bookDirect(f.smith, f.moreno, f.typeFu, day, 8));

    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.setDate(day);
    QTest::mouseClick(child<QPushButton>(&calendar, Names::CalendarFindOpening), Qt::LeftButton);
    auto finder = calendar.findChild<FindOpeningDialog *>();
    QVERIFY(finder && QTest::qWaitForWindowExposed(finder));
    auto type = child<QComboBox>(finder, Names::FindOpeningType);
    type->setCurrentIndex(type->findData(f.typeFu));
    auto provider = child<QComboBox>(finder, Names::FindOpeningProvider);
    provider->setCurrentIndex(provider->findData(f.moreno));
    const auto weekdays = finder->findChildren<QCheckBox *>();
    QCOMPARE(weekdays.size(), 7);
    for (int i = 0; i < 7; ++i)
        weekdays[i]->setChecked(Qt::Monday + i == Qt::Tuesday);
    child<QTimeEdit>(finder, Names::FindOpeningFromTime)->setTime(QTime(8, 0));
    child<QTimeEdit>(finder, Names::FindOpeningToTime)->setTime(QTime(12, 0));
    child<QDateEdit>(finder, Names::FindOpeningFromDate)->setDate(day.addDays(-1));
    child<QDateEdit>(finder, Names::FindOpeningToDate)->setDate(day.addDays(1));
    QTest::mouseClick(child<QPushButton>(finder, Names::FindOpeningSearch), Qt::LeftButton);

    auto expected = f.queries().openings(finder->query());
    QVERIFY(expected.ok() && !expected->isEmpty());
    const Opening first = expected->first();
    auto table = child<QTableWidget>(finder, Names::FindOpeningResults);
    QCOMPARE(table->rowCount(), int(expected->size()));
    QCOMPARE(finder->openings().first().startText(), first.startText());
    QCOMPARE(table->item(0, 2)->text(), first.providerName);
    QVERIFY(first.date == day && first.startMinute == 8 * 60 + 15); // 08:00 is taken
    for (const Opening &o : finder->openings())
        QVERIFY(!(o.date == day && o.startMinute < 8 * 60 + 15 && o.endMinute > 8 * 60));

    QTest::mouseClick(child<QPushButton>(finder, Names::FindOpeningBook), Qt::LeftButton);
    auto booking = calendar.findChild<BookingDialog *>();
    QVERIFY(booking);
    const BookingRequest r = booking->request();
    QVERIFY(r.date == day && r.startMinute == first.startMinute && r.providerId == f.moreno);
    QCOMPARE(r.typeId, f.typeFu);
    QTest::keyClicks(child<QLineEdit>(booking, Names::BookingPatientSearch), QLatin1String("garc"));
    child<QListWidget>(booking, Names::BookingPatientList)->setCurrentRow(0);
    QSignalSpy booked(booking, &BookingDialog::booked);
    QTest::mouseClick(child<QPushButton>(booking, Names::BookingButton), Qt::LeftButton);
    QCOMPARE(booked.size(), 1);

    auto a = f.queries().appointment(booked.first().first().toLongLong());
    QVERIFY(a.ok() && a->patientId == f.garcia);
    QCOMPARE(a->startText(), first.startText());
    auto after = f.queries().openings(finder->query());
    QVERIFY(after.ok() && !after->isEmpty() && after->first().startMinute == 8 * 60 + 30);
    QCOMPARE(finder->openings().first().startText(), after->first().startText()); // searched again
}

void tst_SchedulingUi::bookingShowsConflictAndRefuses()
{
    const QDate day = Monday.addDays(1);
    QVERIFY(bookDirect(f.garcia, f.chen, f.typeFu, day, 10));
    const qint64 before = f.count();
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    BookingDialog *dialog = calendar.newBooking(day, f.chen, 10 * 60);
    dialog->setPatient(f.smith, QStringLiteral("Smith"));
    const QStringList conflicts = dialog->conflictLines();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().contains(QStringLiteral("Garcia, Ana"))
                 && conflicts.first().contains(QStringLiteral("10:00")),
             qPrintable(conflicts.first()));
    // A front desk clerk cannot override: no reason field, and Book is refused.
    QVERIFY(child<QLineEdit>(dialog, Names::BookingOverride)->isHidden());
    QTest::mouseClick(child<QPushButton>(dialog, Names::BookingButton), Qt::LeftButton);
    QCOMPARE(f.count(), before);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void tst_SchedulingUi::bookingRegistersNewPatientInline()
{
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    BookingDialog *dialog = calendar.newBooking(Monday, f.moreno, 11 * 60);
    QTest::keyClicks(child<QLineEdit>(dialog, Names::BookingPatientSearch),
                     QStringLiteral("Zzyzx Quintus"));
    auto list = child<QListWidget>(dialog, Names::BookingPatientList);
    QCOMPARE(list->count(), 1); // "No patient matches"
    QTest::mouseClick(child<QPushButton>(dialog, Names::BookingNewPatient), Qt::LeftButton);
    auto edits = dialog->findChildren<QLineEdit *>();
    QLineEdit *family = nullptr;
    for (QLineEdit *e : edits)
        if (e->text() == QLatin1String("Zzyzx"))
            family = e;
    QVERIFY2(family, "the new-patient form takes the typed name");
    QPushButton *registerButton = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Register"))
            registerButton = b;
    QVERIFY(registerButton);
    QTest::mouseClick(registerButton, Qt::LeftButton);
    QVERIFY(dialog->request().patientId != 0);
    const qint64 patientId = dialog->request().patientId;
    QSignalSpy booked(dialog, &BookingDialog::booked);
    QTest::mouseClick(child<QPushButton>(dialog, Names::BookingButton), Qt::LeftButton);
    QCOMPARE(booked.size(), 1);
    auto a = f.queries().appointment(booked.first().first().toLongLong());
    QVERIFY(a.ok());
    QCOMPARE(a->patientId, patientId);
    QCOMPARE(a->patientName, QStringLiteral("Zzyzx, Quintus"));
}

void tst_SchedulingUi::dragOntoBusyProviderIsRefused()
{
    const QDate day = Monday.addDays(2);
    const qint64 busy = bookDirect(f.smith, f.chen, f.typeFu, day, 10);
    const qint64 lee = bookDirect(f.lee, f.moreno, f.typeFu, day, 10);
    QVERIFY(busy && lee);
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.resize(900, 760);
    calendar.setDate(day);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    CalendarView *view = calendar.view();
    const int chenColumn = columnOf(view, f.chen, day);
    const int morenoColumn = columnOf(view, f.moreno, day);
    QVERIFY(chenColumn >= 0 && morenoColumn >= 0);
    const QRect block = view->appointmentRect(lee);
    QVERIFY(block.isValid());
    QVERIFY(view->appointmentRect(busy).isValid());

    // Onto Dr. Chen at 10:00, where Smith already is.
    drag(view, block.topLeft() + QPoint(10, 2), view->slotPoint(chenColumn, 10 * 60));
    QVERIFY2(calendar.message().contains(QStringLiteral("Smith, John")),
             qPrintable(calendar.message()));
    auto after = f.queries().appointment(lee);
    QVERIFY(after.ok());
    QCOMPARE(after->providerId, f.moreno);
    QCOMPARE(after->startMinute, 10 * 60);
    // Drawn where it was: the same column and length.
    QCOMPARE(view->appointmentRect(lee).x(), block.x());
    QCOMPARE(view->appointmentRect(lee).height(), block.height());

    // The same hand onto a free slot moves it.
    drag(view, block.topLeft() + QPoint(10, 2), view->slotPoint(chenColumn, 14 * 60));
    after = f.queries().appointment(lee);
    QVERIFY(after.ok());
    QCOMPARE(after->providerId, f.chen);
    QCOMPARE(after->startText(), QStringLiteral("2026-03-18T14:00"));
    QVERIFY(view->appointmentRect(lee).x() != block.x());
}

void tst_SchedulingUi::dragResizeAtBottomEdge()
{
    const QDate day = Monday.addDays(3);
    const qint64 id = bookDirect(f.garcia, f.moreno, f.typeFu, day, 9);
    QVERIFY(id);
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.resize(900, 760);
    calendar.setDate(day);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    CalendarView *view = calendar.view();
    const QRect block = view->appointmentRect(id);
    const int column = columnOf(view, f.moreno, day);
    drag(view, QPoint(block.center().x(), block.bottom() - 1),
         QPoint(block.center().x(), view->slotPoint(column, 9 * 60 + 45).y()));
    auto after = f.queries().appointment(id);
    QVERIFY(after.ok());
    QCOMPARE(after->startMinute, 9 * 60);
    QCOMPARE(after->endMinute, 9 * 60 + 45);
}

void tst_SchedulingUi::dayByRoomMovesRoom()
{
    const QDate day = Monday.addDays(8);
    const qint64 id = bookDirect(f.garcia, f.moreno, f.typeNp, day, 9);
    QVERIFY(id);
    QCOMPARE(f.queries().appointment(id)->roomId, f.room1); // Dr. Moreno's usual room
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.resize(900, 760);
    calendar.setDate(day);
    calendar.setByRoom(true);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    CalendarView *view = calendar.view();
    int room1 = -1, room2 = -1;
    for (int c = 0; c < view->columns().size(); ++c) {
        if (view->columns()[c].roomId == f.room1)
            room1 = c;
        if (view->columns()[c].roomId == f.room2)
            room2 = c;
    }
    QVERIFY(room1 >= 0 && room2 >= 0);
    const QRect block = view->appointmentRect(id);
    QVERIFY(block.isValid());
    QVERIFY(qAbs(block.center().x() - view->slotPoint(room1, 9 * 60).x()) <= 2);
    drag(view, block.topLeft() + QPoint(10, 2), view->slotPoint(room2, 9 * 60));
    auto after = f.queries().appointment(id);
    QVERIFY2(after.ok() && after->roomId == f.room2, qPrintable(calendar.message()));
    QCOMPARE(after->providerId, f.moreno);
    QCOMPARE(after->startMinute, 9 * 60);
}

void tst_SchedulingUi::adminMovesOverConflictWithReason()
{
    const QDate day = Monday.addDays(10);
    const qint64 busy = bookDirect(f.smith, f.chen, f.typeFu, day, 11);
    const qint64 moving = bookDirect(f.lee, f.moreno, f.typeFu, day, 11);
    QVERIFY(busy && moving);
    f.actAs(Core::Role::Admin);
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.resize(900, 760);
    calendar.setDate(day);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    CalendarView *view = calendar.view();
    const int chenColumn = columnOf(view, f.chen, day);
    QString asked;
    // The question comes up modal; answer it the way an admin would.
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, &answer, [&] {
        if (auto input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            answer.stop();
            asked = input->labelText();
            input->setTextValue(QStringLiteral("double-booked on purpose: interpreter visit"));
            input->accept();
        }
    });
    answer.start();
    const QRect block = view->appointmentRect(moving);
    drag(view, block.topLeft() + QPoint(10, 2), view->slotPoint(chenColumn, 11 * 60));
    QVERIFY2(asked.contains(QStringLiteral("Smith, John")), qPrintable(asked));
    auto after = f.queries().appointment(moving);
    QVERIFY(after.ok());
    QCOMPARE(after->providerId, f.chen);
    QCOMPARE(after->overrideReason, QStringLiteral("double-booked on purpose: interpreter visit"));
}

void tst_SchedulingUi::keyboardNewAndToday()
{
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.resize(900, 700);
    calendar.setDate(Monday);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    CalendarView *view = calendar.view();
    view->setFocus();
    view->selectSlot(0, 9 * 60);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->selectedMinute(), 9 * 60 + 15);
    QCOMPARE(view->selectedColumn(), 1);
    QTest::keyClick(view, Qt::Key_N);
    auto dialog = calendar.findChild<BookingDialog *>();
    QVERIFY(dialog);
    const BookingRequest r = dialog->request();
    QCOMPARE(r.providerId, view->columns()[1].providerId);
    QCOMPARE(r.startMinute, 9 * 60 + 15);
    QCOMPARE(r.date, Monday);
    dialog->close();
    QTest::keyClick(view, Qt::Key_T);
    QCOMPARE(calendar.date(), Internal::PracticeClock("America/New_York").today());
}

void tst_SchedulingUi::flowBoardFollowsStatusFromAnotherDock()
{
    const QDate today = Internal::PracticeClock("America/New_York").today();
    f.actAs(Core::Role::Admin); // today may be a weekend: book over the working hours
    BookingRequest r = f.request(f.garcia, f.moreno, f.typeFu, today, 7, 30);
    r.overrideReason = QStringLiteral("flow board test");
    auto id = f.booking().book(r);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    f.actAs(Core::Role::FrontDesk);

    Core::ModuleContext ctx = context();
    FlowBoardWidget board(*f.scheduling, ctx);
    CalendarWidget calendar(*f.scheduling, ctx);
    QVERIFY(board.rowTexts().contains(QStringLiteral("Garcia, Ana · Booked")));

    AppointmentDialog *dialog = calendar.openAppointment(id.value());
    QTest::mouseClick(child<QPushButton>(dialog, "schedStatus-arrived"), Qt::LeftButton);
    // No reload by hand: the board heard the event.
    QVERIFY2(board.rowTexts().contains(QStringLiteral("Garcia, Ana · Arrived")),
             qPrintable(board.rowTexts().join(QLatin1Char('|'))));
    const int row = int(board.rowTexts().indexOf(QStringLiteral("Garcia, Ana · Arrived")));
    QCOMPARE(row, 0); // arrived patients head the board
    const QDateTime arrived = board.board().entries.first().arrivedAt;
    QVERIFY(arrived.isValid());
    board.setNow(arrived.addSecs(12 * 60 + 5));
    QCOMPARE(board.waitText(row), QStringLiteral("12 min since arrival"));

    QTest::mouseClick(child<QPushButton>(dialog, "schedStatus-roomed"), Qt::LeftButton);
    QVERIFY(board.rowTexts().contains(QStringLiteral("Garcia, Ana · Roomed")));
    board.setNow(board.board().entries.first().roomedAt.addSecs(3 * 60));
    QCOMPARE(board.waitText(0), QStringLiteral("3 min in room"));
    dialog->close();
}

void tst_SchedulingUi::cancellingShowsWaitlistCandidates()
{
    const QDate day = Monday.addDays(1);
    WaitlistEntry wanted;
    wanted.patientId = f.smith;
    wanted.typeId = f.typeFu;
    wanted.providerId = f.moreno;
    wanted.earliest = Monday;
    wanted.latest = Monday.addDays(14);
    QVERIFY(f.scheduling->waitlist().add(wanted).ok());
    const qint64 id = bookDirect(f.lee, f.moreno, f.typeFu, day, 14);
    QVERIFY(id);

    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    AppointmentDialog *dialog = calendar.openAppointment(id);
    auto candidates = child<QListWidget>(dialog, Names::AppointmentCandidates);
    QVERIFY(candidates->isHidden());
    // No reason: the service refuses and says so.
    QTest::mouseClick(child<QPushButton>(dialog, "schedStatus-cancelled"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(dialog, Names::AppointmentMessage)->text().isEmpty());
    QCOMPARE(f.queries().appointment(id)->status, AppointmentStatus::Booked);

    QTest::keyClicks(child<QLineEdit>(dialog, Names::AppointmentReason),
                     QStringLiteral("patient called"));
    QTest::mouseClick(child<QPushButton>(dialog, "schedStatus-cancelled"), Qt::LeftButton);
    QCOMPARE(f.queries().appointment(id)->status, AppointmentStatus::Cancelled);
    QVERIFY(!candidates->isHidden());
    const QStringList lines = dialog->candidateLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Smith, John")), qPrintable(lines.first()));
    dialog->close();
}

void tst_SchedulingUi::walkInQueuedAndBooked()
{
    // Today may be a weekend or after hours: an admin books the walk-in over that, with a reason.
    f.actAs(Core::Role::Admin);
    Core::ModuleContext ctx = context();
    FlowBoardWidget board(*f.scheduling, ctx);
    board.resize(900, 400);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    auto walkIns = child<QListWidget>(&board, Names::FlowBoardWalkIns);
    const int before = walkIns->count();
    m_patient.setCurrent(f.store->services().patients().open(f.smith).value());
    QTest::mouseClick(child<QPushButton>(&board, Names::FlowBoardAddWalkIn), Qt::LeftButton);
    QCOMPARE(walkIns->count(), before + 1);
    QVERIFY(walkIns->item(before)->text().startsWith(QStringLiteral("Smith, John")));

    walkIns->setCurrentRow(before);
    QTest::mouseClick(child<QPushButton>(&board, Names::FlowBoardConvert), Qt::LeftButton);
    auto dialog = board.findChild<BookingDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->request().patientId, f.smith);
    auto type = child<QComboBox>(dialog, Names::BookingType);
    type->setCurrentIndex(type->findData(f.typeFu));
    auto provider = child<QComboBox>(dialog, Names::BookingProvider);
    provider->setCurrentIndex(provider->findData(f.chen));
    // Start on a quarter hour early in the day, so the 15 minutes fit before midnight.
    dialog->findChild<QTimeEdit *>()->setTime(QTime(6, 0));
    child<QLineEdit>(dialog, Names::BookingOverride)->setText(QStringLiteral("walk-in test"));
    QSignalSpy booked(dialog, &BookingDialog::booked);
    QTest::mouseClick(child<QPushButton>(dialog, Names::BookingButton), Qt::LeftButton);
    QCOMPARE(booked.size(), 1);
    auto a = f.queries().appointment(booked.first().first().toLongLong());
    QVERIFY(a.ok());
    QCOMPARE(a->patientId, f.smith);
    QCOMPARE(a->status, AppointmentStatus::Arrived);
    QCOMPARE(walkIns->count(), before);
    QVERIFY(board.rowTexts().contains(QStringLiteral("Smith, John · Arrived")));
}

void tst_SchedulingUi::billerCannotBook()
{
    f.actAs(Core::Role::Biller);
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    QVERIFY(!child<QPushButton>(&calendar, Names::CalendarNew)->isEnabled());
    QTest::keyClick(calendar.view(), Qt::Key_N);
    QVERIFY(!calendar.findChild<BookingDialog *>());

    // Nor can a drag start: the block stays put and nothing is asked of the service.
    const QDate day = Monday.addDays(9);
    f.actAs(Core::Role::FrontDesk);
    const qint64 id = bookDirect(f.lee, f.moreno, f.typeFu, day, 10);
    QVERIFY(id);
    f.actAs(Core::Role::Biller);
    calendar.resize(900, 760);
    calendar.setDate(day);
    calendar.setProvider(f.moreno);
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    const QRect block = calendar.view()->appointmentRect(id);
    QVERIFY(block.isValid());
    drag(calendar.view(), block.topLeft() + QPoint(10, 2), calendar.view()->slotPoint(0, 14 * 60));
    QVERIFY(calendar.message().isEmpty());
    QCOMPARE(f.queries().appointment(id)->startMinute, 10 * 60);
}

void tst_SchedulingUi::rescheduleKeepsLink()
{
    const QDate day = Monday.addDays(7);
    const qint64 id = bookDirect(f.garcia, f.moreno, f.typeFu, day, 15);
    QVERIFY(id);
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    AppointmentDialog *dialog = calendar.openAppointment(id);
    QPushButton *reschedule = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Reschedule…"))
            reschedule = b;
    QVERIFY(reschedule && reschedule->isEnabled());
    QTest::mouseClick(reschedule, Qt::LeftButton);
    auto booking = calendar.findChild<BookingDialog *>();
    QVERIFY(booking);
    QCOMPARE(booking->request().patientId, f.garcia);
    booking->findChild<QTimeEdit *>()->setTime(QTime(16, 0));
    QSignalSpy booked(booking, &BookingDialog::booked);
    QTest::mouseClick(child<QPushButton>(booking, Names::BookingButton), Qt::LeftButton);
    QCOMPARE(booked.size(), 1);
    auto moved = f.queries().appointment(booked.first().first().toLongLong());
    QVERIFY(moved.ok());
    QCOMPARE(moved->startText(), QStringLiteral("2026-03-23T16:00"));
    QCOMPARE(moved->rescheduledFrom, id);
    QCOMPARE(f.queries().appointment(id)->status, AppointmentStatus::Rescheduled);
}

void tst_SchedulingUi::waitlistDockAddsAndRemoves()
{
    Core::ModuleContext ctx = context();
    WaitlistWidget waitlist(*f.scheduling, ctx);
    waitlist.resize(600, 500);
    waitlist.show();
    QVERIFY(QTest::qWaitForWindowExposed(&waitlist));
    auto table = child<QTableWidget>(&waitlist, Names::WaitlistTable);
    const int before = table->rowCount();
    QTest::mouseClick(child<QPushButton>(&waitlist, Names::WaitlistAdd), Qt::LeftButton);
    QCOMPARE(table->rowCount(), before); // no patient in the banner yet
    QVERIFY(waitlist.message().contains(QStringLiteral("Open the patient first")));

    m_patient.setCurrent(f.store->services().patients().open(f.lee).value());
    QTest::mouseClick(child<QPushButton>(&waitlist, Names::WaitlistAdd), Qt::LeftButton);
    QCOMPARE(table->rowCount(), before + 1);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().startsWith(QStringLiteral("Lee, Kim")))
            row = r;
    QVERIFY(row >= 0);
    table->setCurrentCell(row, 0);
    QTest::mouseClick(child<QPushButton>(&waitlist, Names::WaitlistRemove), Qt::LeftButton);
    QCOMPARE(table->rowCount(), before);
    QCOMPARE(f.scheduling->waitlist().list()->size(), before);
}

void tst_SchedulingUi::docksPerRole()
{
    SchedulingModule module;
    const QList<Core::DockSpec> docks = module.docks();
    auto shownFor = [&](Core::Role role) {
        QStringList ids;
        for (const Core::DockSpec &d : docks)
            if (d.defaultRoles.contains(role)
                && (!d.permission || Core::roleHas(role, *d.permission)))
                ids << d.id;
        ids.sort();
        return ids;
    };
    const QString calendar = QLatin1String(Scheduling::Constants::DockCalendar);
    const QString flow = QLatin1String(Scheduling::Constants::DockFlowBoard);
    const QString registration = QLatin1String(Scheduling::Constants::DockRegistration);
    const QString waitlist = QLatin1String(Scheduling::Constants::DockWaitlist);
    QCOMPARE(shownFor(Core::Role::FrontDesk), QStringList({calendar, flow, registration}));
    QCOMPARE(shownFor(Core::Role::Provider), QStringList({calendar, flow}));
    QCOMPARE(shownFor(Core::Role::Biller), QStringList());
    QCOMPARE(shownFor(Core::Role::Admin), QStringList({calendar, flow, registration, waitlist}));
    for (const Core::DockSpec &d : docks)
        QVERIFY2(d.permission.has_value(), qPrintable(d.id));
}

void tst_SchedulingUi::setupAddsBlockoutAdminOnly()
{
    const QDate today = Internal::PracticeClock("America/New_York").today();
    auto clickAdd = [](SetupWidget &setup, const QString &reason) {
        for (QLineEdit *e : setup.findChildren<QLineEdit *>())
            if (e->placeholderText().startsWith(QStringLiteral("Lunch")))
                e->setText(reason);
        for (QPushButton *b : setup.findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Add blockout"))
                b->click();
    };
    auto countReason = [&](const QString &reason) {
        int n = 0;
        const auto blockouts = f.scheduling->setup().blockouts(today, today);
        for (const Blockout &b : blockouts.value())
            n += b.reason == reason;
        return n;
    };
    Core::ModuleContext ctx = context();
    {
        SetupWidget setup(*f.scheduling, ctx); // as the front desk
        clickAdd(setup, QStringLiteral("Front desk tried"));
        QVERIFY(!setup.message().isEmpty());
        QCOMPARE(countReason(QStringLiteral("Front desk tried")), 0);
    }
    f.actAs(Core::Role::Admin);
    SetupWidget setup(*f.scheduling, ctx);
    clickAdd(setup, QStringLiteral("Staff meeting"));
    QCOMPARE(setup.message(), QStringLiteral("Blockout added."));
    QCOMPARE(countReason(QStringLiteral("Staff meeting")), 1);
}

void tst_SchedulingUi::daySheetWritesPdf()
{
    QVERIFY(bookDirect(f.smith, f.moreno, f.typeFu, Monday.addDays(4), 8, 30));
    Core::ModuleContext ctx = context();
    CalendarWidget calendar(*f.scheduling, ctx);
    calendar.setDate(Monday.addDays(4));
    calendar.setProvider(f.moreno);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    const Core::Status s = calendar.saveDaySheet(path);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 1000);
}

void tst_SchedulingUi::flowBoardOpensChartOnceArrived()
{
    const QDate today = Internal::PracticeClock("America/New_York").today();
    f.actAs(Core::Role::Admin); // today may be a weekend: book over the working hours
    BookingRequest r = f.request(f.lee, f.moreno, f.typeNp, today, 6, 30);
    r.reason = QStringLiteral("Knee pain");
    r.overrideReason = QStringLiteral("open chart test");
    auto id = f.booking().book(r);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    auto booked = f.queries().appointment(id.value());
    QVERIFY(booked.ok() && booked->roomId > 0); // a new-patient visit needs a room
    qint64 location = 0;
    const auto rooms = f.store->services().directory().rooms();
    QVERIFY(rooms.ok());
    for (const Core::Room &room : rooms.value())
        if (room.id == booked->roomId)
            location = room.locationId;
    QVERIFY(location > 0);

    // The front desk does not chart: no action at all.
    f.actAs(Core::Role::FrontDesk);
    {
        Core::ModuleContext ctx = context();
        FlowBoardWidget board(*f.scheduling, ctx);
        QVERIFY(child<QPushButton>(&board, Names::FlowBoardOpenChart)->isHidden());
    }

    f.actAs(Core::Role::Provider);
    Core::ModuleContext ctx = context();
    FlowBoardWidget board(*f.scheduling, ctx);
    board.resize(900, 400);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    auto table = child<QTableWidget>(&board, Names::FlowBoardTable);
    auto button = child<QPushButton>(&board, Names::FlowBoardOpenChart);
    QVERIFY(button->isVisible());
    auto clickRow = [&](const QString &text) {
        const int row = int(board.rowTexts().indexOf(text));
        if (row < 0)
            return row;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 1)).center());
        return row;
    };
    QSignalSpy published(&f.events, &Core::EventHub::published);
    auto openCharts = [&] {
        int n = 0;
        for (const QList<QVariant> &args : std::as_const(published))
            if (args.first().value<Core::DomainEvent>().type
                == QLatin1String(Core::Constants::Events::OpenChart))
                ++n;
        return n;
    };

    // Booked, not arrived: the action is there but refused.
    const int bookedRow = clickRow(QStringLiteral("Lee, Kim · Booked"));
    QVERIFY2(bookedRow >= 0, qPrintable(board.rowTexts().join(QLatin1Char('|'))));
    QCOMPARE(table->currentRow(), bookedRow);
    QVERIFY(!button->isEnabled());
    QVERIFY(!board.canOpenChart(bookedRow));
    QTest::mouseClick(button, Qt::LeftButton);
    board.openChart(bookedRow);
    QCOMPARE(openCharts(), 0);

    f.actAs(Core::Role::FrontDesk);
    QVERIFY(f.booking().setStatus(id.value(), AppointmentStatus::Arrived).ok());
    f.actAs(Core::Role::Provider);
    const int arrivedRow = clickRow(QStringLiteral("Lee, Kim · Arrived"));
    QVERIFY2(arrivedRow >= 0, qPrintable(board.rowTexts().join(QLatin1Char('|'))));
    QVERIFY(button->isEnabled());
    published.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(openCharts(), 1);
    Core::DomainEvent event;
    for (const QList<QVariant> &args : std::as_const(published))
        if (args.first().value<Core::DomainEvent>().type
            == QLatin1String(Core::Constants::Events::OpenChart))
            event = args.first().value<Core::DomainEvent>();
    namespace Ev = Core::Constants::Events;
    QCOMPARE(event.data.value(QLatin1String(Ev::KeyAppointmentId)).toLongLong(), id.value());
    QCOMPARE(event.data.value(QLatin1String(Ev::KeyPatientId)).toLongLong(), f.lee);
    QCOMPARE(event.data.value(QLatin1String(Ev::KeyProviderId)).toLongLong(), f.moreno);
    QCOMPARE(event.data.value(QLatin1String(Ev::KeyLocationId)).toLongLong(), location);
    QCOMPARE(event.data.value(QLatin1String(Ev::KeyStatus)).toString(), QStringLiteral("arrived"));
    QCOMPARE(event.data.value(QLatin1String(Ev::KeyReason)).toString(),
             QStringLiteral("Knee pain"));
}

QTEST_MAIN(tst_SchedulingUi)
#include "tst_schedulingui.moc"
