#include "connectors/hl7/adapters/adthandler.h"
#include "connectors/hl7/adapters/hl7patient.h"
#include "core/session/interfacesession.h"
#include "core/sync/changelog.h"
#include "modules/scheduling/adapters/appointmentmessages.h"
#include "modules/scheduling/adapters/siuhandler.h"
#include "tests/modules/scheduling/schedulingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Ambulo;

// The SIU adapters over a real store with the scheduling fixture's practice, signed in as an
// interface: booking, reschedule, modify, cancel, no-show, resends, refusals, merges, and the
// messages built from local changes.
class tst_Hl7Siu : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parserFixtures_data();
    void parserFixtures();
    void bookThroughCancel();
    void noShow();
    void conflictNamesTheCollision();
    void unknownKeys_data();
    void unknownKeys();
    void providerByNpi();
    void mergeMovesAppointments();
    void outboundMessages();
    void outboundAgreesWithPythonHl7();

private:
    Hl7::Outcome apply(const QByteArray &bytes);
    QByteArray fixture(const QString &name);
    Scheduling::Appointment appointment(qint64 id);
    qint64 linked(const QString &filler);

    Test::SchedulingFixture f;
    std::unique_ptr<Hl7::HandlerContext> m_context;
    std::unique_ptr<Scheduling::SiuHandler> m_handler;
};

void tst_Hl7Siu::init()
{
    QVERIFY(f.build());
    Core::PatientService &patients = f.store->services().patients();
    QVERIFY(patients.addIdentifier(
        {f.smith, QStringLiteral("900100"), QStringLiteral("HOSP"), QStringLiteral("MR")}));
    Core::ServiceContext &context = f.store->services().context();
    context.setSession(Core::interfaceSession(QStringLiteral("hl7:PM")));
    context.setOrigin(QStringLiteral("hl7:PM"));
    m_context = std::make_unique<Hl7::HandlerContext>(
        Hl7::HandlerContext{f.store->services(), f.events, QStringLiteral("PM")});
    m_handler = std::make_unique<Scheduling::SiuHandler>(*m_context);
}

QByteArray tst_Hl7Siu::fixture(const QString &name)
{
    QFile file(QStringLiteral(AMBULO_HL7_TEST_DIR "/fixtures/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Hl7::Outcome tst_Hl7Siu::apply(const QByteArray &bytes)
{
    Hl7::Error error;
    std::optional<Hl7::Message> m = Hl7::Message::parse(bytes, &error);
    if (!m)
        return Hl7::Outcome::failed(QStringLiteral("parse"), {}, error.toString());
    return m_handler->apply(*m);
}

Scheduling::Appointment tst_Hl7Siu::appointment(qint64 id)
{
    auto a = f.queries().appointment(id);
    return a ? a.value() : Scheduling::Appointment();
}

qint64 tst_Hl7Siu::linked(const QString &filler)
{
    auto id = f.scheduling->links().find(QStringLiteral("hl7:PM"), {}, filler);
    return id ? id.value() : -1;
}

void tst_Hl7Siu::parserFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("location");
    // The parser's fixtures come from another practice: their patient and their appointment ids
    // are unknown here, and each is refused naming the field.
    QTest::newRow("S12") << "siu_s12.hl7"
                         << "204"
                         << "PID-3";
    QTest::newRow("S13 star") << "siu_s13_star.hl7"
                              << "204"
                              << "SCH-2";
    QTest::newRow("S14 dollar") << "siu_s14_dollar.hl7"
                                << "204"
                                << "SCH-2";
    QTest::newRow("S15 v2.7") << "siu_s15_v27.hl7"
                              << "204"
                              << "SCH-2";
    QTest::newRow("S26 no terminator") << "siu_s26_noterm.hl7"
                                       << "204"
                                       << "SCH-2";
}

void tst_Hl7Siu::parserFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, location);
    const Hl7::Outcome outcome = apply(fixture(file));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.error.location, location);
    QCOMPARE(f.count(), 0);
}

