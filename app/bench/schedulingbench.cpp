#include "app/bench/schedulingbench.h"
#include "app/bench/benchreport.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/modulecatalog.h"
#include "core/context/eventhub.h"
#include "core/demo/demopractice.h"
#include "core/entities/npi.h"
#include "core/store/checkpointer.h"
#include "core/store/database.h"
#include "modules/scheduling/domain/schedulingservices.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <random>

namespace Ambulo::App {

namespace {

using Core::Services;
using Core::Store;
namespace S = Scheduling;

constexpr int Providers = 10;
constexpr int Appointments = 500000;
constexpr int ImportBatch = 10000;
// Imported appointments fill 08:00-16:00 of every weekday from this Monday on; 16:00-17:00 is
// left free for the measured bookings and openings.
const QDate FirstDay(2024, 1, 1);
constexpr int BookedUntil = 16 * 60;

// The day of the n-th weekday from FirstDay.
QDate weekday(int n)
{
    return FirstDay.addDays(qint64(n / 5) * 7 + n % 5);
}

struct BenchPractice
{
    std::unique_ptr<Store> store;
    std::unique_ptr<Services> services;
    Core::EventHub events;
    std::unique_ptr<S::SchedulingServices> scheduling;
    QList<qint64> providers;
    QList<qint64> rooms; // one per provider
    qint64 followUp = 0;
    qint64 newPatient = 0;
    int days = 0;
    qint64 maxPatient = 0;
};

Core::Status setUpSchedule(CliContext &cli, BenchPractice &b, int patients)
{
    S::SchedulingServices &s = *b.scheduling;
    if (Core::Status st = s.setup().setTimeZone("America/Chicago"); !st)
        return st;
    auto fu = s.setup().saveType({0, QStringLiteral("FU"), QStringLiteral("Follow-up"), 15,
                                  QStringLiteral("#2e7d32"), false, true});
    auto np = s.setup().saveType({0, QStringLiteral("NP"), QStringLiteral("New patient"), 30,
                                  QStringLiteral("#1565c0"), true, true});
    if (!fu || !np)
        return fu ? np.error() : fu.error();
    Core::DirectoryService &dir = b.services->directory();
    auto existing = dir.practitioners();
    if (!existing)
        return existing.error();
    for (int i = int(existing->size()); i < Providers; ++i) {
        Core::Practitioner p;
        const QString nine = QStringLiteral("1%1").arg(55500000 + i, 8, 10, QLatin1Char('0'));
        p.npi = nine + QString::number(Core::Npi::checkDigit(nine));
        p.given = QStringLiteral("Bench");
        p.family = QStringLiteral("Provider %1").arg(i + 1);
        if (auto id = dir.addPractitioner(p); !id)
            return id.error();
    }
    auto locations = dir.locations();
    if (!locations || locations->isEmpty())
        return Core::invalid(QStringLiteral("the bench store has no location"));
    for (int r = int(dir.rooms()->size()); r < Providers; ++r) {
        if (auto id = dir.addRoom({0, locations->first().id, QStringLiteral("Bench %1").arg(r)});
            !id)
            return id.error();
    }
    auto all = dir.practitioners();
    auto rooms = dir.rooms();
    QList<qint64> providerIds, roomIds;
    for (const Core::Practitioner &p : all.value())
        providerIds << p.id;
    for (const Core::Room &r : rooms.value())
        roomIds << r.id;
    std::sort(providerIds.begin(), providerIds.end());
    std::sort(roomIds.begin(), roomIds.end());
    for (int i = 0; i < Providers; ++i) {
        for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
            if (Core::Status st = s.setup().setWorkingHours(
                    providerIds[i], day, {{providerIds[i], day, 8 * 60, 17 * 60, roomIds[i]}});
                !st)
                return st;
        }
        S::Blockout friday;
        friday.providerId = providerIds[i];
        friday.date = FirstDay.addDays(4);
        friday.until = FirstDay.addYears(10);
        friday.recurrence = S::Recurrence::Weekly;
        friday.startMinute = 16 * 60 + 45;
        friday.endMinute = 17 * 60;
        friday.reason = QStringLiteral("Charting");
        if (auto id = s.setup().addBlockout(friday); !id)
            return id.error();
    }
    // 32 quarter-hour follow-ups a day per provider, in the provider's room, random patients.
    std::mt19937_64 rng(99);
    QList<S::Appointment> batch;
    batch.reserve(ImportBatch);
    const int perDay = Providers * (BookedUntil - 8 * 60) / 15;
    for (int n = 0; n < Appointments; ++n) {
        const int slot = n % perDay;
        S::Appointment a;
        a.patientId = qint64(1 + rng() % quint64(patients));
        a.providerId = providerIds[slot % Providers];
        a.roomId = roomIds[slot % Providers];
        a.typeId = fu.value();
        a.date = weekday(n / perDay);
        a.startMinute = 8 * 60 + (slot / Providers) * 15;
        a.endMinute = a.startMinute + 15;
        a.status = weekday(n / perDay) < QDate(2026, 11, 1) ? S::AppointmentStatus::CheckedOut
                                                            : S::AppointmentStatus::Booked;
        batch << a;
        if (batch.size() == ImportBatch || n == Appointments - 1) {
            if (Core::Status st = s.booking().importAppointments(batch); !st)
                return st;
            batch.clear();
            if ((n + 1) % 100000 == 0)
                note(cli, QStringLiteral("%1 appointments").arg(n + 1));
        }
    }
    return {};
}

Core::Result<std::unique_ptr<BenchPractice>> openPractice(CliContext &cli, const QString &root,
                                                          int patients)
{
    const QString dir = QDir(root).filePath(QStringLiteral("booking-%1").arg(patients));
    const QString keyFile = QDir(dir).filePath(QStringLiteral("bench.key"));
    const QString doneMark = QDir(dir).filePath(QStringLiteral("complete"));
    const Core::DemoUser admin = Core::DemoPractice::users().first();
    auto b = std::make_unique<BenchPractice>();
    const bool cached = QFileInfo::exists(doneMark);
    if (!cached) {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        // The search benchmark's patients, when it has built them, save the slow part.
        const QString search = QDir(root).filePath(QStringLiteral("search-%1").arg(patients));
        if (QFileInfo::exists(QDir(search).filePath(QStringLiteral("complete")))) {
            note(cli,
                 QStringLiteral("copying the %1-patient store from %2").arg(patients).arg(search));
            for (const QFileInfo &f : QDir(search).entryInfoList(QDir::Files)) {
                if (f.fileName() != QLatin1String("complete"))
                    QFile::copy(f.absoluteFilePath(), QDir(dir).filePath(f.fileName()));
            }
        }
    }
    const bool haveStore = QFileInfo::exists(Store::databasePath(dir));
    auto store = haveStore ? Store::open({dir, keyFile}, ModuleCatalog::migrations())
                           : Store::create({dir, keyFile}, ModuleCatalog::migrations());
    if (!store)
        return store.error();
    b->store = std::move(store.value());
    b->services = std::make_unique<Services>(*b->store, QStringLiteral("bench"));
    if (!haveStore) {
        note(cli,
             QStringLiteral("building a %1-patient store in %2 (once)").arg(patients).arg(dir));
        Core::Status s = b->services->practice().initialize(QStringLiteral("Bench Practice"));
        if (s)
            s = b->services->users().bootstrapAdmin(
                {admin.username, QString(), Core::Role::Admin, admin.password});
        if (!s)
            return s.error();
    }
    if (auto session = b->services->users().signIn(admin.username, admin.password); !session)
        return session.error();
    if (!haveStore) {
        Core::Status s = Core::DemoPractice::seed(*b->services, patients, 42, [&](int done) {
            if (done % 100000 == 0)
                note(cli, QStringLiteral("%1 patients").arg(done));
        });
        if (!s)
            return s.error();
    }
    b->scheduling = std::make_unique<S::SchedulingServices>(*b->services, b->events);
    if (!cached) {
        note(cli, QStringLiteral("importing %1 appointments (once)").arg(Appointments));
        if (Core::Status s = setUpSchedule(cli, *b, patients); !s)
            return s.error();
        QFile mark(doneMark);
        mark.open(QIODevice::WriteOnly);
    }
    auto providers = b->services->directory().practitioners();
    auto rooms = b->services->directory().rooms();
    auto fu = b->scheduling->setup().typeByCode(QStringLiteral("FU"));
    auto np = b->scheduling->setup().typeByCode(QStringLiteral("NP"));
    if (!providers || !rooms || !fu || !np)
        return Core::invalid(
            QStringLiteral("the cached booking store is incomplete; remove %1").arg(dir));
    for (const Core::Practitioner &p : providers.value())
        b->providers << p.id;
    for (const Core::Room &r : rooms.value())
        b->rooms << r.id;
    std::sort(b->providers.begin(), b->providers.end());
    std::sort(b->rooms.begin(), b->rooms.end());
    b->providers = b->providers.mid(0, Providers);
    b->followUp = fu->id;
    b->newPatient = np->id;
    b->days = Appointments / (Providers * (BookedUntil - 8 * 60) / 15);
    b->maxPatient = patients;
    return b;
}

} // namespace

