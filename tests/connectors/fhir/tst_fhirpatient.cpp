#include "connectors/fhir/adapters/patientresource.h"
#include "connectors/fhir/fhirclient.h"
#include "tests/support/peerprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ambulo;
namespace PatientResource = Fhir::PatientResource;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);
const QString System = PatientResource::mrnSystem(QStringLiteral("1234567893"));

Core::Patient fullPatient()
{
    Core::Patient p;
    p.mrn = QStringLiteral("000417");
    p.family = QStringLiteral("Núñez");
    p.given = QStringLiteral("María");
    p.middle = QStringLiteral("José");
    p.birthDate = QDate(1961, 12, 31);
    p.sex = QStringLiteral("female");
    p.addressLine = QStringLiteral("12 Elm St");
    p.city = QStringLiteral("Springfield");
    p.state = QStringLiteral("IL");
    p.postalCode = QStringLiteral("62704");
    p.phoneHome = QStringLiteral("217-555-0100");
    p.phoneMobile = QStringLiteral("217-555-0199");
    p.email = QStringLiteral("maria@example.org");
    p.language = QStringLiteral("es");
    p.preferredContact = QStringLiteral("sms");
    p.restricted = true;
    return p;
}

void compareOwnedFields(const Core::Patient &a, const Core::Patient &b)
{
    QCOMPARE(a.mrn, b.mrn);
    QCOMPARE(a.family, b.family);
    QCOMPARE(a.given, b.given);
    QCOMPARE(a.middle, b.middle);
    QCOMPARE(a.birthDate, b.birthDate);
    QCOMPARE(a.sex, b.sex);
    QCOMPARE(a.addressLine, b.addressLine);
    QCOMPARE(a.city, b.city);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.postalCode, b.postalCode);
    QCOMPARE(a.phoneHome, b.phoneHome);
    QCOMPARE(a.phoneMobile, b.phoneMobile);
    QCOMPARE(a.email, b.email);
    QCOMPARE(a.language, b.language);
    QCOMPARE(a.preferredContact, b.preferredContact);
    QCOMPARE(a.restricted, b.restricted);
}

// What another system put on the server and Ambulo knows nothing about.
QJsonObject serverCopy()
{
    QFile file(QStringLiteral(AMBULO_FHIR_TEST_DIR "/fixtures/patient_server_copy.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestFhirPatient : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void keepsWhatOthersWrote();
    void clearedFieldsAreRemoved();
    void refusesWhatIsNotAChart_data();
    void refusesWhatIsNotAChart();
    void validatesAndSurvivesARealServer();
    void exportPatientCommand();

private:
    QStringList validate(const QList<QJsonObject> &resources);
    QTemporaryDir m_dir;
};

QStringList TestFhirPatient::validate(const QList<QJsonObject> &resources)
{
    QStringList files;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString name = m_dir.filePath(QStringLiteral("resource%1.json").arg(i));
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly))
            return {QStringLiteral("cannot write ") + name};
        file.write(QJsonDocument(resources.at(i)).toJson());
        files.append(name);
    }
    QProcess node;
    node.start(QStringLiteral("node"), QStringList{Peers + "/fhir_validate.mjs"} + files);
    if (!node.waitForFinished(60000))
        return {QStringLiteral("validator did not finish")};
    const QString out =
        QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    if (node.exitCode() != 0 && out.trimmed().isEmpty())
        return {QStringLiteral("validator failed without output")};
    return out.split(u'\n', Qt::SkipEmptyParts);
}

void TestFhirPatient::roundTrip()
{
    const Core::Patient original = fullPatient();
    const QJsonObject resource = PatientResource::toFhir(original, System);
    QCOMPARE(resource.value("gender").toString(), QStringLiteral("female"));
    QCOMPARE(resource.value("birthDate").toString(), QStringLiteral("1961-12-31"));
    QCOMPARE(resource["identifier"][0]["type"]["coding"][0]["code"].toString(),
             QStringLiteral("MR"));
    auto back = PatientResource::fromFhir(resource, System);
    QVERIFY2(back, qPrintable(back.error().message));
    compareOwnedFields(back.value(), original);
}