void tst_Hl7Siu::bookThroughCancel()
{
    Hl7::Outcome booked = apply(fixture(QStringLiteral("adapters/siu_s12_book.hl7")));
    QVERIFY2(booked.ok, qPrintable(booked.error.location + QLatin1Char(' ') + booked.error.text));
    const qint64 first = linked(QStringLiteral("FL500"));
    QVERIFY(first > 0);
    Scheduling::Appointment a = appointment(first);
    QCOMPARE(a.patientId, f.smith);
    QCOMPARE(a.providerId, f.moreno);
    QCOMPARE(a.roomId, f.room1);
    QCOMPARE(a.typeId, f.typeFu);
    QCOMPARE(a.date, QDate(2026, 12, 7));
    QCOMPARE(a.startMinute, 9 * 60 + 30);
    QCOMPARE(a.minutes(), 15);
    QCOMPARE(a.reason, QStringLiteral("Knee check"));

    // A resent S12 (new MSH-10, same filler id) books nothing.
    QByteArray resend = fixture(QStringLiteral("adapters/siu_s12_book.hl7"));
    resend.replace("SI0001", "SI0001-R");
    QVERIFY(apply(resend).ok);
    QCOMPARE(f.count(), 1);

    const Hl7::Outcome moved = apply(fixture(QStringLiteral("adapters/siu_s13_reschedule.hl7")));
    QVERIFY2(moved.ok, qPrintable(moved.error.text));
    const qint64 second = linked(QStringLiteral("FL500"));
    QVERIFY(second != first);
    QCOMPARE(appointment(first).status, Scheduling::AppointmentStatus::Rescheduled);
    QCOMPARE(appointment(second).date, QDate(2026, 12, 8));
    QCOMPARE(appointment(second).startMinute, 10 * 60);
    QCOMPARE(appointment(second).rescheduledFrom, first);
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s13_reschedule.hl7"))).ok);
    QCOMPARE(f.count(), 2);

    const Hl7::Outcome modified = apply(fixture(QStringLiteral("adapters/siu_s14_modify.hl7")));
    QVERIFY2(modified.ok, qPrintable(modified.error.text));
    QCOMPARE(appointment(second).startMinute, 10 * 60 + 30);
    QCOMPARE(appointment(second).minutes(), 30);
    QCOMPARE(f.count(), 2);

    const Hl7::Outcome cancelled = apply(fixture(QStringLiteral("adapters/siu_s15_cancel.hl7")));
    QVERIFY2(cancelled.ok, qPrintable(cancelled.error.text));
    QCOMPARE(appointment(second).status, Scheduling::AppointmentStatus::Cancelled);
    QCOMPARE(appointment(second).cancelReason, QStringLiteral("Patient is travelling"));
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s15_cancel.hl7"))).ok);

    // Every change was made as the interface.
    auto history = f.queries().history(second);
    QVERIFY(history);
    QCOMPARE(history->last().user, QStringLiteral("hl7:PM"));
}

void tst_Hl7Siu::noShow()
{
    QByteArray book = fixture(QStringLiteral("adapters/siu_s12_book.hl7"));
    book.replace("PL500|FL500", "PL501|FL501");
    QVERIFY(apply(book).ok);
    const Hl7::Outcome outcome = apply(fixture(QStringLiteral("adapters/siu_s26_noshow.hl7")));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    QCOMPARE(appointment(linked(QStringLiteral("FL501"))).status,
             Scheduling::AppointmentStatus::NoShow);
}

void tst_Hl7Siu::conflictNamesTheCollision()
{
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s12_book.hl7"))).ok);
    QVERIFY(f.store->services().patients().addIdentifier(
        {f.garcia, QStringLiteral("900200"), QStringLiteral("HOSP"), {}}));
    QByteArray other = fixture(QStringLiteral("adapters/siu_s12_book.hl7"));
    other.replace("PL500|FL500", "PL600|FL600");
    other.replace("900100^^^HOSP", "900200^^^HOSP");
    const Hl7::Outcome outcome = apply(other);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("207"));
    QCOMPARE(outcome.error.location, QStringLiteral("AIS-4"));
    QVERIFY2(outcome.error.text.contains(QStringLiteral("Moreno"))
                 && outcome.error.text.contains(QStringLiteral("Smith")),
             qPrintable(outcome.error.text));
    QCOMPARE(f.count(), 1);
    QCOMPARE(linked(QStringLiteral("FL600")), 0);
}

void tst_Hl7Siu::unknownKeys_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("location");
    QTest::newRow("patient") << QByteArray("900100^^^HOSP") << QByteArray("111^^^HOSP") << "204"
                             << "PID-3";
    QTest::newRow("provider") << QByteArray("^Moreno^Alicia") << QByteArray("^Welby^Marcus")
                              << "204"
                              << "AIP-3";
    QTest::newRow("room") << QByteArray("^Exam 1^^Main") << QByteArray("^Exam 9^^Main") << "204"
                          << "AIL-3";
    QTest::newRow("type") << QByteArray("AIS|1|A|FU^") << QByteArray("AIS|1|A|ZZ^") << "204"
                          << "AIS-3";
    QTest::newRow("bad time") << QByteArray("AIS|1|A|FU^Follow-up|20261207093000-0500")
                              << QByteArray("AIS|1|A|FU^Follow-up|2026-12-07") << "102"
                              << "AIS-4";
    QTest::newRow("no ids") << QByteArray("SCH|PL500|FL500") << QByteArray("SCH||") << "101"
                            << "SCH-2";
}

