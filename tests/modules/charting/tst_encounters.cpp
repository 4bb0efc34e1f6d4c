#include "core/constants.h"
#include "modules/charting/domain/chartingconstants.h"
#include "tests/modules/charting/chartingfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Ambulo;
using Charting::Note;
using Core::ErrorCode;

// Encounters, notes and signing over the real encrypted store: who may open, write, read and
// sign; what a signature locks; addenda and amendment requests; autosave across a restart.
class tst_Encounters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openNeedsArrivedAppointment_data();
    void openNeedsArrivedAppointment();
    void openTwiceReturnsSameEncounter();
    void adHocEncounter();
    void signLocksNoteAndSuperbill();
    void signPublishesAfterCommitWithCharges();
    void onlyTheEncountersProviderSigns();
    void signNeedsANote();
    void noteAccess_data();
    void noteAccess();
    void billerSeesCodesNotText();
    void addendumOnlyAfterSign();
    void amendmentRequestAndDecision();
    void templatePlaceholders();
    void quickTextExpands();
    void autosaveDraftSurvivesReopen();

private:
    qint64 signedEncounter(qint64 appointmentId);
    Test::ChartingFixture f;
    qint64 m_nextAppointment = 1000;
};

void tst_Encounters::initTestCase()
{
    QVERIFY(f.build());
}

void tst_Encounters::openNeedsArrivedAppointment_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("opens");
    QTest::newRow("booked") << "booked" << false;
    QTest::newRow("confirmed") << "confirmed" << false;
    QTest::newRow("arrived") << "arrived" << true;
    QTest::newRow("roomed") << "roomed" << true;
    QTest::newRow("cancelled") << "cancelled" << false;
}

void tst_Encounters::openNeedsArrivedAppointment()
{
    QFETCH(QString, status);
    QFETCH(bool, opens);
    f.asMoreno();
    Charting::AppointmentRef ref{++m_nextAppointment, f.garcia, f.moreno, f.location, status, {}};
    const qint64 before = f.count(QStringLiteral("encounters"));
    auto id = f.charting->encounters().openFromAppointment(ref);
    QCOMPARE(id.ok(), opens);
    QCOMPARE(f.count(QStringLiteral("encounters")), before + (opens ? 1 : 0));
    if (!opens)
        QVERIFY2(id.error().message.contains(QLatin1String("arrived")),
                 qPrintable(id.error().message));
}

void tst_Encounters::openTwiceReturnsSameEncounter()
{
    const qint64 appt = ++m_nextAppointment;
    const qint64 a = f.openEncounter(appt);
    QVERIFY(a > 0);
    const qint64 before = f.count(QStringLiteral("encounters"));
    QCOMPARE(f.openEncounter(appt), a);
    QCOMPARE(f.count(QStringLiteral("encounters")), before);
    auto e = f.charting->encounters().encounter(a);
    QVERIFY(e.ok());
    QCOMPARE(e->appointmentId, appt);
    QCOMPARE(e->providerName, QStringLiteral("Alicia Moreno"));
    QCOMPARE(e->status, Charting::EncounterStatus::Open);
    // Front desk opens no encounters.
    f.asClerk();
    Charting::AppointmentRef ref{++m_nextAppointment,       f.garcia, f.moreno, 0,
                                 QStringLiteral("arrived"), {}};
    auto refused = f.charting->encounters().openFromAppointment(ref);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Denied);
}

void tst_Encounters::adHocEncounter()
{
    f.asChen();
    auto id = f.charting->encounters().openAdHoc(f.smith, f.chen, 0, QStringLiteral("phone"),
                                                 QStringLiteral("Refill question"));
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    auto bad = f.charting->encounters().openAdHoc(f.smith, f.chen, 0, QStringLiteral("party"), {});
    QCOMPARE(bad.error().code, ErrorCode::Invalid);
    auto noPatient =
        f.charting->encounters().openAdHoc(99999, f.chen, 0, QStringLiteral("walk-in"), {});
    QCOMPARE(noPatient.error().code, ErrorCode::Invalid);
    auto list = f.charting->encounters().list(f.smith);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().kind, QStringLiteral("phone"));
}

