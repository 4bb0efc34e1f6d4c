#include "core/constants.h"
#include "core/context/patientcontext.h"
#include "core/module/module.h"
#include "modules/charting/chartingmodule.h"
#include "modules/charting/ui/addendapanel.h"
#include "modules/charting/ui/chartinguiconstants.h"
#include "modules/charting/ui/encounterwidget.h"
#include "modules/charting/ui/noteeditor.h"
#include "modules/charting/ui/superbillpanel.h"
#include "modules/charting/ui/vitalspanel.h"
#include "tests/modules/charting/chartingfixture.h"
#include "tests/support/widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Ambulo;
using namespace Ambulo::Charting;
using namespace Ambulo::Charting::Internal;
namespace Names = Charting::Constants::ObjectNames;

namespace {

using Ambulo::Test::child;

QMessageBox *openErrorBox()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        auto box = qobject_cast<QMessageBox *>(w);
        if (box && box->isVisible()
            && box->objectName() == QLatin1String(Names::EncounterOpenError))
            return box;
    }
    return nullptr;
}

void selectData(QListWidget *list, const QString &value)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == value) {
            list->setCurrentRow(i);
            return;
        }
    }
    qWarning("no %s in the list", qPrintable(value));
}

} // namespace

namespace Ambulo::Test {

// Answers the next modal confirmation of the encounter dock (object name EncounterConfirm) by
// clicking the button with the given text, and keeps what the box said.

// Answers the next modal confirmation of the encounter dock (object name EncounterConfirm) by
// clicking the button with the given text, and keeps what the box said.
class BoxAnswer : public QObject
{
public:
    explicit BoxAnswer(const QString &button)
        : m_button(button)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

    bool seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            auto box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible()
                || box->objectName()
                       != QLatin1String(Charting::Constants::ObjectNames::EncounterConfirm))
                continue;
            m_seen = true;
            m_text = box->text() + QLatin1Char('\n') + box->informativeText();
            m_timer.stop();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == m_button) {
                    b->click();
                    return;
                }
            }
            qWarning("no button %s", qPrintable(m_button));
            box->reject();
            return;
        }
    }

    QString m_button;
    QTimer m_timer;
    bool m_seen = false;
    QString m_text;
};

} // namespace Ambulo::Test

// The visit dock against a real encrypted store and the real module: the flow board's OpenChart
// event opens the encounter, the provider writes the note with a template and quick text, enters
// vitals, codes the visit and signs; checked through the domain services.
class tst_EncounterUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void visitFromOpenChartToAddendum();
    void openChartTwiceKeepsOneEncounter();
    void openChartErrorIsShown_data();
    void openChartErrorIsShown();
    void restrictedChartOpensAfterBreakGlass();
    void implausibleVitals_data();
    void implausibleVitals();
    void pointerToMissingDiagnosisRefused();
    void draftRestoredInNewDock();
    void tabExpandsAndLeavingSectionSaves();
    void otherPatientLetsGoOfVisit();
    void dockOnlyForCharting_data();
    void dockOnlyForCharting();

private:
    EncounterWidget *startSession();
    void publishOpenChart(qint64 appointmentId, qint64 patientId,
                          const QString &status = QStringLiteral("arrived"));
    qint64 openInDock(qint64 appointmentId);

    Test::ChartingFixture f;
    Core::PatientContext m_patient;
    std::unique_ptr<Core::ModuleContext> m_context;
    std::unique_ptr<ChartingModule> m_module;
    std::unique_ptr<EncounterWidget> m_widget;
    qint64 m_template = 0;
    qint64 m_nextAppointment = 700;
};

void tst_EncounterUi::initTestCase()
{
    QVERIFY(f.build());
    m_context = std::make_unique<Core::ModuleContext>(
        Core::ModuleContext{f.store->services(), m_patient, f.events});
    f.asMoreno();
    NoteTemplate t;
    t.name = QStringLiteral("Diabetes follow-up");
    t.sections.subjective = QStringLiteral("{patient.name}, {patient.age} y, seen {today}.");
    t.sections.objective = QStringLiteral("Vitals: {vitals}");
    t.sections.plan = QStringLiteral("Recheck A1c in 3 months.");
    auto id = f.charting->notes().saveTemplate(t);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    m_template = id.value();
    QVERIFY(f.charting->notes().setQuickText(QStringLiteral("sob"),
                                             QStringLiteral("shortness of breath")));
}

