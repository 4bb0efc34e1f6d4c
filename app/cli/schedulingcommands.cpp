#include "app/cli/schedulingcommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "core/constants.h"
#include "core/context/eventhub.h"
#include "modules/scheduling/domain/schedulingconstants.h"
#include "modules/scheduling/domain/schedulingservices.h"

namespace Ambulo::App {

namespace {

using Core::Error;
using Core::ErrorCode;
namespace S = Scheduling;

// The store opened, the user signed in, and the scheduling services over that session.
struct SchedulingSession
{
    CliContext::Opened opened;
    Core::EventHub events;
    std::unique_ptr<S::SchedulingServices> services;

    ~SchedulingSession()
    {
        if (opened.services)
            opened.services->users().signOut();
    }
};

Core::Result<std::unique_ptr<SchedulingSession>> openScheduling(CliContext &cli)
{
    auto opened = cli.openAndSignIn();
    if (!opened)
        return opened.error();
    auto session = std::make_unique<SchedulingSession>();
    session->opened = std::move(opened.value());
    session->services =
        std::make_unique<S::SchedulingServices>(*session->opened.services, session->events);
    return session;
}

Core::Result<qint64> idOption(CliContext &cli, const QString &name, bool required)
{
    if (!cli.has(name)) {
        if (required)
            return Error{ErrorCode::Usage, QStringLiteral("--%1 ID is required").arg(name)};
        return qint64(0);
    }
    bool ok = false;
    const qint64 id = cli.option(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::Usage, QStringLiteral("--%1 takes a numeric id, not '%2'")
                                           .arg(name, cli.option(name).left(40))};
    return id;
}

Core::Result<QDate> dateOption(CliContext &cli, const QString &name)
{
    if (!cli.has(name))
        return Error{ErrorCode::Usage, QStringLiteral("--%1 YYYY-MM-DD is required").arg(name)};
    return S::parseDate(cli.option(name));
}

int providersList(CliContext &cli)
{
    auto session = openScheduling(cli);
    if (!session)
        return cli.fail(session.error());
    auto list = session.value()->opened.services->directory().practitioners();
    if (!list)
        return cli.fail(list.error());
    for (const Core::Practitioner &p : list.value()) {
        if (!p.active)
            continue;
        QString name = p.displayName();
        if (!p.credentials.isEmpty())
            name += QStringLiteral(", ") + p.credentials;
        cli.print(QStringLiteral("%1\t%2\t%3").arg(QString::number(p.id), name, p.npi));
    }
    return ExitOk;
}

int scheduleTypes(CliContext &cli)
{
    auto session = openScheduling(cli);
    if (!session)
        return cli.fail(session.error());
    auto types = session.value()->services->setup().types();
    if (!types)
        return cli.fail(types.error());
    for (const S::AppointmentType &t : types.value())
        cli.print(QStringLiteral("%1\t%2\t%3").arg(t.code, t.name).arg(t.defaultMinutes));
    return ExitOk;
}

int scheduleOpenings(CliContext &cli)
{
    const QString code = cli.option(QStringLiteral("type"));
    if (code.isEmpty())
        return cli.usage(QStringLiteral("schedule openings needs --type CODE"));
    auto provider = idOption(cli, QStringLiteral("provider"), false);
    if (!provider)
        return cli.fail(provider.error());
    auto from = dateOption(cli, QStringLiteral("from"));
    if (!from)
        return cli.fail(from.error());
    auto to = dateOption(cli, QStringLiteral("to"));
    if (!to)
        return cli.fail(to.error());
    int limit = 20;
    if (cli.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = cli.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return cli.usage(QStringLiteral("--limit takes a number from 1 to 1000"));
    }
    auto session = openScheduling(cli);
    if (!session)
        return cli.fail(session.error());
    S::SchedulingServices &services = *session.value()->services;
    auto type = services.setup().typeByCode(code);
    if (!type)
        return cli.fail(type.error());
    S::OpeningQuery q;
    q.typeId = type->id;
    if (provider.value() != 0)
        q.providerIds = {provider.value()};
    q.from = from.value();
    q.to = to.value();
    q.limit = limit;
    auto openings = services.queries().openings(q);
    if (!openings)
        return cli.fail(openings.error());
    for (const S::Opening &o : openings.value())
        cli.print(QStringLiteral("%1\t%2\t%3")
                      .arg(o.startText(), QString::number(o.providerId),
                           o.roomId != 0 ? QString::number(o.roomId) : QString()));
    return ExitOk;
}

int appointmentsBook(CliContext &cli)
{
    const QString mrn = cli.option(QStringLiteral("patient"));
    const QString code = cli.option(QStringLiteral("type"));
    if (mrn.isEmpty() || code.isEmpty() || !cli.has(QStringLiteral("start")))
        return cli.usage(QStringLiteral("appointments book needs --patient MRN --provider ID "
                                        "--type CODE --start YYYY-MM-DDTHH:MM"));
    auto provider = idOption(cli, QStringLiteral("provider"), true);
    if (!provider)
        return cli.fail(provider.error());
    auto room = idOption(cli, QStringLiteral("room"), false);
    if (!room)
        return cli.fail(room.error());
    auto start = S::parseWallClock(cli.option(QStringLiteral("start")));
    if (!start)
        return cli.fail(start.error());
    int minutes = 0;
    if (cli.has(QStringLiteral("minutes"))) {
        bool ok = false;
        minutes = cli.option(QStringLiteral("minutes")).toInt(&ok);
        if (!ok || minutes <= 0)
            return cli.usage(QStringLiteral("--minutes takes a positive number"));
    }
    auto session = openScheduling(cli);
    if (!session)
        return cli.fail(session.error());
    S::SchedulingServices &services = *session.value()->services;
    auto patient = services.queries().patientIdByMrn(mrn);
    if (!patient)
        return cli.fail(patient.error());
    auto type = services.setup().typeByCode(code);
    if (!type)
        return cli.fail(type.error());
    S::BookingRequest r;
    r.patientId = patient.value();
    r.providerId = provider.value();
    r.typeId = type->id;
    r.date = start->date;
    r.startMinute = start->minute;
    r.minutes = minutes;
    r.roomId = room.value();
    r.reason = cli.option(QStringLiteral("reason"));
    r.overrideReason = cli.option(QStringLiteral("override"));
    auto id = services.booking().book(r);
    if (!id)
        return cli.fail(id.error());
    cli.print(QString::number(id.value()));
    return ExitOk;
}

int appointmentsList(CliContext &cli)
{
    auto date = dateOption(cli, QStringLiteral("date"));
    if (!date)
        return cli.fail(date.error());
    auto provider = idOption(cli, QStringLiteral("provider"), false);
    if (!provider)
        return cli.fail(provider.error());
    auto session = openScheduling(cli);
    if (!session)
        return cli.fail(session.error());
    S::SchedulingServices &services = *session.value()->services;
    auto list = services.queries().appointments(date.value(), provider.value());
    if (!list)
        return cli.fail(list.error());
    for (const S::Appointment &a : list.value())
        cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                      .arg(QString::number(a.id), a.startText(), a.endText(), a.patientMrn,
                           QString::number(a.providerId), a.typeCode, S::statusId(a.status)));
    // A listing leaves the application, so it is audited like `patients search`.
    (void)services.core().context().record(S::Constants::Audit::List,
                                           QLatin1String(Core::Constants::OutcomeOk), 0, {},
                                           QStringLiteral("command line: %1 provider %2, %3 rows")
                                               .arg(date->toString(Qt::ISODate))
                                               .arg(provider.value())
                                               .arg(list->size()));
    return ExitOk;
}

int appointmentsStatus(CliContext &cli)
{
    bool ok = false;
    const qint64 id = cli.words.value(2).toLongLong(&ok);
    const QString statusText = cli.words.value(3);
    if (!ok || id <= 0 || statusText.isEmpty())
        return cli.usage(QStringLiteral("appointments status needs ID STATUS"));
    const auto status = S::statusFromId(statusText);
    static const QStringList typed{QStringLiteral("confirmed"),   QStringLiteral("arrived"),
                                   QStringLiteral("roomed"),      QStringLiteral("seen"),
                                   QStringLiteral("checked-out"), QStringLiteral("no-show"),
                                   QStringLiteral("cancelled")};
    if (!status || !typed.contains(S::statusId(*status)))
        return cli.usage(
            QStringLiteral("STATUS is one of: %1").arg(typed.join(QStringLiteral(", "))));
    auto session = openScheduling(cli);
    if (!session)
        return cli.fail(session.error());
    S::SchedulingServices &services = *session.value()->services;
    Core::Status s =
        services.booking().setStatus(id, *status, cli.option(QStringLiteral("reason")));
    if (!s)
        return cli.fail(s.error());
    cli.print(QStringLiteral("%1\t%2").arg(QString::number(id), S::statusId(*status)));
    return ExitOk;
}

} // namespace

int cmdProviders(CliContext &cli)
{
    if (cli.words.value(1) != QLatin1String("list"))
        return cli.usage(QStringLiteral("providers needs list"));
    return providersList(cli);
}

int cmdSchedule(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("types"))
        return scheduleTypes(cli);
    if (sub == QLatin1String("openings"))
        return scheduleOpenings(cli);
    return cli.usage(QStringLiteral("schedule needs types or openings"));
}

int cmdAppointments(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("book"))
        return appointmentsBook(cli);
    if (sub == QLatin1String("list"))
        return appointmentsList(cli);
    if (sub == QLatin1String("status"))
        return appointmentsStatus(cli);
    return cli.usage(QStringLiteral("appointments needs book, list or status"));
}

} // namespace Ambulo::App
