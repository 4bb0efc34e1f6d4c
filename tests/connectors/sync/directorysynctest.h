#pragma once

// What the directory, location and provider sync tests share: two workstations, A and B, on one
// FHIR peer, set up afresh for every test function with nothing in their directories; the tests
// set up payers, locations, rooms, providers and coverages themselves, as the practice admin.

#include "app/syncsetup.h"
#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncengine.h"
#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace Ambulo::Test {

// One workstation: its own encrypted store and the engine App::makeSyncEngine assembles, run as
// the sync principal; the practice directory is set up as the admin.
struct DirectoryWorkstation
{
    TestStore store;
    std::unique_ptr<Fhir::Client> client;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::optional<Core::Session> admin;

    QString start(const QUrl &base)
    {
        if (!store.ok())
            return store.error();
        if (!store.signInAdmin())
            return QStringLiteral("admin sign-in failed");
        admin = *store.services().context().session();
        if (QString e = connectToPeer(store, base, client); !e.isEmpty())
            return e;
        engine = App::makeSyncEngine(store.services(), *client);
        return {};
    }

    // One round as the sync principal; a failed one is logged, saying why.
    Sync::RoundResult round()
    {
        const Sync::RoundResult r = engine->round();
        if (!r.ok)
            qWarning("%s", qPrintable(describe(r)));
        return r;
    }

    // Empty when a round goes through and pushes nothing (what was pulled is not echoed back);
    // else what it did.
    QString quietRound()
    {
        const Sync::RoundResult r = round();
        if (!r.ok)
            return describe(r);
        return r.pushed == 0 ? QString() : QStringLiteral("pushed %1").arg(r.pushed);
    }

    Core::DirectoryService &directory() { return store.services().directory(); }

    // Runs `work` as the practice admin (payers, locations and rooms are theirs to set up), then
    // goes back to the sync principal.
    bool asAdmin(const std::function<bool()> &work)
    {
        Core::ServiceContext &context = store.services().context();
        const std::optional<Core::Session> principal = *context.session();
        context.setSession(admin);
        const bool ok = work();
        context.setSession(principal);
        return ok;
    }

    qint64 patient(const QString &given)
    {
        auto id = store.services().patients().create(
            samplePatient(QStringLiteral("Okafor"), given, QDate(1969, 7, 1)));
        return id ? id.value() : 0;
    }

    qint64 patientByMrn(const QString &mrn)
    {
        auto p = store.services().patients().openByMrn(mrn);
        return p ? p->id : 0;
    }

    QString mrnOf(qint64 patientId)
    {
        auto p = store.services().patients().open(patientId);
        return p ? p->mrn : QString();
    }

    QList<Core::Coverage> coverages(qint64 patientId)
    {
        auto all = directory().coverages(patientId);
        return all ? all.value() : QList<Core::Coverage>();
    }

    QList<Core::Payer> payers()
    {
        auto all = directory().payers();
        return all ? all.value() : QList<Core::Payer>();
    }

    std::optional<Core::Practitioner> practitioner()
    {
        auto all = directory().practitioners();
        if (!all || all->size() != 1)
            return std::nullopt;
        return all->first();
    }

    // Edits the one provider as the practice admin.
    bool editPractitioner(const std::function<void(Core::Practitioner &)> &edit)
    {
        return asAdmin([&] {
            std::optional<Core::Practitioner> p = practitioner();
            if (!p)
                return false;
            edit(*p);
            return bool(directory().updatePractitioner(*p));
        });
    }

    QList<Core::Location> locations()
    {
        auto all = directory().locations();
        return all ? all.value() : QList<Core::Location>();
    }

    QList<Core::Room> rooms(qint64 locationId)
    {
        auto all = directory().rooms(locationId);
        return all ? all.value() : QList<Core::Room>();
    }

    bool editCoverage(qint64 patientId, int rank, const std::function<void(Core::Coverage &)> &edit)
    {
        for (Core::Coverage c : coverages(patientId)) {
            if (c.rank == rank) {
                edit(c);
                return bool(directory().updateCoverage(c));
            }
        }
        return false;
    }

    QString state(const QString &type, qint64 localId)
    {
        auto map = engine->store().record(type, localId);
        return map && map->has_value() ? map->value().state : QString();
    }
};

// The test classes derive from this: it starts the peer, makes A and B before every test function
// and checks after it that the peer refused nothing either wrote.
class DirectorySyncTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QStringLiteral(AMBULO_PEERS_DIR)), qPrintable(m_server.error()));
    }

    void init()
    {
        m_server.reset();
        m_a = std::make_unique<DirectoryWorkstation>();
        m_b = std::make_unique<DirectoryWorkstation>();
        const QString a = m_a->start(m_server.base());
        QVERIFY2(a.isEmpty(), qPrintable(a));
        const QString b = m_b->start(m_server.base());
        QVERIFY2(b.isEmpty(), qPrintable(b));
    }

    void cleanup()
    {
        // Every resource either workstation wrote validated with @medplum/core on the server.
        QCOMPARE(m_server.invalidCount(), 0);
        m_a.reset();
        m_b.reset();
    }

protected:
    FhirPeer m_server;
    std::unique_ptr<DirectoryWorkstation> m_a;
    std::unique_ptr<DirectoryWorkstation> m_b;
};

} // namespace Ambulo::Test
