#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncconstants.h"
#include "connectors/sync/syncengine.h"
#include "core/audit/auditlog.h"
#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/session/services.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <tuple>

using namespace Ambulo;
using Ambulo::Test::describe;
using Ambulo::Test::npi;
namespace S = Ambulo::Scheduling;

namespace {

const QString Peers = QStringLiteral(AMBULO_PEERS_DIR);
const QString HoursSystem = QStringLiteral("urn:ambulo:provider-hours");
const QString HoursExtension =
    QStringLiteral("https://ambulo.example/fhir/StructureDefinition/working-hours");
const QDate Monday(2027, 3, 8);

// A provider's one-off blockout, Monday 09:00-10:00.
S::Blockout mondayNineToTen(qint64 providerId, const char *reason)
{
    S::Blockout b;
    b.providerId = providerId;
    b.date = Monday;
    b.startMinute = 9 * 60;
    b.endMinute = 10 * 60;
    b.reason = QString::fromUtf8(reason);
    return b;
}

// One workstation: its own encrypted store, the same two providers (by NPI), one appointment
// type, New York time, and the engine App::makeSyncEngine assembles. Set-up changes are made by
// the practice admin; sync rounds run as the sync principal.
struct Workstation
{
    Test::TestStore store;
    Core::EventHub events;
    std::unique_ptr<S::SchedulingServices> scheduling;
    std::unique_ptr<Fhir::Client> client;
    std::unique_ptr<Sync::SyncEngine> engine;
    QUrl base;
    qint64 moreno = 0;
    qint64 chen = 0;
    qint64 type = 0;

    QString start(const QUrl &url)
    {
        base = url;
        if (!store.ok())
            return store.error();
        if (!store.signInAdmin())
            return QStringLiteral("admin sign-in failed");
        scheduling = std::make_unique<S::SchedulingServices>(store.services(), events);
        Core::DirectoryService &dir = store.services().directory();
        auto a = dir.addPractitioner({0, npi(1), "Moreno", "Alicia", "MD", {}, 0, true});
        auto b = dir.addPractitioner({0, npi(2), "Chen", "Ben", "DO", {}, 0, true});
        if (!a || !b)
            return QStringLiteral("providers");
        moreno = a.value();
        chen = b.value();
        if (!scheduling->setup().setTimeZone("America/New_York"))
            return QStringLiteral("time zone");
        auto fu = scheduling->setup().saveType({0, "FU", "Follow-up", 15, "#2e7d32", false, true});
        if (!fu)
            return QStringLiteral("type");
        type = fu.value();
        if (QString e = Test::connectToPeer(store, base, client); !e.isEmpty())
            return e;
        engine = App::makeSyncEngine(store.services(), *client);
        return {};
    }

    bool admin() { return store.signInAdmin(); }

    Sync::RoundResult round()
    {
        if (auto s = store.services().users().signInInterface(
                QLatin1String(Sync::Constants::Principal), Test::AdminName);
            !s) {
            Sync::RoundResult failed;
            failed.ok = false;
            failed.message = s.error().message;
            return failed;
        }
        return engine->round();
    }

    // Admin: one provider's hours on Monday to Friday, two intervals a day.
    bool weekdays(qint64 provider, int from1, int to1, int from2, int to2)
    {
        if (!admin())
            return false;
        for (int day = 1; day <= 5; ++day) {
            if (!scheduling->setup().setWorkingHours(
                    provider, day,
                    {{provider, day, from1, to1, 0}, {provider, day, from2, to2, 0}}))
                return false;
        }
        return true;
    }

    QStringList hours(qint64 provider)
    {
        QStringList out;
        auto list = scheduling->setup().workingHours(provider);
        if (list) {
            for (const S::WorkingInterval &i : list.value())
                out << QStringLiteral("%1 %2-%3")
                           .arg(i.weekday)
                           .arg(i.startMinute)
                           .arg(i.endMinute);
        }
        return out;
    }

    QList<S::Blockout> blockouts()
    {
        auto list = scheduling->setup().blockouts(Monday.addDays(-30), Monday.addDays(90));
        return list ? list.value() : QList<S::Blockout>();
    }

    QStringList blockoutTexts(qint64 provider)
    {
        QStringList out;
        for (const S::Blockout &b : blockouts()) {
            out << QStringLiteral("%1 %2 %3-%4 %5 %6 %7")
                       .arg(provider == b.providerId)
                       .arg(b.date.toString(Qt::ISODate))
                       .arg(b.startMinute)
                       .arg(b.endMinute)
                       .arg(int(b.recurrence))
                       .arg(b.until.toString(Qt::ISODate), b.reason);
        }
        return out;
    }

