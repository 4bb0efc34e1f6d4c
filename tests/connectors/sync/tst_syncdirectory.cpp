// The practice directory between two workstations through a real FHIR server: payers, a location
// with its rooms and a patient's coverages set up on A reach B, edits travel both ways, one-sided
// changes merge and a clash is queued; a lost create makes no second copy, and pulled data Ambulo
// cannot use is skipped. Locations' natural key and providers: tst_synclocations.cpp and
// tst_syncproviders.cpp.

#include "connectors/sync/syncengine.h"
#include "tests/connectors/sync/directorysynctest.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::describe;
using Ambulo::Test::DirectoryWorkstation;

namespace {

// The directory A sets up: two payers, a location with two rooms, and one patient with a
// primary and a secondary coverage.
struct Practice
{
    qint64 aetna = 0;
    qint64 shield = 0;
    qint64 clinic = 0;
    qint64 patient = 0;
    QString mrn;
};

} // namespace

class TestSyncDirectory : public Test::DirectorySyncTest
{
    Q_OBJECT

private slots:
    void directoryTravels();
    void editOnBComesBack();
    void oneSidedChangesMerge();
    void sameFieldClashIsQueued();
    void lostCreateMakesNoSecondCopy();
    void badPulledDataIsSkipped_data();
    void badPulledDataIsSkipped();

private:
    // A's directory set up and synced to B; false (with a failed check) when it could not be.
    bool setUpAndSync(Practice &practice);
};

bool TestSyncDirectory::setUpAndSync(Practice &p)
{
    DirectoryWorkstation &a = *m_a;
    const bool made = a.asAdmin([&] {
        auto aetna = a.directory().addPayer({0, "Aetna", "60054"});
        auto shield = a.directory().addPayer({0, "Blue Shield", "BS940"});
        auto clinic = a.directory().addLocation(
            {0, "Main Street Clinic", "12 Main St, Springfield, IL 62704", "217-555-0142"});
        if (!aetna || !shield || !clinic)
            return false;
        p.aetna = aetna.value();
        p.shield = shield.value();
        p.clinic = clinic.value();
        return a.directory().addRoom({0, p.clinic, "Exam 1"})
               && a.directory().addRoom({0, p.clinic, "Exam 2"});
    });
    if (!made) {
        qWarning("setting up the directory failed");
        return false;
    }
    p.patient = a.patient(QStringLiteral("Ada"));
    p.mrn = a.mrnOf(p.patient);
    Core::Coverage primary;
    primary.patientId = p.patient;
    primary.rank = 1;
    primary.payerId = p.aetna;
    primary.memberId = QStringLiteral("W123456789");
    primary.groupNumber = QStringLiteral("GRP-77");
    primary.subscriberName = QStringLiteral("Ada Okafor");
    primary.subscriberRelationship = QStringLiteral("self");
    primary.subscriberBirthDate = QDate(1969, 7, 1);
    primary.start = QDate(2026, 1, 1);
    Core::Coverage secondary;
    secondary.patientId = p.patient;
    secondary.rank = 2;
    secondary.payerId = p.shield;
    secondary.memberId = QStringLiteral("XBS-5521");
    secondary.subscriberName = QStringLiteral("Obi Okafor");
    secondary.subscriberRelationship = QStringLiteral("spouse");
    secondary.subscriberBirthDate = QDate(1966, 2, 9);
    secondary.start = QDate(2025, 7, 1);
    secondary.end = QDate(2026, 12, 31);
    if (!a.directory().addCoverage(primary) || !a.directory().addCoverage(secondary)) {
        qWarning("adding the coverages failed");
        return false;
    }
    const Sync::RoundResult pushed = a.round();
    const Sync::RoundResult pulled = m_b->round();
    if (!pushed.ok || !pulled.ok || pulled.skipped != 0) {
        qWarning("first sync: A %s / B %s", qPrintable(describe(pushed)),
                 qPrintable(describe(pulled)));
        return false;
    }
    return true;
}