void tst_EncounterUi::init()
{
    f.asMoreno();
    m_patient.clear();
}

void tst_EncounterUi::cleanup()
{
    // The dock goes first (it saves its draft through the module's services), as in the shell.
    m_widget.reset();
    if (m_module)
        m_module->sessionEnded();
    m_module.reset();
}

EncounterWidget *tst_EncounterUi::startSession()
{
    m_module = std::make_unique<ChartingModule>();
    const QList<Core::DockSpec> docks = m_module->docks();
    auto spec = std::find_if(docks.begin(), docks.end(), [](const Core::DockSpec &d) {
        return d.id == QLatin1String(Charting::Constants::DockEncounter);
    });
    if (spec == docks.end())
        return nullptr;
    m_widget.reset(qobject_cast<EncounterWidget *>(spec->create(*m_context, nullptr)));
    m_module->sessionStarted(*m_context);
    if (m_widget) {
        m_widget->resize(700, 800);
        m_widget->show();
    }
    return m_widget.get();
}

void tst_EncounterUi::publishOpenChart(qint64 appointmentId, qint64 patientId,
                                       const QString &status)
{
    namespace E = Core::Constants::Events;
    f.events.publish({QLatin1String(E::OpenChart),
                      {{QLatin1String(E::KeyAppointmentId), appointmentId},
                       {QLatin1String(E::KeyPatientId), patientId},
                       {QLatin1String(E::KeyProviderId), f.moreno},
                       {QLatin1String(E::KeyLocationId), f.location},
                       {QLatin1String(E::KeyStatus), status},
                       {QLatin1String(E::KeyReason), QStringLiteral("Diabetes follow-up")}}});
}

qint64 tst_EncounterUi::openInDock(qint64 appointmentId)
{
    publishOpenChart(appointmentId, f.garcia);
    return m_widget ? m_widget->encounterId() : 0;
}

