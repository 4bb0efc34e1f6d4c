// Two workstations that sync through a FHIR server and each have the hospital's HL7 interface:
// - with `--changes here` every registration and edit reaches the hospital once, from the
//   workstation where it was made, not again from each workstation that pulled it; with
//   `--changes all` a workstation passes on what it pulled too (the practice's one interface
//   workstation);
// - a new patient's messages wait until the server has the record: two workstations that
//   register offline can give the same MRN to two people, and the hospital, which knows
//   patients by MRN, would file one person's registration on the other's record.
// Real parts throughout: the `ambulo` binary, the FHIR peer and python3-hl7's MLLP server.

#include "tests/connectors/hl7/mllppeer.h"
#include "tests/connectors/sync/patientsynctest.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Ambulo;

class TestSyncHl7 : public Test::PatientSyncTest
{
    Q_OBJECT

private slots:
    void eachChangeLeavesOnce();
    void newPatientsWaitForTheirFinalMrn();

private:
    // Runs `ambulo` on the workstation's store; empty when it exits 0, else what it said.
    static QString ambulo(Test::PatientWorkstation &w, const QStringList &args);
    // "<trigger> <family name>" of each message the hospital received, oldest first.
    QStringList received() const;
    // Both workstations sync with the peer (as `sync configure` sets it up) and send to the
    // hospital: `changes` is "here" or "all".
    void setUp(const QString &changes);
    // `hl7 queue --send` on the workstation: its standard error, or a failure.
    void deliver(Test::PatientWorkstation &w, QString *notes = nullptr);

    Test::MllpPeer m_hospital;
};

QString TestSyncHl7::ambulo(Test::PatientWorkstation &w, const QStringList &args)
{
    const auto [code, out, err] = Test::runAmbulo(w.store, args);
    return code == 0 ? QString() : QStringLiteral("exit %1: %2%3").arg(code).arg(out, err);
}

QStringList TestSyncHl7::received() const
{
    QStringList list;
    for (const QJsonObject &m : m_hospital.received()) {
        const QJsonObject fields = m.value(QStringLiteral("fields")).toObject();
        list << fields.value(QStringLiteral("MSH-9-2")).toString() + QLatin1Char(' ')
                    + fields.value(QStringLiteral("PID-5-1")).toString();
    }
    return list;
}

void TestSyncHl7::setUp(const QString &changes)
{
    QVERIFY2(m_hospital.start(), qPrintable(m_hospital.error()));
    for (Test::PatientWorkstation *w : {m_a.get(), m_b.get()}) {
        QString e = ambulo(*w, {"sync", "configure", "--server", base().toString()});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = ambulo(*w, {"hl7", "interface", "add", "HOSP", "--host", "127.0.0.1", "--port",
                        QString::number(m_hospital.port()), "--types", "ADT^A04,ADT^A08",
                        "--changes", changes});
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
}

void TestSyncHl7::deliver(Test::PatientWorkstation &w, QString *notes)
{
    const auto [code, out, err] = Test::runAmbulo(w.store, {"hl7", "queue", "--send"});
    QVERIFY2(code == 0, qPrintable(out + err));
    if (notes)
        *notes = err;
}

void TestSyncHl7::eachChangeLeavesOnce()
{
    setUp(QStringLiteral("here"));
    if (QTest::currentTestFailed())
        return;
    // One after the other, so that B numbers its patient after Avery (see the next test).
    const QString avery = m_a->registerPatient("Avery", "Ann");
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    const QString blake = m_b->registerPatient("Blake", "Ben");
    QVERIFY(!avery.isEmpty() && !blake.isEmpty());
    QVERIFY(m_b->round().ok);
    QVERIFY(m_a->round().ok);
    QCOMPARE(m_a->patientCount(), 2);
    QCOMPARE(m_b->patientCount(), 2);
    deliver(*m_a);
    deliver(*m_b);
    QStringList got = received();
    got.sort();
    QCOMPARE(got, (QStringList{"A04 Avery", "A04 Blake"}));

    // B becomes the practice's interface workstation: from now on it passes on what it pulls.
    QString e = ambulo(*m_b, {"hl7", "interface", "set", "HOSP", "--changes", "all"});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY(m_b->edit(blake, [](Core::Patient &p) { p.phoneHome = "217-555-0111"; }));
    QVERIFY(m_a->edit(avery, [](Core::Patient &p) { p.phoneHome = "217-555-0122"; }));
    QVERIFY(m_a->round().ok);
    QVERIFY(m_b->round().ok);
    QVERIFY(m_a->round().ok);
    QCOMPARE(m_b->patient(avery).phoneHome, QStringLiteral("217-555-0122"));
    QCOMPARE(m_a->patient(blake).phoneHome, QStringLiteral("217-555-0111"));
    deliver(*m_a);
    deliver(*m_b);
    got = received().mid(2);
    got.sort();
    // Avery's edit from A and again from B, which now sends every change; Blake's from B only,
    // as A still sends its own changes alone.
    QCOMPARE(got, (QStringList{"A08 Avery", "A08 Avery", "A08 Blake"}));
    QCOMPARE(m_hospital.answers(), (QStringList{"AA", "AA", "AA", "AA", "AA"}));
}

void TestSyncHl7::newPatientsWaitForTheirFinalMrn()
{
    setUp(QStringLiteral("here"));
    if (QTest::currentTestFailed())
        return;
    // Offline, each workstation gives its new patient the first free number: the same one.
    const QString avery = m_a->registerPatient("Avery", "Ann");
    const QString blake = m_b->registerPatient("Blake", "Ben");
    QVERIFY(!avery.isEmpty());
    QCOMPARE(blake, avery);
    const qint64 blakeId = m_b->patient(blake).id;
    QString notes;
    deliver(*m_a, &notes);
    QVERIFY2(notes.contains(QLatin1String("HOSP waits")) && notes.contains(avery),
             qPrintable(notes));
    deliver(*m_b);
    QCOMPARE(received(), QStringList());

    // A's sync puts Avery on the server under that number: A's registration goes.
    QVERIFY(m_a->round().ok);
    deliver(*m_a, &notes);
    QVERIFY2(!notes.contains(QLatin1String("waits")), qPrintable(notes));
    QCOMPARE(received(), (QStringList{"A04 Avery"}));
    // B's push finds the number taken and gives Blake the next; only then does Blake go out.
    deliver(*m_b);
    QCOMPARE(received().size(), 1);
    QVERIFY(m_b->round().ok);
    const QString blakeNow = m_b->patients().open(blakeId).value().mrn;
    QVERIFY(blakeNow != avery);
    deliver(*m_b);
    // Each name only ever with its own final number, so the hospital never mixes the two up.
    QMultiMap<QString, QString> numbers;
    for (const QJsonObject &m : m_hospital.received()) {
        const QJsonObject f = m.value(QStringLiteral("fields")).toObject();
        numbers.insert(f.value(QStringLiteral("PID-5-1")).toString(),
                       f.value(QStringLiteral("PID-3-1")).toString());
    }
    QCOMPARE(numbers.values(QStringLiteral("Avery")), QStringList{avery});
    QVERIFY(!numbers.values(QStringLiteral("Blake")).isEmpty());
    for (const QString &mrn : numbers.values(QStringLiteral("Blake")))
        QCOMPARE(mrn, blakeNow);
}

QTEST_GUILESS_MAIN(TestSyncHl7)
#include "tst_synchl7.moc"