    QStringList openings(qint64 provider)
    {
        S::OpeningQuery q;
        q.typeId = type;
        q.providerIds = {provider};
        q.from = Monday;
        q.to = Monday.addDays(13);
        q.limit = 500;
        QStringList out;
        auto list = scheduling->queries().openings(q);
        if (list) {
            for (const S::Opening &o : list.value())
                out << o.startText();
        }
        return out;
    }

    Sync::RecordMap record(const QString &type, qint64 id)
    {
        auto map = engine->store().record(type, id);
        return map && map->has_value() ? map->value() : Sync::RecordMap();
    }
};

} // namespace

class TestSyncAvailability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hoursAndBlockoutsTravel();
    void editOnBComesBackToA();
    void blockoutRemovedOnBIsRemovedOnA();
    void hoursAndServerCommentMerge();
    void sameHoursClashIsAConflict();
    void hoursMergePerDay_data();
    void hoursMergePerDay();
    void lostAnswerMakesNoSecondCopy_data();
    void lostAnswerMakesNoSecondCopy();
    void badPulledDataIsSkipped_data();
    void badPulledDataIsSkipped();
    void pulledBlockoutOverBookingIsReported();

private:
    // Our provider-hours Schedules on the server (not the booking ledgers).
    QList<QJsonObject> hoursSchedules();
    QJsonObject put(const QJsonObject &resource);

    Test::FhirPeer m_server;
    std::unique_ptr<Workstation> m_a;
    std::unique_ptr<Workstation> m_b;
};

void TestSyncAvailability::initTestCase()
{
    QVERIFY2(m_server.start(Peers), qPrintable(m_server.error()));
}

void TestSyncAvailability::init()
{
    m_server.reset();
    m_a = std::make_unique<Workstation>();
    m_b = std::make_unique<Workstation>();
    const QString a = m_a->start(m_server.base());
    QVERIFY2(a.isEmpty(), qPrintable(a));
    const QString b = m_b->start(m_server.base());
    QVERIFY2(b.isEmpty(), qPrintable(b));
}

void TestSyncAvailability::cleanup()
{
    // Every resource either workstation wrote validated with @medplum/core on the server.
    QCOMPARE(m_server.invalidCount(), 0);
    m_a.reset();
    m_b.reset();
}

QList<QJsonObject> TestSyncAvailability::hoursSchedules()
{
    QList<QJsonObject> out;
    for (const QJsonObject &r : m_server.resources(QStringLiteral("Schedule"))) {
        for (const QJsonValue &i : r.value("identifier").toArray()) {
            if (i["system"].toString() == HoursSystem)
                out << r;
        }
    }
    return out;
}

QJsonObject TestSyncAvailability::put(const QJsonObject &resource)
{
    return m_server.request(
        "PUT",
        QStringLiteral("/fhir/R4/%1/%2")
            .arg(resource.value("resourceType").toString(), resource.value("id").toString()),
        resource);
}

void TestSyncAvailability::hoursAndBlockoutsTravel()
{
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    S::Blockout meeting;
    meeting.providerId = m_a->moreno;
    meeting.date = Monday;
    meeting.startMinute = 9 * 60;
    meeting.endMinute = 10 * 60;
    meeting.reason = QStringLiteral("Staff meeting");
    QVERIFY(m_a->scheduling->setup().addBlockout(meeting));
    S::Blockout weekly;
    weekly.providerId = m_a->moreno;
    weekly.date = Monday.addDays(1);
    weekly.startMinute = 15 * 60;
    weekly.endMinute = 17 * 60;
    weekly.recurrence = S::Recurrence::Weekly;
    weekly.until = Monday.addDays(22);
    weekly.reason = QStringLiteral("Hospital rounds");
    QVERIFY(m_a->scheduling->setup().addBlockout(weekly));

    ROUND_OK(*m_a);
    ROUND_OK(*m_b);

    QCOMPARE(m_b->hours(m_b->moreno), m_a->hours(m_a->moreno));
    QCOMPARE(m_b->hours(m_b->moreno).size(), 10);
    QVERIFY(m_b->hours(m_b->chen).isEmpty());
    QCOMPARE(m_b->blockoutTexts(m_b->moreno), m_a->blockoutTexts(m_a->moreno));
    QCOMPARE(m_b->blockouts().size(), 2);
    // The same openings on both: hours, the one-off and the weekly blockout all arrived.
    const QStringList openings = m_a->openings(m_a->moreno);
    QVERIFY(!openings.isEmpty());
    QVERIFY(!openings.contains(QStringLiteral("2027-03-08T09:00")));
    QVERIFY(!openings.contains(QStringLiteral("2027-03-16T15:00")));
    QVERIFY(openings.contains(QStringLiteral("2027-03-08T10:00")));
    QCOMPARE(m_b->openings(m_b->moreno), openings);

    // One hours Schedule for the provider, two Slots; nothing pulled is echoed back.
    QCOMPARE(hoursSchedules().size(), 1);
    QCOMPARE(m_server.resources(QStringLiteral("Slot")).size(), 2);
    const Sync::RoundResult again = m_b->round();
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.pushed, 0);
    const Sync::RoundResult onA = m_a->round();
    QVERIFY2(onA.ok, qPrintable(describe(onA)));
    QCOMPARE(onA.pushed, 0);
    QCOMPARE(onA.skipped, 0);
}