void tst_EncounterUi::visitFromOpenChartToAddendum()
{
    EncounterWidget *w = startSession();
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QList<Core::DomainEvent> events;
    const auto listening = connect(&f.events, &Core::EventHub::published, this,
                                   [&events](const Core::DomainEvent &e) { events << e; });

    // The flow board's "Open chart" on an arrived appointment.
    const qint64 appointment = ++m_nextAppointment;
    publishOpenChart(appointment, f.garcia);
    const qint64 id = w->encounterId();
    QVERIFY(id > 0);
    auto encounter = f.charting->encounters().encounter(id);
    QVERIFY(encounter.ok());
    QCOMPARE(encounter->appointmentId, appointment);
    QCOMPARE(encounter->patientId, f.garcia);
    QVERIFY(m_patient.current().has_value());
    QCOMPARE(m_patient.current()->id, f.garcia);
    QVERIFY(w->headerText().contains(QStringLiteral("Garcia")));
    QVERIFY(w->headerText().contains(QStringLiteral("Office visit — Diabetes follow-up")));
    QVERIFY(w->headerText().contains(QStringLiteral("Alicia Moreno")));
    disconnect(listening);
    bool raised = false;
    for (const Core::DomainEvent &e : std::as_const(events)) {
        if (e.type == QLatin1String(Core::Constants::Events::ShowDock))
            raised = e.data.value(QLatin1String(Core::Constants::Events::KeyDock)).toString()
                     == QLatin1String(Charting::Constants::DockEncounter);
    }
    QVERIFY(raised);

    // Template, then typing with a quick text.
    auto templates = child<QComboBox>(w, Names::NoteTemplate);
    templates->setCurrentIndex(templates->findData(m_template));
    QVERIFY(templates->currentIndex() >= 0);
    QTest::mouseClick(child<QPushButton>(w, Names::NoteApplyTemplate), Qt::LeftButton);
    auto subjective = child<QPlainTextEdit>(w, Names::NoteSubjective);
    const QDate today = QDate::currentDate();
    Core::Patient garcia;
    garcia.birthDate = QDate(1980, 5, 17);
    const int age = garcia.ageOn(today);
    const QString filled =
        QStringLiteral("Garcia, Ana, %1 y, seen %2.").arg(age).arg(today.toString(Qt::ISODate));
    QCOMPARE(subjective->toPlainText(), filled);
    QCOMPARE(child<QPlainTextEdit>(w, Names::NotePlan)->toPlainText(),
             QStringLiteral("Recheck A1c in 3 months."));
    subjective->moveCursor(QTextCursor::End);
    QTest::keyClicks(subjective, QStringLiteral(" Mild .sob on stairs."));
    const QString subjectiveText = filled + QStringLiteral(" Mild shortness of breath on stairs.");
    QCOMPARE(subjective->toPlainText(), subjectiveText);
    auto assessment = child<QPlainTextEdit>(w, Names::NoteAssessment);
    QTest::keyClicks(assessment, QStringLiteral("T2DM, stable"));
    // The autosave writes the draft after the pause, without any Save.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto d = f.charting->notes().draft(id);
            return d.ok() && d->has_value() && (*d)->subjective == subjectiveText
                   && (*d)->assessment == QStringLiteral("T2DM, stable");
        }(),
        5000);

    // Vitals in US units, BMI live.
    w->findChild<QTabWidget *>(QLatin1String(Names::EncounterTabs))->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsSystolic), QStringLiteral("128"));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsDiastolic), QStringLiteral("82"));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsPulse), QStringLiteral("72"));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsTemperature), QStringLiteral("98.6"));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsWeight), QStringLiteral("150"));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsHeight), QStringLiteral("64"));
    QCOMPARE(child<QLabel>(w, Names::VitalsBmi)->text(), QLocale().toString(25.7, 'f', 1));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsSpo2), QStringLiteral("98"));
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsRespRate), QStringLiteral("14"));
    QTest::mouseClick(child<QPushButton>(w, Names::VitalsRecord), Qt::LeftButton);
    auto vitals = f.charting->vitals().forEncounter(id);
    QVERIFY(vitals.ok());
    QCOMPARE(vitals->size(), 1);
    QCOMPARE(vitals->first().systolic.value_or(0), 128);
    QCOMPARE(vitals->first().diastolic.value_or(0), 82);
    QVERIFY(qAbs(vitals->first().temperatureC.value_or(0) - 37.0) < 0.05);
    QCOMPARE(vitals->first().bmi.value_or(0), 25.7);
    QVERIFY(!vitals->first().confirmedImplausible);
    QCOMPARE(child<QListWidget>(w, Names::VitalsList)->count(), 1);

    // A diagnosis found by its words, then a second one by its code.
    w->findChild<QTabWidget *>(QLatin1String(Names::EncounterTabs))->setCurrentIndex(2);
    auto diagSearch = child<QLineEdit>(w, Names::DiagnosisSearch);
    auto diagResults = child<QListWidget>(w, Names::DiagnosisResults);
    QTest::keyClicks(diagSearch, QStringLiteral("diab mell"));
    QVERIFY(diagResults->count() >= 1);
    selectData(diagResults, QStringLiteral("E11.9"));
    QTest::mouseClick(child<QPushButton>(w, Names::DiagnosisAdd), Qt::LeftButton);
    QTest::keyClicks(diagSearch, QStringLiteral("I10"));
    selectData(diagResults, QStringLiteral("I10"));
    QTest::keyClick(diagSearch, Qt::Key_Return);
    auto diagnoses = f.charting->superbill().diagnoses(id);
    QVERIFY(diagnoses.ok());
    QCOMPARE(diagnoses->size(), 2);
    QCOMPARE(diagnoses->at(0).code, QStringLiteral("E11.9"));
    QCOMPARE(diagnoses->at(0).position, 1);
    QCOMPARE(diagnoses->at(1).code, QStringLiteral("I10"));
    QCOMPARE(child<QListWidget>(w, Names::DiagnosisList)->count(), 2);

    // A procedure pointing at both, with a modifier.
    QTest::keyClicks(child<QLineEdit>(w, Names::ProcedureSearch), QStringLiteral("99213"));
    selectData(child<QListWidget>(w, Names::ProcedureResults), QStringLiteral("99213"));
    QTest::keyClicks(child<QLineEdit>(w, Names::ProcedureModifiers), QStringLiteral("25"));
    QTest::keyClicks(child<QLineEdit>(w, Names::ProcedurePointers), QStringLiteral("1,2"));
    QTest::mouseClick(child<QPushButton>(w, Names::ProcedureAdd), Qt::LeftButton);
    auto lines = f.charting->superbill().lines(id);
    QVERIFY(lines.ok());
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().code, QStringLiteral("99213"));
    QCOMPARE(lines->first().modifiers, QStringList{QStringLiteral("25")});
    QCOMPARE(lines->first().pointers, (QList<int>{1, 2}));
    QCOMPARE(lines->first().feeCents, 11000);
    QCOMPARE(child<QTableWidget>(w, Names::SuperbillLines)->rowCount(), 1);
    QVERIFY(child<QLabel>(w, Names::SuperbillTotal)->text().contains(QStringLiteral("110.00")));

    // Sign, confirmed.
    {
        Test::BoxAnswer answer(QStringLiteral("Sign"));
        QTest::mouseClick(child<QPushButton>(w, Names::EncounterSign), Qt::LeftButton);
        QVERIFY(answer.seen());
        QVERIFY(answer.text().contains(QStringLiteral("Garcia")));
    }
    encounter = f.charting->encounters().encounter(id);
    QVERIFY(encounter.ok());
    QCOMPARE(encounter->status, EncounterStatus::Signed);
    auto note = f.charting->notes().note(id);
    QVERIFY(note.ok());
    QCOMPARE(note->subjective, subjectiveText);
    QCOMPARE(note->assessment, QStringLiteral("T2DM, stable"));
    auto draft = f.charting->notes().draft(id);
    QVERIFY(draft.ok() && !draft->has_value()); // the save that preceded signing dropped it

    // Read-only everywhere, and the services refuse too.
    QVERIFY(subjective->isReadOnly());
    QTest::keyClicks(subjective, QStringLiteral("late edit"));
    QCOMPARE(subjective->toPlainText(), subjectiveText);
    QVERIFY(!child<QPushButton>(w, Names::NoteSave)->isEnabled());
    QVERIFY(!child<QPushButton>(w, Names::EncounterSign)->isEnabled());
    QVERIFY(!child<QPushButton>(w, Names::VitalsRecord)->isEnabled());
    QVERIFY(child<QLineEdit>(w, Names::VitalsSystolic)->isReadOnly());
    QVERIFY(!child<QPushButton>(w, Names::DiagnosisAdd)->isEnabled());
    QVERIFY(!child<QPushButton>(w, Names::ProcedureAdd)->isEnabled());
    Note edited = note.value();
    edited.plan = QStringLiteral("changed after signing");
    QVERIFY(!f.charting->notes().save(id, edited).ok());
    QVERIFY(!f.charting->notes().saveDraft(id, edited).ok());
    QVERIFY(!f.charting->superbill().addDiagnosis(id, QStringLiteral("J06.9")).ok());
    QCOMPARE(f.charting->notes().note(id)->plan, QStringLiteral("Recheck A1c in 3 months."));

    // The addendum box appears with the signature; an addendum is listed with its author.
    auto tabs = w->findChild<QTabWidget *>(QLatin1String(Names::EncounterTabs));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(w->addendaPanel())));
    QCOMPARE(tabs->currentWidget(), w->addendaPanel());
    QTest::keyClicks(child<QPlainTextEdit>(w, Names::AddendumText),
                     QStringLiteral("A1c came back 7.2%; no change to plan."));
    QTest::mouseClick(child<QPushButton>(w, Names::AddendumAdd), Qt::LeftButton);
    auto addenda = f.charting->notes().addenda(id);
    QVERIFY(addenda.ok());
    QCOMPARE(addenda->size(), 1);
    QCOMPARE(addenda->first().text, QStringLiteral("A1c came back 7.2%; no change to plan."));
    QCOMPARE(addenda->first().author, QStringLiteral("Alicia Moreno"));
    auto list = child<QListWidget>(w, Names::AddendaList);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("A1c came back 7.2%")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Electronically signed by")));

    // The patient asks for a change (taken by the front desk); the provider denies it with a
    // reason, and the request and decision are appended.
    f.asClerk();
    auto request = f.charting->notes().requestAmendment(
        id, QStringLiteral("I did not report shortness of breath."));
    QVERIFY2(request.ok(), qPrintable(request.error().message));
    f.asMoreno();
    w->addendaPanel()->reload();
    auto amendments = child<QListWidget>(w, Names::AmendmentList);
    QCOMPARE(amendments->count(), 1);
    QVERIFY(amendments->item(0)->text().contains(QStringLiteral("pending")));
    auto deny = child<QPushButton>(w, Names::AmendmentDeny);
    QVERIFY(!deny->isEnabled());
    amendments->setCurrentRow(0);
    QVERIFY(deny->isEnabled());
    QTest::mouseClick(deny, Qt::LeftButton); // no reason yet: refused
    QVERIFY(w->messageText().contains(QStringLiteral("reason")));
    QTest::keyClicks(child<QLineEdit>(w, Names::AmendmentReason),
                     QStringLiteral("Reported by the patient at the visit."));
    QTest::mouseClick(deny, Qt::LeftButton);
    auto decided = f.charting->notes().amendments(id);
    QVERIFY(decided.ok());
    QCOMPARE(decided->first().decision, QStringLiteral("denied"));
    QCOMPARE(decided->first().reason, QStringLiteral("Reported by the patient at the visit."));
    QCOMPARE(f.charting->notes().addenda(id)->size(), 2);
    QCOMPARE(list->count(), 2);
    QVERIFY(amendments->item(0)->text().contains(QStringLiteral("denied")));
}

