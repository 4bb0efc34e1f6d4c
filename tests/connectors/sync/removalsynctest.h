#pragma once

// What the tests of patients and chart entries going away share (tst_syncremovals: merges made
// on a workstation, chart entries withdrawn; tst_syncwaitingmerges: pulled merges whose survivor
// is out of reach): two workstations, A and B, on one FHIR peer, made afresh for every test
// function.

#include "tests/connectors/sync/fhirpeer.h"
#include "tests/connectors/sync/syncworkstation.h"
#include "tests/support/testsupport.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

namespace Ambulo::Test {

// One workstation (SyncWorkstation: Dr. Moreno, Mon-Fri 08:00-17:00, a follow-up type), pulled
// in pages of 20, and what these tests do on it.
struct RemovalWorkstation : SyncWorkstation
{
    QString start(const QUrl &base)
    {
        Sync::EngineOptions options;
        options.pageSize = 20;
        return SyncWorkstation::start(base, Practice::Scheduling, options);
    }

    qint64 patient(const QString &family, const QString &given)
    {
        asAdmin();
        auto id = core().patients().create(samplePatient(family, given, QDate(1980, 5, 17)));
        return id ? id.value() : 0;
    }

    qint64 book(qint64 patientId, const QDate &date, int minute)
    {
        asAdmin();
        Scheduling::BookingRequest r;
        r.patientId = patientId;
        r.providerId = moreno;
        r.typeId = visitType;
        r.date = date;
        r.startMinute = minute;
        auto id = scheduling->booking().book(r);
        return id ? id.value() : 0;
    }

    qint64 appointmentPatient(qint64 id)
    {
        asAdmin();
        auto a = scheduling->queries().appointment(id);
        return a ? a->patientId : 0;
    }

    qint64 addProblem(qint64 patientId)
    {
        asProvider();
        Charting::Problem problem;
        problem.patientId = patientId;
        problem.code = QStringLiteral("I10");
        problem.onset = QDate(2019, 4, 2);
        auto id = charting->problems().add(problem);
        return id ? id.value() : 0;
    }

    qint64 addAllergy(qint64 patientId)
    {
        asProvider();
        Charting::Allergy allergy;
        allergy.patientId = patientId;
        allergy.substance = QStringLiteral("Penicillin");
        allergy.reaction = QStringLiteral("Hives");
        allergy.severity = QStringLiteral("severe");
        auto id = charting->allergies().add(allergy);
        return id ? id.value() : 0;
    }

    std::optional<Charting::Allergy> allergy(qint64 id)
    {
        auto a = Charting::AllergyService::byId(core().context().db(), id);
        return a ? a.value() : std::nullopt;
    }

    bool setAllergyStatus(qint64 id, const QString &status)
    {
        std::optional<Charting::Allergy> a = allergy(id);
        if (!a)
            return false;
        a->status = status;
        asProvider();
        return bool(charting->allergies().update(*a));
    }

    std::optional<Charting::Problem> problem(qint64 id)
    {
        auto p = Charting::ProblemService::byId(core().context().db(), id);
        return p ? p.value() : std::nullopt;
    }

    bool setProblemStatus(qint64 id, const QString &status)
    {
        std::optional<Charting::Problem> p = problem(id);
        if (!p)
            return false;
        p->status = status;
        asProvider();
        return bool(charting->problems().update(*p));
    }

    qint64 survivorOf(qint64 patientId)
    {
        asAdmin();
        auto p = core().patients().open(patientId);
        return p ? p->id : 0;
    }
};

// The test classes derive from this: it starts the peer, makes A and B before every test function
// and checks after it that the peer refused nothing either wrote.
class RemovalSyncTest : public QObject
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
        m_a = std::make_unique<RemovalWorkstation>();
        m_b = std::make_unique<RemovalWorkstation>();
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
    static inline const QString PatientType = QStringLiteral("Patient");

    QJsonObject serverPatient(const QString &id)
    {
        return m_server.request("GET", QStringLiteral("/fhir/R4/Patient/") + id);
    }

    // The real binary on a workstation's store: its exit code and output (stdout, then stderr).
    std::pair<int, QString> runCli(RemovalWorkstation &ws, const QStringList &args)
    {
        const auto [code, out, err] = runAmbulo(ws.store, args);
        return {code, out + err};
    }

    // `ambulo sync status` of a workstation, its output.
    QString syncStatus(RemovalWorkstation &ws) { return runCli(ws, {"sync", "status"}).second; }

    FhirPeer m_server;
    std::unique_ptr<RemovalWorkstation> m_a;
    std::unique_ptr<RemovalWorkstation> m_b;
};

} // namespace Ambulo::Test