void TestSyncAvailability::editOnBComesBackToA()
{
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    QVERIFY(m_b->admin());
    QVERIFY(m_b->scheduling->setup().setWorkingHours(m_b->moreno, 3,
                                                     {{m_b->moreno, 3, 7 * 60, 11 * 60, 0}}));
    QVERIFY(m_b->scheduling->setup().setWorkingHours(m_b->moreno, 6,
                                                     {{m_b->moreno, 6, 9 * 60, 12 * 60, 0}}));
    ROUND_OK(*m_b);
    ROUND_OK(*m_a);
    QCOMPARE(m_a->hours(m_a->moreno), m_b->hours(m_b->moreno));
    QVERIFY(m_a->hours(m_a->moreno).contains(QStringLiteral("3 420-660")));
    QVERIFY(m_a->hours(m_a->moreno).contains(QStringLiteral("6 540-720")));
    QCOMPARE(m_a->record(QStringLiteral("Schedule"), m_a->moreno).state, QStringLiteral("synced"));
    QCOMPARE(hoursSchedules().size(), 1);
}

void TestSyncAvailability::blockoutRemovedOnBIsRemovedOnA()
{
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    QVERIFY(m_a->admin());
    QVERIFY(m_a->scheduling->setup().addBlockout(mondayNineToTen(m_a->moreno, "Staff meeting")));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    QCOMPARE(m_b->blockouts().size(), 1);

    QVERIFY(m_b->admin());
    QVERIFY(m_b->scheduling->setup().removeBlockout(m_b->blockouts().first().id));
    ROUND_OK(*m_b);
    ROUND_OK(*m_a);
    QVERIFY(m_a->blockouts().isEmpty());
    QCOMPARE(m_a->openings(m_a->moreno), m_b->openings(m_b->moreno));
    QVERIFY(m_a->openings(m_a->moreno).contains(QStringLiteral("2027-03-08T09:00")));
    // Withdrawn on the server rather than deleted: its history stays.
    const QList<QJsonObject> onServer = m_server.resources(QStringLiteral("Slot"));
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().value("status").toString(), QStringLiteral("entered-in-error"));
}

void TestSyncAvailability::hoursAndServerCommentMerge()
{
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_a);
    // Another system edits the Schedule's comment while A changes Friday, offline.
    QList<QJsonObject> schedules = hoursSchedules();
    QCOMPARE(schedules.size(), 1);
    QJsonObject edited = schedules.first();
    edited.insert("comment", "Dr Moreno also sees walk-ins");
    QVERIFY(!put(edited).contains("issue"));
    QVERIFY(m_a->admin());
    QVERIFY(m_a->scheduling->setup().setWorkingHours(m_a->moreno, 5,
                                                     {{m_a->moreno, 5, 8 * 60, 13 * 60, 0}}));
    const Sync::RoundResult r = m_a->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.newConflicts, 0);
    schedules = hoursSchedules();
    QCOMPARE(schedules.first().value("comment").toString(),
             QStringLiteral("Dr Moreno also sees walk-ins"));
    ROUND_OK(*m_b);
    QVERIFY(m_b->hours(m_b->moreno).contains(QStringLiteral("5 480-780")));
    QCOMPARE(m_b->hours(m_b->moreno), m_a->hours(m_a->moreno));
}