void tst_EncounterUi::openChartTwiceKeepsOneEncounter()
{
    QVERIFY(startSession());
    const qint64 appointment = ++m_nextAppointment;
    const qint64 first = openInDock(appointment);
    QVERIFY(first > 0);
    const qint64 before = f.count(QStringLiteral("encounters"));
    QCOMPARE(openInDock(appointment), first);
    QCOMPARE(f.count(QStringLiteral("encounters")), before);
}

void tst_EncounterUi::openChartErrorIsShown_data()
{
    QTest::addColumn<bool>("restricted");
    QTest::addColumn<QString>("status");
    QTest::newRow("booked, not arrived") << false << QStringLiteral("booked");
    QTest::newRow("restricted patient") << true << QStringLiteral("arrived");
}

void tst_EncounterUi::openChartErrorIsShown()
{
    QFETCH(bool, restricted);
    QFETCH(QString, status);
    qint64 patient = f.garcia;
    if (restricted) {
        f.asAdmin();
        Core::Patient p = Test::samplePatient(QStringLiteral("Private"), QStringLiteral("Pat"),
                                              QDate(1990, 1, 1));
        p.restricted = true;
        auto id = f.store->services().patients().create(p);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        patient = id.value();
        f.asMoreno();
    }
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 before = f.count(QStringLiteral("encounters"));
    publishOpenChart(++m_nextAppointment, patient, status);
    QTRY_VERIFY(openErrorBox() != nullptr);
    QMessageBox *box = openErrorBox();
    QVERIFY(!box->text().isEmpty());
    box->close();
    QCOMPARE(f.count(QStringLiteral("encounters")), before);
    QCOMPARE(w->encounterId(), qint64(0));
    QVERIFY(!m_patient.current().has_value());
    QTRY_VERIFY(openErrorBox() == nullptr);
}