void tst_Hl7Siu::unknownKeys()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    QFETCH(QString, location);
    QByteArray message = fixture(QStringLiteral("adapters/siu_s12_book.hl7"));
    QVERIFY(message.contains(from));
    message.replace(from, to);
    const Hl7::Outcome outcome = apply(message);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.error.location, location);
    QVERIFY(!outcome.error.text.isEmpty());
    QCOMPARE(f.count(), 0);
}

void tst_Hl7Siu::providerByNpi()
{
    auto all = f.store->services().directory().practitioners();
    QVERIFY(all);
    QString npi;
    for (const Core::Practitioner &p : std::as_const(all.value())) {
        if (p.id == f.chen)
            npi = p.npi;
    }
    QByteArray message = fixture(QStringLiteral("adapters/siu_s12_book.hl7"));
    message.replace("AIP|1|A|^Moreno^Alicia", "AIP|1|A|" + npi.toUtf8() + "^Someone^Else");
    message.replace("^Exam 1^^Main", "^Exam 2^^Main");
    message.replace("093000-0500", "100000-0500");
    const Hl7::Outcome outcome = apply(message);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    QCOMPARE(appointment(linked(QStringLiteral("FL500"))).providerId, f.chen);
}

void tst_Hl7Siu::mergeMovesAppointments()
{
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s12_book.hl7"))).ok);
    const qint64 booked = linked(QStringLiteral("FL500"));
    Core::PatientService &patients = f.store->services().patients();
    QVERIFY(patients.addIdentifier({f.lee, QStringLiteral("900300"), QStringLiteral("HOSP"), {}}));
    auto leeVisit = f.booking().book(f.request(f.lee, f.chen, f.typeFu, QDate(2026, 12, 9), 11));
    QVERIFY2(leeVisit, qPrintable(leeVisit.error().message));
    const qint64 before = Core::ChangeLog::head(f.store->store().db()).value();

    // Smith (900100) survives; Lee (900300) was the same person.
    Hl7::AdtHandler adt(*m_context);
    const QByteArray a40 =
        "MSH|^~\\&|PM|CLINIC|AMBULO|CLINIC|20261122||ADT^A40^ADT_A39|M1|P|2.5.1\r"
        "EVN|A40\rPID|1||900100^^^HOSP^MR||Smith^John\rMRG|900300^^^HOSP^MR\r";
    const Hl7::Outcome merged = adt.apply(*Hl7::Message::parse(a40));
    QVERIFY2(merged.ok, qPrintable(merged.error.text));
    QCOMPARE(appointment(leeVisit.value()).patientId, f.smith);
    QCOMPARE(appointment(booked).patientId, f.smith);
    QCOMPARE(patients.findByIdentifier(QStringLiteral("900300"), QStringLiteral("HOSP")).value(),
             f.smith);
    auto changes = Core::ChangeLog::since(f.store->store().db(), before, 20);
    QVERIFY(changes);
    bool appointmentChanged = false;
    bool patientMerged = false;
    for (const Core::Change &c : std::as_const(changes.value())) {
        appointmentChanged |=
            c.entity == QLatin1String("Appointment") && c.entityId == leeVisit.value();
        patientMerged |= c.op == QLatin1String("merge") && c.entityId == f.smith
                         && c.detail == QString::number(f.lee);
    }
    QVERIFY(appointmentChanged);
    QVERIFY(patientMerged);
    // SIU for the merged-away identifier now books for the survivor.
    QByteArray forLee = fixture(QStringLiteral("adapters/siu_s12_book.hl7"));
    forLee.replace("PL500|FL500", "PL700|FL700");
    forLee.replace("900100^^^HOSP", "900300^^^HOSP");
    forLee.replace("093000-0500", "110000-0500");
    QVERIFY(apply(forLee).ok);
    QCOMPARE(appointment(linked(QStringLiteral("FL700"))).patientId, f.smith);
}

