// The numbers other systems know a patient by (a hospital's MRN from HL7 PID-3, a lab's patient
// id) travel with the patient through a real FHIR server: an HL7 message naming one finds the
// patient on the other workstation too, instead of failing or making a second record, and a
// number two people claim on two workstations is never moved from one to the other.

#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/sync/syncengine.h"
#include "core/audit/auditlog.h"
#include "core/constants.h"
#include "core/store/database.h"
#include "tests/connectors/sync/patientsynctest.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::PatientWorkstation;
namespace PatientResource = Fhir::PatientResource;

namespace {

const QString Oid = QStringLiteral("2.16.840.1.113883.19.5");
const QString LabUri = QStringLiteral("http://lab.example.org/patients");

// Registers a patient with identifiers from other systems; returns the MRN.
QString registerWith(PatientWorkstation &ws, const QString &family, const QString &given,
                     const QList<Core::PatientIdentifier> &identifiers)
{
    auto id =
        ws.patients().create(Test::samplePatient(family, given, QDate(1968, 9, 2)), identifiers);
    if (!id)
        return {};
    auto mrn = ws.patients().mrnOf(id.value());
    return mrn ? mrn.value() : QString();
}

// "value|authority|type" of each identifier, sorted, for a comparison that names what differs.
QStringList described(const QList<Core::PatientIdentifier> &identifiers)
{
    QStringList out;
    for (const Core::PatientIdentifier &id : identifiers)
        out << id.value + u'|' + id.authority + u'|' + id.typeCode;
    out.sort();
    return out;
}

// The MRN of the patient with this family name: two workstations may have renumbered one.
QString mrnOfFamily(PatientWorkstation &ws, const QString &family)
{
    Core::Query q =
        ws.store.store().db().query(QStringLiteral("SELECT mrn FROM patients WHERE family = ?"));
    q.bind(1, family);
    return q.next() ? q.text(0) : QString();
}

QStringList identifiersOf(PatientWorkstation &ws, const QString &mrn)
{
    auto ids = ws.patients().identifiers(ws.patient(mrn).id);
    return ids ? described(ids.value()) : QStringList{QStringLiteral("error")};
}

} // namespace

class TestSyncIdentifiers : public Test::PatientSyncTest
{
    Q_OBJECT

private slots:
    void systemsOfAuthorities();
    void otherSystemsNumbersTravel();
    void numberHeldByAnotherPatientStaysThere();
    void oneNumberOnTwoServerRecords();
    void numberWithdrawnOnServerStaysWithdrawn();
    void numberChangedHereLeavesTheServer();
};

void TestSyncIdentifiers::systemsOfAuthorities()
{
    const QList<std::pair<QString, QString>> cases{
        {"HOSP", "urn:ambulo:assigning-authority:HOSP"},
        {"USSSA", "http://hl7.org/fhir/sid/us-ssn"},
        {"St. Mary's", "urn:ambulo:assigning-authority:St.%20Mary%27s"},
        {Oid, "urn:oid:" + Oid},
        {LabUri, LabUri},
        {"urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
         "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"},
        {"", ""},
    };
    for (const auto &[authority, system] : cases) {
        QCOMPARE(PatientResource::identifierSystem(authority), system);
        QCOMPARE(PatientResource::authorityOf(system), authority);
    }

    // Our MRN and the sync engine's client identifier are not other systems' numbers; one
    // without a value is nothing.
    const QString mrnSystem = PatientResource::mrnSystem({});
    const QJsonObject resource{
        {"resourceType", "Patient"},
        {"identifier",
         QJsonArray{
             QJsonObject{{"system", mrnSystem}, {"value", "M0000007"}},
             QJsonObject{{"system", "urn:ambulo:client-id"}, {"value", "store-7"}},
             QJsonObject{
                 {"system", "urn:oid:" + Oid},
                 {"value", "H-1"},
                 {"type", QJsonObject{{"coding", QJsonArray{QJsonObject{
                                                     {"system", "http://terminology.hl7.org/"
                                                                "CodeSystem/v2-0203"},
                                                     {"code", "MR"}}}}}}},
             QJsonObject{{"value", "no-system"}},
             QJsonObject{{"system", LabUri}},
         }}};
    const QList<Core::PatientIdentifier> others =
        PatientResource::otherIdentifiers(resource, mrnSystem);
    QCOMPARE(described(others), (QStringList{"H-1|" + Oid + "|MR", "no-system||"}));

    // Sent back, what the server holds stays as it is and only what it lacks is added.
    Core::PatientIdentifier added{0, QStringLiteral("555-12"), QStringLiteral("LAB"),
                                  QStringLiteral("PI")};
    QVERIFY(!PatientResource::lacksIdentifier(resource, others));
    QVERIFY(PatientResource::lacksIdentifier(resource, {added}));
    const QJsonObject sent = PatientResource::withIdentifiers(resource, others + QList{added});
    const QJsonArray list = sent["identifier"].toArray();
    QCOMPARE(list.size(), 6);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(list.at(i), resource["identifier"].toArray().at(i));
    QCOMPARE(list.at(5)["system"].toString(), QStringLiteral("urn:ambulo:assigning-authority:LAB"));
    QCOMPARE(list.at(5)["value"].toString(), QStringLiteral("555-12"));
    QCOMPARE(list.at(5)["type"]["coding"][0]["code"].toString(), QStringLiteral("PI"));
}

