#include "core/constants.h"
#include "core/session/interfacesession.h"
#include "core/store/database.h"
#include "core/sync/changelog.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace Ambulo;

// Patient identifiers (PID-3 and FHIR identifiers) and merging two records of one person.
class tst_PatientMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void identifierNamesOnePatient();
    void identifierValidation_data();
    void identifierValidation();
    void longSystemUriIsAnAuthority();
    void mergeMovesIdentifiersAndHides();
    void mergeRunsHooksInItsTransaction();
    void refusedMerges_data();
    void refusedMerges();
    void interfaceSessionMayRegisterAndMerge();
    void auditTrailFollowsThePerson();
    void wrongNumberTakenOffByAdmins();
    void numberTypedInByHand();

private:
    qint64 add(const QString &family, const QString &given);
    qint64 scalar(const QString &sql, qint64 arg);
    Core::PatientService &patients() { return m_t->services().patients(); }
    std::unique_ptr<Test::TestStore> m_t;
};

void tst_PatientMerge::init()
{
    m_t = std::make_unique<Test::TestStore>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->error()));
    QVERIFY(m_t->signInAdmin());
}

qint64 tst_PatientMerge::add(const QString &family, const QString &given)
{
    auto id = patients().create(Test::samplePatient(family, given, QDate(1970, 1, 1)));
    return id ? id.value() : 0;
}

qint64 tst_PatientMerge::scalar(const QString &sql, qint64 arg)
{
    Core::Query q = m_t->store().db().query(sql);
    q.bind(1, arg);
    const qint64 v = q.next() ? q.int64(0) : -1;
    q.finish();
    return v;
}

void tst_PatientMerge::identifierNamesOnePatient()
{
    const qint64 a = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const qint64 b = add(QStringLiteral("Roe"), QStringLiteral("Rick"));
    QVERIFY(patients().addIdentifier(
        {a, QStringLiteral("100"), QStringLiteral("HOSP"), QStringLiteral("MR")}));
    // Same value, other authority: another identifier.
    QVERIFY(patients().addIdentifier({b, QStringLiteral("100"), QStringLiteral("LAB"), {}}));
    // Again for the same patient: a no-op, not a duplicate.
    QVERIFY(patients().addIdentifier({a, QStringLiteral(" 100 "), QStringLiteral("HOSP"), {}}));
    const Core::Status taken =
        patients().addIdentifier({b, QStringLiteral("100"), QStringLiteral("HOSP"), {}});
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, Core::ErrorCode::Conflict);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("100"), QStringLiteral("HOSP")).value(), a);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("100"), QStringLiteral("LAB")).value(), b);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("100"), {}).value(), 0);
    auto list = patients().identifiers(a);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().typeCode, QStringLiteral("MR"));

    // Created with its identifiers: one change row, and all or nothing.
    const qint64 head = Core::ChangeLog::head(m_t->store().db()).value();
    auto c = patients().create(
        Test::samplePatient(QStringLiteral("Poe"), QStringLiteral("Ed"), QDate(1960, 1, 1)),
        {{0, QStringLiteral("500"), QStringLiteral("HOSP"), {}},
         {0, QStringLiteral("501"), QStringLiteral("LAB"), {}}});
    QVERIFY(c);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("501"), QStringLiteral("LAB")).value(),
             c.value());
    QCOMPARE(Core::ChangeLog::since(m_t->store().db(), head, 10)->size(), 1);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM patients WHERE ? >= 0"), 0);
    auto clash = patients().create(
        Test::samplePatient(QStringLiteral("Poe"), QStringLiteral("Al"), QDate(1961, 1, 1)),
        {{0, QStringLiteral("100"), QStringLiteral("HOSP"), {}}});
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, Core::ErrorCode::Conflict);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patients WHERE ? >= 0"), 0), before);
}

void tst_PatientMerge::identifierValidation_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "  "
                           << "HOSP"
                           << "no value";
    QTest::newRow("long value") << QString(65, QLatin1Char('9')) << "HOSP"
                                << "longer than 64";
    QTest::newRow("long authority") << "1" << QString(200, QLatin1Char('A')) << "longer than 199";
}

void tst_PatientMerge::identifierValidation()
{
    QFETCH(QString, value);
    QFETCH(QString, authority);
    QFETCH(QString, expected);
    const qint64 a = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const Core::Status s = patients().addIdentifier({a, value, authority, {}});
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patient_identifiers WHERE ? >= 0"), 0), 0);
}