void TestSyncDirectory::directoryTravels()
{
    Practice p;
    QVERIFY(setUpAndSync(p));
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;

    // On the server: two payer Organizations, a building with two rooms, two Coverages.
    const QList<QJsonObject> orgs = m_server.resources("Organization");
    QCOMPARE(orgs.size(), 2);
    for (const QJsonObject &o : orgs)
        QCOMPARE(o["type"][0]["coding"][0]["code"].toString(), QStringLiteral("pay"));
    const QList<QJsonObject> places = m_server.resources("Location");
    QCOMPARE(places.size(), 3);
    QString building;
    int rooms = 0;
    for (const QJsonObject &l : places) {
        const QString code = l["physicalType"]["coding"][0]["code"].toString();
        if (code == QLatin1String("bu"))
            building = QStringLiteral("Location/") + l["id"].toString();
        else if (code == QLatin1String("ro"))
            ++rooms;
    }
    QCOMPARE(rooms, 2);
    QVERIFY(!building.isEmpty());
    for (const QJsonObject &l : places) {
        if (l["physicalType"]["coding"][0]["code"].toString() == QLatin1String("ro"))
            QCOMPARE(l["partOf"]["reference"].toString(), building);
    }
    const QList<QJsonObject> covs = m_server.resources("Coverage");
    QCOMPARE(covs.size(), 2);
    for (const QJsonObject &c : covs) {
        QVERIFY(c["beneficiary"]["reference"].toString().startsWith("Patient/"));
        QVERIFY(c["payor"][0]["reference"].toString().startsWith("Organization/"));
        QCOMPARE(c["status"].toString(), QStringLiteral("active"));
        QVERIFY(!c["subscriberId"].toString().isEmpty());
    }

    // On A everything is synced.
    QCOMPARE(a.state("Organization", p.aetna), QStringLiteral("synced"));
    QCOMPARE(a.state("Location", p.clinic), QStringLiteral("synced"));
    for (const Core::Room &r : a.rooms(p.clinic))
        QCOMPARE(a.state("Location", Core::roomEntityId(r.id)), QStringLiteral("synced"));
    for (const Core::Coverage &c : a.coverages(p.patient))
        QCOMPARE(a.state("Coverage", c.id), QStringLiteral("synced"));

    // On B, read through its DirectoryService: the same values.
    const QList<Core::Payer> payersA = a.payers();
    const QList<Core::Payer> payersB = b.payers();
    QCOMPARE(payersB.size(), payersA.size());
    for (qsizetype i = 0; i < payersA.size(); ++i) {
        QCOMPARE(payersB[i].name, payersA[i].name);
        QCOMPARE(payersB[i].payerId, payersA[i].payerId);
    }
    const QList<Core::Location> locationsB = b.locations();
    QCOMPARE(locationsB.size(), 1);
    QCOMPARE(locationsB[0].name, QStringLiteral("Main Street Clinic"));
    QCOMPARE(locationsB[0].address, QStringLiteral("12 Main St, Springfield, IL 62704"));
    QCOMPARE(locationsB[0].phone, QStringLiteral("217-555-0142"));
    const QList<Core::Room> roomsB = b.rooms(locationsB[0].id);
    QCOMPARE(roomsB.size(), 2);
    QCOMPARE(roomsB[0].name, QStringLiteral("Exam 1"));
    QCOMPARE(roomsB[1].name, QStringLiteral("Exam 2"));

    const qint64 patientB = b.patientByMrn(p.mrn);
    QVERIFY(patientB != 0);
    const QList<Core::Coverage> onA = a.coverages(p.patient);
    const QList<Core::Coverage> onB = b.coverages(patientB);
    QCOMPARE(onB.size(), 2);
    for (qsizetype i = 0; i < onA.size(); ++i) {
        QCOMPARE(onB[i].rank, onA[i].rank);
        QCOMPARE(onB[i].payerName, onA[i].payerName);
        QCOMPARE(onB[i].memberId, onA[i].memberId);
        QCOMPARE(onB[i].groupNumber, onA[i].groupNumber);
        QCOMPARE(onB[i].subscriberName, onA[i].subscriberName);
        QCOMPARE(onB[i].subscriberRelationship, onA[i].subscriberRelationship);
        QCOMPARE(onB[i].subscriberBirthDate, onA[i].subscriberBirthDate);
        QCOMPARE(onB[i].start, onA[i].start);
        QCOMPARE(onB[i].end, onA[i].end);
    }
    QCOMPARE(onB[1].end, QDate(2026, 12, 31));

    // What B pulled is not echoed back, and a second round on A changes nothing on the server.
    QCOMPARE(b.quietRound(), QString());
    QCOMPARE(a.quietRound(), QString());
    QCOMPARE(m_server.resources("Coverage").size(), 2);
    QCOMPARE(m_server.resources("Location").size(), 3);
}