void tst_EncounterUi::restrictedChartOpensAfterBreakGlass()
{
    f.asAdmin();
    Core::Patient p =
        Test::samplePatient(QStringLiteral("Sealed"), QStringLiteral("Sam"), QDate(1985, 5, 5));
    p.restricted = true;
    auto patient = f.store->services().patients().create(p);
    QVERIFY2(patient.ok(), qPrintable(patient.error().message));
    const QString mrn = f.store->services().patients().mrnOf(patient.value()).value();
    f.asMoreno();
    // The shell's question, answered here: first declined, then with a reason.
    QList<qint64> asked;
    std::optional<QString> answer;
    m_patient.setBreakGlassPrompt([&](qint64 id) {
        asked.append(id);
        return answer;
    });
    const auto cleanup = qScopeGuard([this] { m_patient.setBreakGlassPrompt({}); });
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 before = f.count(QStringLiteral("encounters"));

    publishOpenChart(++m_nextAppointment, patient.value());
    QTRY_COMPARE(asked, QList<qint64>{patient.value()});
    QTest::qWait(100);
    QVERIFY2(openErrorBox() == nullptr, "declining is not an error to show");
    QCOMPARE(f.count(QStringLiteral("encounters")), before);
    QCOMPARE(w->encounterId(), qint64(0));
    QVERIFY(!m_patient.current().has_value());

    answer = QStringLiteral("Covering for Dr. Lee, patient in room 2");
    publishOpenChart(++m_nextAppointment, patient.value());
    QTRY_COMPARE(asked.size(), 2);
    QVERIFY(openErrorBox() == nullptr);
    QTRY_VERIFY(w->encounterId() != 0);
    QCOMPARE(f.count(QStringLiteral("encounters")), before + 1);
    QVERIFY(m_patient.current().has_value());
    QCOMPARE(m_patient.current()->id, patient.value());

    f.asAdmin();
    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::BreakGlass);
    filter.patientMrn = mrn;
    auto entries = f.store->services().audit().list(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->first().flagged);
    QCOMPARE(entries->first().detail, answer.value());
    f.asMoreno();
}

