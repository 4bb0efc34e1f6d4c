#include "app/shell/mainwindow.h"
#include "app/shell/shell.h"
#include "app/shell/shellconstants.h"
#include "core/constants.h"
#include "core/entities/npi.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/chartwidget.h"
#include "modules/charting/ui/encounterwidget.h"
#include "modules/scheduling/domain/practiceclock.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/flowboardwidget.h"
#include "modules/scheduling/ui/schedulinguiconstants.h"
#include "tests/support/testsupport.h"
#include "tests/support/widgetsupport.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace Ambulo;

namespace {

using Ambulo::Test::child;

const QString Provider = QStringLiteral("moreno");
const QString ProviderPassword = QStringLiteral("moreno-pass-1");

} // namespace

// The provider's path through the real shell, offscreen, over a real encrypted store: the
// arrived patient on the flow board → Open chart → the visit dock comes up on that appointment's
// encounter, the chart dock and the banner (with the allergies) name the same patient. The
// docks' own behaviour is in tst_chartui, tst_encounterui and tst_resultsui.
class tst_VisitFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void flowBoardOpensTheVisit();

private:
    std::unique_ptr<Test::TestStore> m_store;
    qint64 m_patient = 0;
    qint64 m_appointment = 0;
};

void tst_VisitFlow::initTestCase()
{
    m_store = std::make_unique<Test::TestStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    QVERIFY(m_store->signInAdmin());
    Core::Services &core = m_store->services();
    auto user = core.users().add(
        {Provider, QStringLiteral("Alicia Moreno"), Core::Role::Provider, ProviderPassword});
    QVERIFY(user.ok());
    const QString nine = QStringLiteral("198765401");
    Core::Practitioner moreno;
    moreno.npi = nine + QString::number(Core::Npi::checkDigit(nine));
    moreno.given = QStringLiteral("Alicia");
    moreno.family = QStringLiteral("Moreno");
    moreno.userId = user.value();
    auto practitioner = core.directory().addPractitioner(moreno);
    auto location = core.directory().addLocation({0, QStringLiteral("Main"), {}, {}});
    QVERIFY(practitioner.ok() && location.ok());
    QVERIFY(core.directory().addRoom({0, location.value(), QStringLiteral("Exam 1")}).ok());
    auto patient = core.patients().create(
        Test::samplePatient(QStringLiteral("Garcia"), QStringLiteral("Ana"), QDate(1980, 5, 17)));
    QVERIFY(patient.ok());
    m_patient = patient.value();

    Core::EventHub events;
    Scheduling::SchedulingServices scheduling(core, events);
    QVERIFY(scheduling.setup().setTimeZone("America/New_York").ok());
    auto type = scheduling.setup().saveType({0, QStringLiteral("FU"), QStringLiteral("Follow-up"),
                                             15, QStringLiteral("#2e7d32"), false, true});
    QVERIFY(type.ok());
    Scheduling::BookingRequest r;
    r.patientId = m_patient;
    r.providerId = practitioner.value();
    r.typeId = type.value();
    r.date = Scheduling::Internal::PracticeClock("America/New_York").today();
    r.startMinute = 6 * 60 + 30; // outside any hours: booked with an admin's override
    r.reason = QStringLiteral("Cough");
    r.overrideReason = QStringLiteral("visit flow test");
    auto booked = scheduling.booking().book(r);
    QVERIFY2(booked.ok(), qPrintable(booked.error().message));
    m_appointment = booked.value();
    QVERIFY(scheduling.booking().setStatus(m_appointment, Scheduling::AppointmentStatus::Arrived));

    // Allergies are the provider's to record.
    core.users().signOut();
    QVERIFY(core.users().signIn(Provider, ProviderPassword).ok());
    Charting::ChartingServices charting(core, events);
    Charting::Allergy penicillin;
    penicillin.patientId = m_patient;
    penicillin.substance = QStringLiteral("Penicillin");
    penicillin.severity = QStringLiteral("severe");
    auto added = charting.allergies().add(penicillin);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    core.users().signOut();
}

void tst_VisitFlow::flowBoardOpensTheVisit()
{
    App::Shell shell(m_store->store());
    const Core::Status signedIn = shell.signIn(Provider, ProviderPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
    App::MainWindow *window = shell.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QDockWidget *flowDock = window->dock(QLatin1String(Scheduling::Constants::DockFlowBoard));
    QDockWidget *visitDock = window->dock(QLatin1String(Charting::Constants::DockEncounter));
    QDockWidget *chartDock = window->dock(QLatin1String(Charting::Constants::DockChart));
    QVERIFY(flowDock && visitDock && chartDock);
    auto board = flowDock->findChild<Scheduling::Internal::FlowBoardWidget *>();
    auto visit = visitDock->findChild<Charting::Internal::EncounterWidget *>();
    auto chart = chartDock->findChild<Charting::Internal::ChartWidget *>();
    QVERIFY(board && visit && chart);
    QCOMPARE(visit->encounterId(), 0);

    // The provider picks the arrived patient and chooses Open chart.
    auto table = child<QTableWidget>(board, Scheduling::Constants::ObjectNames::FlowBoardTable);
    auto open = child<QPushButton>(board, Scheduling::Constants::ObjectNames::FlowBoardOpenChart);
    QVERIFY(table && open);
    QTRY_VERIFY(table->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (board->rowTexts().value(r).startsWith(QStringLiteral("Garcia, Ana")))
            row = r;
    QVERIFY2(row >= 0, qPrintable(board->rowTexts().join(QLatin1Char('|'))));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 1)).center());
    QVERIFY(open->isVisible());
    QTRY_VERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);

    // One encounter, for this appointment, shown in the visit dock, which is up.
    Charting::ChartingServices charting(shell.services(), shell.events());
    auto encounters = charting.encounters().list(m_patient);
    QVERIFY(encounters.ok());
    QCOMPARE(encounters->size(), 1);
    QCOMPARE(encounters->first().appointmentId, m_appointment);
    QTRY_COMPARE(visit->encounterId(), encounters->first().id);
    QVERIFY(visitDock->isVisible());

    // The patient context followed: banner with the allergy, chart dock on the same patient.
    QVERIFY(shell.patientContext().current());
    QCOMPARE(shell.patientContext().current()->id, m_patient);
    auto banner = child<QLabel>(window, App::Constants::ObjectNames::BannerAllergies);
    QVERIFY(banner);
    QCOMPARE(banner->text(), QStringLiteral("Allergies: Penicillin (severe)"));
    QTRY_VERIFY(chart->summary());
    QCOMPARE(chart->summary()->patientId, m_patient);

    // Open chart again on the same appointment: still one encounter, the same one in the dock.
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(charting.encounters().list(m_patient)->size(), 1);
    QCOMPARE(visit->encounterId(), encounters->first().id);
}

QTEST_MAIN(tst_VisitFlow)
#include "tst_visitflow.moc"