void TestSyncDirectory::editOnBComesBack()
{
    Practice p;
    QVERIFY(setUpAndSync(p));
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    const qint64 patientB = b.patientByMrn(p.mrn);
    QVERIFY(b.editCoverage(patientB, 1,
                           [](Core::Coverage &c) { c.memberId = QStringLiteral("W999000111"); }));
    const Sync::RoundResult pushed = b.round();
    QVERIFY2(pushed.ok && pushed.pushed == 1, qPrintable(describe(pushed)));
    const Sync::RoundResult pulled = a.round();
    QVERIFY2(pulled.ok && pulled.pulled >= 1, qPrintable(describe(pulled)));
    QCOMPARE(a.coverages(p.patient)[0].memberId, QStringLiteral("W999000111"));
    QCOMPARE(a.coverages(p.patient)[1].memberId, QStringLiteral("XBS-5521"));
    QCOMPARE(m_server.resources("Coverage").size(), 2);

    // A room renamed on B and a payer renamed on A both travel.
    const qint64 clinicB = b.locations()[0].id;
    QVERIFY(b.asAdmin([&] {
        Core::Room r = b.rooms(clinicB)[0];
        r.name = QStringLiteral("Exam 1 (east)");
        return bool(b.directory().updateRoom(r));
    }));
    QVERIFY(a.asAdmin([&] {
        return bool(a.directory().updatePayer({p.aetna, "Aetna Better Health", "60054"}));
    }));
    QVERIFY(b.round().ok);
    QVERIFY(a.round().ok);
    QVERIFY(b.round().ok);
    QCOMPARE(a.rooms(p.clinic)[0].name, QStringLiteral("Exam 1 (east)"));
    bool renamed = false;
    for (const Core::Payer &payer : b.payers())
        renamed = renamed || payer.name == QLatin1String("Aetna Better Health");
    QVERIFY(renamed);
    QCOMPARE(b.coverages(patientB)[0].payerName, QStringLiteral("Aetna Better Health"));
}

void TestSyncDirectory::oneSidedChangesMerge()
{
    Practice p;
    QVERIFY(setUpAndSync(p));
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    const qint64 patientB = b.patientByMrn(p.mrn);
    // The group number changes on A, the member id on B: different elements, both kept.
    QVERIFY(a.editCoverage(p.patient, 1,
                           [](Core::Coverage &c) { c.groupNumber = QStringLiteral("GRP-80"); }));
    QVERIFY(b.editCoverage(patientB, 1,
                           [](Core::Coverage &c) { c.memberId = QStringLiteral("W555"); }));
    // The location's phone changes on A, its address on B.
    QVERIFY(a.asAdmin([&] {
        return bool(a.directory().updateLocation(
            {p.clinic, "Main Street Clinic", "12 Main St, Springfield, IL 62704", "217-555-0199"}));
    }));
    QVERIFY(b.asAdmin([&] {
        return bool(
            b.directory().updateLocation({b.locations()[0].id, "Main Street Clinic",
                                          "14 Main St, Springfield, IL 62704", "217-555-0142"}));
    }));
    QVERIFY(a.round().ok);
    const Sync::RoundResult merged = b.round();
    QVERIFY2(merged.ok && merged.newConflicts == 0, qPrintable(describe(merged)));
    QVERIFY(a.round().ok);
    for (DirectoryWorkstation *ws : {&a, &b}) {
        const qint64 patient = ws == &a ? p.patient : patientB;
        const Core::Coverage c = ws->coverages(patient)[0];
        QCOMPARE(c.groupNumber, QStringLiteral("GRP-80"));
        QCOMPARE(c.memberId, QStringLiteral("W555"));
        const Core::Location l = ws->locations()[0];
        QCOMPARE(l.phone, QStringLiteral("217-555-0199"));
        QCOMPARE(l.address, QStringLiteral("14 Main St, Springfield, IL 62704"));
    }
    QCOMPARE(m_server.resources("Coverage").size(), 2);
}