void TestFhirPatient::keepsWhatOthersWrote()
{
    Core::Patient ours = fullPatient();
    ours.phoneHome = QStringLiteral("217-555-7777");
    const QJsonObject base = serverCopy();
    const QJsonObject sent = PatientResource::toFhir(ours, System, base);

    // Untouched: fields, extensions and entries Ambulo does not own.
    for (const char *key : {"id", "multipleBirthBoolean", "generalPractitioner"})
        QCOMPARE(sent.value(key), base.value(key));
    QCOMPARE(sent["meta"]["tag"], base["meta"]["tag"]);
    QCOMPARE(sent["meta"]["versionId"], base["meta"]["versionId"]);
    QVERIFY(sent.value("extension").toArray().contains(base["extension"][0]));
    QCOMPARE(sent["identifier"][0], base["identifier"][0]); // the SSN stays first and as it was
    QCOMPARE(sent["identifier"][1]["assigner"], base["identifier"][1]["assigner"]);
    QCOMPARE(sent["name"][0]["prefix"], base["name"][0]["prefix"]);
    QCOMPARE(sent["name"][1], base["name"][1]); // the maiden name
    QCOMPARE(sent["address"][0]["country"].toString(), QStringLiteral("US"));
    QCOMPARE(sent["address"][1], base["address"][1]);
    QVERIFY(sent.value("telecom").toArray().contains(base["telecom"][0])); // the work phone

    // Ours replaced in place, not duplicated.
    QCOMPARE(sent.value("identifier").toArray().size(), 2);
    QCOMPARE(sent.value("name").toArray().size(), 2);
    QCOMPARE(sent["name"][0]["family"].toString(), ours.family);
    QCOMPARE(sent["address"][0]["city"].toString(), ours.city);
    int homePhones = 0;
    for (const QJsonValue &t : sent.value("telecom").toArray()) {
        if (t["use"] == QJsonValue("home")) {
            ++homePhones;
            QCOMPARE(t["value"].toString(), ours.phoneHome);
        }
    }
    QCOMPARE(homePhones, 1);
    QStringList problems = validate({sent});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestFhirPatient::clearedFieldsAreRemoved()
{
    Core::Patient ours = fullPatient();
    ours.phoneHome.clear();
    ours.email.clear();
    ours.restricted = false;
    ours.preferredContact.clear();
    const QJsonObject sent =
        PatientResource::toFhir(ours, System, PatientResource::toFhir(fullPatient(), System));
    for (const QJsonValue &t : sent.value("telecom").toArray()) {
        QVERIFY(t["use"] != QJsonValue("home"));
        QVERIFY(t["system"] != QJsonValue("email"));
    }
    QVERIFY(!sent.contains("extension"));
    QVERIFY(!sent.contains("meta"));
    auto back = PatientResource::fromFhir(sent, System);
    QVERIFY(back);
    compareOwnedFields(back.value(), ours);
}

void TestFhirPatient::refusesWhatIsNotAChart_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a patient")
        << QByteArray("{\"resourceType\":\"Practitioner\"}") << "expected a Patient";
    QTest::newRow("no name") << QByteArray(
        R"({"resourceType":"Patient","id":"a","birthDate":"1990-01-01"})")
                             << "Patient/a has no name";
    QTest::newRow("empty name") << QByteArray(
        R"({"resourceType":"Patient","id":"b","name":[{"text":"x"}],"birthDate":"1990-01-01"})")
                                << "Patient/b has no name";
    QTest::newRow("year only") << QByteArray(
        R"({"resourceType":"Patient","id":"c","name":[{"family":"X"}],"birthDate":"1990"})")
                               << "Patient/c has no full birth date";
}

void TestFhirPatient::refusesWhatIsNotAChart()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    auto result = PatientResource::fromFhir(QJsonDocument::fromJson(json).object(), System);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
}

