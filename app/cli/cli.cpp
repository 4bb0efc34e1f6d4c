#include "app/cli/cli.h"

#include "app/cli/chartingcommands.h"
#include "app/cli/clicontext.h"
#include "app/cli/fhircommands.h"
#include "app/cli/hl7commands.h"
#include "app/cli/identitycommands.h"
#include "app/cli/initfromserver.h"
#include "app/cli/schedulingcommands.h"
#include "app/cli/synccommands.h"
#include "app/modulecatalog.h"
#include "connectors/fhir/fhirclient.h"
#include "core/constants.h"
#include "core/demo/demopractice.h"
#include "core/store/database.h"

#include <QDateTime>

namespace Ambulo::App {

namespace {

using Core::Error;
using Core::ErrorCode;

const char HelpText[] = R"(Usage: ambulo [global options] [command]

Without a command, ambulo opens the workstation.

Global options:
  --data DIR        the store's directory (default: the per-user data directory; $AMBULO_DATA)
  --key-file FILE   a 0600 file with the 64-hex-character store key, instead of the OS keychain
  --user NAME       who runs the command; the password comes from $AMBULO_PASSWORD or stdin

Commands:
  init --practice NAME --admin USER     create a store (the admin's password as above)
  init ... --from-server URL [--token-file F] [--ca-file F]
                                        a new store filled from the FHIR server
  demo --patients N [--seed S]          create a store holding a demo practice
  user add NAME --role ROLE [--display-name TEXT]
                                        new password from $AMBULO_NEW_PASSWORD or stdin
  user list | disable NAME | enable NAME | unlock NAME | reset-password NAME
  user set-role NAME ROLE               roles: front-desk, provider, biller, admin
  patients search QUERY [--limit N]     MRN<TAB>Family, Given<TAB>YYYY-MM-DD
  patients search --stdin [--limit N]   one query per line, blocks end with an empty line
  patients add --family F --given G --dob YYYY-MM-DD --sex S [--mrn M] [--phone P]
               [--mobile P] [--email E] [--restricted]
               [--number N --authority A [--type T]]  with another system's number
  patients show MRN [--reason TEXT]     a restricted record needs a reason (break-glass); then
                                        one line per other system's number:
                                        identifier<TAB>VALUE<TAB>AUTHORITY<TAB>TYPE
  patients merge KEEP GONE --reason TEXT
                                        two records of one person become KEEP (practice admin)
  patients add-identifier MRN VALUE --authority A [--type T]
                                        another system's number for the record (T from HL7
                                        table 0203: MR, PI, SS, DL, ...)
  patients remove-identifier MRN VALUE --authority A
                                        take another system's number off a record it was wrongly
                                        given to, e.g. a name and birth date match flagged in
                                        'audit list --action patient.same-person-match'
                                        (practice admin)
  patients matches                      the name and birth date matches waiting for review:
                                        MRN<TAB>when<TAB>numbers<TAB>from<TAB>fields changed
                                        (practice admin)
  patients confirm-match MRN VALUE --authority A
                                        the match that brought that number was right
  patients undo-match MRN VALUE --authority A
                                        undo the name and birth date match that brought that
                                        number: its numbers come off, what it changed is put
                                        back unless changed since (practice admin)
  audit verify                          check the audit chain
  audit list [--from ISO] [--to ISO] [--user U] [--patient MRN] [--action A] [--csv]
                                        (the acting --user goes before 'audit' when filtering:
                                        ambulo --user admin audit list --user bob; or --by U;
                                        --patient finds the person's merged records and old
                                        MRNs too)
  providers list                        ID<TAB>Name<TAB>NPI
  schedule types                        CODE<TAB>name<TAB>minutes
  schedule openings --type CODE [--provider ID] --from YYYY-MM-DD --to YYYY-MM-DD [--limit N]
                                        start<TAB>provider<TAB>room, earliest first
  appointments book --patient MRN --provider ID --type CODE --start YYYY-MM-DDTHH:MM
               [--room ID] [--minutes N] [--reason TEXT] [--override REASON]
                                        prints the new id; a conflict exits 3 (admins may
                                        --override with a reason)
  appointments list --date YYYY-MM-DD [--provider ID]
                                        ID<TAB>start<TAB>end<TAB>MRN<TAB>provider<TAB>type<TAB>status
  appointments status ID STATUS [--reason TEXT]
                                        confirmed, arrived, roomed, seen, checked-out, no-show,
                                        cancelled (needs --reason)
  encounters list --patient MRN [--reason TEXT]
                                        ID<TAB>date<TAB>provider<TAB>status, newest first
  encounters show ID [--reason TEXT]    the note, vitals, diagnoses, procedures and signature
                                        (note text needs chart.note-read or a break-glass reason)
  encounters sign ID                    as the encounter's provider; signed already exits 1
  encounters summary ID --out FILE.pdf [--reason TEXT]
                                        the patient's visit summary as a PDF; a draft is marked
                                        so, a sensitive note is left out unless yours, and a
                                        restricted record needs a break-glass reason
  codes import-icd10 FILE               the CMS ICD-10-CM order file (fixed width); replaces
  codes import-procedures CSV           code,description,fee lines; adds or replaces
  codes search TEXT [--limit N]         ICD-10-CM by code prefix or words: CODE<TAB>description
  hl7 get FILE PATH...                  print the value at each HL7 path (PID-5-1, OBX(2)-5,
                                        PID-3(2)-1): one line each, empty if absent, "" for null
  hl7 import FILE                       apply each message of FILE as interface "import"
                                        (admin); prints MSA-1<TAB>MSH-10[<TAB>text] per message
  hl7 listen --port P [--bind ADDR] [--name NAME] [--tls-cert F --tls-key F [--client-ca F]]
                                        receive HL7 over MLLP (admin) until SIGTERM/SIGINT;
                                        prints "listening on ADDR:PORT" (port 0: any free)
  hl7 send FILE --host H --port P [--timeout S] [--tls] [--tls-ca F] [--tls-cert F --tls-key F]
                                        send each message, wait for its ACK, print MSA-1 per
                                        message; no ACK in time exits 1
  hl7 interface add NAME --host H --port P [--types SIU^S12,ADT^A04] [--ack-timeout S]
               [--tls ...] [--sending-facility X] [--receiving-application X]
               [--receiving-facility X] [--changes here|all] | set NAME OPTION... | list
               | remove NAME | enable NAME | disable NAME
                                        outbound interfaces (admin); --changes here sends only
                                        what was changed on this workstation, not what sync
                                        pulled from the FHIR server (default all); set changes
                                        the options given; list prints NAME<TAB>host:port<TAB>
                                        state<TAB>types<TAB>tls|plain<TAB>here|all
  hl7 queue [--send [--once]] [--prune DAYS]
                                        NAME<TAB>host:port<TAB>pending<TAB>parked<TAB>last
                                        error<TAB>last ACK; --send delivers until only parked
                                        messages are left (--once: one pass, no waiting);
                                        --prune deletes delivered messages older than DAYS
  fhir export-patient MRN [--reason TEXT]
                                        the patient as the FHIR transaction Bundle a push sends
  sync --server URL [--token-file F] [--ca-file F] [--once] [--interval S]
                                        push local changes, then pull the server's (admin);
                                        --once: one round, "pushed N, pulled N, conflicts N",
                                        exit 3 while conflicts remain; else until SIGTERM/SIGINT
  sync status                           pending, conflicts, rejected, merges waiting, last
                                        push/pull per type, booking conflicts, then one line
                                        per open conflict, refused record and pulled merge
                                        waiting for its survivor; exit 3 while a conflict is open
  sync resolve ID --keep local|server --server URL [--token-file F] [--ca-file F]
                                        settle a conflict: the clashing fields take this
                                        workstation's or the server's values (admin)
  sync send-again TYPE/ID ... | --all   push records the server refused again with the next
                                        round, once the fault is mended there (admin)
  sync configure [--server URL|off] [--token-file F] [--ca-file F] [--interval S]
                                        the server the workstation's own sync worker uses;
                                        no option: print the settings (admin)
  bench [NAME]                          benchmarks: search, store, startup, openings, booking,
                                        calendar, hl7, hl7-ingest, icd10-search, chart-summary,
                                        chart-open-painted, sync-first [--resources N]

Exit codes: 0 ok, 1 error, 2 usage, 3 conflict, 4 authentication or permission denied.
)";

Core::Result<QDateTime> parseTime(const QString &text, bool endOfDay)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = endOfDay ? d.endOfDay(Qt::UTC) : d.startOfDay(Qt::UTC);
    }
    if (!t.isValid())
        return Error{ErrorCode::Usage,
                     QStringLiteral("'%1' is not an ISO date or time (e.g. 2026-11-22 or "
                                    "2026-11-22T09:30:00Z)")
                         .arg(text.left(40))};
    if (t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z'))
        && !text.contains(QLatin1Char('+')))
        t.setTimeSpec(Qt::UTC);
    return t;
}

