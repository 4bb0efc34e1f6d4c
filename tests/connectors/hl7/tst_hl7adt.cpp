#include "connectors/hl7/adapters/hl7patient.h"
#include "connectors/hl7/adapters/patientmessages.h"
#include "core/constants.h"
#include "core/sync/changelog.h"
#include "tests/connectors/hl7/adthandlertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Ambulo;

// The ADT adapters driven directly over a real store, signed in as an interface (as the engine
// runs them): registration, update, matching, their refusals, and the messages built from
// changes. Merges (A40) and renumbering (A47) are in tst_hl7adtmerge.cpp.
class tst_Hl7Adt : public Test::AdtHandlerTest
{
    Q_OBJECT

private slots:
    void parserFixtures_data();
    void parserFixtures();
    void registerMapsEveryField();
    void resendNeverDuplicates();
    void frontDeskPatientFoundByName_data();
    void frontDeskPatientFoundByName();
    void nameMatchFlaggedOrTurnedOff();
    void updateAndUnknownUpdate();
    void a28ThenA31();
    void badFields_data();
    void badFields();
    void outboundMessages();
    void universalAuthoritiesRoundTrip();
    void outboundAgreesWithPythonHl7();
    void restrictedPatientKeepsFlowing();
};

void tst_Hl7Adt::parserFixtures_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("location");
    QTest::addColumn<qint64>("patients");
    QTest::newRow("A04") << QStringList{"adt_a04.hl7"} << true << ""
                         << "" << qint64(1);
    QTest::newRow("A08 unknown") << QStringList{"adt_a08_lf.hl7"} << false << "204"
                                 << "PID-3" << qint64(0);
    QTest::newRow("A28") << QStringList{"adt_a28_crlf.hl7"} << true << ""
                         << "" << qint64(1);
    QTest::newRow("A31 latin1") << QStringList{"adt_a31_latin1.hl7"} << true << ""
                                << "" << qint64(1);
    QTest::newRow("A40 unknown survivor") << QStringList{"adt_a40.hl7"} << false << "204"
                                          << "PID-3" << qint64(0);
}

// The parser's own fixtures (other delimiters, \n separators, Latin-1) through the handler.
void tst_Hl7Adt::parserFixtures()
{
    QFETCH(QStringList, files);
    QFETCH(bool, ok);
    QFETCH(QString, code);
    QFETCH(QString, location);
    QFETCH(qint64, patients);
    Hl7::Outcome outcome;
    for (const QString &f : std::as_const(files))
        outcome = applyFile(f);
    QCOMPARE(outcome.ok, ok);
    if (!ok) {
        QCOMPARE(outcome.error.code, code);
        QCOMPARE(outcome.error.location, location);
        QVERIFY(!outcome.error.text.isEmpty());
    }
    QCOMPARE(patientCount(), patients);
}