qint64 tst_Encounters::signedEncounter(qint64 appointmentId)
{
    const qint64 id = f.openEncounter(appointmentId);
    if (!f.charting->notes().save(id, Note{QStringLiteral("Cough for 3 days"),
                                           QStringLiteral("Lungs clear"),
                                           QStringLiteral("URI"),
                                           QStringLiteral("Fluids"),
                                           {},
                                           {}}))
        return 0;
    if (!f.charting->superbill().addDiagnosis(id, QStringLiteral("J06.9")))
        return 0;
    Charting::SuperbillLine line;
    line.encounterId = id;
    line.code = QStringLiteral("99213");
    line.pointers = {1};
    if (!f.charting->superbill().addLine(line))
        return 0;
    return f.charting->signing().sign(id).ok() ? id : 0;
}

void tst_Encounters::signLocksNoteAndSuperbill()
{
    const qint64 id = signedEncounter(++m_nextAppointment);
    QVERIFY(id > 0);
    auto e = f.charting->encounters().encounter(id);
    QCOMPARE(e->status, Charting::EncounterStatus::Signed);
    QCOMPARE(e->signedBy, QStringLiteral("Alicia Moreno"));
    QVERIFY(e->signedAt.isValid());

    auto again = f.charting->signing().sign(id);
    QCOMPARE(again.error().code, ErrorCode::Invalid);
    QVERIFY(again.error().message.contains(QLatin1String("already signed")));
    auto edit = f.charting->notes().save(id, Note{QStringLiteral("changed"), {}, {}, {}, {}, {}});
    QCOMPARE(edit.error().code, ErrorCode::Conflict);
    QVERIFY(edit.error().message.contains(QLatin1String("addendum")));
    QCOMPARE(f.charting->notes()
                 .saveDraft(id, Note{QStringLiteral("x"), {}, {}, {}, {}, {}})
                 .error()
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(f.charting->superbill().addDiagnosis(id, QStringLiteral("I10")).error().code,
             ErrorCode::Conflict);
    Charting::SuperbillLine line;
    line.encounterId = id;
    line.code = QStringLiteral("36415");
    line.pointers = {1};
    QCOMPARE(f.charting->superbill().addLine(line).error().code, ErrorCode::Conflict);
    Charting::VitalsEntry v;
    v.patientId = f.garcia;
    v.encounterId = id;
    v.pulse = 70;
    QCOMPARE(f.charting->vitals().record(v).error().code, ErrorCode::Conflict);
    auto note = f.charting->notes().note(id);
    QVERIFY(note.ok());
    QCOMPARE(note->subjective, QStringLiteral("Cough for 3 days"));
    // The charges stay visible on the encounter.
    auto lines = f.charting->superbill().lines(id);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().feeCents, 11000);
}

void tst_Encounters::signPublishesAfterCommitWithCharges()
{
    const qint64 id = f.openEncounter(++m_nextAppointment);
    QVERIFY(f.charting->notes().save(id, Note{QStringLiteral("S"),
                                              QStringLiteral("O"),
                                              QStringLiteral("A"),
                                              QStringLiteral("P"),
                                              {},
                                              {}}));
    QCOMPARE(f.charting->superbill().addDiagnosis(id, QStringLiteral("E11.9")).value(), 1);
    QCOMPARE(f.charting->superbill().addDiagnosis(id, QStringLiteral("i10")).value(), 2);
    Charting::SuperbillLine line;
    line.encounterId = id;
    line.code = QStringLiteral("99214");
    line.modifiers = {QStringLiteral("25")};
    line.pointers = {2, 1};
    QVERIFY(f.charting->superbill().addLine(line));
    QString statusSeenByListener;
    QObject receiver;
    QObject::connect(
        &f.events, &Core::EventHub::published, &receiver, [&](const Core::DomainEvent &event) {
            if (event.type != QLatin1String(Charting::Constants::Events::EncounterSigned))
                return;
            // Another connection would see the row only after the commit; this one
            // must not be inside the transaction any more.
            QVERIFY(!f.db().inTransaction());
            Core::Query q =
                f.db().query(QStringLiteral("SELECT status FROM encounters WHERE id = ?"));
            q.bind(1, id);
            if (q.next())
                statusSeenByListener = q.text(0);
            q.finish();
        });
    QSignalSpy spy(&f.events, &Core::EventHub::published);
    QVERIFY(f.charting->signing().sign(id));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(statusSeenByListener, QStringLiteral("signed"));
    const auto event = spy.first().first().value<Core::DomainEvent>();
    QCOMPARE(event.type, QLatin1String(Charting::Constants::Events::EncounterSigned));
    QCOMPARE(event.data.value(QStringLiteral("encounterId")).toLongLong(), id);
    QCOMPARE(event.data.value(QStringLiteral("diagnoses")).toStringList(),
             QStringList({QStringLiteral("E11.9"), QStringLiteral("I10")}));
    const QVariantList charges = event.data.value(QStringLiteral("charges")).toList();
    QCOMPARE(charges.size(), 1);
    const QVariantMap charge = charges.first().toMap();
    QCOMPARE(charge.value(QStringLiteral("code")).toString(), QStringLiteral("99214"));
    QCOMPARE(charge.value(QStringLiteral("feeCents")).toLongLong(), 16550);
    QCOMPARE(charge.value(QStringLiteral("modifiers")).toStringList(), QStringList{"25"});
    QCOMPARE(charge.value(QStringLiteral("pointers")).toList(), QVariantList({2, 1}));
}