void TestSyncAvailability::sameHoursClashIsAConflict()
{
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    QVERIFY(m_a->admin());
    QVERIFY(m_a->scheduling->setup().setWorkingHours(m_a->moreno, 1,
                                                     {{m_a->moreno, 1, 7 * 60, 15 * 60, 0}}));
    QVERIFY(m_b->admin());
    QVERIFY(m_b->scheduling->setup().setWorkingHours(m_b->moreno, 1,
                                                     {{m_b->moreno, 1, 10 * 60, 18 * 60, 0}}));
    ROUND_OK(*m_a);
    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.newConflicts, 1);
    QCOMPARE(m_b->record(QStringLiteral("Schedule"), m_b->moreno).state,
             QStringLiteral("conflict"));
    auto open = m_b->engine->store().openConflict(QStringLiteral("Schedule"), m_b->moreno);
    QVERIFY(open && open->has_value());
    // The clash is Monday's hours alone: the other days were not touched on either side.
    QCOMPARE(open->value().fields,
             QStringList{QStringLiteral("extension[%1;day=mon]").arg(HoursExtension)});
    // Neither side overwritten: B keeps its Monday, the server A's.
    QVERIFY(m_b->hours(m_b->moreno).contains(QStringLiteral("1 600-1080")));
    QCOMPARE(hoursSchedules().size(), 1);
    const QJsonArray onServer = hoursSchedules().first().value("extension").toArray();
    QVERIFY(QJsonDocument(onServer).toJson().contains("07:00:00"));
    QVERIFY(!QJsonDocument(onServer).toJson().contains("18:00:00"));
}

// Each weekday is one merge unit: different days changed on two workstations merge, the same
// day changed to different hours on both is a conflict of that day only. A `from` of -1 clears
// the day (no hours).
void TestSyncAvailability::hoursMergePerDay_data()
{
    QTest::addColumn<int>("dayA");
    QTest::addColumn<int>("fromA");
    QTest::addColumn<int>("toA");
    QTest::addColumn<int>("dayB");
    QTest::addColumn<int>("fromB");
    QTest::addColumn<int>("toB");
    QTest::addColumn<QString>("clash"); // the day code of the conflict, empty: merged
    QTest::newRow("monday here, friday there")
        << 1 << 7 * 60 << 15 * 60 << 5 << 9 * 60 << 13 * 60 << QString();
    QTest::newRow("monday here, friday cleared there")
        << 1 << 7 * 60 << 15 * 60 << 5 << -1 << -1 << QString();
    QTest::newRow("saturday added here, tuesday there")
        << 6 << 9 * 60 << 12 * 60 << 2 << 10 * 60 << 16 * 60 << QString();
    QTest::newRow("same day, same hours")
        << 2 << 9 * 60 << 12 * 60 << 2 << 9 * 60 << 12 * 60 << QString();
    QTest::newRow("same day, different hours")
        << 3 << 7 * 60 << 11 * 60 << 3 << 10 * 60 << 14 * 60 << QStringLiteral("wed");
}