void tst_Hl7Siu::outboundMessages()
{
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s12_book.hl7"))).ok);
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s13_reschedule.hl7"))).ok);
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s14_modify.hl7"))).ok);
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s15_cancel.hl7"))).ok);
    const qint64 first = appointment(linked(QStringLiteral("FL500"))).rescheduledFrom;
    QVERIFY(first > 0);
    Scheduling::AppointmentMessageBuilder builder(*m_context);
    QCOMPARE(builder.entities(), QStringList{QStringLiteral("Appointment")});
    auto changes = Core::ChangeLog::since(f.store->store().db(), 0, 100);
    QVERIFY(changes);
    QStringList types;
    auto smith = f.store->services().patients().open(f.smith);
    QVERIFY(smith);
    for (const Core::Change &change : std::as_const(changes.value())) {
        if (change.entity != QLatin1String("Appointment"))
            continue;
        auto built = builder.build(change);
        QVERIFY2(built, qPrintable(built.error().message));
        for (const Hl7::OutboundMessage &out : std::as_const(built.value())) {
            types << out.messageType;
            auto m = Hl7::Message::parse(out.message.serialize());
            QVERIFY(m);
            const Scheduling::Appointment a = appointment(change.entityId);
            // One placer id for the whole reschedule chain, the other system's filler id kept.
            QCOMPARE(Hl7::text(*m, QStringLiteral("SCH-1-1")), QString::number(first));
            QCOMPARE(Hl7::text(*m, QStringLiteral("SCH-2-1")), QStringLiteral("FL500"));
            QCOMPARE(Hl7::text(*m, QStringLiteral("PID-3(1)-1")), smith->mrn);
            QCOMPARE(Hl7::text(*m, QStringLiteral("PID-3(2)-1")), QStringLiteral("900100"));
            QCOMPARE(Hl7::text(*m, QStringLiteral("AIS-3-1")), QStringLiteral("FU"));
            QCOMPARE(Hl7::text(*m, QStringLiteral("AIP-3-2")), QStringLiteral("Moreno"));
            QCOMPARE(Hl7::text(*m, QStringLiteral("AIL-3-2")), QStringLiteral("Exam 1"));
            QCOMPARE(Hl7::text(*m, QStringLiteral("AIS-7")), QString::number(a.minutes()));
            const auto start = Hl7::parseTimestamp(Hl7::text(*m, QStringLiteral("AIS-4")), {});
            QVERIFY(start);
            QCOMPARE(start->toUTC(), a.startUtc().toUTC());
            if (out.messageType == QLatin1String("SIU^S15"))
                QCOMPARE(Hl7::text(*m, QStringLiteral("SCH-6-2")),
                         QStringLiteral("Patient is travelling"));
        }
    }
    QCOMPARE(types, (QStringList{QStringLiteral("SIU^S12"), QStringLiteral("SIU^S13"),
                                 QStringLiteral("SIU^S14"), QStringLiteral("SIU^S15")}));
    // What an interface can be set to send names every type built.
    const QStringList declared = Scheduling::hl7Adapters().outboundTypes;
    for (const QString &type : std::as_const(types))
        QVERIFY2(declared.contains(type), qPrintable(type));
}

void tst_Hl7Siu::outboundAgreesWithPythonHl7()
{
    QString python;
    for (const QString &candidate :
         {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import hl7")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0) {
            python = candidate;
            break;
        }
    }
    QVERIFY2(!python.isEmpty(), "python3-hl7 is missing (apt-get install python3-hl7)");
    QVERIFY(apply(fixture(QStringLiteral("adapters/siu_s12_book.hl7"))).ok);
    Scheduling::AppointmentMessageBuilder builder(*m_context);
    auto changes = Core::ChangeLog::since(f.store->store().db(), 0, 100);
    QVERIFY(changes);
    std::optional<Hl7::Message> built;
    for (const Core::Change &change : std::as_const(changes.value())) {
        if (change.entity == QLatin1String("Appointment") && change.op == QLatin1String("create")) {
            auto out = builder.build(change);
            QVERIFY(out && out->size() == 1);
            built = out->first().message;
        }
    }
    QVERIFY(built);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(built->serialize());
    file.close();
    const QStringList paths{"MSH(1)-9(1)-2-1",  "SCH(1)-1(1)-1-1", "SCH(1)-2(1)-1-1",
                            "SCH(1)-11(1)-4-1", "PID(1)-3(2)-1-1", "AIS(1)-3(1)-1-1",
                            "AIS(1)-4(1)-1-1",  "AIP(1)-3(1)-2-1", "AIL(1)-3(1)-2-1"};
    QProcess p;
    p.start(python, QStringList{QStringLiteral(AMBULO_HL7_TEST_DIR "/hl7values.py"),
                                file.fileName(), QStringLiteral("utf-8")}
                        + paths);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray theirs = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(theirs.size(), paths.size());
    for (int i = 0; i < paths.size(); ++i) {
        const QString ours = built->get(paths[i])->text();
        QVERIFY2(!ours.isEmpty(), qPrintable(paths[i]));
        QCOMPARE(theirs[i].toString(), ours);
    }
    QCOMPARE(theirs[0].toString(), QStringLiteral("S12"));
    QCOMPARE(theirs[2].toString(), QStringLiteral("FL500"));
    QCOMPARE(theirs[6].toString(), QStringLiteral("20261207093000-0500"));
    QCOMPARE(theirs[7].toString(), QStringLiteral("Moreno"));
}

QTEST_GUILESS_MAIN(tst_Hl7Siu)
#include "tst_hl7siu.moc"