void tst_PatientMerge::longSystemUriIsAnAuthority()
{
    // A FHIR Identifier.system (a URI) is the authority as it is; many are longer than 64.
    const QString system = QStringLiteral("https://fhir.riverside-regional-medical-center.example"
                                          ".org/NamingSystem/medical-record-number/")
                           + QString(199 - 94, QLatin1Char('x'));
    QCOMPARE(system.size(), 199);
    const qint64 a = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    QVERIFY(patients().addIdentifier({a, QStringLiteral("H-1"), system, {}}));
    QCOMPARE(patients().findByIdentifier(QStringLiteral("H-1"), system).value(), a);
}

void tst_PatientMerge::mergeMovesIdentifiersAndHides()
{
    const qint64 keep = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const qint64 gone = add(QStringLiteral("Doe"), QStringLiteral("Janet"));
    const qint64 older = add(QStringLiteral("Doe"), QStringLiteral("J"));
    QVERIFY(patients().addIdentifier({gone, QStringLiteral("200"), QStringLiteral("CLINIC"), {}}));
    QVERIFY(patients().addIdentifier({older, QStringLiteral("300"), QStringLiteral("CLINIC"), {}}));
    QVERIFY(patients().merge(gone, older, QStringLiteral("same person")));
    const qint64 before = Core::ChangeLog::head(m_t->store().db()).value();
    QVERIFY(patients().merge(keep, gone, QStringLiteral("duplicate registration")));

    // Identifiers of both merged records now name the survivor.
    QCOMPARE(patients().findByIdentifier(QStringLiteral("200"), QStringLiteral("CLINIC")).value(),
             keep);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("300"), QStringLiteral("CLINIC")).value(),
             keep);
    QCOMPARE(patients().identifiers(keep)->size(), 2);
    // Merged records point straight at the survivor; opening one opens the survivor.
    QCOMPARE(scalar(QStringLiteral("SELECT merged_into FROM patients WHERE id = ?"), older), keep);
    QCOMPARE(patients().open(gone)->id, keep);
    // Search shows the survivor only.
    auto found =
        patients().search(QStringLiteral("Doe"), 10, Core::PatientService::SearchUse::TypeAhead);
    QVERIFY(found);
    QCOMPARE(found->matches.size(), 1);
    QCOMPARE(found->matches.first().id, keep);
    // A merged record is not updated behind the survivor's back.
    Core::Patient stale =
        Test::samplePatient(QStringLiteral("Doe"), QStringLiteral("X"), QDate(1970, 1, 1));
    stale.id = gone;
    QVERIFY(!patients().update(stale));

    // The trail: patient_merges, the change log and the audit log.
    auto merges = patients().merges(keep);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    QCOMPARE(merges->first().mergedId, gone);
    QCOMPARE(merges->first().byUser, Test::AdminName);
    QCOMPARE(merges->first().source, QStringLiteral("local"));
    QCOMPARE(merges->first().reason, QStringLiteral("duplicate registration"));
    auto changes = Core::ChangeLog::since(m_t->store().db(), before, 10);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().op, QStringLiteral("merge"));
    QCOMPARE(changes->first().entityId, keep);
    QCOMPARE(changes->first().detail, QString::number(gone));
    Core::Query audit = m_t->store().db().query(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND patient_id = ?"));
    audit.bind(1, Core::Constants::Audit::PatientMerge).bind(2, keep);
    QVERIFY(audit.next());
    QCOMPARE(audit.int64(0), 1);
}

void tst_PatientMerge::mergeRunsHooksInItsTransaction()
{
    const qint64 keep = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const qint64 gone = add(QStringLiteral("Doe"), QStringLiteral("Janet"));
    QVERIFY(patients().addIdentifier({gone, QStringLiteral("200"), QStringLiteral("CLINIC"), {}}));
    QList<std::pair<qint64, qint64>> seen;
    patients().addMergeHook(QStringLiteral("test"), [&](const Core::MergeEvent &e) {
        seen.append({e.survivorId, e.mergedId});
        return Core::Status(Core::conflict(QStringLiteral("the hook refuses")));
    });
    const Core::Status refused = patients().merge(keep, gone, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("the hook refuses")),
             qPrintable(refused.error().message));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first(), std::make_pair(keep, gone));
    // Nothing of the refused merge is kept.
    QCOMPARE(patients().findByIdentifier(QStringLiteral("200"), QStringLiteral("CLINIC")).value(),
             gone);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM patient_merges WHERE survivor_id = ?"), keep),
        0);
    // A hook of the same owner replaces the first.
    patients().addMergeHook(QStringLiteral("test"),
                            [&](const Core::MergeEvent &) { return Core::Status(); });
    QVERIFY(patients().merge(keep, gone, {}));
    QCOMPARE(seen.size(), 1);
}

