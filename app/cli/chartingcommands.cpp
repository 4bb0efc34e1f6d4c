#include "app/cli/chartingcommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "core/context/eventhub.h"
#include "modules/charting/domain/chartingservices.h"
#include "modules/charting/ui/visitsummary.h"

#include <QFile>

namespace Ambulo::App {

namespace {

using Core::Error;
using Core::ErrorCode;
namespace Ch = Charting;

// The store opened, the user signed in, and the charting services over that session.
struct ChartingSession
{
    CliContext::Opened opened;
    Core::EventHub events;
    std::unique_ptr<Ch::ChartingServices> services;

    ~ChartingSession()
    {
        if (opened.services)
            opened.services->users().signOut();
    }
};

Core::Result<std::unique_ptr<ChartingSession>> openCharting(CliContext &cli)
{
    auto opened = cli.openAndSignIn();
    if (!opened)
        return opened.error();
    auto session = std::make_unique<ChartingSession>();
    session->opened = std::move(opened.value());
    session->services =
        std::make_unique<Ch::ChartingServices>(*session->opened.services, session->events);
    return session;
}

Core::Result<qint64> idWord(CliContext &cli, const QString &what)
{
    bool ok = false;
    const qint64 id = cli.words.value(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::Usage, QStringLiteral("%1 needs a numeric encounter ID").arg(what)};
    return id;
}

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int encountersList(CliContext &cli)
{
    const QString mrn = cli.option(QStringLiteral("patient"));
    if (mrn.isEmpty())
        return cli.usage(QStringLiteral("encounters list needs --patient MRN"));
    auto session = openCharting(cli);
    if (!session)
        return cli.fail(session.error());
    Ch::ChartingServices &charting = *session.value()->services;
    auto patient = charting.core().patients().openByMrn(mrn, cli.option(QStringLiteral("reason")));
    if (!patient)
        return cli.fail(patient.error());
    auto list = charting.encounters().list(patient->id);
    if (!list)
        return cli.fail(list.error());
    for (const Ch::Encounter &e : list.value())
        cli.print(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(QString::number(e.id),
                           e.startedAt.toLocalTime().date().toString(Qt::ISODate), e.providerName,
                           Ch::encounterStatusId(e.status)));
    return ExitOk;
}

void printSection(CliContext &cli, const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    cli.print(title + QStringLiteral(":"));
    for (const QString &line : text.split(QLatin1Char('\n')))
        cli.print(QStringLiteral("  ") + line);
}

int encountersShow(CliContext &cli)
{
    auto id = idWord(cli, QStringLiteral("encounters show"));
    if (!id)
        return cli.fail(id.error());
    auto session = openCharting(cli);
    if (!session)
        return cli.fail(session.error());
    Ch::ChartingServices &charting = *session.value()->services;
    auto e = charting.encounters().encounter(id.value());
    if (!e)
        return cli.fail(e.error());
    cli.print(QStringLiteral("Encounter %1\t%2\t%3\t%4")
                  .arg(QString::number(e->id), localTime(e->startedAt), e->providerName,
                       Ch::encounterStatusId(e->status)));
    cli.print(QStringLiteral("Patient: %1 %2").arg(e->patientMrn, e->patientName));
    if (!e->reason.isEmpty())
        cli.print(QStringLiteral("Reason: %1").arg(e->reason));
    // Codes are shown to whoever reads the chart; the note text only to those allowed it.
    const QString reason = cli.option(QStringLiteral("reason"));
    auto note = charting.notes().note(e->id, reason);
    if (note) {
        printSection(cli, QStringLiteral("Subjective"), note->subjective);
        printSection(cli, QStringLiteral("Objective"), note->objective);
        printSection(cli, QStringLiteral("Assessment"), note->assessment);
        printSection(cli, QStringLiteral("Plan"), note->plan);
    } else if (note.error().code == ErrorCode::Denied) {
        cli.print(QStringLiteral("Note: not shown (%1)").arg(note.error().message));
    } else {
        return cli.fail(note.error());
    }
    auto vitals = charting.vitals().forEncounter(e->id);
    if (!vitals)
        return cli.fail(vitals.error());
    for (const Ch::Vitals &v : vitals.value())
        cli.print(QStringLiteral("Vitals %1: %2").arg(localTime(v.takenAt), v.toText()));
    auto dx = charting.superbill().diagnoses(e->id);
    if (!dx)
        return cli.fail(dx.error());
    if (!dx->isEmpty())
        cli.print(QStringLiteral("Diagnoses:"));
    for (const Ch::Diagnosis &d : dx.value())
        cli.print(
            QStringLiteral("  %1\t%2\t%3").arg(QString::number(d.position), d.code, d.description));
    auto lines = charting.superbill().lines(e->id);
    if (!lines)
        return cli.fail(lines.error());
    if (!lines->isEmpty())
        cli.print(QStringLiteral("Procedures (place of service %1):").arg(e->placeOfService));
    for (const Ch::SuperbillLine &l : lines.value()) {
        QStringList pointers;
        for (int p : l.pointers)
            pointers << QString::number(p);
        cli.print(QStringLiteral("  %1\t%2\t%3 unit(s)\t%4\tdx %5\t%6")
                      .arg(l.code, l.modifiers.join(QLatin1Char(',')), QString::number(l.units),
                           Ch::formatCents(l.feeCents), pointers.join(QLatin1Char(',')),
                           l.description));
    }
    if (e->status == Ch::EncounterStatus::Signed)
        cli.print(QStringLiteral("Signed by %1 at %2").arg(e->signedBy, localTime(e->signedAt)));
    else
        cli.print(QStringLiteral("Not signed"));
    if (note) {
        auto addenda = charting.notes().addenda(e->id, reason);
        if (!addenda)
            return cli.fail(addenda.error());
        for (const Ch::Addendum &a : addenda.value()) {
            printSection(cli, QStringLiteral("Addendum"), a.text);
            cli.print(QStringLiteral("  ") + a.signature);
        }
    }
    return ExitOk;
}

int encountersSign(CliContext &cli)
{
    auto id = idWord(cli, QStringLiteral("encounters sign"));
    if (!id)
        return cli.fail(id.error());
    auto session = openCharting(cli);
    if (!session)
        return cli.fail(session.error());
    if (Core::Status s = session.value()->services->signing().sign(id.value()); !s)
        return cli.fail(s.error());
    cli.print(QStringLiteral("%1\tsigned").arg(id.value()));
    return ExitOk;
}

int encountersSummary(CliContext &cli)
{
    auto id = idWord(cli, QStringLiteral("encounters summary"));
    if (!id)
        return cli.fail(id.error());
    const QString out = cli.option(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(QStringLiteral("encounters summary needs --out FILE.pdf"));
    auto session = openCharting(cli);
    if (!session)
        return cli.fail(session.error());
    auto pages = Ch::VisitSummary::exportPdf(*session.value()->services, id.value(), out,
                                             cli.option(QStringLiteral("reason")));
    if (!pages)
        return cli.fail(pages.error());
    cli.print(QStringLiteral("%1\t%2\t%3 page(s)")
                  .arg(QString::number(id.value()), out, QString::number(pages.value())));
    return ExitOk;
}

int codesImport(CliContext &cli, bool icd10)
{
    const QString path = cli.words.value(2);
    if (path.isEmpty())
        return cli.usage(icd10 ? QStringLiteral("codes import-icd10 needs FILE")
                               : QStringLiteral("codes import-procedures needs CSV"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(
            Core::invalid(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    auto session = openCharting(cli);
    if (!session)
        return cli.fail(session.error());
    Ch::CodeService &codes = session.value()->services->codes();
    auto n = icd10 ? codes.importIcd10(file) : codes.importProcedures(file);
    if (!n)
        return cli.fail(
            Core::Error{n.error().code, path + QStringLiteral(": ") + n.error().message});
    cli.print(QStringLiteral("Imported %1 %2 codes.")
                  .arg(n.value())
                  .arg(icd10 ? QStringLiteral("ICD-10-CM") : QStringLiteral("procedure")));
    return ExitOk;
}

int codesSearch(CliContext &cli)
{
    const QString text = cli.words.mid(2).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return cli.usage(QStringLiteral("codes search needs TEXT"));
    int limit = 25;
    if (cli.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = cli.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return cli.usage(QStringLiteral("--limit takes a number from 1 to 1000"));
    }
    auto session = openCharting(cli);
    if (!session)
        return cli.fail(session.error());
    auto found = session.value()->services->codes().searchIcd10(text, limit);
    if (!found)
        return cli.fail(found.error());
    for (const Ch::Icd10Code &c : found.value())
        cli.print(QStringLiteral("%1\t%2").arg(c.code, c.longDescription));
    return ExitOk;
}

} // namespace

int cmdEncounters(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("list"))
        return encountersList(cli);
    if (sub == QLatin1String("show"))
        return encountersShow(cli);
    if (sub == QLatin1String("sign"))
        return encountersSign(cli);
    if (sub == QLatin1String("summary"))
        return encountersSummary(cli);
    return cli.usage(QStringLiteral("encounters needs list, show, sign or summary"));
}

int cmdCodes(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("import-icd10"))
        return codesImport(cli, true);
    if (sub == QLatin1String("import-procedures"))
        return codesImport(cli, false);
    if (sub == QLatin1String("search"))
        return codesSearch(cli);
    return cli.usage(QStringLiteral("codes needs import-icd10, import-procedures or search"));
}

bool chartingNeedsGui(const QStringList &arguments)
{
    CliContext cli(stdin, stdout, stderr);
    QString error;
    return cli.parse(arguments, &error) && cli.words.value(0) == QLatin1String("encounters")
           && cli.words.value(1) == QLatin1String("summary");
}

} // namespace Ambulo::App