void TestSyncAvailability::hoursMergePerDay()
{
    QFETCH(int, dayA);
    QFETCH(int, fromA);
    QFETCH(int, toA);
    QFETCH(int, dayB);
    QFETCH(int, fromB);
    QFETCH(int, toB);
    QFETCH(QString, clash);
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    QCOMPARE(m_b->hours(m_b->moreno).size(), 10);

    const auto setDay = [](Workstation &ws, int day, int from, int to) {
        QList<S::WorkingInterval> hours;
        if (from >= 0)
            hours << S::WorkingInterval{ws.moreno, day, from, to, 0};
        return ws.admin() && ws.scheduling->setup().setWorkingHours(ws.moreno, day, hours);
    };
    QVERIFY(setDay(*m_a, dayA, fromA, toA));
    QVERIFY(setDay(*m_b, dayB, fromB, toB));
    const QStringList hoursA = m_a->hours(m_a->moreno);
    const QStringList hoursB = m_b->hours(m_b->moreno);
    ROUND_OK(*m_a);
    const Sync::RoundResult r = m_b->round(); // its PUT meets A's version: 412, merged per day
    QVERIFY2(r.ok, qPrintable(describe(r)));
    ROUND_OK(*m_a);

    if (!clash.isEmpty()) {
        QCOMPARE(r.newConflicts, 1);
        auto open = m_b->engine->store().openConflict(QStringLiteral("Schedule"), m_b->moreno);
        QVERIFY(open && open->has_value());
        QCOMPARE(open->value().fields,
                 QStringList{QStringLiteral("extension[%1;day=%2]").arg(HoursExtension, clash)});
        QCOMPARE(m_b->hours(m_b->moreno), hoursB); // nothing overwritten here
        QCOMPARE(m_a->hours(m_a->moreno), hoursA); // nor on the server
        return;
    }
    QCOMPARE(r.newConflicts, 0);
    QCOMPARE(r.openConflicts, 0);
    QCOMPARE(m_b->record(QStringLiteral("Schedule"), m_b->moreno).state, QStringLiteral("synced"));
    // Both days' changes are on both workstations, and on the one Schedule of the provider.
    QCOMPARE(m_a->hours(m_a->moreno), m_b->hours(m_b->moreno));
    const QStringList merged = m_a->hours(m_a->moreno);
    for (const auto &[day, from, to] :
         {std::tuple{dayA, fromA, toA}, std::tuple{dayB, fromB, toB}}) {
        const QString changed = QStringLiteral("%1 %2-%3").arg(day).arg(from).arg(to);
        if (from >= 0)
            QVERIFY2(merged.contains(changed), qPrintable(merged.join(u',')));
        else
            QVERIFY2(!merged.join(u',').contains(QStringLiteral("%1 ").arg(day)),
                     qPrintable(merged.join(u',')));
    }
    // An untouched day kept its two intervals.
    QVERIFY(merged.contains(QStringLiteral("4 480-720")));
    QVERIFY(merged.contains(QStringLiteral("4 780-1020")));
    QCOMPARE(hoursSchedules().size(), 1);
    const Sync::RoundResult quiet = m_b->round();
    QVERIFY2(quiet.ok, qPrintable(describe(quiet)));
    QCOMPARE(quiet.pushed, 0);
}

void TestSyncAvailability::lostAnswerMakesNoSecondCopy_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("schedule") << QStringLiteral("Schedule");
    QTest::newRow("slot") << QStringLiteral("Slot");
}

void TestSyncAvailability::lostAnswerMakesNoSecondCopy()
{
    QFETCH(QString, type);
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    QVERIFY(m_a->scheduling->setup().addBlockout(mondayNineToTen(m_a->moreno, "Staff meeting")));
    // The create is carried out, then the connection drops before the answer; Qt resends a
    // request on a dropped keep-alive connection, so the resends are lost too, and each reaches
    // the server.
    m_server.request(
        "POST", QStringLiteral("/$fault"),
        {{"mode", "lost"}, {"match", "/fhir/R4/" + type}, {"method", "POST"}, {"count", 3}});
    const Sync::RoundResult failed = m_a->round();
    QVERIFY2(!failed.ok, qPrintable(describe(failed)));
    QVERIFY(failed.transient);
    Sync::RoundResult retry;
    for (int i = 0; i < 4 && !(retry = m_a->round()).ok; ++i) {
    }
    QVERIFY2(retry.ok, qPrintable(describe(retry)));
    QCOMPARE(hoursSchedules().size(), 1);
    QCOMPARE(m_server.resources(QStringLiteral("Slot")).size(), 1);
    // B has the same provider's hours: its create finds A's Schedule, no second one.
    QVERIFY(m_b->weekdays(m_b->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_b);
    QCOMPARE(hoursSchedules().size(), 1);
    QCOMPARE(m_server.resources(QStringLiteral("Slot")).size(), 1);
    QCOMPARE(m_b->blockouts().size(), 1);
}

void TestSyncAvailability::badPulledDataIsSkipped_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason"); // in the round's message
    QTest::newRow("overlapping hours") << QStringLiteral("overlap") << QStringLiteral("overlap");
    QTest::newRow("hours without an end")
        << QStringLiteral("noend") << QStringLiteral("not a day with a start and an end");
    QTest::newRow("slot without a time")
        << QStringLiteral("slot") << QStringLiteral("no start and end");
    QTest::newRow("slot without a reason")
        << QStringLiteral("reason") << QStringLiteral("needs a reason");
}