int benchBooking(CliContext &cli, const QString &root, int patients)
{
    auto practice = openPractice(cli, root, patients);
    if (!practice)
        return cli.fail(practice.error());
    BenchPractice &b = *practice.value();
    Core::Database &db = b.store->db();
    if (Core::Status s = db.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS bench_commit_floor (id INTEGER PRIMARY KEY, at TEXT)"));
        !s)
        return cli.fail(s.error());
    constexpr int Samples = 1000;
    std::mt19937_64 rng(2024);
    QSet<QString> used;
    QList<qint64> made;
    QList<double> booking, floor, offPath;
    int conflicts = 0;
    // Phase 0 as the store is configured (SQLite checkpoints inside commits); phase 1 with the
    // workstation's background Checkpointer running, as the GUI runs it: the difference is what
    // checkpointing inside a commit adds to the tail.
    std::unique_ptr<Core::Checkpointer> checkpointer;
    for (int phase = 0; phase < 2; ++phase) {
        if (phase == 1) {
            checkpointer = std::make_unique<Core::Checkpointer>(*b.store);
            if (Core::Status s = checkpointer->start(); !s)
                return cli.fail(s.error());
        }
        for (int i = 0; i < Samples; ++i) {
            const int p = int(rng() % Providers);
            const int day = int(rng() % quint64(b.days));
            const int start = BookedUntil + int(rng() % 3) * 15;
            const QString key = QStringLiteral("%1/%2/%3").arg(p).arg(day).arg(start);
            if (used.contains(key)) {
                --i;
                continue;
            }
            used.insert(key);
            S::BookingRequest r;
            r.patientId = qint64(1 + rng() % quint64(b.maxPatient));
            r.providerId = b.providers[p];
            r.roomId = b.rooms[p];
            r.typeId = b.followUp;
            r.date = weekday(day);
            r.startMinute = start;
            QElapsedTimer timer;
            timer.start();
            auto id = b.scheduling->booking().book(r);
            (phase == 0 ? booking : offPath) << timer.nsecsElapsed() / 1e6;
            if (id)
                made << id.value();
            else if (id.error().code == Core::ErrorCode::Conflict)
                ++conflicts;
            else
                return cli.fail(id.error());
            if (phase == 1)
                continue;
            // The floor, interleaved so both see the same disk and cache: one durable row.
            timer.restart();
            Core::Transaction tx(db);
            Core::Query q =
                db.query(QStringLiteral("INSERT INTO bench_commit_floor (at) VALUES (?)"));
            q.bind(1, QStringLiteral("x"));
            if (Core::Status s = q.exec(); !s)
                return cli.fail(s.error());
            if (Core::Status s = tx.commit(); !s)
                return cli.fail(s.error());
            floor << timer.nsecsElapsed() / 1e6;
        }
    }
    checkpointer.reset();
    // The measured bookings are taken out again so every run starts from the same book.
    {
        Core::Transaction tx(db);
        for (const qint64 id : std::as_const(made)) {
            for (const char *sql :
                 {"DELETE FROM appointment_status_history WHERE appointment_id = ?",
                  "DELETE FROM appointments WHERE id = ?"}) {
                Core::Query q = db.query(QString::fromLatin1(sql));
                q.bind(1, id);
                (void)q.exec();
            }
        }
        (void)db.exec(QStringLiteral("DELETE FROM bench_commit_floor"));
        (void)tx.commit();
    }
    b.services->users().signOut();
    const double p99 = percentile(booking, 0.99);
    const double floor99 = percentile(floor, 0.99);
    figure(cli, QStringLiteral("booking.patients"), patients, QStringLiteral("count"));
    figure(cli, QStringLiteral("booking.appointments"), Appointments, QStringLiteral("count"));
    figure(cli, QStringLiteral("booking.samples"), booking.size(), QStringLiteral("count"));
    figure(cli, QStringLiteral("booking.conflicts"), conflicts, QStringLiteral("count"));
    // booking.p50/p99: as the workstation runs, with the background checkpointer; the
    // inline_checkpoint figures are SQLite's default, checkpointing inside some commits.
    figure(cli, QStringLiteral("booking.p50"), percentile(offPath, 0.5), QStringLiteral("ms"));
    figure(cli, QStringLiteral("booking.p99"), percentile(offPath, 0.99), QStringLiteral("ms"));
    figure(cli, QStringLiteral("booking.inline_checkpoint.p50"), percentile(booking, 0.5),
           QStringLiteral("ms"));
    figure(cli, QStringLiteral("booking.inline_checkpoint.p99"), p99, QStringLiteral("ms"));
    figure(cli, QStringLiteral("booking.commit_floor.p50"), percentile(floor, 0.5),
           QStringLiteral("ms"));
    figure(cli, QStringLiteral("booking.commit_floor.p99"), floor99, QStringLiteral("ms"));
    figure(cli, QStringLiteral("booking.ratio"),
           floor99 > 0 ? percentile(offPath, 0.99) / floor99 : 0, QStringLiteral("x"));
    return ExitOk;
}