void tst_EncounterUi::implausibleVitals_data()
{
    QTest::addColumn<QString>("systolic");
    QTest::addColumn<QString>("diastolic");
    QTest::addColumn<QString>("pulse");
    QTest::addColumn<QString>("answer");    // empty: no dialog expected
    QTest::addColumn<QString>("mentioned"); // what the dialog or message names
    QTest::addColumn<int>("stored");
    QTest::newRow("400/20 declined") << "400"
                                     << "20"
                                     << ""
                                     << "Correct them"
                                     << "Systolic pressure 400 mmHg" << 0;
    QTest::newRow("400/20 confirmed") << "400"
                                      << "20"
                                      << ""
                                      << "Record as measured"
                                      << "Diastolic pressure 20 mmHg" << 1;
    QTest::newRow("impossible pulse") << ""
                                      << ""
                                      << "400"
                                      << ""
                                      << "not a possible reading" << 0;
    QTest::newRow("half a pressure") << "120"
                                     << ""
                                     << ""
                                     << ""
                                     << "diastolic" << 0;
}

void tst_EncounterUi::implausibleVitals()
{
    QFETCH(QString, systolic);
    QFETCH(QString, diastolic);
    QFETCH(QString, pulse);
    QFETCH(QString, answer);
    QFETCH(QString, mentioned);
    QFETCH(int, stored);
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 id = openInDock(++m_nextAppointment);
    QVERIFY(id > 0);
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsSystolic), systolic);
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsDiastolic), diastolic);
    QTest::keyClicks(child<QLineEdit>(w, Names::VitalsPulse), pulse);
    Test::BoxAnswer box(answer.isEmpty() ? QStringLiteral("-") : answer);
    QTest::mouseClick(child<QPushButton>(w, Names::VitalsRecord), Qt::LeftButton);
    QCOMPARE(box.seen(), !answer.isEmpty());
    const QString said = answer.isEmpty() ? w->messageText() : box.text();
    QVERIFY2(said.contains(mentioned, Qt::CaseInsensitive), qPrintable(said));
    auto vitals = f.charting->vitals().forEncounter(id);
    QVERIFY(vitals.ok());
    QCOMPARE(int(vitals->size()), stored);
    if (stored) {
        QVERIFY(vitals->first().confirmedImplausible);
        QCOMPARE(vitals->first().systolic.value_or(0), 400);
    } else {
        QVERIFY(w->messageText().contains(QStringLiteral("Nothing recorded")));
        // What was typed stays for correcting.
        QCOMPARE(child<QLineEdit>(w, Names::VitalsSystolic)->text(), systolic);
    }
}