void TestSyncIdentifiers::otherSystemsNumbersTravel()
{
    const Core::PatientIdentifier hospital{0, "H-77001", "HOSP", "MR"};
    const QString ada = registerWith(*m_a, "Okafor", "Ada", {hospital});
    const QString bo = registerWith(*m_a, "Lind", "Bo", {{0, "H-77002", Oid, "MR"}});
    const QString wanjiru = registerWith(*m_a, "Mwangi", "Wanjiru", {{0, "9001", LabUri, "PI"}});
    QVERIFY(!ada.isEmpty() && !bo.isEmpty() && !wanjiru.isEmpty());

    // `fhir export-patient` shows the patient as the push sends it.
    const auto [code, out, err] = Test::runAmbulo(m_a->store, {"fhir", "export-patient", ada});
    QVERIFY2(code == 0, qPrintable(err));
    const QJsonArray exported = QJsonDocument::fromJson(out.toUtf8())
                                    .object()["entry"][0]["resource"]["identifier"]
                                    .toArray();
    QVERIFY2(
        exported.contains(QJsonObject{
            {"system", "urn:ambulo:assigning-authority:HOSP"},
            {"value", "H-77001"},
            {"type",
             QJsonObject{{"coding", QJsonArray{QJsonObject{
                                        {"system", "http://terminology.hl7.org/CodeSystem/v2-0203"},
                                        {"code", "MR"}}}}}}}),
        out.toUtf8().constData());

    const Sync::RoundResult a1 = m_a->round();
    QVERIFY(a1.ok);
    QCOMPARE(a1.pushed, 3);
    QStringList onServer;
    for (const QJsonObject &p : serverPatients()) {
        for (const QJsonValue &id : p["identifier"].toArray()) {
            const QString system = id["system"].toString();
            if (!system.startsWith(QLatin1String("urn:ambulo:practice:"))
                && system != QLatin1String("urn:ambulo:client-id"))
                onServer << p["name"][0]["family"].toString() + u' ' + system + u'|'
                                + id["value"].toString();
        }
    }
    onServer.sort();
    QCOMPARE(onServer,
             (QStringList{"Lind urn:oid:" + Oid + "|H-77002", "Mwangi " + LabUri + "|9001",
                          "Okafor urn:ambulo:assigning-authority:HOSP|H-77001"}));

    // B pulls in pages of 2: the first page goes in as one import, the second record alone.
    const Sync::RoundResult b1 = m_b->round();
    QVERIFY(b1.ok);
    QCOMPARE(b1.pulled, 3);
    QCOMPARE(identifiersOf(*m_b, ada), QStringList{"H-77001|HOSP|MR"});
    QCOMPARE(identifiersOf(*m_b, bo), QStringList{"H-77002|" + Oid + "|MR"});
    QCOMPARE(identifiersOf(*m_b, wanjiru), QStringList{"9001|" + LabUri + "|PI"});
    auto found = m_b->patients().findByIdentifier("H-77001", "HOSP");
    QVERIFY(found);
    QCOMPARE(found.value(), m_b->patient(ada).id);
    QCOMPARE(m_b->round().pushed, 0); // what was pulled is not sent back
    const Sync::RoundResult quiet = m_a->round();
    QCOMPARE(quiet.pushed + quiet.pulled, 0);

    // The hospital's update reaches B: it finds Ada by the hospital's number (before, an A08
    // there was refused as naming no patient, and an A04 made her a second record).
    QTemporaryDir dir;
    QFile message(dir.filePath("a08.hl7"));
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write("MSH|^~\\&|HIS|HOSP|AMBULO|CLINIC|20261203090000||ADT^A08^ADT_A01|UPD1|P|2.5.1\r"
                  "EVN|A08|20261203090000\r"
                  "PID|1||H-77001^^^HOSP^MR||Okafor^Ada||19680902|F|||"
                  "9 Elm St^^Springfield^IL^62701||^PRN^PH^^1^217^5550199\r");
    message.close();
    const auto [hl7Code, hl7Out, hl7Err] =
        Test::runAmbulo(m_b->store, {"hl7", "import", message.fileName()});
    QVERIFY2(hl7Code == 0, qPrintable(hl7Err));
    QCOMPARE(hl7Out.section(u'\t', 0, 0), QStringLiteral("AA"));
    QCOMPARE(m_b->patientCount(), 3);
    QCOMPARE(m_b->patient(ada).addressLine, QStringLiteral("9 Elm St"));

    // A number added on B travels to A with the update, next to the ones the server holds.
    QVERIFY(m_b->patients().addIdentifier({m_b->patient(bo).id, "555-12", "LAB", "PI"}));
    const Sync::RoundResult b2 = m_b->round();
    QVERIFY(b2.ok);
    QCOMPARE(b2.pushed, 2);
    const Sync::RoundResult a2 = m_a->round();
    QVERIFY(a2.ok);
    QCOMPARE(a2.pulled, 2);
    QCOMPARE(m_a->patient(ada).addressLine, QStringLiteral("9 Elm St"));
    QCOMPARE(identifiersOf(*m_a, bo), (QStringList{"555-12|LAB|PI", "H-77002|" + Oid + "|MR"}));
    QCOMPARE(m_a->round().pushed, 0);
    QCOMPARE(serverPatients().size(), 3);
}