int cmdInit(CliContext &cli)
{
    const QString practice = cli.option(QStringLiteral("practice"));
    const QString admin = cli.option(QStringLiteral("admin"));
    if (practice.trimmed().isEmpty() || admin.isEmpty())
        return cli.usage(QStringLiteral("init needs --practice NAME and --admin USER"));
    if (Core::Status s = Core::UserService::validateUsername(admin); !s)
        return cli.fail(s.error());
    const QString password = cli.password();
    if (Core::Status s = Core::UserService::validatePassword(password); !s)
        return cli.fail(s.error());
    if (Core::Status s = Core::PracticeService::validate({practice, {}, {}, {}, {}, 10}); !s)
        return cli.fail(s.error());
    std::unique_ptr<Fhir::Client> server;
    if (cli.has(QStringLiteral("from-server"))) {
        auto client = initServerClient(cli);
        if (!client)
            return client.error().code == ErrorCode::Usage ? cli.usage(client.error().message)
                                                           : cli.fail(client.error());
        server = std::move(client.value());
    } else if (cli.has(QStringLiteral("token-file")) || cli.has(QStringLiteral("ca-file"))) {
        return cli.usage(QStringLiteral("--token-file and --ca-file go with --from-server URL"));
    }

    auto store = Core::Store::create(cli.location(), ModuleCatalog::migrations());
    if (!store)
        return cli.fail(store.error());
    Core::Services services(*store.value(), Core::Services::thisWorkstation());
    Core::Transaction tx(store.value()->db());
    Core::Status s = services.practice().initialize(practice);
    if (s)
        s = services.users().bootstrapAdmin({admin, QString(), Core::Role::Admin, password});
    if (s)
        s = tx.commit();
    if (!s)
        return cli.fail(s.error());
    cli.print(QStringLiteral("Created the store for %1 in %2 (key in %3).")
                  .arg(practice.trimmed(), cli.location().dataDir,
                       cli.keyFile.isEmpty() ? QStringLiteral("the OS keychain") : cli.keyFile));
    if (server)
        return pullIntoNewStore(cli, services, *server, admin, password);
    return ExitOk;
}

