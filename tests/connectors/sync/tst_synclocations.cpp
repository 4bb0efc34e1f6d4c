// Locations and rooms between two workstations through a real FHIR server: the same place set up
// offline on both is one Location on the server (found by its natural key), and Locations synced
// before that key existed get it.

#include "connectors/sync/locationadapter.h"
#include "connectors/sync/syncengine.h"
#include "core/store/database.h"
#include "tests/connectors/sync/directorysynctest.h"
#include "tests/connectors/sync/synctestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ambulo;
using Ambulo::Test::describe;
using Ambulo::Test::DirectoryWorkstation;

class TestSyncLocations : public Test::DirectorySyncTest
{
    Q_OBJECT

private slots:
    void sameRoomMadeOfflineTwiceIsOneLocation_data();
    void sameRoomMadeOfflineTwiceIsOneLocation();
    void locationsFromBeforeTheKeyGetIt();
};

// Two workstations set up the same location and room while offline (names as people type them):
// the second to push finds the first's Locations by their natural key (If-None-Exist) and
// adopts them, so the server holds one of each and both workstations' rooms map to it.
// Different names stay different places.
void TestSyncLocations::sameRoomMadeOfflineTwiceIsOneLocation_data()
{
    QTest::addColumn<QString>("locationB");
    QTest::addColumn<QString>("roomB");
    QTest::addColumn<int>("onServer"); // Locations on the server at the end
    QTest::newRow("same spelling") << "Main Street Clinic"
                                   << "Exam 1" << 2;
    QTest::newRow("case and spacing") << "main street  clinic"
                                      << "EXAM-1" << 2;
    QTest::newRow("other room") << "Main Street Clinic"
                                << "Exam 2" << 3;
    QTest::newRow("other location") << "Oak Street Clinic"
                                    << "Exam 1" << 4;
}

void TestSyncLocations::sameRoomMadeOfflineTwiceIsOneLocation()
{
    QFETCH(QString, locationB);
    QFETCH(QString, roomB);
    QFETCH(int, onServer);
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    qint64 clinicA = 0;
    qint64 clinicB = 0;
    qint64 roomIdA = 0;
    qint64 roomIdB = 0;
    const auto setUp = [](DirectoryWorkstation &ws, const QString &location, const QString &room,
                          qint64 &locationId, qint64 &roomId) {
        return ws.asAdmin([&] {
            auto l = ws.directory().addLocation({0, location, "12 Main St", "217-555-0142"});
            if (!l)
                return false;
            locationId = l.value();
            auto r = ws.directory().addRoom({0, locationId, room});
            roomId = r ? r.value() : 0;
            return bool(r);
        });
    };
    QVERIFY(
        setUp(a, QStringLiteral("Main Street Clinic"), QStringLiteral("Exam 1"), clinicA, roomIdA));
    QVERIFY(setUp(b, locationB, roomB, clinicB, roomIdB));

    const Sync::RoundResult first = a.round();
    QVERIFY2(first.ok, qPrintable(describe(first)));
    const Sync::RoundResult second = b.round();
    QVERIFY2(second.ok, qPrintable(describe(second)));
    QCOMPARE(second.newConflicts, 0);
    QCOMPARE(second.skipped, 0);
    const Sync::RoundResult back = a.round();
    QVERIFY2(back.ok, qPrintable(describe(back)));
    QCOMPARE(back.skipped, 0);

    QCOMPARE(m_server.resources("Location").size(), onServer);
    const auto serverIdOf = [](DirectoryWorkstation &ws, qint64 localId) {
        auto map = ws.engine->store().record(QStringLiteral("Location"), localId);
        return map && map->has_value() ? map->value().serverId : QString();
    };
    const QString clinicOnServer = serverIdOf(a, clinicA);
    const QString roomOnServer = serverIdOf(a, Core::roomEntityId(roomIdA));
    QVERIFY(!clinicOnServer.isEmpty() && !roomOnServer.isEmpty());
    const bool sameLocation = locationB == QLatin1String("main street  clinic")
                              || locationB == QLatin1String("Main Street Clinic");
    QCOMPARE(serverIdOf(b, clinicB) == clinicOnServer, sameLocation);
    QCOMPARE(serverIdOf(b, Core::roomEntityId(roomIdB)) == roomOnServer, onServer == 2);
    QCOMPARE(b.state("Location", clinicB), QStringLiteral("synced"));
    QCOMPARE(b.state("Location", Core::roomEntityId(roomIdB)), QStringLiteral("synced"));
    // Each workstation holds the practice's places once: B's room is the one A's room is (no
    // twin pulled in on either side), and B's bookings in it are in the one Location's room.
    QCOMPARE(a.locations().size(), sameLocation ? 1 : 2);
    QCOMPARE(b.locations().size(), a.locations().size());
    if (sameLocation) // one place, one spelling on both (the last one sent)
        QCOMPARE(a.locations().first().name, b.locations().first().name);
    QCOMPARE(a.rooms(clinicA).size(), onServer == 2 ? 1 : (sameLocation ? 2 : 1));
    QCOMPARE(b.rooms(clinicB).size(), a.rooms(clinicA).size() == 2 ? 2 : 1);
    // The room's Location is part of the one clinic on the server.
    for (const QJsonObject &l : m_server.resources("Location")) {
        if (l["physicalType"]["coding"][0]["code"].toString() == QLatin1String("ro")
            && sameLocation)
            QCOMPARE(l["partOf"]["reference"].toString(), "Location/" + clinicOnServer);
    }
    // Quiet afterwards: nothing more to push on either side.
    QCOMPARE(b.quietRound(), QString());
    QCOMPARE(a.quietRound(), QString());
    QCOMPARE(m_server.resources("Location").size(), onServer);
}