void TestSyncIdentifiers::numberHeldByAnotherPatientStaysThere()
{
    // Two people given one hospital number on two workstations while offline (a registration
    // error somewhere): neither workstation moves the number, loses a patient or stops syncing.
    QVERIFY(!registerWith(*m_a, "Xu", "Xavier", {{0, "Z1", "HOSP", "MR"}}).isEmpty());
    QVERIFY(!registerWith(*m_a, "Wu", "Wen", {{0, "W1", "HOSP", "MR"}}).isEmpty());
    QVERIFY(!registerWith(*m_b, "Young", "Yara", {{0, "Z1", "HOSP", "MR"}}).isEmpty());

    QVERIFY(m_a->round().ok);
    const Sync::RoundResult b1 = m_b->round(); // pushes Yara, pulls Xavier and Wen as one page
    QVERIFY(b1.ok);
    QCOMPARE(b1.pushed, 1);
    QCOMPARE(b1.pulled, 2);
    const Sync::RoundResult a1 = m_a->round();
    QVERIFY(a1.ok);
    QCOMPARE(a1.pulled, 1);

    for (PatientWorkstation *ws : {m_a.get(), m_b.get()}) {
        QCOMPARE(ws->patientCount(), 3);
        QCOMPARE(identifiersOf(*ws, mrnOfFamily(*ws, "Wu")), QStringList{"W1|HOSP|MR"});
    }
    QCOMPARE(identifiersOf(*m_a, mrnOfFamily(*m_a, "Xu")), QStringList{"Z1|HOSP|MR"});
    QCOMPARE(identifiersOf(*m_a, mrnOfFamily(*m_a, "Young")), QStringList());
    QCOMPARE(identifiersOf(*m_b, mrnOfFamily(*m_b, "Young")), QStringList{"Z1|HOSP|MR"});
    QCOMPARE(identifiersOf(*m_b, mrnOfFamily(*m_b, "Xu")), QStringList());
    // Quiet afterwards: no round keeps trying.
    QCOMPARE(m_a->round().pushed, 0);
    QCOMPARE(m_b->round().pushed, 0);
}