int cmdDemo(CliContext &cli)
{
    bool ok = false;
    const int patients = cli.option(QStringLiteral("patients")).toInt(&ok);
    if (!ok || patients < 0)
        return cli.usage(QStringLiteral("demo needs --patients N (a whole number)"));
    quint64 seed = 1;
    if (cli.has(QStringLiteral("seed"))) {
        seed = cli.option(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return cli.usage(QStringLiteral("--seed takes a whole number"));
    }
    auto store = Core::Store::create(cli.location(), ModuleCatalog::migrations());
    if (!store)
        return cli.fail(store.error());
    Core::Services services(*store.value(), Core::Services::thisWorkstation());
    const Core::DemoUser admin = Core::DemoPractice::users().first();
    Core::Status s = services.practice().initialize(QStringLiteral("Springfield Family Practice"));
    if (s)
        s = services.users().bootstrapAdmin(
            {admin.username, QStringLiteral("Practice Admin"), Core::Role::Admin, admin.password});
    if (!s)
        return cli.fail(s.error());
    if (auto session = services.users().signIn(admin.username, admin.password); !session)
        return cli.fail(session.error());
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    s = Core::DemoPractice::seed(services, patients, seed, [&](int done) {
        if (done % 50000 == 0 || done == patients)
            cli.note(QStringLiteral("%1 of %2 patients").arg(done).arg(patients));
    });
    // Then each module adds its part (the schedule, ...), in catalogue order.
    for (const auto &module : ModuleCatalog::create()) {
        if (!s)
            break;
        s = module->seedDemo(services, seed);
    }
    services.users().signOut();
    if (!s)
        return cli.fail(s.error());
    cli.print(QStringLiteral("Demo practice with %1 patients in %2 (%3 s). Demo users:")
                  .arg(patients)
                  .arg(cli.location().dataDir)
                  .arg((QDateTime::currentMSecsSinceEpoch() - started) / 1000.0, 0, 'f', 1));
    for (const Core::DemoUser &u : Core::DemoPractice::users())
        cli.print(QStringLiteral("  %1\t%2\t%3").arg(u.username, u.password, u.role));
    return ExitOk;
}

Core::Result<qint64> findUserId(Core::Services &services, const QString &name)
{
    auto users = services.users().list();
    if (!users)
        return users.error();
    for (const Core::UserRecord &u : users.value()) {
        if (u.username.compare(name, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    return Error{ErrorCode::Invalid, QStringLiteral("No user named '%1'.").arg(name.left(40))};
}

int cmdUser(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    const QString name = cli.words.value(2);
    static const QStringList subs{QStringLiteral("add"),     QStringLiteral("list"),
                                  QStringLiteral("disable"), QStringLiteral("enable"),
                                  QStringLiteral("unlock"),  QStringLiteral("reset-password"),
                                  QStringLiteral("set-role")};
    if (!subs.contains(sub))
        return cli.usage(
            QStringLiteral("user needs one of: %1").arg(subs.join(QStringLiteral(", "))));
    if (sub != QLatin1String("list") && name.isEmpty())
        return cli.usage(QStringLiteral("user %1 needs a user name").arg(sub));

    std::optional<Core::Role> role;
    if (sub == QLatin1String("add") || sub == QLatin1String("set-role")) {
        const QString roleText =
            sub == QLatin1String("add") ? cli.option(QStringLiteral("role")) : cli.words.value(3);
        if (roleText.isEmpty())
            return cli.usage(
                QStringLiteral("a role is required: front-desk, provider, biller or admin"));
        role = Core::roleFromId(roleText);
        if (!role)
            return cli.fail(
                {ErrorCode::Invalid,
                 QStringLiteral("Unknown role '%1': use front-desk, provider, biller or "
                                "admin.")
                     .arg(roleText.left(40))});
    }

    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;

    auto newPassword = [&] {
        return qEnvironmentVariableIsSet("AMBULO_NEW_PASSWORD")
                   ? qEnvironmentVariable("AMBULO_NEW_PASSWORD")
                   : cli.readLine();
    };

    Core::Status s;
    if (sub == QLatin1String("add")) {
        auto id = services.users().add(
            {name, cli.option(QStringLiteral("display-name")), *role, newPassword()});
        if (!id)
            s = id.error();
        else
            cli.print(QStringLiteral("Added %1 as %2.").arg(name, Core::roleId(*role)));
    } else if (sub == QLatin1String("list")) {
        auto users = services.users().list();
        if (!users)
            return cli.fail(users.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Core::UserRecord &u : users.value()) {
            QString state = u.disabled ? QStringLiteral("disabled") : QStringLiteral("active");
            if (u.lockedUntil.isValid() && u.lockedUntil > now)
                state = QStringLiteral("locked");
            cli.print(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(u.username, Core::roleId(u.role), state, u.displayName));
        }
    } else {
        auto id = findUserId(services, name);
        if (!id) {
            s = id.error();
        } else if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
            s = services.users().setDisabled(id.value(), sub == QLatin1String("disable"));
        } else if (sub == QLatin1String("unlock")) {
            s = services.users().unlockAccount(id.value());
        } else if (sub == QLatin1String("reset-password")) {
            s = services.users().resetPassword(id.value(), newPassword());
        } else {
            s = services.users().setRole(id.value(), *role);
        }
        if (s)
            cli.print(QStringLiteral("%1: done.").arg(name));
    }
    services.users().signOut();
    return s ? ExitOk : cli.fail(s.error());
}

int printSearch(CliContext &cli, Core::Services &services, const QString &query, int limit)
{
    auto result =
        services.patients().search(query, limit, Core::PatientService::SearchUse::Listing);
    if (!result)
        return cli.fail(result.error());
    for (const Core::PatientMatch &m : result->matches)
        cli.print(QStringLiteral("%1\t%2, %3\t%4")
                      .arg(m.mrn, m.family, m.given, m.birthDate.toString(Qt::ISODate)));
    return ExitOk;
}

int cmdPatients(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("search")) {
        int limit = 20;
        if (cli.has(QStringLiteral("limit"))) {
            bool ok = false;
            limit = cli.option(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 500)
                return cli.usage(QStringLiteral("--limit takes a number from 1 to 500"));
        }
        const bool batch = cli.flags.contains(QStringLiteral("stdin"));
        if (!batch && cli.words.size() < 3)
            return cli.usage(QStringLiteral("patients search needs a QUERY or --stdin"));
        auto opened = cli.openAndSignIn();
        if (!opened)
            return cli.fail(opened.error());
        int code = ExitOk;
        if (batch) {
            for (QString line = cli.readLine(); !line.isNull(); line = cli.readLine()) {
                if (const int c = printSearch(cli, *opened->services, line, limit); c != ExitOk)
                    code = c;
                cli.print(QString());
                std::fflush(cli.out);
            }
        } else {
            code =
                printSearch(cli, *opened->services, cli.words.mid(2).join(QLatin1Char(' ')), limit);
        }
        opened->services->users().signOut();
        return code;
    }
    if (sub == QLatin1String("add")) {
        Core::Patient p;
        p.family = cli.option(QStringLiteral("family"));
        p.given = cli.option(QStringLiteral("given"));
        p.middle = cli.option(QStringLiteral("middle"));
        p.mrn = cli.option(QStringLiteral("mrn"));
        const QString dob = cli.option(QStringLiteral("dob"));
        p.birthDate = QDate::fromString(dob, Qt::ISODate);
        if (!dob.isEmpty() && !p.birthDate.isValid())
            return cli.fail({ErrorCode::Invalid,
                             QStringLiteral("The date of birth '%1' is not a real date in the form "
                                            "YYYY-MM-DD.")
                                 .arg(dob.left(40))});
        p.sex = cli.option(QStringLiteral("sex"));
        p.phoneHome = cli.option(QStringLiteral("phone"));
        p.phoneMobile = cli.option(QStringLiteral("mobile"));
        p.email = cli.option(QStringLiteral("email"));
        p.restricted = cli.flags.contains(QStringLiteral("restricted"));
        if (Core::Status s = Core::PatientService::validate(p); !s)
            return cli.fail(s.error());
        // Another system's number (a referral's hospital MRN), registered with the patient.
        QList<Core::PatientIdentifier> numbers;
        const Core::PatientIdentifier number{
            0, cli.option(QStringLiteral("number")).trimmed(),
            cli.option(QStringLiteral("authority")).trimmed(),
            cli.option(QStringLiteral("type")).trimmed().toUpper()};
        if (!number.value.isEmpty() || !number.authority.isEmpty() || !number.typeCode.isEmpty()) {
            if (number.value.isEmpty() || number.authority.isEmpty())
                return cli.usage(QStringLiteral("patients add takes --number N with --authority A "
                                                "(the system that gave it), or neither"));
            if (Core::Status s = Core::PatientService::validate(number); !s)
                return cli.fail(s.error());
            numbers << number;
        }
        auto opened = cli.openAndSignIn();
        if (!opened)
            return cli.fail(opened.error());
        if (!numbers.isEmpty()) {
            Core::PatientService &patients = opened->services->patients();
            auto holder = patients.findByIdentifier(number.value, number.authority);
            if (holder && holder.value() != 0) {
                auto other = patients.mrnOf(holder.value());
                opened->services->users().signOut();
                return cli.fail({ErrorCode::Conflict,
                                 QStringLiteral("%1 (%2) is already on record %3: use that record "
                                                "if it is this patient, or check the number.")
                                     .arg(number.value.left(64), number.authority.left(200),
                                          other ? other.value() : QString())});
            }
        }
        auto id = opened->services->patients().create(p, numbers);
        if (!id) {
            opened->services->users().signOut();
            return cli.fail(id.error());
        }
        auto created = opened->services->patients().open(id.value(),
                                                         QStringLiteral("created by this command"));
        opened->services->users().signOut();
        cli.print(created ? created->mrn : QString::number(id.value()));
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        const QString mrn = cli.words.value(2);
        if (mrn.isEmpty())
            return cli.usage(QStringLiteral("patients show needs an MRN"));
        auto opened = cli.openAndSignIn();
        if (!opened)
            return cli.fail(opened.error());
        auto p = opened->services->patients().openByMrn(mrn, cli.option(QStringLiteral("reason")));
        int code = ExitOk;
        if (!p) {
            code = cli.fail(p.error());
        } else {
            cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                          .arg(p->mrn, p->displayName(), p->birthDate.toString(Qt::ISODate), p->sex,
                               p->phoneMobile.isEmpty() ? p->phoneHome : p->phoneMobile,
                               p->restricted ? QStringLiteral("restricted") : QString()));
            auto numbers = opened->services->patients().identifiers(p->id);
            if (!numbers)
                code = cli.fail(numbers.error());
            for (const Core::PatientIdentifier &n :
                 numbers ? numbers.value() : QList<Core::PatientIdentifier>())
                cli.print(
                    QStringLiteral("identifier\t%1\t%2\t%3").arg(n.value, n.authority, n.typeCode));
        }
        opened->services->users().signOut();
        return code;
    }
    if (isPatientIdentityCommand(sub))
        return runPatientIdentity(cli);
    return cli.usage(QStringLiteral("patients needs search, add, show, merge, add-identifier, "
                                    "remove-identifier, matches, undo-match or confirm-match"));
}

int cmdAudit(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub != QLatin1String("verify") && sub != QLatin1String("list"))
        return cli.usage(QStringLiteral("audit needs verify or list"));
    Core::AuditFilter filter;
    if (sub == QLatin1String("list")) {
        if (cli.has(QStringLiteral("from"))) {
            auto t = parseTime(cli.option(QStringLiteral("from")), false);
            if (!t)
                return cli.fail(t.error());
            filter.from = t.value();
        }
        if (cli.has(QStringLiteral("to"))) {
            auto t = parseTime(cli.option(QStringLiteral("to")), true);
            if (!t)
                return cli.fail(t.error());
            filter.to = t.value();
        }
        filter.user = cli.usersAfterCommand.value(0);
        if (cli.has(QStringLiteral("by")))
            filter.user = cli.option(QStringLiteral("by"));
        filter.patientMrn = cli.option(QStringLiteral("patient"));
        filter.action = cli.option(QStringLiteral("action"));
    }
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;
    if (Core::Status s = services.context().require(Core::Permission::AuditRead); !s) {
        services.users().signOut();
        return cli.fail(s.error());
    }
    int code = ExitOk;
    if (sub == QLatin1String("verify")) {
        const Core::AuditVerification v = services.audit().verify();
        if (v.ok)
            cli.print(QStringLiteral("ok %1 entries").arg(v.entries));
        else
            code =
                cli.fail({ErrorCode::Invalid, QStringLiteral("audit chain broken at entry %1: %2")
                                                  .arg(v.brokenAt)
                                                  .arg(v.message)});
    } else {
        auto entries = services.auditTrail(filter);
        if (!entries) {
            code = cli.fail(entries.error());
        } else if (cli.flags.contains(QStringLiteral("csv"))) {
            cli.printRaw(Core::AuditLog::toCsv(entries.value()));
        } else {
            for (const Core::AuditEntry &e : entries.value())
                cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                              .arg(QString::number(e.id), e.at.toString(Qt::ISODateWithMs), e.user,
                                   e.workstation, e.action, e.outcome, e.patientMrn, e.detail));
        }
        (void)services.context().record(Core::Constants::Audit::AuditView,
                                        QLatin1String(Core::Constants::OutcomeOk), 0, {},
                                        QStringLiteral("command line"));
    }
    services.users().signOut();
    return code;
}

} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    // Qt's own GUI options take one dash, and these a value.
    static const QStringList qtOptionsWithValue{
        QStringLiteral("-platform"),     QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),   QStringLiteral("-display"),
        QStringLiteral("-geometry"),     QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-session"),      QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme")};
    static const QStringList guiOptionsWithValue{
        QStringLiteral("--data"), QStringLiteral("--key-file"), QStringLiteral("--user"),
        QStringLiteral("--bench-startup")};
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (guiOptionsWithValue.contains(arg) || qtOptionsWithValue.contains(arg)) {
            ++i;
            continue;
        }
        // Any other word is a command, known or not: an unknown one gets a usage error rather
        // than a window.
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("--help"))
            return true;
        if (arg.startsWith(QLatin1String("--")) && !arg.contains(QLatin1Char('='))
            && !guiOptionsWithValue.contains(arg))
            return true; // an option the GUI does not take: let the CLI explain it
    }
    return false;
}

