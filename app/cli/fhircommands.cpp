#include "app/cli/fhircommands.h"

#include "app/cli/cli.h"
#include "app/cli/clicontext.h"
#include "connectors/fhir/adapters/patientresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ambulo::App {

namespace {

// The patient as a FHIR transaction Bundle, exactly as a push would send it (other systems'
// identifiers included): a conditional create keyed on our MRN identifier, so a retry or a second
// workstation never makes a second copy. Opening the record is an audited read (a restricted one
// needs --reason).
int cmdExportPatient(CliContext &cli)
{
    const QString mrn = cli.words.value(2);
    if (mrn.isEmpty())
        return cli.usage(QStringLiteral("fhir export-patient needs an MRN"));
    auto opened = cli.openAndSignIn();
    if (!opened)
        return cli.fail(opened.error());
    Core::Services &services = *opened->services;
    auto patient = services.patients().openByMrn(mrn, cli.option(QStringLiteral("reason")));
    if (!patient) {
        const int code = cli.fail(patient.error());
        services.users().signOut();
        return code;
    }
    const QString system = Fhir::PatientResource::mrnSystem(services.practice().settings().npi);
    auto identifiers = services.patients().identifiers(patient->id);
    if (!identifiers) {
        const int code = cli.fail(identifiers.error());
        services.users().signOut();
        return code;
    }
    const QJsonObject resource = Fhir::PatientResource::withIdentifiers(
        Fhir::PatientResource::toFhir(patient.value(), system), identifiers.value());
    const QJsonObject entry{
        {"fullUrl", QStringLiteral("urn:ambulo:patient:%1").arg(patient->mrn)},
        {"resource", resource},
        {"request", QJsonObject{{"method", "POST"},
                                {"url", "Patient"},
                                {"ifNoneExist",
                                 QStringLiteral("identifier=%1|%2").arg(system, patient->mrn)}}},
    };
    const QJsonObject bundle{
        {"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", QJsonArray{entry}}};
    cli.printRaw(QString::fromUtf8(QJsonDocument(bundle).toJson(QJsonDocument::Indented)));
    services.users().signOut();
    return ExitOk;
}

} // namespace

int runFhir(CliContext &cli)
{
    const QString sub = cli.words.value(1);
    if (sub == QLatin1String("export-patient"))
        return cmdExportPatient(cli);
    return cli.usage(sub.isEmpty() ? QStringLiteral("fhir needs a subcommand: export-patient")
                                   : QStringLiteral("unknown fhir subcommand '%1'; there is: "
                                                    "export-patient")
                                         .arg(sub.left(40)));
}

} // namespace Ambulo::App