void tst_Hl7Adt::registerMapsEveryField()
{
    const Hl7::Outcome outcome = applyFile(QStringLiteral("adapters/adt_a04_register.hl7"));
    QVERIFY2(outcome.ok,
             qPrintable(outcome.error.location + QLatin1Char(' ') + outcome.error.text));
    QVERIFY(outcome.summary.contains(QStringLiteral("registered")));
    const qint64 id = byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP"));
    QVERIFY(id > 0);
    QCOMPARE(byIdentifier(QStringLiteral("555-11-2222"), QStringLiteral("SSA")), id);
    auto p = m_t->services().patients().open(id);
    QVERIFY(p);
    QCOMPARE(p->family, QStringLiteral("Rivera"));
    QCOMPARE(p->given, QStringLiteral("Lucia"));
    QCOMPARE(p->middle, QStringLiteral("M"));
    QCOMPARE(p->birthDate, QDate(1984, 2, 12));
    QCOMPARE(p->sex, QStringLiteral("female"));
    QCOMPARE(p->addressLine, QStringLiteral("14 Oak Ave, Unit 2"));
    QCOMPARE(p->city, QStringLiteral("Springfield"));
    QCOMPARE(p->state, QStringLiteral("IL"));
    QCOMPARE(p->postalCode, QStringLiteral("62704"));
    QCOMPARE(p->phoneHome, QStringLiteral("(217) 5550101"));
    QCOMPARE(p->phoneMobile, QStringLiteral("(217) 5550199"));
    QCOMPARE(p->email, QStringLiteral("lucia@example.org"));
    QCOMPARE(p->language, QStringLiteral("es"));
    auto ids = m_t->services().patients().identifiers(id);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    QCOMPARE(ids->first().typeCode, QStringLiteral("MR"));
    // Audited as the interface, and the change log says where the change came from.
    Core::Query audit = m_t->store().db().query(
        QStringLiteral("SELECT user_name FROM audit_log WHERE action = ? AND patient_id = ?"));
    audit.bind(1, Core::Constants::Audit::PatientCreate).bind(2, id);
    QVERIFY(audit.next());
    QCOMPARE(audit.text(0), QStringLiteral("hl7:PM"));
    audit.finish();
    auto changes = Core::ChangeLog::since(m_t->store().db(), 0, 10);
    QVERIFY(changes && !changes->isEmpty());
    QCOMPARE(changes->first().origin, QStringLiteral("hl7:PM"));
}