void TestFhirPatient::validatesAndSurvivesARealServer()
{
    Test::PeerProcess server;
    QVERIFY2(server.start("node", {Peers + "/fhir_server.mjs"}), qPrintable(server.error()));
    Fhir::ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(server.port()));
    auto client = Fhir::Client::create(options);
    QVERIFY(client);

    Core::Patient minimal;
    minimal.mrn = QStringLiteral("000001");
    minimal.family = QStringLiteral("Solo");
    minimal.birthDate = QDate(2020, 2, 29);
    for (const Core::Patient &patient : {fullPatient(), minimal}) {
        const QJsonObject resource = PatientResource::toFhir(patient, System);
        const QStringList problems = validate({resource});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Fhir::Reply created = client.value()->create(resource);
        QVERIFY2(created.ok(), qPrintable(created.message));
        const Fhir::Reply read =
            client.value()->read("Patient", created.body.value("id").toString());
        QVERIFY(read.ok());
        auto back = PatientResource::fromFhir(read.body, System);
        QVERIFY2(back, qPrintable(back.error().message));
        Core::Patient expected = patient;
        if (expected.sex.isEmpty())
            expected.sex = QStringLiteral("unknown");
        compareOwnedFields(back.value(), expected);
    }
}

void TestFhirPatient::exportPatientCommand()
{
    const QString bin = qEnvironmentVariable("AMBULO_BIN");
    QVERIFY2(QFileInfo::exists(bin), "AMBULO_BIN must name the ambulo binary");
    const QStringList store{"--data", m_dir.filePath("data"), "--key-file", m_dir.filePath("key")};
    const auto run = [&](const QStringList &args, const QString &user, const QString &password) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("AMBULO_PASSWORD", password);
        p.setProcessEnvironment(env);
        p.start(bin, store + (user.isEmpty() ? QStringList() : QStringList{"--user", user}) + args);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    auto [made, madeOut, madeErr] = run({"demo", "--patients", "20", "--seed", "5"}, {}, {});
    QVERIFY2(made == 0, qPrintable(madeErr));
    auto [added, mrnOut, addErr] =
        run({"patients", "add", "--family", "Export", "--given", "Ezra", "--dob", "1970-05-06",
             "--sex", "male", "--mobile", "555-0101"},
            "frontdesk", "demo-front-1");
    QVERIFY2(added == 0, qPrintable(addErr));
    const QString mrn = mrnOut.trimmed();

    auto [code, out, err] = run({"fhir", "export-patient", mrn}, "frontdesk", "demo-front-1");
    QVERIFY2(code == 0, qPrintable(err));
    const QJsonObject bundle = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(bundle.value("type").toString(), QStringLiteral("transaction"));
    const QJsonObject entry = bundle["entry"][0].toObject();
    QCOMPARE(entry["request"]["method"].toString(), QStringLiteral("POST"));
    QVERIFY(entry["request"]["ifNoneExist"].toString().endsWith(u'|' + mrn));
    QCOMPARE(entry["resource"]["name"][0]["family"].toString(), QStringLiteral("Export"));
    const QStringList problems = validate({bundle});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // A restricted chart leaves only with a typed reason (break-glass, audited and flagged);
    // an unknown MRN is an error, not an empty Bundle.
    auto [hidden, hiddenOut, hiddenErr] =
        run({"patients", "add", "--family", "Private", "--given", "Pat", "--dob", "1980-01-01",
             "--sex", "female", "--restricted"},
            "frontdesk", "demo-front-1");
    QVERIFY2(hidden == 0, qPrintable(hiddenErr));
    const QString hiddenMrn = hiddenOut.trimmed();
    auto [refused, refusedOut, refusedErr] =
        run({"fhir", "export-patient", hiddenMrn}, "frontdesk", "demo-front-1");
    QVERIFY(refused != 0);
    QVERIFY(refusedOut.isEmpty());
    QVERIFY2(refusedErr.contains("reason"), qPrintable(refusedErr));
    auto [allowed, allowedOut, allowedErr] =
        run({"fhir", "export-patient", hiddenMrn, "--reason", "transfer of care"}, "frontdesk",
            "demo-front-1");
    QVERIFY2(allowed == 0, qPrintable(allowedErr));
    QCOMPARE(QJsonDocument::fromJson(
                 allowedOut.toUtf8())["entry"][0]["resource"]["meta"]["security"][0]["code"]
                 .toString(),
             QStringLiteral("R"));
    auto [missing, missingOut, missingErr] =
        run({"fhir", "export-patient", "999999999"}, "frontdesk", "demo-front-1");
    QCOMPARE(missing, 1);
    QVERIFY(!missingErr.isEmpty());
}

QTEST_GUILESS_MAIN(TestFhirPatient)
#include "tst_fhirpatient.moc"