void tst_PatientMerge::refusedMerges_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("expected");
    QTest::newRow("self") << 0 << "into itself";
    QTest::newRow("unknown") << 1 << "No patient";
    QTest::newRow("twice") << 2 << "already merged";
}

void tst_PatientMerge::refusedMerges()
{
    QFETCH(int, which);
    QFETCH(QString, expected);
    const qint64 a = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const qint64 b = add(QStringLiteral("Doe"), QStringLiteral("Janet"));
    Core::Status s;
    if (which == 0) {
        s = patients().merge(a, a, {});
    } else if (which == 1) {
        s = patients().merge(a, 9999, {});
    } else {
        QVERIFY(patients().merge(a, b, {}));
        s = patients().merge(a, b, {});
    }
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
}

void tst_PatientMerge::interfaceSessionMayRegisterAndMerge()
{
    const qint64 a = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const qint64 b = add(QStringLiteral("Doe"), QStringLiteral("Janet"));
    Core::ServiceContext &context = m_t->services().context();
    const Core::Session s = Core::interfaceSession(QStringLiteral("hl7:PM"));
    QCOMPARE(s.role, Core::Role::Interface);
    QCOMPARE(s.username, QStringLiteral("hl7:PM"));
    context.setSession(s);
    context.setOrigin(QStringLiteral("hl7:PM"));
    QVERIFY(patients().addIdentifier({b, QStringLiteral("7"), QStringLiteral("PM"), {}}));
    QVERIFY(patients().merge(a, b, QStringLiteral("A40")));
    auto merges = patients().merges(a);
    QVERIFY(merges);
    QCOMPARE(merges->first().byUser, QStringLiteral("hl7:PM"));
    QCOMPARE(merges->first().source, QStringLiteral("hl7:PM"));
    // The interface is not an administrator.
    QVERIFY(!m_t->services().users().list());
}

void tst_PatientMerge::wrongNumberTakenOffByAdmins()
{
    // A hospital number given to the wrong record (a name and birth date match an admin found
    // wrong on review): an admin takes it off, with `patients show` to see it and
    // `patients remove-identifier` to remove it; the front desk cannot.
    const qint64 jane = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    QVERIFY(patients().addIdentifier(
        {jane, QStringLiteral("900100"), QStringLiteral("HOSP"), QStringLiteral("MR")}));
    QVERIFY(patients().addIdentifier({jane, QStringLiteral("L-7"), QStringLiteral("LAB"), {}}));
    const QString mrn = patients().mrnOf(jane).value();

    const QString password = m_t->addUser(QStringLiteral("desk2"), Core::Role::FrontDesk);
    QVERIFY(m_t->services().users().signIn(QStringLiteral("desk2"), password).ok());
    const Core::Status refused =
        patients().removeIdentifier({jane, QStringLiteral("900100"), QStringLiteral("HOSP"), {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Core::ErrorCode::Denied);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")).value(),
             jane);
    QVERIFY(m_t->signInAdmin());

    auto [code, out, err] = Test::runAmbulo(*m_t, {"patients", "show", mrn});
    QVERIFY2(code == 0, qPrintable(err));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(mrn + u'\t'));
    QCOMPARE(lines[1], QStringLiteral("identifier\t900100\tHOSP\tMR"));
    QCOMPARE(lines[2], QStringLiteral("identifier\tL-7\tLAB\t"));

    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "remove-identifier", mrn, "900100", "--authority", "HOSP"});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(out.trimmed(), QStringLiteral("900100 (HOSP) taken off %1").arg(mrn));
    QCOMPARE(patients().findByIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")).value(),
             0);
    QCOMPARE(patients().identifiers(jane)->size(), 1);
    // Kept for the FHIR push, and audited as the admin's.
    QCOMPARE(patients().withdrawnIdentifiers(jane)->size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'patient.identifier-remove' AND patient_id = ?"),
                    jane),
             qint64(1));

    // Again: the record no longer holds it. Another record's number is not this one's either.
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "remove-identifier", mrn, "900100", "--authority", "HOSP"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("holds no identifier 900100 of HOSP")), qPrintable(err));
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "remove-identifier", mrn, "L-7", "--authority", "HOSP"});
    QCOMPARE(code, 1);
    std::tie(code, out, err) = Test::runAmbulo(*m_t, {"patients", "remove-identifier", mrn, "L-7"});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("--authority")), qPrintable(err));
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "remove-identifier", "M9999999", "L-7", "--authority", "LAB"});
    QCOMPARE(code, 1);
    QVERIFY(err.contains(QStringLiteral("M9999999")));
    QCOMPARE(patients().identifiers(jane)->size(), 1);
}

