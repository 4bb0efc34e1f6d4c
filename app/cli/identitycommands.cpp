#include "app/cli/identitycommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "core/entities/patientservice.h"
#include "core/session/services.h"

#include <functional>

namespace Ambulo::App {

namespace {

using Core::Error;
using Core::ErrorCode;

// The record with this MRN (following a merge); an error naming the MRN when there is none.
Core::Result<qint64> recordOf(Core::PatientService &patients, const QString &mrn)
{
    Core::Result<qint64> id = patients.findByMrn(mrn);
    if (id && id.value() == 0)
        return Core::Error{ErrorCode::Invalid,
                           QStringLiteral("No patient has MRN %1.").arg(mrn.left(40))};
    return id;
}

// The match, still open for review, that gave record `mrn` the number (value, authority).
Core::Result<Core::SamePersonMatch> openMatchOf(Core::PatientService &patients, const QString &mrn,
                                                const QString &value, const QString &authority)
{
    Core::Result<qint64> id = recordOf(patients, mrn);
    if (!id)
        return id.error();
    Core::Result<QList<Core::SamePersonMatch>> matches = patients.samePersonMatches(id.value());
    if (!matches)
        return matches.error();
    for (const Core::SamePersonMatch &m : std::as_const(matches.value())) {
        for (const Core::PatientIdentifier &n : m.identifiers) {
            if (n.sameNumberAs({0, value, authority, {}}))
                return m;
        }
    }
    return Error{ErrorCode::Invalid,
                 QStringLiteral("No match by name and birth date that is waiting for review gave "
                                "%1 (%2) to %3 ('patients matches' lists them).")
                     .arg(value.left(64), authority.left(200), mrn.left(40))};
}

// `patients matches`: every name and birth date match waiting for an admin's review, one a line:
// MRN, when, the numbers it brought, where from, and the fields it changed.
int listSamePersonMatches(CliContext &cli)
{
    if (cli.words.size() > 2)
        return cli.usage(QStringLiteral("patients matches takes no arguments"));
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::Result<QList<Core::SamePersonMatch>> matches =
        opened->services->patients().samePersonReview();
    opened->services->users().signOut();
    if (!matches)
        return cli.fail(matches.error());
    for (const Core::SamePersonMatch &m : std::as_const(matches.value())) {
        QStringList numbers;
        for (const Core::PatientIdentifier &n : m.identifiers)
            numbers << QStringLiteral("%1^%2").arg(n.value, n.authority);
        cli.print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(m.mrn, m.at, numbers.join(QLatin1Char(' ')), m.source,
                           m.changed.join(QLatin1String(", "))));
    }
    return ExitOk;
}

// `patients merge KEEP GONE --reason TEXT`: the record GONE becomes part of KEEP (its numbers,
// visits, appointments and history move; its MRN keeps leading to KEEP).
int mergePatients(CliContext &cli)
{
    const QString keepMrn = cli.words.value(2).trimmed();
    const QString goneMrn = cli.words.value(3).trimmed();
    const QString reason = cli.option(QStringLiteral("reason")).trimmed();
    if (keepMrn.isEmpty() || goneMrn.isEmpty() || cli.words.size() > 4)
        return cli.usage(QStringLiteral("patients merge needs the MRN to keep, then the MRN to "
                                        "merge into it"));
    if (reason.isEmpty())
        return cli.usage(QStringLiteral("patients merge needs --reason TEXT: why the two records "
                                        "are one person"));
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::PatientService &patients = opened->services->patients();
    const auto finish = [&](int code) {
        opened->services->users().signOut();
        return code;
    };
    qint64 ids[2] = {0, 0};
    const QString mrns[2] = {keepMrn, goneMrn};
    for (int i = 0; i < 2; ++i) {
        Core::Result<qint64> id = recordOf(patients, mrns[i]);
        if (!id)
            return finish(cli.fail(id.error()));
        ids[i] = id.value();
    }
    Core::Result<QString> survivor = patients.mrnOf(ids[0]);
    if (!survivor)
        return finish(cli.fail(survivor.error()));
    if (ids[0] == ids[1] && keepMrn != goneMrn) {
        cli.print(QStringLiteral("%1 is already part of %2").arg(goneMrn, survivor.value()));
        return finish(ExitOk);
    }
    if (Core::Status s = patients.merge(ids[0], ids[1], reason); !s)
        return finish(cli.fail(s.error()));
    cli.print(QStringLiteral("%1 merged into %2").arg(goneMrn, survivor.value()));
    return finish(ExitOk);
}

// What `patients VERB MRN VALUE --authority A` names: the record, the number, and the record
// that holds the number now (0 for none).
struct NumberRequest
{
    QString mrn;
    Core::PatientIdentifier number;
    qint64 holder = 0;
};
using NumberAction = std::function<int(Core::PatientService &, const NumberRequest &)>;

// Reads the arguments (`usage` when one is missing), opens the store and finds both records for
// `act`.
int onNumber(CliContext &cli, const QString &usage, const NumberAction &act)
{
    NumberRequest request;
    request.mrn = cli.words.value(2).trimmed();
    request.number.value = cli.words.value(3).trimmed();
    request.number.authority = cli.option(QStringLiteral("authority")).trimmed();
    request.number.typeCode = cli.option(QStringLiteral("type")).trimmed().toUpper();
    if (request.mrn.isEmpty() || request.number.value.isEmpty() || cli.words.size() > 4
        || request.number.authority.isEmpty())
        return cli.usage(usage);
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::PatientService &patients = opened->services->patients();
    Core::Result<qint64> id = recordOf(patients, request.mrn);
    Core::Result<qint64> holder =
        id ? patients.findByIdentifier(request.number.value, request.number.authority) : id;
    int code = ExitOk;
    if (!holder) {
        code = cli.fail(holder.error());
    } else {
        request.number.patientId = id.value();
        request.holder = holder.value();
        code = act(patients, request);
    }
    opened->services->users().signOut();
    return code;
}

// `patients remove-identifier MRN VALUE --authority A`: the other system's messages under that
// number no longer reach this record (the FHIR server's copy loses it at the next push).
int removePatientIdentifier(CliContext &cli)
{
    return onNumber(
        cli,
        QStringLiteral("patients remove-identifier needs the MRN, the number and --authority A (as "
                       "'patients show' lists them)"),
        [&cli](Core::PatientService &patients, const NumberRequest &r) {
            const Core::PatientIdentifier &n = r.number;
            if (r.holder != n.patientId)
                return cli.fail(
                    {ErrorCode::Invalid,
                     QStringLiteral("Patient %1 holds no identifier %2 of %3.")
                         .arg(r.mrn.left(40), n.value.left(64), n.authority.left(200))});
            if (Core::Status s = patients.removeIdentifier({n.patientId, n.value, n.authority, {}});
                !s)
                return cli.fail(s.error());
            cli.print(QStringLiteral("%1 (%2) taken off %3").arg(n.value, n.authority, r.mrn));
            return int(ExitOk);
        });
}

// `patients add-identifier MRN VALUE --authority A [--type T]`: a number another system knows the
// patient by, typed in (say the hospital's, read out on the phone), so that system's messages
// under it reach this record.
int addPatientIdentifier(CliContext &cli)
{
    return onNumber(
        cli,
        QStringLiteral("patients add-identifier needs the MRN, the number and --authority A (the "
                       "system that gave it, e.g. HOSP); --type T is optional (MR, PI, SS, DL, "
                       "...)"),
        [&cli](Core::PatientService &patients, const NumberRequest &r) {
            const Core::PatientIdentifier &n = r.number;
            if (r.holder != 0 && r.holder != n.patientId) {
                Core::Result<QString> other = patients.mrnOf(r.holder);
                return cli.fail(
                    {ErrorCode::Conflict,
                     QStringLiteral("%1 (%2) is already on record %3. If both records are one "
                                    "person, merge them with 'patients merge'; otherwise check "
                                    "the number.")
                         .arg(n.value.left(64), n.authority.left(200),
                              other ? other.value() : QString())});
            }
            if (r.holder == n.patientId) {
                cli.print(
                    QStringLiteral("%1 (%2) is already on %3").arg(n.value, n.authority, r.mrn));
                return int(ExitOk);
            }
            if (Core::Status s = patients.addIdentifier(n); !s)
                return cli.fail(s.error());
            cli.print(QStringLiteral("%1 (%2) added to %3").arg(n.value, n.authority, r.mrn));
            return int(ExitOk);
        });
}

using MatchAction = std::function<int(Core::PatientService &, const Core::SamePersonMatch &)>;

// `patients VERB MRN VALUE --authority A`: `act` on the match waiting for review that gave the
// record that number.
int onMatch(CliContext &cli, const QString &verb, const MatchAction &act)
{
    const QString mrn = cli.words.value(2).trimmed();
    const QString value = cli.words.value(3).trimmed();
    const QString authority = cli.option(QStringLiteral("authority")).trimmed();
    if (mrn.isEmpty() || value.isEmpty() || cli.words.size() > 4 || authority.isEmpty())
        return cli.usage(QStringLiteral("patients %1 needs the MRN, a number the match brought and "
                                        "--authority A (as 'patients matches' lists them)")
                             .arg(verb));
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::PatientService &patients = opened->services->patients();
    Core::Result<Core::SamePersonMatch> match = openMatchOf(patients, mrn, value, authority);
    const int code = match ? act(patients, match.value()) : cli.fail(match.error());
    opened->services->users().signOut();
    return code;
}

// `patients undo-match MRN VALUE --authority A`: the registration that gave the record that
// number by name and birth date was someone else's. Its numbers come off, what it changed is put
// back (unless changed again since), and its numbers are not matched to the record again.
int undoSamePersonMatch(CliContext &cli)
{
    return onMatch(
        cli, QStringLiteral("undo-match"),
        [&cli](Core::PatientService &patients, const Core::SamePersonMatch &match) {
            Core::Result<Core::SamePersonUndo> undone = patients.undoSamePerson(match.id);
            if (!undone)
                return cli.fail(undone.error());
            QStringList numbers;
            for (const Core::PatientIdentifier &n : std::as_const(undone->removed))
                numbers << QStringLiteral("%1 (%2)").arg(n.value, n.authority);
            cli.print(QStringLiteral("%1: undid %2; taken off: %3")
                          .arg(match.mrn, match.source, numbers.join(QLatin1String(", "))));
            cli.print(QStringLiteral("put back: %1")
                          .arg(undone->restored.isEmpty()
                                   ? QStringLiteral("nothing")
                                   : undone->restored.join(QLatin1String(", "))));
            if (!undone->kept.isEmpty())
                cli.print(QStringLiteral("changed again since, left as they are "
                                         "(check them): %1")
                              .arg(undone->kept.join(QLatin1String(", "))));
            return int(ExitOk);
        });
}

// `patients confirm-match MRN VALUE --authority A`: the match that brought that number was right;
// it leaves the review list.
int confirmSamePersonMatch(CliContext &cli)
{
    return onMatch(cli, QStringLiteral("confirm-match"),
                   [&cli](Core::PatientService &patients, const Core::SamePersonMatch &match) {
                       if (Core::Status s = patients.confirmSamePerson(match.id); !s)
                           return cli.fail(s.error());
                       cli.print(QStringLiteral("%1: confirmed %2").arg(match.mrn, match.source));
                       return int(ExitOk);
                   });
}

} // namespace

bool isPatientIdentityCommand(const QString &sub)
{
    static const QStringList commands{QStringLiteral("merge"),
                                      QStringLiteral("add-identifier"),
                                      QStringLiteral("remove-identifier"),
                                      QStringLiteral("matches"),
                                      QStringLiteral("undo-match"),
                                      QStringLiteral("confirm-match")};
    return commands.contains(sub);
}

int runPatientIdentity(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("merge"))
        return mergePatients(cli);
    if (sub == QLatin1String("add-identifier"))
        return addPatientIdentifier(cli);
    if (sub == QLatin1String("remove-identifier"))
        return removePatientIdentifier(cli);
    if (sub == QLatin1String("matches"))
        return listSamePersonMatches(cli);
    if (sub == QLatin1String("undo-match"))
        return undoSamePersonMatch(cli);
    return confirmSamePersonMatch(cli);
}

} // namespace Ambulo::App