void tst_Encounters::onlyTheEncountersProviderSigns()
{
    const qint64 id = f.openEncounter(++m_nextAppointment);
    QVERIFY(f.charting->notes().save(id, Note{QStringLiteral("S"), {}, {}, {}, {}, {}}));
    f.asChen();
    auto other = f.charting->signing().sign(id);
    QCOMPARE(other.error().code, ErrorCode::Denied);
    QVERIFY(other.error().message.contains(QLatin1String("Alicia Moreno")));
    f.asClerk();
    QCOMPARE(f.charting->signing().sign(id).error().code, ErrorCode::Denied);
    f.asBiller();
    QCOMPARE(f.charting->signing().sign(id).error().code, ErrorCode::Denied);
    f.asAdmin();
    QCOMPARE(f.charting->signing().sign(id).error().code, ErrorCode::Denied);
    f.asMoreno();
    QVERIFY(f.charting->signing().sign(id));
}

void tst_Encounters::signNeedsANote()
{
    const qint64 id = f.openEncounter(++m_nextAppointment);
    auto r = f.charting->signing().sign(id);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(f.charting->encounters().encounter(id)->status, Charting::EncounterStatus::Open);
}

void tst_Encounters::noteAccess_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("sensitive");
    QTest::addColumn<QString>("breakGlass");
    QTest::addColumn<bool>("reads");
    QTest::addColumn<bool>("flagged");
    const QString reason = QStringLiteral("patient on the phone asks about the visit");
    QTest::newRow("own provider") << "moreno" << false << QString() << true << false;
    QTest::newRow("own provider, sensitive") << "moreno" << true << QString() << true << false;
    QTest::newRow("other provider") << "chen" << false << QString() << true << false;
    QTest::newRow("other provider, sensitive") << "chen" << true << QString() << false << false;
    QTest::newRow("other provider, sensitive, break-glass")
        << "chen" << true << reason << true << true;
    QTest::newRow("front desk") << "clerk" << false << QString() << false << false;
    QTest::newRow("front desk, sensitive") << "clerk" << true << QString() << false << false;
    QTest::newRow("front desk, sensitive, break-glass")
        << "clerk" << true << reason << true << true;
    QTest::newRow("biller") << "biller" << false << QString() << false << false;
    QTest::newRow("biller, break-glass") << "biller" << false << reason << false << false;
    QTest::newRow("admin") << "admin" << false << QString() << false << false;
}