int benchOpenings(CliContext &cli, const QString &root, int patients)
{
    auto practice = openPractice(cli, root, patients);
    if (!practice)
        return cli.fail(practice.error());
    BenchPractice &b = *practice.value();
    constexpr int Samples = 300;
    std::mt19937_64 rng(31);
    auto run = [&](int limit, QList<double> &ms, int *found) {
        for (int i = 0; i < Samples; ++i) {
            S::OpeningQuery q;
            q.typeId = i % 2 == 0 ? b.newPatient : b.followUp;
            q.from = weekday(int(rng() % quint64(b.days - 25)));
            q.to = q.from.addMonths(1);
            if (i % 3 == 1)
                q.providerIds = {b.providers[int(rng() % Providers)]};
            if (i % 4 == 2)
                q.weekdays = {Qt::Tuesday, Qt::Thursday};
            q.limit = limit;
            QElapsedTimer timer;
            timer.start();
            auto r = b.scheduling->queries().openings(q);
            ms << timer.nsecsElapsed() / 1e6;
            if (!r)
                return false;
            *found += int(r->size());
        }
        return true;
    };
    QList<double> warm, first, full;
    int found = 0, foundFull = 0, ignored = 0;
    if (!run(20, warm, &ignored) || !run(20, first, &found) || !run(1000, full, &foundFull))
        return cli.fail(Core::invalid(QStringLiteral("an openings query failed")));
    b.services->users().signOut();
    figure(cli, QStringLiteral("openings.providers"), Providers, QStringLiteral("count"));
    figure(cli, QStringLiteral("openings.queries"), first.size(), QStringLiteral("count"));
    figure(cli, QStringLiteral("openings.found"), found, QStringLiteral("count"));
    figure(cli, QStringLiteral("openings.p50"), percentile(first, 0.5), QStringLiteral("ms"));
    figure(cli, QStringLiteral("openings.p99"), percentile(first, 0.99), QStringLiteral("ms"));
    // Every opening of the month (limit 1000): the whole range computed, not just its start.
    figure(cli, QStringLiteral("openings.full_month.found"), foundFull, QStringLiteral("count"));
    figure(cli, QStringLiteral("openings.full_month.p99"), percentile(full, 0.99),
           QStringLiteral("ms"));
    return ExitOk;
}

} // namespace Ambulo::App