void TestSyncAvailability::badPulledDataIsSkipped()
{
    QFETCH(QString, what);
    QFETCH(QString, reason);
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    const QStringList before = m_b->hours(m_b->moreno);
    QCOMPARE(hoursSchedules().size(), 1);
    const QJsonObject schedule = hoursSchedules().first();
    const QJsonObject day{{"url", "day"}, {"valueCode", "mon"}};
    const auto interval = [&](const QString &start, const QString &end) {
        QJsonArray parts{day, QJsonObject{{"url", "start"}, {"valueTime", start}}};
        if (!end.isEmpty())
            parts.append(QJsonObject{{"url", "end"}, {"valueTime", end}});
        return QJsonObject{{"url", HoursExtension}, {"extension", parts}};
    };
    if (what == QLatin1String("overlap") || what == QLatin1String("noend")) {
        QJsonObject edited = schedule;
        edited.insert("extension", what == QLatin1String("overlap")
                                       ? QJsonArray{interval("08:00:00", "12:00:00"),
                                                    interval("11:00:00", "13:00:00")}
                                       : QJsonArray{interval("08:00:00", {})});
        QVERIFY(!put(edited).contains("issue"));
    } else {
        QJsonObject slot{
            {"resourceType", "Slot"},
            {"schedule", QJsonObject{{"reference", "Schedule/" + schedule["id"].toString()}}},
            {"status", "busy-unavailable"},
            {"start", "2027-03-08T15:00:00Z"},
            {"end", "2027-03-08T16:00:00Z"},
            {"comment", "Meeting"}};
        if (what == QLatin1String("slot")) {
            // start and end are required by R4: a server holding such a Slot is broken, so it
            // is made broken here in what we read back rather than written.
            slot.insert("end", "2027-03-08T14:00:00Z");
        } else {
            slot.remove("comment");
        }
        const QJsonObject made = m_server.request("POST", QStringLiteral("/fhir/R4/Slot"), slot);
        QVERIFY2(!made.value("id").toString().isEmpty(), QJsonDocument(made).toJson().constData());
    }
    // A booking ledger among the Schedules: not ours, passed over without a word.
    const QJsonObject ledger{
        {"resourceType", "Schedule"},
        {"identifier", QJsonArray{QJsonObject{{"system", "urn:ambulo:provider-day"},
                                              {"value", npi(1) + ".2027-03-08"}}}},
        {"active", true},
        {"actor", schedule.value("actor")}};
    QVERIFY(!m_server.request("POST", QStringLiteral("/fhir/R4/Schedule"), ledger)
                 .value("id")
                 .toString()
                 .isEmpty());

    const Sync::RoundResult r = m_b->round();
    QVERIFY2(r.ok, qPrintable(describe(r)));
    QCOMPARE(r.skipped, 1);
    QVERIFY2(r.message.contains(reason), qPrintable(r.message));
    // Nothing half-applied.
    QCOMPARE(m_b->hours(m_b->moreno), before);
    QVERIFY(m_b->blockouts().isEmpty());
}

void TestSyncAvailability::pulledBlockoutOverBookingIsReported()
{
    QVERIFY(m_a->weekdays(m_a->moreno, 8 * 60, 12 * 60, 13 * 60, 17 * 60));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);
    // A booking on B (not synced yet), then A blocks that hour.
    QVERIFY(m_b->admin());
    auto patient = m_b->store.services().patients().create(
        Test::samplePatient(QStringLiteral("Tester"), QStringLiteral("Pat"), QDate(1980, 5, 17)));
    QVERIFY(patient);
    S::BookingRequest request;
    request.patientId = patient.value();
    request.providerId = m_b->moreno;
    request.typeId = m_b->type;
    request.date = Monday;
    request.startMinute = 9 * 60 + 30;
    auto booked = m_b->scheduling->booking().book(request);
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message));
    ROUND_OK(*m_b);

    QVERIFY(m_a->admin());
    QVERIFY(m_a->scheduling->setup().addBlockout(mondayNineToTen(m_a->moreno, "Emergency leave")));
    ROUND_OK(*m_a);
    ROUND_OK(*m_b);

    // Applied on B (the server's truth), the booking left as it was and reported.
    QCOMPARE(m_b->blockouts().size(), 1);
    QVERIFY(m_b->admin());
    auto inside = m_b->scheduling->setup().bookingsInside(m_b->blockouts().first());
    QVERIFY(inside);
    QCOMPARE(inside.value(), QList<qint64>{booked.value()});
    Core::AuditFilter filter;
    filter.action = QStringLiteral("schedule.blockout");
    auto entries = m_b->store.services().audit().list(filter);
    QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
    bool reported = false;
    for (const Core::AuditEntry &e : entries.value())
        reported = reported
                   || e.detail.contains(QStringLiteral("bookings inside: %1").arg(booked.value()));
    QVERIFY(reported);
}

QTEST_GUILESS_MAIN(TestSyncAvailability)
#include "tst_syncavailability.moc"