void TestSyncDirectory::sameFieldClashIsQueued()
{
    Practice p;
    QVERIFY(setUpAndSync(p));
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    const qint64 patientB = b.patientByMrn(p.mrn);
    QVERIFY(a.editCoverage(p.patient, 1,
                           [](Core::Coverage &c) { c.memberId = QStringLiteral("FROM-A"); }));
    QVERIFY(b.editCoverage(patientB, 1,
                           [](Core::Coverage &c) { c.memberId = QStringLiteral("FROM-B"); }));
    QVERIFY(a.round().ok);
    const Sync::RoundResult clash = b.round();
    QVERIFY2(clash.ok, qPrintable(describe(clash)));
    QCOMPARE(clash.newConflicts, 1);
    QCOMPARE(clash.openConflicts, 1);

    // Nothing overwritten: each side keeps its value, the server A's, and the conflict names it.
    const Core::Coverage onB = b.coverages(patientB)[0];
    QCOMPARE(onB.memberId, QStringLiteral("FROM-B"));
    QCOMPARE(b.state("Coverage", onB.id), QStringLiteral("conflict"));
    auto open = b.engine->store().openConflict(QStringLiteral("Coverage"), onB.id);
    QVERIFY(open && open->has_value());
    QVERIFY(open->value().fields.contains(QStringLiteral("subscriberId")));
    QVERIFY(a.round().ok);
    QCOMPARE(a.coverages(p.patient)[0].memberId, QStringLiteral("FROM-A"));
    QStringList onServer;
    for (const QJsonObject &c : m_server.resources("Coverage"))
        onServer << c["subscriberId"].toString();
    QVERIFY2(onServer.contains("FROM-A") && !onServer.contains("FROM-B"),
             qPrintable(onServer.join(u',')));
}

void TestSyncDirectory::lostCreateMakesNoSecondCopy()
{
    DirectoryWorkstation &a = *m_a;
    qint64 aetna = 0;
    QVERIFY(a.asAdmin([&] {
        auto id = a.directory().addPayer({0, "Aetna", "60054"});
        aetna = id ? id.value() : 0;
        return bool(id);
    }));
    const qint64 patient = a.patient(QStringLiteral("Ada"));
    Core::Coverage c;
    c.patientId = patient;
    c.payerId = aetna;
    c.memberId = QStringLiteral("W123");
    c.subscriberName = QStringLiteral("Ada Okafor");
    c.subscriberRelationship = QStringLiteral("self");
    c.subscriberBirthDate = QDate(1969, 7, 1);
    c.start = QDate(2026, 1, 1);
    auto coverage = a.directory().addCoverage(c);
    QVERIFY(coverage);

    // The server creates the Coverage, then the connection drops before the answer (and Qt's
    // resends meet the same): If-None-Exist on the client identifier keeps it to one copy.
    m_server.request("POST", "/$fault",
                     {{"mode", "lost"}, {"match", "Coverage"}, {"method", "POST"}, {"count", 3}});
    const Sync::RoundResult lost = a.engine->round();
    QVERIFY(!lost.ok);
    QVERIFY(lost.transient);
    QCOMPARE(m_server.resources("Coverage").size(), 1);
    QVERIFY(a.state("Coverage", coverage.value()) != QLatin1String("synced"));
    m_server.request("POST", "/$fault", {{"count", 0}});

    Sync::RoundResult retry;
    for (int i = 0; i < 4 && !(retry = a.engine->round()).ok; ++i) {
    }
    QVERIFY2(retry.ok, qPrintable(describe(retry)));
    QCOMPARE(m_server.resources("Coverage").size(), 1);
    QCOMPARE(m_server.resources("Organization").size(), 1);
    QCOMPARE(a.state("Coverage", coverage.value()), QStringLiteral("synced"));
    // Pulled back, it is A's own record, not a second coverage.
    QVERIFY(a.round().ok);
    QCOMPARE(a.coverages(patient).size(), 1);

    // A second workstation setting up the same payer (same payer id) finds A's Organization.
    DirectoryWorkstation &b = *m_b;
    QVERIFY(b.asAdmin([&] { return bool(b.directory().addPayer({0, "Aetna", "60054"})); }));
    QVERIFY(b.round().ok);
    QCOMPARE(m_server.resources("Organization").size(), 1);
    QCOMPARE(b.payers().size(), 1);
}