void tst_EncounterUi::pointerToMissingDiagnosisRefused()
{
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 id = openInDock(++m_nextAppointment);
    QVERIFY(id > 0);
    QVERIFY(f.charting->superbill().addDiagnosis(id, QStringLiteral("J06.9")).ok());
    w->superbillPanel()->reload();
    QTest::keyClicks(child<QLineEdit>(w, Names::ProcedureSearch), QStringLiteral("venip"));
    selectData(child<QListWidget>(w, Names::ProcedureResults), QStringLiteral("36415"));
    QTest::keyClicks(child<QLineEdit>(w, Names::ProcedurePointers), QStringLiteral("1,3"));
    QTest::mouseClick(child<QPushButton>(w, Names::ProcedureAdd), Qt::LeftButton);
    QVERIFY2(w->messageText().contains(QStringLiteral("Pointer 3 names no diagnosis")),
             qPrintable(w->messageText()));
    QCOMPARE(f.charting->superbill().lines(id)->size(), 0);
    // The service refuses the same line from anywhere else.
    SuperbillLine line;
    line.encounterId = id;
    line.code = QStringLiteral("36415");
    line.pointers = {1, 3};
    QVERIFY(!f.charting->superbill().addLine(line).ok());
    // Corrected, it goes in.
    auto pointers = child<QLineEdit>(w, Names::ProcedurePointers);
    pointers->clear();
    QTest::keyClicks(pointers, QStringLiteral("1"));
    QTest::mouseClick(child<QPushButton>(w, Names::ProcedureAdd), Qt::LeftButton);
    QCOMPARE(f.charting->superbill().lines(id)->size(), 1);
    QCOMPARE(f.charting->superbill().lines(id)->first().pointers, QList<int>{1});
}

void tst_EncounterUi::draftRestoredInNewDock()
{
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 id = openInDock(++m_nextAppointment);
    QVERIFY(id > 0);
    auto plan = child<QPlainTextEdit>(w, Names::NotePlan);
    QTest::keyClicks(plan, QStringLiteral("Metformin 500 mg"));
    // Closed before the pause is over: the close itself saves the draft.
    cleanup();
    auto draft = f.charting->notes().draft(id);
    QVERIFY(draft.ok() && draft->has_value());
    QCOMPARE((*draft)->plan, QStringLiteral("Metformin 500 mg"));

    w = startSession();
    QVERIFY(w);
    QCOMPARE(openInDock(m_nextAppointment), id);
    QCOMPARE(child<QPlainTextEdit>(w, Names::NotePlan)->toPlainText(),
             QStringLiteral("Metformin 500 mg"));
    QVERIFY(w->noteEditor()->restoredDraft());
    QVERIFY(w->messageText().contains(QStringLiteral("Restored")));
    QVERIFY(f.charting->notes().note(id)->plan.isEmpty()); // not saved until Save
    QTest::mouseClick(child<QPushButton>(w, Names::NoteSave), Qt::LeftButton);
    QCOMPARE(f.charting->notes().note(id)->plan, QStringLiteral("Metformin 500 mg"));
    QVERIFY(!f.charting->notes().draft(id)->has_value());
}

