// Providers between two workstations through a real FHIR server: the same provider set up on both
// is one Practitioner, edits travel both ways, one-sided changes merge and a clash is queued.

#include "connectors/sync/syncengine.h"
#include "core/store/database.h"
#include "tests/connectors/sync/directorysynctest.h"
#include "tests/connectors/sync/synctestsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::describe;
using Ambulo::Test::DirectoryWorkstation;
using Ambulo::Test::npi;

class TestSyncProviders : public Test::DirectorySyncTest
{
    Q_OBJECT

private slots:
    void providerEditsTravel();
    void providerEditsMergeAndClash();
};

// The provider as both workstations' admins set it up (same NPI), synced: one Practitioner.
static bool sameProviderOnBoth(DirectoryWorkstation &a, DirectoryWorkstation &b)
{
    for (DirectoryWorkstation *ws : {&a, &b}) {
        if (!ws->asAdmin([&] {
                return bool(ws->directory().addPractitioner(
                    {0, npi(7), "Moreno", "Alicia", "MD", "Family medicine", 0, true}));
            }))
            return false;
    }
    return a.round().ok && b.round().ok && a.round().ok;
}

void TestSyncProviders::providerEditsTravel()
{
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    QVERIFY(sameProviderOnBoth(a, b));
    QCOMPARE(m_server.resources("Practitioner").size(), 1);

    // Name, credentials, specialty and a corrected NPI edited on A reach B.
    QVERIFY(a.editPractitioner([](Core::Practitioner &p) {
        p.given = QStringLiteral("Alicia M.");
        p.credentials = QStringLiteral("DO");
        p.specialty = QStringLiteral("Internal medicine");
        p.npi = npi(8);
    }));
    const Sync::RoundResult pushed = a.round();
    QVERIFY2(pushed.ok && pushed.pushed == 1, qPrintable(describe(pushed)));
    const Sync::RoundResult pulled = b.round();
    QVERIFY2(pulled.ok && pulled.pulled >= 1 && pulled.skipped == 0, qPrintable(describe(pulled)));
    std::optional<Core::Practitioner> onB = b.practitioner();
    QVERIFY(onB);
    QCOMPARE(onB->given, QStringLiteral("Alicia M."));
    QCOMPARE(onB->credentials, QStringLiteral("DO"));
    QCOMPARE(onB->specialty, QStringLiteral("Internal medicine"));
    QCOMPARE(onB->npi, npi(8));
    const QList<QJsonObject> onServer = m_server.resources("Practitioner");
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer[0]["identifier"][0]["value"].toString(), npi(8));

    // An edit on B comes back to A; nothing pulled is echoed back.
    QVERIFY(b.editPractitioner([](Core::Practitioner &p) { p.family = "Moreno-Diaz"; }));
    QVERIFY(b.round().ok);
    QVERIFY(a.round().ok);
    QCOMPARE(a.practitioner()->family, QStringLiteral("Moreno-Diaz"));
    QCOMPARE(a.practitioner()->specialty, QStringLiteral("Internal medicine"));
    QCOMPARE(a.quietRound(), QString());
    QCOMPARE(m_server.resources("Practitioner").size(), 1);
    // The change was applied through the directory, audited as the sync principal.
    Core::Query q = a.store.services().context().db().query(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'practitioner.update' AND "
                       "user_name = 'fhir-sync'"));
    QVERIFY(q.next());
    QVERIFY(q.integer(0) >= 1);
}

void TestSyncProviders::providerEditsMergeAndClash()
{
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    QVERIFY(sameProviderOnBoth(a, b));

    // The specialty changes on A, the active flag on B: both kept on both.
    QVERIFY(a.editPractitioner([](Core::Practitioner &p) { p.specialty = "Pediatrics"; }));
    QVERIFY(b.editPractitioner([](Core::Practitioner &p) { p.active = false; }));
    QVERIFY(a.round().ok);
    const Sync::RoundResult merged = b.round();
    QVERIFY2(merged.ok && merged.newConflicts == 0, qPrintable(describe(merged)));
    QVERIFY(a.round().ok);
    for (DirectoryWorkstation *ws : {&a, &b}) {
        QCOMPARE(ws->practitioner()->specialty, QStringLiteral("Pediatrics"));
        QCOMPARE(ws->practitioner()->active, false);
    }

    // The same field to different values: a conflict on B, nothing overwritten.
    QVERIFY(a.editPractitioner([](Core::Practitioner &p) { p.given = "Ali"; }));
    QVERIFY(b.editPractitioner([](Core::Practitioner &p) { p.given = "Lisa"; }));
    QVERIFY(a.round().ok);
    const Sync::RoundResult clash = b.round();
    QVERIFY2(clash.ok && clash.newConflicts == 1, qPrintable(describe(clash)));
    QCOMPARE(b.state("Practitioner", b.practitioner()->id), QStringLiteral("conflict"));
    QCOMPARE(b.practitioner()->given, QStringLiteral("Lisa"));
    QVERIFY(a.round().ok);
    QCOMPARE(a.practitioner()->given, QStringLiteral("Ali"));
    QCOMPARE(m_server.resources("Practitioner")[0]["name"][0]["given"][0].toString(),
             QStringLiteral("Ali"));
}

QTEST_GUILESS_MAIN(TestSyncProviders)
#include "tst_syncproviders.moc"