int runCli(const QStringList &arguments, FILE *in, FILE *out, FILE *err)
{
    CliContext cli(in, out, err);
    QString error;
    if (!cli.parse(arguments, &error))
        return cli.usage(error);
    const QString command = cli.words.value(0);
    if (command == QLatin1String("help") || cli.flags.contains(QStringLiteral("help"))) {
        cli.printRaw(QString::fromUtf8(HelpText));
        return ExitOk;
    }
    if (command == QLatin1String("init"))
        return cmdInit(cli);
    if (command == QLatin1String("demo"))
        return cmdDemo(cli);
    if (command == QLatin1String("user"))
        return cmdUser(cli);
    if (command == QLatin1String("patients"))
        return cmdPatients(cli);
    if (command == QLatin1String("audit"))
        return cmdAudit(cli);
    if (command == QLatin1String("bench"))
        return runBench(cli);
    if (command == QLatin1String("providers"))
        return cmdProviders(cli);
    if (command == QLatin1String("schedule"))
        return cmdSchedule(cli);
    if (command == QLatin1String("appointments"))
        return cmdAppointments(cli);
    if (command == QLatin1String("hl7"))
        return runHl7(cli);
    if (command == QLatin1String("fhir"))
        return runFhir(cli);
    if (command == QLatin1String("sync"))
        return runSync(cli);
    if (command == QLatin1String("encounters") || command == QLatin1String("codes"))
        return command == QLatin1String("codes") ? cmdCodes(cli) : cmdEncounters(cli);
    return cli.usage(QStringLiteral("unknown command '%1'").arg(command.left(40)));
}

} // namespace Ambulo::App