void TestSyncIdentifiers::oneNumberOnTwoServerRecords()
{
    // The EHR holds two records with one hospital number (a duplicate there): B takes both
    // records, in one page, and gives the number to the first only.
    for (const char *family : {"Quinn", "Quist"}) {
        const QJsonObject made = server(
            "POST", "/fhir/R4/Patient",
            {{"resourceType", "Patient"},
             {"name", QJsonArray{QJsonObject{{"family", family}, {"given", QJsonArray{"Q"}}}}},
             {"birthDate", "1970-01-01"},
             {"identifier",
              QJsonArray{QJsonObject{{"system", "urn:ambulo:assigning-authority:HOSP"},
                                     {"value", "Q1"}}}}});
        QVERIFY2(!made.value("id").toString().isEmpty(), QJsonDocument(made).toJson().constData());
    }
    const Sync::RoundResult b1 = m_b->round();
    QVERIFY(b1.ok);
    QCOMPARE(m_b->patientCount(), 2);
    const QString quinn = mrnOfFamily(*m_b, "Quinn");
    QCOMPARE(identifiersOf(*m_b, quinn), QStringList{"Q1|HOSP|"});
    QCOMPARE(identifiersOf(*m_b, mrnOfFamily(*m_b, "Quist")), QStringList());
}

void TestSyncIdentifiers::numberWithdrawnOnServerStaysWithdrawn()
{
    // The EHR corrects a wrongly entered hospital number: both workstations forget it, the one
    // that pulls the correction and the one whose own edit meets it as a 412, and neither sends
    // it back.
    const QString ada = registerWith(*m_a, "Okafor", "Ada",
                                     {{0, "H-WRONG", "HOSP", "MR"}, {0, "9001", LabUri, "PI"}});
    QVERIFY(!ada.isEmpty());
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QCOMPARE(identifiersOf(*m_b, ada).size(), 2);

    // A edits offline while the EHR drops the number.
    QVERIFY(m_a->edit(ada, [](Core::Patient &p) { p.email = QStringLiteral("ada@example.org"); }));
    const QList<QJsonObject> before = serverPatients();
    QCOMPARE(before.size(), 1);
    QJsonObject corrected = before.first();
    QJsonArray kept;
    for (const QJsonValue &id : corrected["identifier"].toArray()) {
        if (id["value"].toString() != QLatin1String("H-WRONG"))
            kept.append(id);
    }
    QCOMPARE(kept.size(), corrected["identifier"].toArray().size() - 1);
    corrected["identifier"] = kept;
    const QJsonObject put =
        server("PUT", "/fhir/R4/Patient/" + corrected["id"].toString(), corrected);
    QVERIFY2(put["identifier"].toArray().size() == kept.size(),
             QJsonDocument(put).toJson().constData());

    const auto hasWrong = [&] {
        for (const QJsonValue &id : serverPatients().first()["identifier"].toArray()) {
            if (id["value"].toString() == QLatin1String("H-WRONG"))
                return true;
        }
        return false;
    };
    const Sync::RoundResult a1 = m_a->round(); // If-Match fails: merged with the correction
    QVERIFY(a1.ok);
    QCOMPARE(a1.pushed, 1);
    QVERIFY(!hasWrong());
    QCOMPARE(identifiersOf(*m_a, ada), QStringList{"9001|" + LabUri + "|PI"});

    const Sync::RoundResult b1 = m_b->round();
    QVERIFY(b1.ok);
    QCOMPARE(identifiersOf(*m_b, ada), QStringList{"9001|" + LabUri + "|PI"});
    QCOMPARE(m_b->patient(ada).email, QStringLiteral("ada@example.org"));
    QVERIFY(m_b->edit(ada, [](Core::Patient &p) { p.phoneMobile = QStringLiteral("555-0123"); }));
    QCOMPARE(m_b->round().pushed, 1);
    QVERIFY(!hasWrong());
    // And the withdrawal is on the audit trail of each.
    for (PatientWorkstation *ws : {m_a.get(), m_b.get()}) {
        Core::AuditFilter filter;
        filter.action = QLatin1String(Core::Constants::Audit::PatientIdentifierRemove);
        auto removed = ws->store.services().audit().list(filter);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 1);
        QVERIFY(removed->first().detail.startsWith(QLatin1String("H-WRONG^HOSP")));
    }
}