void TestSyncDirectory::badPulledDataIsSkipped_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason");
    QTest::newRow("organization not a payer") << "Organization"
                                              << "notPayer"
                                              << "not a payer";
    QTest::newRow("coverage without member id") << "Coverage"
                                                << "noMember"
                                                << "no member id";
    QTest::newRow("coverage with unknown payor") << "Coverage"
                                                 << "unknownPayor"
                                                 << "is not known here";
    QTest::newRow("coverage without start") << "Coverage"
                                            << "noStart"
                                            << "start date";
    QTest::newRow("room of no location") << "Location"
                                         << "orphanRoom"
                                         << "not part of";
}

void TestSyncDirectory::badPulledDataIsSkipped()
{
    QFETCH(QString, type);
    QFETCH(QString, what);
    QFETCH(QString, reason);
    Practice p;
    QVERIFY(setUpAndSync(p));
    DirectoryWorkstation &b = *m_b;
    const qint64 patientB = b.patientByMrn(p.mrn);

    // Resources another system wrote on the server, valid FHIR but short of what Ambulo needs.
    QString patientRef;
    QString payorRef;
    for (const QJsonObject &c : m_server.resources("Coverage")) {
        patientRef = c["beneficiary"]["reference"].toString();
        payorRef = c["payor"][0]["reference"].toString();
    }
    QJsonObject resource;
    if (what == QLatin1String("notPayer")) {
        resource = {{"resourceType", "Organization"},
                    {"name", "Springfield Imaging"},
                    {"type", QJsonArray{QJsonObject{
                                 {"coding",
                                  QJsonArray{QJsonObject{{"system", "http://terminology.hl7.org/"
                                                                    "CodeSystem/organization-type"},
                                                         {"code", "prov"}}}}}}}};
    } else if (what == QLatin1String("orphanRoom")) {
        resource = {{"resourceType", "Location"},
                    {"name", "Exam 9"},
                    {"physicalType",
                     QJsonObject{{"coding", QJsonArray{QJsonObject{
                                                {"system", "http://terminology.hl7.org/"
                                                           "CodeSystem/location-physical-type"},
                                                {"code", "ro"}}}}}}};
    } else {
        QString payor = payorRef;
        if (what == QLatin1String("unknownPayor")) {
            const QJsonObject other = m_server.request(
                "POST", "/fhir/R4/Organization",
                {{"resourceType", "Organization"}, {"name", "Somewhere Health Plan"}});
            payor = QStringLiteral("Organization/") + other["id"].toString();
        }
        resource = {{"resourceType", "Coverage"},
                    {"status", "active"},
                    {"beneficiary", QJsonObject{{"reference", patientRef}}},
                    {"payor", QJsonArray{QJsonObject{{"reference", payor}}}},
                    {"order", 3},
                    {"subscriberId", "M-3"},
                    {"period", QJsonObject{{"start", "2026-01-01"}}}};
        if (what == QLatin1String("noMember"))
            resource.remove("subscriberId");
        if (what == QLatin1String("noStart"))
            resource.remove("period");
    }
    const QJsonObject created = m_server.request("POST", "/fhir/R4/" + type, resource);
    QVERIFY2(!created["id"].toString().isEmpty(),
             qPrintable(QJsonDocument(created).toJson(QJsonDocument::Compact)));

    const qsizetype payers = b.payers().size();
    const Sync::RoundResult pulled = b.round();
    QVERIFY2(pulled.ok, qPrintable(describe(pulled)));
    QVERIFY2(pulled.skipped >= 1, qPrintable(describe(pulled)));
    QVERIFY2(pulled.message.contains(reason), qPrintable(pulled.message));
    QVERIFY2(pulled.message.contains(created["id"].toString()), qPrintable(pulled.message));
    // Nothing of it here, nothing else disturbed, and the round after passes it by.
    QCOMPARE(b.payers().size(), payers);
    QCOMPARE(b.coverages(patientB).size(), 2);
    QCOMPARE(b.locations().size(), 1);
    QCOMPARE(b.rooms(b.locations()[0].id).size(), 2);
    QVERIFY(b.round().ok);
}

QTEST_GUILESS_MAIN(TestSyncDirectory)
#include "tst_syncdirectory.moc"
