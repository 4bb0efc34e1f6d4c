#include "core/constants.h"
#include "core/sync/changelog.h"
#include "tests/connectors/hl7/adthandlertest.h"

#include <QtTest>

#include <algorithm>

using namespace Ambulo;

// The ADT adapters that join or renumber records, driven directly over a real store signed in as
// an interface: a merge (A40) moves identifiers and is audited; a renumbering (A47) replaces the
// sender's number, or is refused as a whole. Registration and updates are in tst_hl7adt.cpp.
class tst_Hl7AdtMerge : public Test::AdtHandlerTest
{
    Q_OBJECT

private slots:
    void mergeMovesIdentifiersAndIsAudited();
    void renumberedBySender();
    void renumberingRefused_data();
    void renumberingRefused();
};

void tst_Hl7AdtMerge::mergeMovesIdentifiersAndIsAudited()
{
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a28_add.hl7")).ok);
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a31_new.hl7")).ok);
    const qint64 survivor = byIdentifier(QStringLiteral("700200"), QStringLiteral("CLINIC"));
    const qint64 merged = byIdentifier(QStringLiteral("700300"), QStringLiteral("CLINIC"));
    QVERIFY(survivor > 0 && merged > 0 && survivor != merged);
    const Hl7::Outcome outcome = applyFile(QStringLiteral("adapters/adt_a40_merge.hl7"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.text));
    QCOMPARE(byIdentifier(QStringLiteral("700300"), QStringLiteral("CLINIC")), survivor);
    auto merges = m_t->services().patients().merges(survivor);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    QCOMPARE(merges->first().mergedId, merged);
    QCOMPARE(merges->first().byUser, QStringLiteral("hl7:PM"));
    QVERIFY(merges->first().reason.contains(QStringLiteral("AD0007")));
    Core::Query audit = m_t->store().db().query(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE action = ? AND patient_id = ? AND user_name = ?"));
    audit.bind(1, Core::Constants::Audit::PatientMerge).bind(2, survivor).bind(3, "hl7:PM");
    QVERIFY(audit.next());
    QCOMPARE(audit.int64(0), 1);
    audit.finish();
    // A resend finds them merged: success, no second merge.
    const Hl7::Outcome again = applyFile(QStringLiteral("adapters/adt_a40_merge.hl7"));
    QVERIFY(again.ok);
    QCOMPARE(m_t->services().patients().merges(survivor)->size(), 1);
    // A merge naming nobody known in MRG-1.
    QByteArray unknown = readFixture(QStringLiteral("adapters/adt_a40_merge.hl7"));
    unknown.replace("MRG|700300", "MRG|123999");
    const Hl7::Outcome refused = apply(unknown);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, QStringLiteral("204"));
    QCOMPARE(refused.error.location, QStringLiteral("MRG-1"));
}

namespace {

// An ADT^A47 from HOSP with the given PID/MRG pairs ("PID|1||…" and "MRG|…" segments).
QByteArray a47(const QList<QByteArray> &segments)
{
    QByteArray m = "MSH|^~\\&|EPIC|HOSP|AMBULO|CLINIC|20261123091500||ADT^A47^ADT_A30|AD0048|P|"
                   "2.5.1\rEVN|A47|20261123091500\r";
    for (const QByteArray &segment : segments)
        m += segment + '\r';
    return m;
}

// "value|authority" of each identifier patient `id` holds, sorted.
QStringList heldBy(Core::PatientService &patients, qint64 id)
{
    auto ids = patients.identifiers(id);
    QStringList out;
    for (const Core::PatientIdentifier &i : ids ? ids.value() : QList<Core::PatientIdentifier>())
        out << i.value + u'|' + i.authority;
    out.sort();
    return ids ? out : QStringList{QStringLiteral("error")};
}

QStringList withdrawnFrom(Core::PatientService &patients, qint64 id)
{
    auto ids = patients.withdrawnIdentifiers(id);
    QStringList out;
    for (const Core::PatientIdentifier &i : ids ? ids.value() : QList<Core::PatientIdentifier>())
        out << i.value + u'|' + i.authority;
    return ids ? out : QStringList{QStringLiteral("error")};
}

} // namespace