// A store whose Locations reached the server before the natural key existed (their server copy,
// the store's merge base, has none) sends them once more with it at its next round, so another
// workstation that sets up the same place adopts them instead of making twins.
void TestSyncLocations::locationsFromBeforeTheKeyGetIt()
{
    DirectoryWorkstation &a = *m_a;
    DirectoryWorkstation &b = *m_b;
    qint64 clinicA = 0;
    qint64 roomA = 0;
    QVERIFY(a.asAdmin([&] {
        auto l = a.directory().addLocation({0, "Main Street Clinic", "12 Main St", "217-555-0142"});
        auto r =
            l ? a.directory().addRoom({0, l.value(), "Exam 1"}) : Core::Result<qint64>(qint64(0));
        clinicA = l ? l.value() : 0;
        roomA = r ? r.value() : 0;
        return clinicA > 0 && roomA > 0;
    }));
    QVERIFY(a.round().ok);
    const auto hasKey = [](const QJsonObject &resource) {
        for (const QJsonValue &id : resource["identifier"].toArray()) {
            if (id["system"].toString() == QLatin1String(Sync::LocationAdapter::KeySystem))
                return true;
        }
        return false;
    };
    // As a release before the key sent them: the key taken off on the server, and A's base is
    // that copy (pulled back; nothing changed here, so nothing is sent).
    QList<QJsonObject> locations = m_server.resources("Location");
    QCOMPARE(locations.size(), 2);
    for (QJsonObject l : locations) {
        QJsonArray kept;
        for (const QJsonValue &id : l["identifier"].toArray()) {
            if (id["system"].toString() != QLatin1String(Sync::LocationAdapter::KeySystem))
                kept.append(id);
        }
        if (kept.isEmpty())
            l.remove("identifier");
        else
            l.insert("identifier", kept);
        QCOMPARE(
            m_server.request("PUT", "/fhir/R4/Location/" + l["id"].toString(), l)["id"].toString(),
            l["id"].toString());
    }
    // A Location the EHR keeps, without our key: not ours to rewrite.
    const QJsonObject ehrLocation{
        {"resourceType", "Location"}, {"status", "active"}, {"name", "County Imaging Center"}};
    const QString ehrId =
        m_server.request("POST", "/fhir/R4/Location", ehrLocation)["id"].toString();
    QVERIFY(!ehrId.isEmpty());
    QVERIFY(a.round().ok);
    QCOMPARE(a.locations().size(), 2);
    for (const qint64 id : {clinicA, Core::roomEntityId(roomA)}) {
        auto map = a.engine->store().record("Location", id);
        QVERIFY(map && map->has_value());
        QVERIFY(!hasKey(map->value().base));
        QCOMPARE(map->value().state, QStringLiteral("synced"));
    }
    // The store opened by this release: its resend pass has not run yet.
    Core::Query fresh = a.store.services().context().db().query(
        QStringLiteral("DELETE FROM sync_meta WHERE key = 'resend:location-key'"));
    QVERIFY(fresh.exec());

    // One round sends both once, with the key (an update, If-Match: no new Location).
    const int writesBefore = m_server.request("GET", "/$stats")["writes"].toInt();
    const Sync::RoundResult resent = a.round();
    QVERIFY2(resent.ok, qPrintable(describe(resent)));
    QCOMPARE(resent.pushed, 2);
    QCOMPARE(m_server.request("GET", "/$stats")["writes"].toInt() - writesBefore, 2);
    locations = m_server.resources("Location");
    QCOMPARE(locations.size(), 3);
    for (const QJsonObject &l : std::as_const(locations)) {
        QVERIFY2(hasKey(l) == (l["id"].toString() != ehrId), qPrintable(QJsonDocument(l).toJson()));
    }
    QCOMPARE(a.state("Location", clinicA), QStringLiteral("synced"));
    QCOMPARE(a.state("Location", Core::roomEntityId(roomA)), QStringLiteral("synced"));
    // Once: the next rounds send nothing more.
    QCOMPARE(a.quietRound(), QString());

    // B sets up the same place offline: it adopts A's Locations by the key.
    qint64 clinicB = 0;
    qint64 roomB = 0;
    QVERIFY(b.asAdmin([&] {
        auto l =
            b.directory().addLocation({0, "main street  clinic", "12 Main St", "217-555-0142"});
        auto r =
            l ? b.directory().addRoom({0, l.value(), "EXAM-1"}) : Core::Result<qint64>(qint64(0));
        clinicB = l ? l.value() : 0;
        roomB = r ? r.value() : 0;
        return clinicB > 0 && roomB > 0;
    }));
    const Sync::RoundResult adopted = b.round();
    QVERIFY2(adopted.ok, qPrintable(describe(adopted)));
    QCOMPARE(m_server.resources("Location").size(), 3);
    const auto serverIdOf = [](DirectoryWorkstation &ws, qint64 localId) {
        auto map = ws.engine->store().record(QStringLiteral("Location"), localId);
        return map && map->has_value() ? map->value().serverId : QString();
    };
    QCOMPARE(serverIdOf(b, clinicB), serverIdOf(a, clinicA));
    QCOMPARE(serverIdOf(b, Core::roomEntityId(roomB)), serverIdOf(a, Core::roomEntityId(roomA)));
    QCOMPARE(b.locations().size(), 2); // the clinic and the EHR's imaging center
}

QTEST_GUILESS_MAIN(TestSyncLocations)
#include "tst_synclocations.moc"