// An access report on a person finds what was done to every record they have had: records merged
// into theirs (at any depth) and the MRN they had before a renumbering, whichever MRN is typed.
void tst_PatientMerge::auditTrailFollowsThePerson()
{
    const qint64 keep = add(QStringLiteral("Trail"), QStringLiteral("Kept"));
    const qint64 gone = add(QStringLiteral("Trail"), QStringLiteral("Gone"));
    const qint64 older = add(QStringLiteral("Trail"), QStringLiteral("Older"));
    const qint64 stranger = add(QStringLiteral("Trail"), QStringLiteral("Stranger"));
    QMap<qint64, QString> mrn;
    for (const qint64 id : {keep, gone, older, stranger}) {
        auto opened = patients().open(id); // an audited read under the record's MRN now
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        mrn[id] = opened->mrn;
    }
    QVERIFY(patients().merge(gone, older, QStringLiteral("same person")));
    QVERIFY(patients().merge(keep, gone, QStringLiteral("same person")));
    auto renumbered = patients().changeMrn(keep, {}, QStringLiteral("test"));
    QVERIFY2(renumbered.ok(), renumbered ? "" : qPrintable(renumbered.error().message));

    // The MRNs the person's reads were recorded under, as the report finds them.
    const auto readsUnder = [&](const QString &typed) {
        Core::AuditFilter f;
        f.patientMrn = typed;
        f.action = QLatin1String(Core::Constants::Audit::PatientRead);
        auto entries = m_t->services().auditTrail(f);
        if (!entries)
            return QStringList{QStringLiteral("failed: ") + entries.error().message};
        QStringList seen;
        for (const Core::AuditEntry &e : entries.value())
            seen << e.patientMrn;
        seen.sort();
        return seen;
    };
    QStringList person{mrn[keep], mrn[gone], mrn[older]};
    person.sort();
    QCOMPARE(readsUnder(renumbered.value()), person);
    // A merged-away record's MRN names the same person.
    QCOMPARE(readsUnder(mrn[older]), person);
    QCOMPARE(readsUnder(mrn[stranger]), QStringList{mrn[stranger]});
    // An MRN no record has now: what was recorded under it.
    QCOMPARE(readsUnder(mrn[keep]), QStringList{mrn[keep]});
    QCOMPARE(readsUnder(QStringLiteral("NOBODY-1")), QStringList());

    // The log itself stays the auditors'.
    const QString password = m_t->addUser(QStringLiteral("desk1"), Core::Role::FrontDesk);
    QVERIFY(m_t->services().users().signIn(QStringLiteral("desk1"), password).ok());
    Core::AuditFilter f;
    f.patientMrn = renumbered.value();
    QVERIFY(!m_t->services().auditTrail(f).ok());
}

