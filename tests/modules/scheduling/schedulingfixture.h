#pragma once

#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/store/database.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "tests/support/testsupport.h"

#include <QtTest>

#include <memory>

namespace Ambulo::Test {

// A small practice in America/New_York: Dr. Alicia Moreno works Mon-Fri 08:00-12:00 and
// 13:00-17:00 in Exam 1; Dr. Ben Chen works Mon-Fri 09:00-17:00 in Exam 2 with a weekly lunch
// blockout, and on call every Sunday all day (for the daylight-saving tests). Types: FU 15 min,
// NP 30 min in a room, PROC 60 min in a room.
class SchedulingFixture
{
public:
    bool build()
    {
        store = std::make_unique<TestStore>();
        if (!store->ok() || !store->signInAdmin())
            return false;
        scheduling = std::make_unique<Scheduling::SchedulingServices>(store->services(), events);
        Core::DirectoryService &dir = store->services().directory();
        auto npi = [](int n) {
            const QString nine = QStringLiteral("1%1").arg(98765400 + n, 8, 10, QLatin1Char('0'));
            return nine + QString::number(Core::Npi::checkDigit(nine));
        };
        Core::Practitioner a;
        a.npi = npi(1);
        a.given = QStringLiteral("Alicia");
        a.family = QStringLiteral("Moreno");
        a.credentials = QStringLiteral("MD");
        Core::Practitioner b;
        b.npi = npi(2);
        b.given = QStringLiteral("Ben");
        b.family = QStringLiteral("Chen");
        b.credentials = QStringLiteral("DO");
        auto pa = dir.addPractitioner(a);
        auto pb = dir.addPractitioner(b);
        auto loc = dir.addLocation({0, QStringLiteral("Main"), {}, {}});
        if (!pa || !pb || !loc)
            return false;
        moreno = pa.value();
        chen = pb.value();
        auto r1 = dir.addRoom({0, loc.value(), QStringLiteral("Exam 1")});
        auto r2 = dir.addRoom({0, loc.value(), QStringLiteral("Exam 2")});
        if (!r1 || !r2)
            return false;
        room1 = r1.value();
        room2 = r2.value();
        Scheduling::ScheduleSetupService &setup = scheduling->setup();
        if (!setup.setTimeZone("America/New_York"))
            return false;
        auto fu = setup.saveType({0, QStringLiteral("FU"), QStringLiteral("Follow-up"), 15,
                                  QStringLiteral("#2e7d32"), false, true});
        auto np = setup.saveType({0, QStringLiteral("NP"), QStringLiteral("New patient"), 30,
                                  QStringLiteral("#1565c0"), true, true});
        auto proc = setup.saveType({0, QStringLiteral("PROC"), QStringLiteral("Procedure"), 60,
                                    QStringLiteral("#c62828"), true, true});
        if (!fu || !np || !proc)
            return false;
        typeFu = fu.value();
        typeNp = np.value();
        typeProc = proc.value();
        for (int day = 1; day <= 5; ++day) {
            if (!setup.setWorkingHours(moreno, day,
                                       {{moreno, day, 8 * 60, 12 * 60, room1},
                                        {moreno, day, 13 * 60, 17 * 60, room1}}))
                return false;
            if (!setup.setWorkingHours(chen, day, {{chen, day, 9 * 60, 17 * 60, room2}}))
                return false;
        }
        if (!setup.setWorkingHours(chen, 7, {{chen, 7, 0, 24 * 60, room2}}))
            return false;
        Scheduling::Blockout lunch;
        lunch.providerId = chen;
        lunch.date = QDate(2026, 1, 5);
        lunch.startMinute = 12 * 60;
        lunch.endMinute = 13 * 60;
        lunch.recurrence = Scheduling::Recurrence::Weekly;
        lunch.until = QDate(2027, 12, 31);
        lunch.reason = QStringLiteral("Lunch");
        // Weekly on Mondays only; the other weekdays' lunch follows from each test's needs.
        if (!setup.addBlockout(lunch))
            return false;
        garcia = addPatient(QStringLiteral("Garcia"), QStringLiteral("Ana"));
        smith = addPatient(QStringLiteral("Smith"), QStringLiteral("John"));
        lee = addPatient(QStringLiteral("Lee"), QStringLiteral("Kim"));
        return garcia && smith && lee;
    }

    qint64 addPatient(const QString &family, const QString &given)
    {
        auto id =
            store->services().patients().create(samplePatient(family, given, QDate(1980, 5, 17)));
        return id ? id.value() : 0;
    }

    void actAs(Core::Role role)
    {
        Core::Session s;
        s.userId = 1;
        s.username = Core::roleId(role) + QStringLiteral("-user");
        s.role = role;
        store->services().context().setSession(s);
    }

    Scheduling::BookingRequest request(qint64 patient, qint64 provider, qint64 type,
                                       const QDate &date, int hour, int minute = 0)
    {
        Scheduling::BookingRequest r;
        r.patientId = patient;
        r.providerId = provider;
        r.typeId = type;
        r.date = date;
        r.startMinute = hour * 60 + minute;
        return r;
    }

    qint64 count(const QString &table = QStringLiteral("appointments"))
    {
        Core::Query q = store->store().db().query(QStringLiteral("SELECT count(*) FROM ") + table);
        const qint64 n = q.next() ? q.int64(0) : -1;
        q.finish();
        return n;
    }

    Scheduling::BookingService &booking() { return scheduling->booking(); }
    Scheduling::ScheduleQueries &queries() { return scheduling->queries(); }

    Core::EventHub events;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<Scheduling::SchedulingServices> scheduling;
    qint64 moreno = 0, chen = 0, room1 = 0, room2 = 0;
    qint64 typeFu = 0, typeNp = 0, typeProc = 0;
    qint64 garcia = 0, smith = 0, lee = 0;
};

} // namespace Ambulo::Test
