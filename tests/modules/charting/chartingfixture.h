#pragma once

#include "core/context/eventhub.h"
#include "core/entities/npi.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingservices.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QtTest>

#include <memory>

namespace Ambulo::Test {

// A practice with two providers (each linked to a user account), a front-desk clerk, a biller,
// two patients, a few ICD-10-CM codes and visit codes, over a real encrypted store.
class ChartingFixture
{
public:
    bool build()
    {
        store = std::make_unique<TestStore>();
        if (!store->ok() || !store->signInAdmin())
            return false;
        makeServices();
        Core::Services &core = store->services();
        auto u1 = core.users().add({QStringLiteral("moreno"), QStringLiteral("Alicia Moreno"),
                                    Core::Role::Provider, QStringLiteral("moreno-pass-1")});
        auto u2 = core.users().add({QStringLiteral("chen"), QStringLiteral("Ben Chen"),
                                    Core::Role::Provider, QStringLiteral("chen-pass-1")});
        auto u3 = core.users().add({QStringLiteral("clerk"), QStringLiteral("Cara Clerk"),
                                    Core::Role::FrontDesk, QStringLiteral("clerk-pass-1")});
        auto u4 = core.users().add({QStringLiteral("biller"), QStringLiteral("Bo Biller"),
                                    Core::Role::Biller, QStringLiteral("biller-pass-1")});
        if (!u1 || !u2 || !u3 || !u4)
            return failed(!u1 ? u1.error() : !u2 ? u2.error() : !u3 ? u3.error() : u4.error());
        morenoUser = u1.value();
        chenUser = u2.value();
        clerkUser = u3.value();
        billerUser = u4.value();
        auto npi = [](int n) {
            const QString nine = QStringLiteral("1%1").arg(98765400 + n, 8, 10, QLatin1Char('0'));
            return nine + QString::number(Core::Npi::checkDigit(nine));
        };
        Core::Practitioner a;
        a.npi = npi(1);
        a.given = QStringLiteral("Alicia");
        a.family = QStringLiteral("Moreno");
        a.userId = morenoUser;
        Core::Practitioner b;
        b.npi = npi(2);
        b.given = QStringLiteral("Ben");
        b.family = QStringLiteral("Chen");
        b.userId = chenUser;
        auto pa = core.directory().addPractitioner(a);
        auto pb = core.directory().addPractitioner(b);
        auto loc = core.directory().addLocation({0, QStringLiteral("Main"), {}, {}});
        if (!pa || !pb || !loc)
            return failed(!pa ? pa.error() : !pb ? pb.error() : loc.error());
        moreno = pa.value();
        chen = pb.value();
        location = loc.value();
        auto g = core.patients().create(
            samplePatient(QStringLiteral("Garcia"), QStringLiteral("Ana"), QDate(1980, 5, 17)));
        auto s = core.patients().create(
            samplePatient(QStringLiteral("Smith"), QStringLiteral("John"), QDate(1975, 1, 2)));
        if (!g || !s)
            return failed(!g ? g.error() : s.error());
        garcia = g.value();
        smith = s.value();
        if (Core::Status st = charting->codes().addIcd10(
                {{QStringLiteral("E11.9"), true,
                  QStringLiteral("Type 2 diabetes mellitus w/o comp"),
                  QStringLiteral("Type 2 diabetes mellitus without complications")},
                 {QStringLiteral("I10"), true, QStringLiteral("Essential (primary) hypertension"),
                  QStringLiteral("Essential (primary) hypertension")},
                 {QStringLiteral("E11"), false, QStringLiteral("Type 2 diabetes mellitus"),
                  QStringLiteral("Type 2 diabetes mellitus")},
                 {QStringLiteral("J06.9"), true,
                  QStringLiteral("Acute upper respiratory infection"),
                  QStringLiteral("Acute upper respiratory infection, unspecified")}});
            !st)
            return failed(st.error());
        QByteArray csv("code,description,fee\n99213,Office visit est. low,110.00\n"
                       "99214,Office visit est. moderate,165.50\n36415,Venipuncture,12\n");
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        auto imported = charting->codes().importProcedures(buffer);
        return imported ? true : failed(imported.error());
    }

    static bool failed(const Core::Error &error)
    {
        qWarning("fixture: %s", qPrintable(error.message));
        return false;
    }

    void makeServices()
    {
        charting = std::make_unique<Charting::ChartingServices>(store->services(), events);
    }

    void actAs(Core::Role role, qint64 userId = 0, const QString &name = {},
               const QString &displayName = {})
    {
        Core::Session s;
        s.userId = userId != 0 ? userId : 999;
        s.username = name.isEmpty() ? Core::roleId(role) + QStringLiteral("-user") : name;
        s.displayName = displayName;
        s.role = role;
        store->services().context().setSession(s);
    }
    void asMoreno()
    {
        actAs(Core::Role::Provider, morenoUser, QStringLiteral("moreno"),
              QStringLiteral("Alicia Moreno"));
    }
    void asChen()
    {
        actAs(Core::Role::Provider, chenUser, QStringLiteral("chen"), QStringLiteral("Ben Chen"));
    }
    void asClerk() { actAs(Core::Role::FrontDesk, clerkUser, QStringLiteral("clerk")); }
    void asBiller() { actAs(Core::Role::Biller, billerUser, QStringLiteral("biller")); }
    void asAdmin() { actAs(Core::Role::Admin, 1, AdminName); }

    // An open encounter of Garcia with Dr. Moreno, from an arrived appointment.
    qint64 openEncounter(qint64 appointmentId)
    {
        asMoreno();
        Charting::AppointmentRef ref;
        ref.appointmentId = appointmentId;
        ref.patientId = garcia;
        ref.providerId = moreno;
        ref.locationId = location;
        ref.status = QStringLiteral("arrived");
        ref.reason = QStringLiteral("Follow-up");
        auto id = charting->encounters().openFromAppointment(ref);
        if (!id)
            qWarning("openEncounter: %s", qPrintable(id.error().message));
        return id ? id.value() : 0;
    }

    qint64 count(const QString &table)
    {
        Core::Query q = store->store().db().query(QStringLiteral("SELECT count(*) FROM ") + table);
        const qint64 n = q.next() ? q.int64(0) : -1;
        q.finish();
        return n;
    }

    Core::Database &db() { return store->store().db(); }

    Core::EventHub events;
    std::unique_ptr<TestStore> store;
    std::unique_ptr<Charting::ChartingServices> charting;
    qint64 morenoUser = 0, chenUser = 0, clerkUser = 0, billerUser = 0;
    qint64 moreno = 0, chen = 0, location = 0, garcia = 0, smith = 0;
};

} // namespace Ambulo::Test