// A number a hospital read out on the phone, typed in with `patients add-identifier`: the
// hospital's messages under it reach the record; someone else's number is refused, naming whose.
void tst_PatientMerge::numberTypedInByHand()
{
    const qint64 jane = add(QStringLiteral("Doe"), QStringLiteral("Jane"));
    const qint64 john = add(QStringLiteral("Doe"), QStringLiteral("John"));
    QVERIFY(patients().addIdentifier({john, QStringLiteral("900200"), QStringLiteral("HOSP"), {}}));
    const QString mrn = patients().mrnOf(jane).value();
    const QString johnMrn = patients().mrnOf(john).value();

    auto [code, out, err] = Test::runAmbulo(
        *m_t, {"patients", "add-identifier", mrn, "900100", "--authority", "HOSP", "--type", "mr"});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(out.trimmed(), QStringLiteral("900100 (HOSP) added to %1").arg(mrn));
    QCOMPARE(patients().findByIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")).value(),
             jane);
    QCOMPARE(patients().identifiers(jane)->first().typeCode, QStringLiteral("MR"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'patient.identifier-add' AND patient_id = ?"),
                    jane),
             qint64(1));
    std::tie(code, out, err) = Test::runAmbulo(*m_t, {"patients", "show", mrn});
    QVERIFY2(out.contains(QStringLiteral("identifier\t900100\tHOSP\tMR")), qPrintable(out));

    // Typed twice: said so, nothing added or audited again.
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "add-identifier", mrn, "900100", "--authority", "HOSP"});
    QCOMPARE(code, 0);
    QCOMPARE(out.trimmed(), QStringLiteral("900100 (HOSP) is already on %1").arg(mrn));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'patient.identifier-add' AND patient_id = ?"),
                    jane),
             qint64(1));

    // John's number: a conflict (exit 3) naming his record, and Jane does not get it.
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "add-identifier", mrn, "900200", "--authority", "HOSP"});
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(QStringLiteral("900200 (HOSP) is already on record %1").arg(johnMrn)),
             qPrintable(err));
    QCOMPARE(patients().findByIdentifier(QStringLiteral("900200"), QStringLiteral("HOSP")).value(),
             john);

    // Bad input: no authority or number (usage, exit 2), no such MRN, a number too long.
    std::tie(code, out, err) = Test::runAmbulo(*m_t, {"patients", "add-identifier", mrn, "900300"});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("--authority")), qPrintable(err));
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "add-identifier", mrn, "--authority", "HOSP"});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "add-identifier", "M9999999", "900300", "--authority", "HOSP"});
    QCOMPARE(code, 1);
    QVERIFY(err.contains(QStringLiteral("M9999999")));
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "add-identifier", mrn, QString(65, u'9'), "--authority", "HOSP"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("longer than 64")), qPrintable(err));
    // Our own numbering is the MRN, not another system's number: in any case, and at
    // registration too, where nothing is registered.
    for (const char *own : {"AMBULO", " ambulo "}) {
        std::tie(code, out, err) = Test::runAmbulo(
            *m_t, {"patients", "add-identifier", mrn, "900300", "--authority", own});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("AMBULO is this practice's own numbering")),
                 qPrintable(err));
    }
    QCOMPARE(patients().identifiers(jane)->size(), 1);
    const qint64 registered =
        scalar(QStringLiteral("SELECT count(*) FROM patients WHERE id > ?"), 0);
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "add", "--family", "Ruiz", "--given", "Ana", "--dob", "1990-05-01",
               "--sex", "female", "--number", "900300", "--authority", "AMBULO"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("name the system that gave number 900300")),
             qPrintable(err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patients WHERE id > ?"), 0), registered);

    // Registered with another system's number in one go; someone else's is refused (exit 3)
    // naming their record, and nothing is registered.
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM patients WHERE id > ?"), 0);
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "add", "--family", "Ruiz", "--given", "Ana", "--dob", "1990-05-01",
               "--sex", "female", "--number", "900200", "--authority", "HOSP"});
    QCOMPARE(code, 3);
    QVERIFY2(err.contains(johnMrn), qPrintable(err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patients WHERE id > ?"), 0), before);
    std::tie(code, out, err) =
        Test::runAmbulo(*m_t, {"patients", "add", "--family", "Ruiz", "--given", "Ana", "--dob",
                               "1990-05-01", "--sex", "female", "--number", "900400"});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = Test::runAmbulo(
        *m_t, {"patients", "add", "--family", "Ruiz", "--given", "Ana", "--dob", "1990-05-01",
               "--sex", "female", "--number", "900400", "--authority", "HOSP", "--type", "mr"});
    QVERIFY2(code == 0, qPrintable(err));
    const qint64 ana = patients().findByMrn(out.trimmed()).value();
    QVERIFY(ana > 0);
    QCOMPARE(patients().findByIdentifier(QStringLiteral("900400"), QStringLiteral("HOSP")).value(),
             ana);
    QCOMPARE(patients().identifiers(ana)->first().typeCode, QStringLiteral("MR"));
}

QTEST_GUILESS_MAIN(tst_PatientMerge)
#include "tst_patientmerge.moc"
