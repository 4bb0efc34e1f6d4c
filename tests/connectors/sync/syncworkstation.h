#pragma once

// What the two-workstation sync tests share: one workstation on its own encrypted store with the
// same practice set up by hand, and the engine App::makeSyncEngine assembles, run as the sync
// principal. A test's own Workstation derives from it and adds what it looks at.

#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncengine.h"
#include "core/context/eventhub.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace Ambulo::Test {

struct SyncWorkstation
{
    // What start() sets up besides Dr. Moreno (known by NPI, linked to her user) and two
    // ICD-10-CM codes.
    enum class Practice {
        Chart,     // nothing else: no working hours, so no Schedule is synced
        Scheduling // America/New_York, a 15-minute follow-up type, Mon-Fri 08:00-17:00
    };

    TestStore store;
    Core::EventHub events;
    std::unique_ptr<Scheduling::SchedulingServices> scheduling;
    std::unique_ptr<Charting::ChartingServices> charting;
    std::unique_ptr<Fhir::Client> client;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::optional<Core::Session> adminSession;
    std::optional<Core::Session> syncSession;
    Core::Session provider;
    qint64 moreno = 0;
    qint64 visitType = 0; // Practice::Scheduling's follow-up

    // An empty string when the practice is set up and the engine connected, else what failed.
    QString start(const QUrl &base, Practice practice, const Sync::EngineOptions &options = {})
    {
        if (!store.ok())
            return store.error();
        if (!store.signInAdmin())
            return QStringLiteral("admin sign-in failed");
        Core::Services &services = store.services();
        adminSession = *services.context().session();
        scheduling = std::make_unique<Scheduling::SchedulingServices>(services, events);
        charting = std::make_unique<Charting::ChartingServices>(services, events);
        auto user = services.users().add({QStringLiteral("moreno"), QStringLiteral("Alicia Moreno"),
                                          Core::Role::Provider, QStringLiteral("moreno-pass-1")});
        if (!user)
            return user.error().message;
        auto added = services.directory().addPractitioner(
            {0, npi(1), "Moreno", "Alicia", "MD", {}, user.value(), true});
        if (!added)
            return added.error().message;
        moreno = added.value();
        provider.userId = user.value();
        provider.username = QStringLiteral("moreno");
        provider.displayName = QStringLiteral("Alicia Moreno");
        provider.role = Core::Role::Provider;
        if (practice == Practice::Scheduling) {
            Scheduling::ScheduleSetupService &setup = scheduling->setup();
            if (!setup.setTimeZone("America/New_York"))
                return QStringLiteral("time zone");
            auto type = setup.saveType({0, "FU", "Follow-up", 15, "#2e7d32", false, true});
            if (!type)
                return QStringLiteral("type");
            visitType = type.value();
            for (int day = 1; day <= 5; ++day) {
                if (!setup.setWorkingHours(moreno, day, {{moreno, day, 8 * 60, 17 * 60, 0}}))
                    return QStringLiteral("working hours");
            }
        }
        if (Core::Status s = charting->codes().addIcd10(
                {{QStringLiteral("I10"), true, QStringLiteral("Essential (primary) hypertension"),
                  QStringLiteral("Essential (primary) hypertension")},
                 {QStringLiteral("E11.9"), true,
                  QStringLiteral("Type 2 diabetes mellitus w/o comp"),
                  QStringLiteral("Type 2 diabetes mellitus without complications")}});
            !s)
            return s.error().message;
        if (QString e = connectToPeer(store, base, client); !e.isEmpty())
            return e;
        syncSession = *services.context().session();
        engine = App::makeSyncEngine(services, *client, options);
        return {};
    }

    Core::Services &core() { return store.services(); }
    Core::Database &db() { return core().context().db(); }
    void asAdmin() { core().context().setSession(adminSession); }
    void asProvider() { core().context().setSession(provider); }

    Sync::RoundResult round()
    {
        core().context().setSession(syncSession);
        return engine->round();
    }

    int count(const QString &sql)
    {
        Core::Query q = db().query(sql);
        return q.next() ? q.integer(0) : -1;
    }

    QString serverId(const QString &type, qint64 id)
    {
        auto map = engine->store().record(type, id);
        return map && map->has_value() ? map->value().serverId : QString();
    }

    QString state(const QString &type, qint64 localId)
    {
        auto map = engine->store().record(type, localId);
        return map && map->has_value() ? map->value().state : QString();
    }

    qint64 localOf(const QString &type, const QString &serverId)
    {
        auto id = engine->localIdOf(type, serverId);
        return id ? id.value() : 0;
    }

    std::optional<Sync::Conflict> conflict(const QString &type, qint64 id)
    {
        auto open = engine->store().openConflict(type, id);
        return open ? open.value() : std::nullopt;
    }
};

} // namespace Ambulo::Test