void tst_EncounterUi::tabExpandsAndLeavingSectionSaves()
{
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 id = openInDock(++m_nextAppointment);
    QVERIFY(id > 0);
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto subjective = child<QPlainTextEdit>(w, Names::NoteSubjective);
    auto objective = child<QPlainTextEdit>(w, Names::NoteObjective);
    subjective->setFocus();
    QTRY_VERIFY(subjective->hasFocus());
    // Tab completes the abbreviation and stays; an unknown one is left as typed.
    QTest::keyClicks(subjective, QStringLiteral("Worse with .sob"));
    QTest::keyClick(subjective, Qt::Key_Tab);
    QCOMPARE(subjective->toPlainText(), QStringLiteral("Worse with shortness of breath"));
    QVERIFY(subjective->hasFocus());
    QTest::keyClicks(subjective, QStringLiteral(" .xyz"));
    QTest::keyClick(subjective, Qt::Key_Tab);
    QCOMPARE(subjective->toPlainText(), QStringLiteral("Worse with shortness of breath .xyz"));
    // That Tab moved on to Objective: leaving the section saved the draft at once.
    QTRY_VERIFY(objective->hasFocus());
    auto draft = f.charting->notes().draft(id);
    QVERIFY(draft.ok() && draft->has_value());
    QCOMPARE((*draft)->subjective, QStringLiteral("Worse with shortness of breath .xyz"));
}

void tst_EncounterUi::otherPatientLetsGoOfVisit()
{
    EncounterWidget *w = startSession();
    QVERIFY(w);
    const qint64 id = openInDock(++m_nextAppointment);
    QVERIFY(id > 0);
    QTest::keyClicks(child<QPlainTextEdit>(w, Names::NoteObjective), QStringLiteral("Lungs clear"));
    // Smith has one open visit (a walk-in): the dock offers it rather than guessing.
    auto walkIn = f.charting->encounters().openAdHoc(
        f.smith, f.moreno, f.location, QStringLiteral("walk-in"), QStringLiteral("Cough"));
    QVERIFY2(walkIn.ok(), qPrintable(walkIn.error().message));
    auto smith = f.store->services().patients().open(f.smith);
    QVERIFY(smith.ok());
    m_patient.setCurrent(smith.value());
    QCOMPARE(w->encounterId(), qint64(0));
    QVERIFY(!w->headerText().contains(QStringLiteral("Garcia")));
    // What was typed for Garcia was kept.
    auto draft = f.charting->notes().draft(id);
    QVERIFY(draft.ok() && draft->has_value());
    QCOMPARE((*draft)->objective, QStringLiteral("Lungs clear"));
    auto offer = child<QPushButton>(w, Names::EncounterOffer);
    QVERIFY(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(w->encounterId(), walkIn.value());
    QVERIFY(w->headerText().contains(QStringLiteral("Smith")));
    QVERIFY(!offer->isVisible());
}

void tst_EncounterUi::dockOnlyForCharting_data()
{
    QTest::addColumn<int>("roleValue");
    QTest::addColumn<bool>("gets");
    QTest::newRow("provider") << int(Core::Role::Provider) << true;
    QTest::newRow("front desk") << int(Core::Role::FrontDesk) << false;
    QTest::newRow("biller") << int(Core::Role::Biller) << false;
}

void tst_EncounterUi::dockOnlyForCharting()
{
    QFETCH(int, roleValue);
    const auto role = Core::Role(roleValue);
    QFETCH(bool, gets);
    ChartingModule module;
    const QList<Core::DockSpec> docks = module.docks();
    auto spec = std::find_if(docks.begin(), docks.end(), [](const Core::DockSpec &d) {
        return d.id == QLatin1String(Charting::Constants::DockEncounter);
    });
    QVERIFY(spec != docks.end());
    QVERIFY(spec->permission.has_value());
    QCOMPARE(Core::roleHas(role, *spec->permission), gets);
    QCOMPARE(spec->defaultRoles.contains(role), gets);
}

QTEST_MAIN(tst_EncounterUi)
#include "tst_encounterui.moc"