void tst_Encounters::noteAccess()
{
    QFETCH(QString, who);
    QFETCH(bool, sensitive);
    QFETCH(QString, breakGlass);
    QFETCH(bool, reads);
    QFETCH(bool, flagged);
    const qint64 id = f.openEncounter(++m_nextAppointment);
    QVERIFY(
        f.charting->notes().save(id, Note{QStringLiteral("private history"), {}, {}, {}, {}, {}}));
    QVERIFY(f.charting->encounters().setSensitive(id, sensitive));
    if (who == QLatin1String("moreno"))
        f.asMoreno();
    else if (who == QLatin1String("chen"))
        f.asChen();
    else if (who == QLatin1String("clerk"))
        f.asClerk();
    else if (who == QLatin1String("biller"))
        f.asBiller();
    else
        f.asAdmin();
    Core::AuditFilter filter;
    filter.action = QLatin1String(Core::Constants::Audit::BreakGlass);
    const qsizetype flaggedBefore = f.store->services().audit().list(filter)->size();
    auto note = f.charting->notes().note(id, breakGlass);
    QCOMPARE(note.ok(), reads);
    if (reads)
        QCOMPARE(note->subjective, QStringLiteral("private history"));
    else
        QCOMPARE(note.error().code, ErrorCode::Denied);
    auto entries = f.store->services().audit().list(filter);
    QCOMPARE(entries->size(), flaggedBefore + (flagged ? 1 : 0));
    if (flagged)
        QVERIFY(entries->last().flagged);
}

void tst_Encounters::billerSeesCodesNotText()
{
    const qint64 id = signedEncounter(++m_nextAppointment);
    QVERIFY(id > 0);
    f.asBiller();
    auto dx = f.charting->superbill().diagnoses(id);
    QVERIFY2(dx.ok(), qPrintable(dx.error().message));
    QCOMPARE(dx->first().code, QStringLiteral("J06.9"));
    auto lines = f.charting->superbill().lines(id);
    QVERIFY(lines.ok());
    QCOMPARE(lines->first().code, QStringLiteral("99213"));
    QCOMPARE(f.charting->notes().note(id).error().code, ErrorCode::Denied);
    QCOMPARE(f.charting->notes().addenda(id).error().code, ErrorCode::Denied);
    auto codes = f.charting->codes().searchIcd10(QStringLiteral("diab"));
    QVERIFY(codes.ok());
}

void tst_Encounters::addendumOnlyAfterSign()
{
    const qint64 id = f.openEncounter(++m_nextAppointment);
    QCOMPARE(f.charting->notes().addAddendum(id, QStringLiteral("late")).error().code,
             ErrorCode::Invalid);
    QVERIFY(f.charting->notes().save(id, Note{QStringLiteral("S"), {}, {}, {}, {}, {}}));
    QVERIFY(f.charting->signing().sign(id));
    auto a = f.charting->notes().addAddendum(id, QStringLiteral("Labs reviewed, call patient"));
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QCOMPARE(f.charting->notes().addAddendum(id, QStringLiteral("  ")).error().code,
             ErrorCode::Invalid);
    auto list = f.charting->notes().addenda(id);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().text, QStringLiteral("Labs reviewed, call patient"));
    QCOMPARE(list->first().author, QStringLiteral("Alicia Moreno"));
    QVERIFY(list->first().signature.startsWith(QLatin1String("Electronically signed by Alicia")));
}

void tst_Encounters::amendmentRequestAndDecision()
{
    const qint64 id = signedEncounter(++m_nextAppointment);
    QVERIFY(id > 0);
    f.asClerk();
    auto req =
        f.charting->notes().requestAmendment(id, QStringLiteral("I said 3 weeks, not 3 days"));
    QVERIFY2(req.ok(), qPrintable(req.error().message));
    auto deny = f.charting->notes().requestAmendment(id, QStringLiteral("Another"));
    QVERIFY(deny.ok());
    // Deciding is the provider's.
    QCOMPARE(
        f.charting->notes().decideAmendment(req.value(), true, QStringLiteral("ok")).error().code,
        ErrorCode::Denied);
    f.asMoreno();
    QCOMPARE(f.charting->notes().decideAmendment(req.value(), true, QString()).error().code,
             ErrorCode::Invalid);
    QVERIFY(f.charting->notes().decideAmendment(req.value(), true,
                                                QStringLiteral("Patient's account is right")));
    QVERIFY(f.charting->notes().decideAmendment(deny.value(), false,
                                                QStringLiteral("Recorded as observed")));
    QCOMPARE(f.charting->notes()
                 .decideAmendment(req.value(), false, QStringLiteral("again"))
                 .error()
                 .code,
             ErrorCode::Conflict);
    auto list = f.charting->notes().amendments(id);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).decision, QStringLiteral("accepted"));
    QCOMPARE(list->at(1).decision, QStringLiteral("denied"));
    QCOMPARE(list->at(1).reason, QStringLiteral("Recorded as observed"));
    auto addenda = f.charting->notes().addenda(id);
    QCOMPARE(addenda->size(), 2);
    QVERIFY(addenda->at(0).text.contains(QLatin1String("accepted")));
    QVERIFY(addenda->at(0).text.contains(QLatin1String("3 weeks")));
    QVERIFY(addenda->at(1).text.contains(QLatin1String("denied")));
}

