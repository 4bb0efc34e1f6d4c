#include "app/bench/calendarbench.h"
#include "app/bench/benchreport.h"
#include "app/bench/chartingbench.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "app/modulecatalog.h"
#include "core/context/eventhub.h"
#include "core/demo/demopractice.h"
#include "core/entities/npi.h"
#include "core/session/services.h"
#include "core/store/store.h"
#include "modules/scheduling/domain/schedulingservices.h"
#include "modules/scheduling/ui/calendarview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace Ambulo::App {

namespace {

namespace S = Scheduling;

constexpr int Providers = 20;
constexpr int Appointments = 2000;
constexpr int Patients = 500;
constexpr int Repeats = 40;
const QDate WeekStart(2026, 3, 16); // a Monday

int runChild(CliContext &cli)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("bench"), QStringLiteral("calendar")});
    if (!child.waitForFinished(120000) || child.exitCode() != 0) {
        child.kill();
        return cli.fail(
            Core::invalid(QStringLiteral("the calendar run failed: %1")
                              .arg(QString::fromUtf8(child.readAllStandardError()).trimmed())));
    }
    std::fputs(child.readAllStandardOutput().constData(), cli.out);
    std::fflush(cli.out);
    return ExitOk;
}

// A practice of 20 providers working Mon-Fri 08:00-18:00 with 2,000 appointments in one week.
Core::Status seedWeek(Core::Services &services, S::SchedulingServices &scheduling,
                      QList<qint64> &providers)
{
    const Core::DemoUser admin = Core::DemoPractice::users().first();
    Core::Status s = services.practice().initialize(QStringLiteral("Calendar Bench"));
    if (s)
        s = services.users().bootstrapAdmin(
            {admin.username, QString(), Core::Role::Admin, admin.password});
    if (!s)
        return s;
    if (auto session = services.users().signIn(admin.username, admin.password); !session)
        return session.error();
    if (s = Core::DemoPractice::seed(services, Patients, 42, {}); !s)
        return s;
    if (s = scheduling.setup().setTimeZone("America/New_York"); !s)
        return s;
    auto type = scheduling.setup().saveType({0, QStringLiteral("BENCH"), QStringLiteral("Visit"),
                                             20, QStringLiteral("#2e7d32"), false, true});
    if (!type)
        return type.error();
    for (int p = 0; p < Providers; ++p) {
        const QString nine = QStringLiteral("1%1").arg(77700000 + p, 8, 10, QLatin1Char('0'));
        Core::Practitioner practitioner;
        practitioner.npi = nine + QString::number(Core::Npi::checkDigit(nine));
        practitioner.given = QStringLiteral("Bench");
        practitioner.family = QStringLiteral("Provider %1").arg(p + 1);
        auto id = services.directory().addPractitioner(practitioner);
        if (!id)
            return id.error();
        providers << id.value();
        for (int day = 1; day <= 5; ++day)
            if (s = scheduling.setup().setWorkingHours(id.value(), day,
                                                       {{id.value(), day, 8 * 60, 18 * 60, 0}});
                !s)
                return s;
    }
    QList<S::Appointment> week;
    const QList<S::AppointmentStatus> statuses{
        S::AppointmentStatus::Booked, S::AppointmentStatus::Confirmed,
        S::AppointmentStatus::Arrived, S::AppointmentStatus::CheckedOut};
    for (int i = 0; i < Appointments; ++i) {
        // 20 a day per provider, every 30 minutes from 08:00.
        const int provider = i % Providers;
        const int slot = i / Providers;
        S::Appointment a;
        a.patientId = 1 + i % Patients;
        a.providerId = providers[provider];
        a.typeId = type.value();
        a.date = WeekStart.addDays(slot / 20);
        a.startMinute = 8 * 60 + (slot % 20) * 30;
        a.endMinute = a.startMinute + 20;
        a.status = statuses[i % statuses.size()];
        week << a;
    }
    return scheduling.booking().importAppointments(week);
}

} // namespace

bool benchNeedsWidgets(const QStringList &arguments)
{
    return (arguments.size() >= 2 && arguments[0] == QLatin1String("bench")
            && arguments[1] == QLatin1String("calendar"))
           || benchChartNeedsWidgets(arguments);
}

int benchCalendar(CliContext &cli)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return runChild(cli);
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("data")));
    auto store = Core::Store::create(
        {dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("bench.key"))},
        ModuleCatalog::migrations());
    if (!store)
        return cli.fail(store.error());
    Core::Services services(*store.value(), QStringLiteral("bench"));
    Core::EventHub events;
    S::SchedulingServices scheduling(services, events);
    QList<qint64> providers;
    if (Core::Status s = seedWeek(services, scheduling, providers); !s)
        return cli.fail(s.error());

    S::AgendaQuery query;
    query.providerIds = providers;
    query.from = WeekStart;
    query.to = WeekStart.addDays(6);
    // One column per provider per day: the whole week of the whole practice in one picture.
    QList<S::Internal::CalendarView::Column> columns;
    for (QDate d = query.from; d <= query.to; d = d.addDays(1))
        for (qint64 p : std::as_const(providers))
            columns.append({d, p, QStringLiteral("%1 %2").arg(d.day()).arg(p)});
    S::Internal::CalendarView view;
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> load, paint, total;
    qsizetype drawn = 0;
    for (int i = 0; i < Repeats + 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto agenda = scheduling.queries().agenda(query);
        if (!agenda)
            return cli.fail(agenda.error());
        const double loaded = timer.nsecsElapsed() / 1e6;
        view.setAgenda(S::Internal::CalendarView::Mode::Day, columns, agenda.value());
        view.render(&image);
        const double all = timer.nsecsElapsed() / 1e6;
        drawn = agenda->appointments.size();
        if (i < 3)
            continue; // warm the page cache and the glyph cache
        load << loaded;
        paint << all - loaded;
        total << all;
    }
    services.users().signOut();
    figure(cli, QStringLiteral("calendar.providers"), Providers, QStringLiteral("count"));
    figure(cli, QStringLiteral("calendar.appointments"), double(drawn), QStringLiteral("count"));
    figure(cli, QStringLiteral("calendar.week_load_p50"), percentile(load, 0.5),
           QStringLiteral("ms"));
    figure(cli, QStringLiteral("calendar.week_paint_only_p50"), percentile(paint, 0.5),
           QStringLiteral("ms"));
    figure(cli, QStringLiteral("calendar.week_paint_ms.p50"), percentile(total, 0.5),
           QStringLiteral("ms"));
    figure(cli, QStringLiteral("calendar.week_paint_ms.p99"), percentile(total, 0.99),
           QStringLiteral("ms"));
    return ExitOk;
}

} // namespace Ambulo::App
