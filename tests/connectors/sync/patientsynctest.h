#pragma once

// What the sync engine and `ambulo sync` command-line tests share: two workstations, A and B, on
// one FHIR peer, made afresh for every test function, each its own encrypted store and its own
// SyncEngine (Patient only, the type built into it); B pulls in pages of 2, so its pulls follow
// next links.

#include "connectors/fhir/fhirclient.h"
#include "connectors/sync/syncengine.h"
#include "core/store/database.h"
#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/synctestsupport.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

#include <functional>
#include <memory>
#include <tuple>

namespace Ambulo::Test {

// One workstation: its own encrypted store and its own sync engine, signed in as the sync
// principal the way `ambulo sync` does it.
struct PatientWorkstation
{
    TestStore store;
    std::unique_ptr<Fhir::Client> client;
    std::unique_ptr<Sync::SyncEngine> engine;

    QString start(const QUrl &base, int pageSize = 100)
    {
        if (!store.ok())
            return store.error();
        if (!store.signInAdmin())
            return QStringLiteral("admin sign-in failed");
        if (QString e = connectToPeer(store, base, client); !e.isEmpty())
            return e;
        Sync::EngineOptions engineOptions;
        engineOptions.pageSize = pageSize;
        engine = std::make_unique<Sync::SyncEngine>(store.services(), *client, engineOptions);
        return {};
    }

    Core::PatientService &patients() { return store.services().patients(); }

    // One round of this workstation's engine; one that failed says why in the test's log.
    Sync::RoundResult round()
    {
        const Sync::RoundResult r = engine->round();
        if (!r.ok)
            qWarning("%s", qPrintable(describe(r)));
        return r;
    }

    QString registerPatient(const QString &family, const QString &given)
    {
        Core::Patient p = samplePatient(family, given, QDate(1975, 3, 14));
        p.phoneHome = QStringLiteral("217-555-0100");
        p.addressLine = QStringLiteral("1 Oak St");
        p.city = QStringLiteral("Springfield");
        p.state = QStringLiteral("IL");
        p.postalCode = QStringLiteral("62704");
        auto id = patients().create(p);
        if (!id)
            return {};
        auto made = patients().open(id.value());
        return made ? made->mrn : QString();
    }

    // The patient with this MRN; a default Patient (id 0) when there is none.
    Core::Patient patient(const QString &mrn)
    {
        auto id = patients().findByMrn(mrn);
        if (!id || id.value() == 0)
            return {};
        auto p = patients().open(id.value());
        return p ? p.value() : Core::Patient();
    }

    bool edit(const QString &mrn, const std::function<void(Core::Patient &)> &change)
    {
        Core::Patient p = patient(mrn);
        if (p.id == 0)
            return false;
        change(p);
        return bool(patients().update(p));
    }

    int patientCount()
    {
        Core::Query q = store.store().db().query(
            QStringLiteral("SELECT count(*) FROM patients WHERE merged_into IS NULL"));
        return q.next() ? q.integer(0) : -1;
    }

    QString state(const QString &mrn)
    {
        auto map = engine->store().record(QStringLiteral("Patient"), patient(mrn).id);
        return map && map->has_value() ? map->value().state : QString();
    }
};

// The test classes derive from this: it starts the peer, makes A and B before every test function
// and checks after it that the peer refused nothing either wrote.
class PatientSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QStringLiteral(AMBULO_PEERS_DIR)), qPrintable(m_server.error()));
    }

    void init()
    {
        server("POST", "/$reset");
        m_a = std::make_unique<PatientWorkstation>();
        m_b = std::make_unique<PatientWorkstation>();
        const QString a = m_a->start(base());
        QVERIFY2(a.isEmpty(), qPrintable(a));
        const QString b = m_b->start(base(), 2); // small pages: pulls follow next links
        QVERIFY2(b.isEmpty(), qPrintable(b));
    }

    void cleanup()
    {
        // The server validates every resource written to it with @medplum/core; none was refused.
        const QJsonObject stats = server("GET", "/$stats");
        QCOMPARE(stats.value("invalid").toInt(-1), 0);
        m_a.reset();
        m_b.reset();
    }

protected:
    QJsonObject server(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return m_server.request(verb, path, body);
    }

    QList<QJsonObject> serverPatients()
    {
        QList<QJsonObject> out;
        const QJsonObject bundle = server("GET", "/fhir/R4/Patient?_count=500");
        for (const QJsonValue &entry : bundle.value("entry").toArray())
            out.append(entry["resource"].toObject());
        return out;
    }

    void injectFault(const QJsonObject &fault) { server("POST", "/$fault", fault); }

    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/R4").arg(m_server.port()));
    }

    FhirPeer m_server;
    std::unique_ptr<PatientWorkstation> m_a;
    std::unique_ptr<PatientWorkstation> m_b;
};

} // namespace Ambulo::Test