void tst_Encounters::templatePlaceholders()
{
    const qint64 id = f.openEncounter(++m_nextAppointment);
    Charting::NoteTemplate t;
    t.name = QStringLiteral("Follow-up");
    t.sections.subjective = QStringLiteral("{patient.name}, {patient.age} y, seen {today}.");
    t.sections.objective = QStringLiteral("Vitals: {vitals}");
    auto tid = f.charting->notes().saveTemplate(t);
    QVERIFY2(tid.ok(), qPrintable(tid.error().message));
    Charting::VitalsEntry v;
    v.patientId = f.garcia;
    v.encounterId = id;
    v.systolic = 128;
    v.diastolic = 82;
    v.pulse = 72;
    QVERIFY(f.charting->vitals().record(v));
    auto note = f.charting->notes().applyTemplate(tid.value(), id);
    QVERIFY2(note.ok(), qPrintable(note.error().message));
    const QDate today = QDate::currentDate();
    int age = today.year() - 1980;
    if (QDate(today.year(), 5, 17) > today)
        --age;
    QCOMPARE(
        note->subjective,
        QStringLiteral("Garcia, Ana, %1 y, seen %2.").arg(age).arg(today.toString(Qt::ISODate)));
    QCOMPARE(note->objective, QStringLiteral("Vitals: BP 128/82 mmHg, P 72/min"));
    QCOMPARE(f.charting->notes().saveTemplate(t).error().code, ErrorCode::Conflict);
}

void tst_Encounters::quickTextExpands()
{
    f.asMoreno();
    QVERIFY(f.charting->notes().setQuickText(QStringLiteral("nad"),
                                             QStringLiteral("No acute distress.")));
    QCOMPARE(f.charting->notes()
                 .setQuickText(QStringLiteral("two words"), QStringLiteral("x"))
                 .error()
                 .code,
             ErrorCode::Invalid);
    auto text = f.charting->notes().expandQuickText(
        QStringLiteral("Alert. .nad Seen at www.nad.org; .unknown stays"));
    QVERIFY(text.ok());
    QCOMPARE(text.value(),
             QStringLiteral("Alert. No acute distress. Seen at www.nad.org; .unknown stays"));
}

void tst_Encounters::autosaveDraftSurvivesReopen()
{
    const qint64 id = f.openEncounter(++m_nextAppointment);
    QVERIFY(f.charting->notes().saveDraft(
        id,
        Note{QStringLiteral("typed before the crash"), {}, {}, QStringLiteral("plan"), {}, {}}));
    QVERIFY(f.charting->notes().saveDraft(id, Note{QStringLiteral("typed before the crash, more"),
                                                   {},
                                                   {},
                                                   QStringLiteral("plan"),
                                                   {},
                                                   {}}));
    f.charting.reset();
    QVERIFY2(f.store->reopen(), qPrintable(f.store->error()));
    f.makeServices();
    f.asChen();
    auto other = f.charting->notes().draft(id);
    QVERIFY(other.ok());
    QVERIFY(!other->has_value()); // drafts are per author
    f.asMoreno();
    auto draft = f.charting->notes().draft(id);
    QVERIFY(draft.ok());
    QVERIFY(draft->has_value());
    QCOMPARE((*draft)->subjective, QStringLiteral("typed before the crash, more"));
    QCOMPARE((*draft)->plan, QStringLiteral("plan"));
    // Saving the note clears the draft.
    QVERIFY(f.charting->notes().save(id, **draft));
    QVERIFY(!f.charting->notes().draft(id)->has_value());
}

QTEST_GUILESS_MAIN(tst_Encounters)
#include "tst_encounters.moc"