void TestSyncIdentifiers::numberChangedHereLeavesTheServer()
{
    // The hospital renumbers Ada (an ADT^A47 received on A: its temporary number replaced by the
    // permanent one). The server's copy and B lose the old number too, though B changed Ada
    // meanwhile; and A's pull of B's change does not bring the old number back before A pushes.
    const QString ada = registerWith(*m_a, "Okafor", "Ada",
                                     {{0, "H-TEMP", "HOSP", "MR"}, {0, "9001", LabUri, "PI"}});
    QVERIFY(!ada.isEmpty());
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QCOMPARE(identifiersOf(*m_b, ada).size(), 2);

    const qint64 local = m_a->patient(ada).id;
    QVERIFY(m_a->patients().removeIdentifier({local, "H-TEMP", "HOSP", {}}));
    QVERIFY(m_a->patients().addIdentifier({local, "H-PERM", "HOSP", "MR"}));
    const QStringList renumbered{"9001|" + LabUri + "|PI", "H-PERM|HOSP|MR"};
    QCOMPARE(identifiersOf(*m_a, ada), renumbered);
    QCOMPARE(m_a->patients().withdrawnIdentifiers(local)->size(), 1);

    QVERIFY(m_b->edit(ada, [](Core::Patient &p) { p.email = QStringLiteral("ada@example.org"); }));
    QCOMPARE(m_b->round().pushed, 1);
    const Sync::RoundResult pulled = m_a->engine->pull();
    QVERIFY2(pulled.ok, qPrintable(pulled.message));
    QCOMPARE(m_a->patient(ada).email, QStringLiteral("ada@example.org"));
    QCOMPARE(identifiersOf(*m_a, ada), renumbered);

    const auto serverValues = [&] {
        QStringList values;
        for (const QJsonValue &id : serverPatients().first()["identifier"].toArray())
            values << id["value"].toString();
        values.sort();
        return values;
    };
    QVERIFY(serverValues().contains(QStringLiteral("H-TEMP")));
    const Sync::RoundResult a1 = m_a->round();
    QVERIFY(a1.ok);
    QCOMPARE(a1.pushed, 1);
    QVERIFY2(!serverValues().contains(QStringLiteral("H-TEMP")),
             qPrintable(serverValues().join(u' ')));
    QVERIFY(serverValues().contains(QStringLiteral("H-PERM")));
    QVERIFY(serverValues().contains(QStringLiteral("9001")));
    // Settled: the server no longer holds it.
    QCOMPARE(m_a->patients().withdrawnIdentifiers(local)->size(), 0);

    QVERIFY(m_b->round().ok);
    QCOMPARE(identifiersOf(*m_b, ada), renumbered);
    // B forgot it as the server's withdrawal: nothing for B to carry back.
    QCOMPARE(m_b->patients().withdrawnIdentifiers(m_b->patient(ada).id)->size(), 0);
    // Quiet afterwards.
    QCOMPARE(m_a->round().pushed, 0);
    QCOMPARE(m_b->round().pushed, 0);
    QVERIFY(!serverValues().contains(QStringLiteral("H-TEMP")));
}

QTEST_GUILESS_MAIN(TestSyncIdentifiers)
#include "tst_syncidentifiers.moc"