void tst_Hl7AdtMerge::renumberedBySender()
{
    // The hospital replaces the temporary number it registered Lucía under: the record keeps its
    // MRN, its other numbers and its chart, and is found by the new number only.
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    Core::PatientService &patients = m_t->services().patients();
    const qint64 id = byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP"));
    QVERIFY(id > 0);
    const QString mrn = patients.mrnOf(id).value();
    const auto audited = [&](const char *action) {
        Core::Query q = m_t->store().db().query(
            QStringLiteral("SELECT group_concat(detail, ' ') FROM audit_log WHERE action = ? AND "
                           "patient_id = ? AND user_name = 'hl7:PM'"));
        q.bind(1, action).bind(2, id);
        return q.next() ? q.text(0) : QStringLiteral("error");
    };
    QCOMPARE(audited(Core::Constants::Audit::PatientIdentifierRemove), QString());

    const Hl7::Outcome changed = applyFile(QStringLiteral("adapters/adt_a47_renumber.hl7"));
    QVERIFY2(changed.ok, qPrintable(changed.error.text));
    QCOMPARE(changed.summary, QStringLiteral("patient %1 now known by 900555 (HOSP) instead of "
                                             "900100")
                                  .arg(mrn));
    QCOMPARE(patientCount(), qint64(1));
    QCOMPARE(heldBy(patients, id), (QStringList{"555-11-2222|SSA", "900555|HOSP"}));
    QCOMPARE(byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP")), qint64(0));
    QCOMPARE(patients.open(id)->family, QStringLiteral("Rivera"));
    QCOMPARE(audited(Core::Constants::Audit::PatientIdentifierRemove),
             QStringLiteral("900100^HOSP^MR"));
    QVERIFY(audited(Core::Constants::Audit::PatientIdentifierAdd)
                .contains(QStringLiteral("900555^HOSP^MR")));
    // Kept for the FHIR push to take off the server's copy.
    QCOMPARE(withdrawnFrom(patients, id), QStringList{"900100|HOSP"});
    // Both changes are in the change log, for the FHIR server and the other interfaces.
    auto changes = Core::ChangeLog::since(m_t->store().db(), 0, 100);
    QVERIFY(changes);
    QCOMPARE(std::count_if(changes->cbegin(), changes->cend(),
                           [&](const Core::Change &c) {
                               return c.entityId == id && c.op == QLatin1String("update")
                                      && c.origin == QLatin1String("hl7:PM");
                           }),
             2);

    // The resend changes nothing more.
    const Hl7::Outcome again = applyFile(QStringLiteral("adapters/adt_a47_renumber.hl7"));
    QVERIFY2(again.ok, qPrintable(again.error.text));
    QCOMPARE(again.summary, QStringLiteral("900100 already known by 900555"));
    QCOMPARE(heldBy(patients, id), (QStringList{"555-11-2222|SSA", "900555|HOSP"}));
    QCOMPARE(audited(Core::Constants::Audit::PatientIdentifierRemove),
             QStringLiteral("900100^HOSP^MR"));
    // An update still under the old number names nobody now.
    const Hl7::Outcome stale = applyFile(QStringLiteral("adapters/adt_a08_update.hl7"));
    QVERIFY(!stale.ok);
    QCOMPARE(stale.error.code, QStringLiteral("204"));

    // Changed back (the hospital's mistake): the old number returns and is no longer withdrawn;
    // the new one is. Our MRN in PID-3 names the same patient, as it must.
    const Hl7::Outcome back = apply(
        a47({"PID|1||900100^^^HOSP^MR~" + mrn.toLatin1() + "^^^AMBULO^MR||Rivera^Lucia||19840212|F",
             "MRG|900555^^^HOSP^MR"}));
    QVERIFY2(back.ok, qPrintable(back.error.text));
    QCOMPARE(heldBy(patients, id), (QStringList{"555-11-2222|SSA", "900100|HOSP"}));
    QCOMPARE(withdrawnFrom(patients, id), QStringList{"900555|HOSP"});
}

void tst_Hl7AdtMerge::renumberingRefused_data()
{
    QTest::addColumn<QList<QByteArray>>("segments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown old number")
        << QList<QByteArray>{"PID|1||900777^^^HOSP^MR", "MRG|123999^^^HOSP^MR"} << "204"
        << "MRG-1"
        << "No patient is known by 123999 (HOSP) here.";
    QTest::newRow("new number is someone else's")
        << QList<QByteArray>{"PID|1||900200^^^HOSP^MR", "MRG|900100^^^HOSP^MR"} << "205"
        << "PID-3"
        << "PID-3 names patient M0000002 here, not the patient of 900100 (HOSP)";
    QTest::newRow("PID-3 names someone else by our MRN")
        << QList<QByteArray>{"PID|1||900777^^^HOSP^MR~M0000002^^^AMBULO^MR", "MRG|900100^^^HOSP^MR"}
        << "205"
        << "PID-3"
        << "PID-3 names patient M0000002 here";
    QTest::newRow("our own MRN") << QList<QByteArray>{"PID|1||M0000009^^^AMBULO^MR",
                                                      "MRG|M0000001^^^AMBULO^MR"}
                                 << "102"
                                 << "MRG-1"
                                 << "MRG-1 names MRN M0000001, this practice's own";
    QTest::newRow("other authority")
        << QList<QByteArray>{"PID|1||L-1^^^LAB^PI", "MRG|900100^^^HOSP^MR"} << "101"
        << "PID-3"
        << "PID-3 holds no identifier of HOSP to replace 900100 with.";
    QTest::newRow("no MRG") << QList<QByteArray>{"PID|1||900777^^^HOSP^MR"} << "100"
                            << "MRG"
                            << "ADT^A47 needs a PID and an MRG segment.";
    QTest::newRow("empty MRG-1") << QList<QByteArray>{"PID|1||900777^^^HOSP^MR", "MRG|"} << "101"
                                 << "MRG-1"
                                 << "MRG-1 holds no patient identifier.";
    // The first pair alone would be applied: the second's refusal takes it back.
    QTest::newRow("second pair refused")
        << QList<QByteArray>{"PID|1||900777^^^HOSP^MR", "MRG|900100^^^HOSP^MR",
                             "PID|2||900888^^^HOSP^MR", "MRG|123999^^^HOSP^MR"}
        << "204"
        << "MRG-1"
        << "No patient is known by 123999 (HOSP) here.";
}

void tst_Hl7AdtMerge::renumberingRefused()
{
    QFETCH(QList<QByteArray>, segments);
    QFETCH(QString, code);
    QFETCH(QString, location);
    QFETCH(QString, text);
    QVERIFY(applyFile(QStringLiteral("adapters/adt_a04_register.hl7")).ok);
    QByteArray other = readFixture(QStringLiteral("adapters/adt_a04_register.hl7"));
    other.replace("900100^^^HOSP^MR~555-11-2222^^^SSA^SS", "900200^^^HOSP^MR");
    other.replace("Rivera^Lucia", "Moreau^Anne").replace("AD0001", "AD0002");
    QVERIFY(apply(other).ok);
    Core::PatientService &patients = m_t->services().patients();
    const qint64 lucia = byIdentifier(QStringLiteral("900100"), QStringLiteral("HOSP"));
    const qint64 anne = byIdentifier(QStringLiteral("900200"), QStringLiteral("HOSP"));
    QCOMPARE(patients.mrnOf(lucia).value(), QStringLiteral("M0000001"));
    QCOMPARE(patients.mrnOf(anne).value(), QStringLiteral("M0000002"));
    const QStringList luciaHeld = heldBy(patients, lucia);
    const QStringList anneHeld = heldBy(patients, anne);

    const Hl7::Outcome refused = apply(a47(segments));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, code);
    QCOMPARE(refused.error.location, location);
    QVERIFY2(refused.error.text.startsWith(text), qPrintable(refused.error.text));
    // Nothing changed, nothing withdrawn.
    QCOMPARE(heldBy(patients, lucia), luciaHeld);
    QCOMPARE(heldBy(patients, anne), anneHeld);
    QCOMPARE(byIdentifier(QStringLiteral("900777"), QStringLiteral("HOSP")), qint64(0));
    QCOMPARE(withdrawnFrom(patients, lucia), QStringList());
}

QTEST_GUILESS_MAIN(tst_Hl7AdtMerge)
#include "tst_hl7adtmerge.moc"