void tst_Hl7Adt::resendNeverDuplicates()
{
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    const Hl7::Outcome again = applyFile(QStringLiteral("adapters/adt_a04_register.hl7"));
    QVERIFY(again.ok);
    QVERIFY(again.summary.contains(QStringLiteral("updated")));
    QCOMPARE(patientCount(), 1);
    // An A04 naming the patient by another of its identifiers finds the same record.
    QByteArray bySsn = readFixture(QStringLiteral("adapters/adt_a04_register.hl7"));
    bySsn.replace("900100^^^HOSP^MR~", "");
    QVERIFY(apply(bySsn).ok);
    QCOMPARE(patientCount(), 1);
    // Our own MRN (authority AMBULO) finds it too.
    auto p = m_t->services().patients().open(
        byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")));
    QVERIFY(p);
    QByteArray byMrn = readFixture(QStringLiteral("adapters/adt_a04_register.hl7"));
    byMrn.replace("900100^^^HOSP^MR~555-11-2222^^^SSA^SS", p->mrn.toUtf8() + "^^^AMBULO^MR");
    QVERIFY(apply(byMrn).ok);
    QCOMPARE(patientCount(), 1);
}

void tst_Hl7Adt::frontDeskPatientFoundByName_data()
{
    // The front desk registered Lucia Rivera (born 1984-02-12) before the hospital's A04 for her
    // (HOSP 900100, SSA 555-11-2222, "Rivera^Lucia^M", female) arrives.
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("numberedBy"); // an identifier the local record already holds
    QTest::addColumn<int>("records");        // how many such local records
    QTest::addColumn<bool>("mergeThem");     // the second merged into the first
    QTest::addColumn<bool>("linked");

    const QDate born(1984, 2, 12);
    QTest::newRow("other case and accents") << "RIVERA"
                                            << "Lucía"
                                            << "" << born << "female"
                                            << "" << 1 << false << true;
    QTest::newRow("middle initial agrees") << "Rivera"
                                           << "Lucia"
                                           << "Maria" << born << "unknown"
                                           << "" << 1 << false << true;
    QTest::newRow("numbered by another sender") << "Rivera"
                                                << "Lucia"
                                                << "" << born << "female"
                                                << "LAB" << 1 << false << true;
    QTest::newRow("merged-away twin skipped") << "Rivera"
                                              << "Lucia"
                                              << "" << born << "female"
                                              << "" << 2 << true << true;
    QTest::newRow("another birth date") << "Rivera"
                                        << "Lucia"
                                        << "" << born.addDays(1) << "female"
                                        << "" << 1 << false << false;
    QTest::newRow("another sex") << "Rivera"
                                 << "Lucia"
                                 << "" << born << "male"
                                 << "" << 1 << false << false;
    QTest::newRow("another middle initial") << "Rivera"
                                            << "Lucia"
                                            << "Jo" << born << "female"
                                            << "" << 1 << false << false;
    QTest::newRow("another given name") << "Rivera"
                                        << "Lucy"
                                        << "" << born << "female"
                                        << "" << 1 << false << false;
    QTest::newRow("numbered otherwise by the sender") << "Rivera"
                                                      << "Lucia"
                                                      << "" << born << "female"
                                                      << "HOSP" << 1 << false << false;
    QTest::newRow("two such records") << "Rivera"
                                      << "Lucia"
                                      << "" << born << "female"
                                      << "" << 2 << false << false;
    // Past that many, a registration neither scans them all nor lists them.
    QTest::newRow("too many to tell apart")
        << "Rivera"
        << "Lucia"
        << "" << born << "female"
        << "" << Core::PatientService::MaxSamePerson + 1 << false << false;
}

void tst_Hl7Adt::frontDeskPatientFoundByName()
{
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, middle);
    QFETCH(QDate, born);
    QFETCH(QString, sex);
    QFETCH(QString, numberedBy);
    QFETCH(int, records);
    QFETCH(bool, mergeThem);
    QFETCH(bool, linked);

    Core::PatientService &patients = m_t->services().patients();
    QList<qint64> local;
    for (int n = 0; n < records; ++n) {
        Core::Patient p = Test::samplePatient(family, given, born);
        p.middle = middle;
        p.sex = sex;
        p.phoneMobile = QStringLiteral("(217) 555-0123");
        QList<Core::PatientIdentifier> ids;
        if (!numberedBy.isEmpty())
            ids.append({0, QStringLiteral("X-%1").arg(n), numberedBy, QStringLiteral("MR")});
        auto id = patients.create(p, ids);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        local.append(id.value());
    }
    if (mergeThem)
        QVERIFY(patients.merge(local.at(0), local.at(1), QStringLiteral("same person")));
    const qint64 before = patientCount();
    const QString mrn = patients.mrnOf(local.first()).value();

    const Hl7::Outcome outcome = applyFile(QStringLiteral("adapters/adt_a04_register.hl7"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    const qint64 id = byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP"));
    QCOMPARE(byIdentifier(QStringLiteral("555-11-2222"), QStringLiteral("SSA")), id);
    if (!linked) {
        QCOMPARE(patientCount(), before + 1);
        QVERIFY(!local.contains(id));
        QVERIFY(outcome.summary.contains(QStringLiteral("registered")));
        // Several records that could be the person are named for someone to merge.
        const bool named = records > 1 && records <= Core::PatientService::MaxSamePerson;
        QCOMPARE(outcome.summary.contains(QStringLiteral("merge them")), named);
        if (named)
            QVERIFY2(outcome.summary.contains(mrn + QStringLiteral(" and ")),
                     qPrintable(outcome.summary));
        return;
    }
    QCOMPARE(patientCount(), before);
    QCOMPARE(id, local.first());
    QVERIFY2(outcome.summary.contains(QStringLiteral("found by name and birth date")),
             qPrintable(outcome.summary));
    QVERIFY(outcome.summary.contains(QStringLiteral("900100 (HOSP)")));
    // The record keeps its MRN and takes the hospital's demographics, as an A08 would give them.
    auto p = patients.open(id);
    QVERIFY(p);
    QCOMPARE(p->mrn, mrn);
    QCOMPARE(p->family, QStringLiteral("Rivera"));
    QCOMPARE(p->sex, QStringLiteral("female"));
    QCOMPARE(p->middle, QStringLiteral("M"));
    QCOMPARE(p->phoneMobile, QStringLiteral("(217) 5550199"));
    // Each number the sender gave is recorded against the patient, audited as the interface.
    Core::Query audit = m_t->store().db().query(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND patient_id = ? AND "
                       "user_name = ? AND detail IN (?, ?)"));
    audit.bind(1, Core::Constants::Audit::PatientIdentifierAdd)
        .bind(2, id)
        .bind(3, "hl7:PM")
        .bind(4, "900100^HOSP^MR")
        .bind(5, "555-11-2222^SSA^SS");
    QVERIFY(audit.next());
    QCOMPARE(audit.int64(0), 2);
    audit.finish();
    // The resend finds the patient by the number now held: an update, no second record.
    const Hl7::Outcome again = applyFile(QStringLiteral("adapters/adt_a04_register.hl7"));
    QVERIFY(again.ok);
    QVERIFY(again.summary.contains(QStringLiteral("updated")));
    QCOMPARE(patientCount(), before);
}

void tst_Hl7Adt::nameMatchFlaggedOrTurnedOff()
{
    // A match by name and birth date is flagged in the audit log for an admin to review; a
    // practice that wants numbers only turns matching off, and such a registration is a new
    // record.
    Core::PatientService &patients = m_t->services().patients();
    Core::Patient walkIn = Test::samplePatient("Rivera", "Lucia", QDate(1984, 2, 12));
    auto lucia = patients.create(walkIn);
    QVERIFY(lucia);
    const auto flagged = [&] {
        Core::Query q = m_t->store().db().query(
            QStringLiteral("SELECT patient_id, detail FROM audit_log WHERE action = ? AND "
                           "flagged = 1 AND user_name = 'hl7:PM' ORDER BY id"));
        q.bind(1, Core::Constants::Audit::PatientSamePersonMatch);
        QStringList out;
        while (q.next())
            out << QString::number(q.int64(0)) + u' ' + q.text(1);
        return out;
    };
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    QCOMPARE(byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")), lucia.value());
    const QStringList first{QString::number(lucia.value())
                            + QStringLiteral(" 900100^HOSP 555-11-2222^SSA by name and birth "
                                             "date: ADT^A04 AD0001 from interface PM")};
    QCOMPARE(flagged(), first);
    // Found by number from then on: nothing more to review.
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    QCOMPARE(flagged(), first);

    // Turned off by an admin (audited), it matches no one.
    Core::ServiceContext &context = m_t->services().context();
    QVERIFY(m_t->signInAdmin());
    Core::PracticeSettings settings = m_t->services().practice().settings();
    QVERIFY(settings.matchSamePerson);
    settings.matchSamePerson = false;
    QVERIFY(m_t->services().practice().save(settings));
    QVERIFY(!m_t->services().practice().settings().matchSamePerson);
    context.setSession(Core::interfaceSession(QStringLiteral("hl7:PM")));
    Core::Query audit = m_t->store().db().query(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
    audit.bind(1, Core::Constants::Audit::PracticeSettings);
    QVERIFY(audit.next());
    QCOMPARE(audit.text(0), QStringLiteral("match-same-person=off"));
    audit.finish();

    auto anne = patients.create(Test::samplePatient("Moreau", "Anne", QDate(1984, 2, 12)));
    QVERIFY(anne);
    QByteArray other = readFixture(QStringLiteral("adapters/adt_a04_register.hl7"));
    other.replace("900100^^^HOSP^MR~555-11-2222^^^SSA^SS", "900200^^^HOSP^MR");
    other.replace("Rivera^Lucia^M", "Moreau^Anne^").replace("AD0001", "AD0002");
    const qint64 before = patientCount();
    const Hl7::Outcome made = apply(other);
    QVERIFY2(made.ok, qPrintable(made.error.text));
    QCOMPARE(patientCount(), before + 1);
    const qint64 created = byIdentifier(QStringLiteral("900200"), QStringLiteral("HOSP"));
    QVERIFY(created > 0 && created != anne.value());
    QVERIFY(!made.summary.contains(QStringLiteral("merge them")));
    QCOMPARE(flagged(), first);
}

void tst_Hl7Adt::updateAndUnknownUpdate()
{
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    const Hl7::Outcome updated = applyFile(QStringLiteral("adapters/adt_a08_update.hl7"));
    QVERIFY2(updated.ok, qPrintable(updated.error.text));
    auto p = m_t->services().patients().open(
        byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")));
    QVERIFY(p);
    QCOMPARE(p->addressLine, QStringLiteral("99 Elm St"));
    QCOMPARE(p->city, QStringLiteral("Shelbyville"));
    // PID-13 "" deletes the phones and email; the absent middle name (PID-5-3) is kept.
    QCOMPARE(p->phoneHome, QString());
    QCOMPARE(p->phoneMobile, QString());
    QCOMPARE(p->email, QString());
    QCOMPARE(p->middle, QStringLiteral("M"));
    QCOMPARE(p->language, QStringLiteral("en"));

    const qint64 before = patientCount();
    const Hl7::Outcome unknown = applyFile(QStringLiteral("adapters/adt_a08_unknown.hl7"));
    QVERIFY(!unknown.ok);
    QCOMPARE(unknown.error.code, QStringLiteral("204"));
    QCOMPARE(unknown.error.location, QStringLiteral("PID-3"));
    QVERIFY(unknown.error.text.contains(QStringLiteral("900999")));
    QCOMPARE(patientCount(), before);
}

void tst_Hl7Adt::a28ThenA31()
{
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a28_add.hl7")).ok);
    const qint64 id = byIdentifier(QStringLiteral("700200"), QStringLiteral("CLINIC"));
    QVERIFY(id > 0);
    QCOMPARE(m_t->services().patients().open(id)->phoneHome, QStringLiteral("(312) 555-0147"));
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a31_update.hl7")).ok);
    auto p = m_t->services().patients().open(id);
    QCOMPARE(p->middle, QStringLiteral("E"));
    QCOMPARE(p->language, QStringLiteral("fr"));
    QCOMPARE(p->phoneHome, QStringLiteral("(312) 555-0147"));
    // A31 for someone not known yet registers them (the person-master feed's catch-up).
    const Hl7::Outcome fresh = applyFile(QStringLiteral("adapters/adt_a31_new.hl7"));
    QVERIFY(fresh.ok);
    QVERIFY(fresh.summary.contains(QStringLiteral("registered")));
    QCOMPARE(patientCount(), 2);
}

void tst_Hl7Adt::badFields_data()
{
    QTest::addColumn<QByteArray>("pid");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("location");
    QTest::newRow("no identifier") << QByteArray("PID|1||||Doe^Jane||19800101|F") << "101"
                                   << "PID-3";
    QTest::newRow("bad birth date") << QByteArray("PID|1||1^^^H^MR||Doe^Jane||19801345|F") << "102"
                                    << "PID-7";
    QTest::newRow("future birth date")
        << QByteArray("PID|1||1^^^H^MR||Doe^Jane||29990101|F") << "102"
        << "PID-7";
    QTest::newRow("no birth date") << QByteArray("PID|1||1^^^H^MR||Doe^Jane|||F") << "101"
                                   << "PID-7";
    QTest::newRow("bad sex") << QByteArray("PID|1||1^^^H^MR||Doe^Jane||19800101|Q") << "103"
                             << "PID-8";
    QTest::newRow("no given name") << QByteArray("PID|1||1^^^H^MR||Doe||19800101|F") << "101"
                                   << "PID-5";
    QTest::newRow("bad phone") << QByteArray("PID|1||1^^^H^MR||Doe^Jane||19800101|F|||||12")
                               << "102"
                               << "PID-13";
    QTest::newRow("bad email") << QByteArray(
        "PID|1||1^^^H^MR||Doe^Jane||19800101|F|||||^NET^Internet^not-mail")
                               << "102"
                               << "PID-13";
}

void tst_Hl7Adt::badFields()
{
    QFETCH(QByteArray, pid);
    QFETCH(QString, code);
    QFETCH(QString, location);
    const QByteArray message =
        "MSH|^~\\&|A|B|C|D|20261122||ADT^A04^ADT_A01|X1|P|2.5.1\rEVN|A04\r" + pid + "\rPV1|1|O\r";
    const Hl7::Outcome outcome = apply(message);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, code);
    QCOMPARE(outcome.error.location, location);
    QVERIFY(!outcome.error.text.isEmpty());
    QCOMPARE(patientCount(), 0);
    Core::Query ids =
        m_t->store().db().query(QStringLiteral("SELECT count(*) FROM patient_identifiers"));
    QVERIFY(ids.next());
    QCOMPARE(ids.int64(0), 0);
}

void tst_Hl7Adt::outboundMessages()
{
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a28_add.hl7")).ok);
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a08_update.hl7")).ok);
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a31_new.hl7")).ok);
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a40_merge.hl7")).ok);
    Hl7::PatientMessageBuilder builder(*m_context);
    QCOMPARE(builder.entities(), QStringList{QStringLiteral("Patient")});
    auto changes = Core::ChangeLog::since(m_t->store().db(), 0, 100);
    QVERIFY(changes);
    QStringList types;
    int mergedChanges = 0;
    for (const Core::Change &change : std::as_const(changes.value())) {
        if (change.entity != QLatin1String("Patient"))
            continue;
        auto built = builder.build(change);
        QVERIFY2(built, qPrintable(built.error().message));
        // The merged-away record (700300) sends nothing more of its own; 700200 survived.
        const qint64 survivorId = byIdentifier(QStringLiteral("700200"), QStringLiteral("CLINIC"));
        auto survivor = m_t->services().patients().open(change.entityId);
        QVERIFY(survivor);
        if (survivor->id != change.entityId) {
            QVERIFY(built->isEmpty());
            QCOMPARE(survivor->id, survivorId);
            ++mergedChanges;
        }
        for (const Hl7::OutboundMessage &out : std::as_const(built.value())) {
            types << out.messageType;
            // What we send parses back to the same values.
            auto m = Hl7::Message::parse(out.message.serialize());
            QVERIFY(m);
            QCOMPARE(Hl7::text(*m, QStringLiteral("MSH-9-1")) + QLatin1Char('^')
                         + Hl7::text(*m, QStringLiteral("MSH-9-2")),
                     out.messageType);
            auto p = m_t->services().patients().open(change.entityId);
            QVERIFY(p);
            QCOMPARE(Hl7::text(*m, QStringLiteral("PID-3(1)-1")), p->mrn);
            QCOMPARE(Hl7::text(*m, QStringLiteral("PID-3(1)-4")), QStringLiteral("AMBULO"));
            QCOMPARE(Hl7::text(*m, QStringLiteral("PID-5-1")), p->family);
            QCOMPARE(Hl7::text(*m, QStringLiteral("PID-7")),
                     p->birthDate.toString(QStringLiteral("yyyyMMdd")));
            if (out.messageType == QLatin1String("ADT^A40")) {
                QCOMPARE(Hl7::text(*m, QStringLiteral("PID-3(2)-1")), QStringLiteral("700200"));
                auto merged = m_t->services().patients().merges(p->id);
                QCOMPARE(Hl7::text(*m, QStringLiteral("MRG-1-1")), merged->first().mergedMrn);
                // The survivor now holds the merged record's identifier too.
                QCOMPARE(Hl7::text(*m, QStringLiteral("PID-3(3)-1")), QStringLiteral("700300"));
            }
        }
    }
    QVERIFY2(types.contains(QStringLiteral("ADT^A04")), qPrintable(types.join(u',')));
    QVERIFY(types.contains(QStringLiteral("ADT^A08")));
    QCOMPARE(types.count(QStringLiteral("ADT^A40")), 1);
    QCOMPARE(mergedChanges, 1); // the A31 that registered 700300
    // What an interface can be set to send names every type built.
    const QStringList declared = Hl7::coreAdapters().first().outboundTypes;
    for (const QString &type : std::as_const(types))
        QVERIFY2(declared.contains(type), qPrintable(type));

    // And the inbound handler takes our own message back as an update of the same patient.
    auto first = builder.build(changes->first());
    QVERIFY(first && !first->isEmpty());
    QByteArray own = first->first().message.serialize();
    own.replace("ADT^A04^ADT_A01", "ADT^A08^ADT_A01");
    const qint64 before = patientCount();
    QVERIFY(apply(own).ok);
    QCOMPARE(patientCount(), before);
}

void tst_Hl7Adt::universalAuthoritiesRoundTrip()
{
    // Identifiers pulled from a FHIR server may name their authority by an OID or a URI: they
    // go out as a universal id with its type (HD-2, HD-3), and come back as the same authority.
    const QString oid = QStringLiteral("2.16.840.1.113883.19.5");
    const QString uri = QStringLiteral("http://lab.example.org/patients");
    auto id = m_t->services().patients().create(
        Test::samplePatient(QStringLiteral("Okafor"), QStringLiteral("Ada"), QDate(1968, 9, 2)),
        {{0, QStringLiteral("H-1"), oid, QStringLiteral("MR")},
         {0, QStringLiteral("9001"), uri, QStringLiteral("PI")},
         {0, QStringLiteral("77"), QStringLiteral("HOSP"), QStringLiteral("MR")}});
    QVERIFY(id);
    Hl7::PatientMessageBuilder builder(*m_context);
    auto changes = Core::ChangeLog::since(m_t->store().db(), 0, 100);
    QVERIFY(changes && !changes->isEmpty());
    auto built = builder.build(changes->last());
    QVERIFY2(built && built->size() == 1, built ? "" : qPrintable(built.error().message));
    const QByteArray wire = built->first().message.serialize();
    auto m = Hl7::Message::parse(wire);
    QVERIFY(m);
    const QList<std::pair<const char *, QString>> expected{
        {"PID-3(2)-1", "H-1"},    {"PID-3(2)-4-1", ""},  {"PID-3(2)-4-2", oid},
        {"PID-3(2)-4-3", "ISO"},  {"PID-3(3)-4-2", uri}, {"PID-3(3)-4-3", "URI"},
        {"PID-3(4)-4-1", "HOSP"}, {"PID-3(4)-4-2", ""}};
    for (const auto &[path, value] : expected)
        QCOMPARE(Hl7::text(*m, QLatin1String(path)), value);

    // Taken back in, every identifier names the same patient: an update, not a new record.
    QByteArray own = wire;
    own.replace("ADT^A04^ADT_A01", "ADT^A08^ADT_A01");
    own.replace(QByteArray("|") + m->get(QStringLiteral("PID-3(1)-1"))->text().toUtf8()
                    + "^^^AMBULO",
                "|^^^AMBULO");
    QVERIFY(apply(own).ok);
    QCOMPARE(patientCount(), 1);
    auto ids = m_t->services().patients().identifiers(id.value());
    QVERIFY(ids);
    QCOMPARE(ids->size(), 3);
}

void tst_Hl7Adt::outboundAgreesWithPythonHl7()
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
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    Hl7::PatientMessageBuilder builder(*m_context);
    auto changes = Core::ChangeLog::since(m_t->store().db(), 0, 10);
    QVERIFY(changes && !changes->isEmpty());
    auto built = builder.build(changes->first());
    QVERIFY(built && built->size() == 1);
    const Hl7::Message &m = built->first().message;
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(m.serialize());
    file.close();
    const QStringList paths{"MSH(1)-9(1)-2-1",  "PID(1)-3(1)-1-1",  "PID(1)-3(1)-4-1",
                            "PID(1)-3(2)-1-1",  "PID(1)-3(3)-4-1",  "PID(1)-5(1)-1-1",
                            "PID(1)-5(1)-2-1",  "PID(1)-7(1)-1-1",  "PID(1)-8(1)-1-1",
                            "PID(1)-11(1)-1-1", "PID(1)-13(2)-3-1", "PID(1)-13(3)-4-1"};
    QProcess p;
    p.start(python, QStringList{QStringLiteral(AMBULO_HL7_TEST_DIR "/hl7values.py"),
                                file.fileName(), QStringLiteral("utf-8")}
                        + paths);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray theirs = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(theirs.size(), paths.size());
    for (int i = 0; i < paths.size(); ++i) {
        const QString ours = m.get(paths[i])->text();
        QVERIFY2(!ours.isEmpty(), qPrintable(paths[i]));
        QCOMPARE(theirs[i].toString(), ours);
    }
    QCOMPARE(theirs[6].toString(), QStringLiteral("Lucia"));
    QCOMPARE(theirs[11].toString(), QStringLiteral("lucia@example.org"));
}

QTEST_GUILESS_MAIN(tst_Hl7Adt)
void tst_Hl7Adt::restrictedPatientKeepsFlowing()
{
    // A restricted chart is closed to people without a reason, not to the practice's interfaces:
    // the hospital's update applies, what we send says the record is protected (PD1-12), and a
    // registration the sender protects is restricted here too.
    Core::PatientService &patients = m_t->services().patients();
    Core::ServiceContext &context = m_t->services().context();
    QVERIFY(m_t->signInAdmin());
    Core::Patient vip = Test::samplePatient("Rivera", "Lucia", QDate(1984, 2, 12));
    vip.restricted = true;
    auto made = patients.create(
        vip, {{0, QStringLiteral("900100"), QStringLiteral("HOSP"), QStringLiteral("MR")}});
    QVERIFY2(made, qPrintable(made.error().message));
    context.setSession(Core::interfaceSession(QStringLiteral("hl7:PM")));

    const Hl7::Outcome updated = applyFile(QStringLiteral("adapters/adt_a08_update.hl7"));
    QVERIFY2(updated.ok, qPrintable(updated.error.text));
    QCOMPARE(patientCount(), 1);
    QVERIFY(m_t->signInAdmin());
    auto p = patients.open(made.value(), QStringLiteral("checking the interface's update"));
    QVERIFY(p);
    QCOMPARE(p->addressLine, QStringLiteral("99 Elm St"));
    QVERIFY(p->restricted); // the A08 says nothing of it, and keeps it
    Core::Query audit = m_t->store().db().query(
        QStringLiteral("SELECT count(*), sum(flagged) FROM audit_log WHERE action = ? AND "
                       "patient_id = ? AND user_name = 'hl7:PM'"));
    audit.bind(1, Core::Constants::Audit::PatientRead).bind(2, made.value());
    QVERIFY(audit.next());
    QVERIFY(audit.int64(0) >= 1);
    QCOMPARE(audit.int64(1), 0); // an interface's read is not a person's break-glass
    audit.finish();
    context.setSession(Core::interfaceSession(QStringLiteral("hl7:PM")));

    Hl7::PatientMessageBuilder builder(*m_context);
    auto changes = Core::ChangeLog::since(m_t->store().db(), 0, 100);
    QVERIFY(changes && !changes->isEmpty());
    auto built = builder.build(changes->last());
    QVERIFY2(built, qPrintable(built.error().message));
    QCOMPARE(built->size(), 1);
    const QByteArray sent = built->first().message.serialize();
    QVERIFY2(sent.contains("\rPID|1||") && sent.contains("\rPD1||||||||||||Y\rPV1|"),
             sent.constData());

    // Protected by the sender: a new record, restricted from the start; an update without PD1
    // does not lift it.
    QByteArray protectedOne = readFixture(QStringLiteral("adapters/adt_a04_register.hl7"));
    protectedOne.replace("900100^^^HOSP^MR~555-11-2222^^^SSA^SS", "900300^^^HOSP^MR")
        .replace("Rivera^Lucia^M", "Quist^Odile^")
        .replace("AD0001", "AD0003")
        .replace("\rPV1|", "\rPD1||||||||||||Y\rPV1|");
    QVERIFY(apply(protectedOne).ok);
    const qint64 odile = byIdentifier(QStringLiteral("900300"), QStringLiteral("HOSP"));
    QVERIFY(odile > 0);
    auto restricted = patients.isRestricted(odile);
    QVERIFY(restricted && restricted.value());
    QByteArray plain = protectedOne;
    plain.replace("\rPD1||||||||||||Y", "").replace("AD0003", "AD0004").replace("A04", "A08");
    QVERIFY(apply(plain).ok);
    QVERIFY(patients.isRestricted(odile).value());
}

#include "tst_hl7adt.moc"
