#include "app/shell/patienttext.h"

#include "core/entities/patient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace Ambulo::App::PatientText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ambulo::App::PatientText", text);
}

} // namespace

QString sex(const QString &fhirGender)
{
    if (fhirGender == QLatin1String("female"))
        return tr("Female");
    if (fhirGender == QLatin1String("male"))
        return tr("Male");
    if (fhirGender == QLatin1String("other"))
        return tr("Other");
    return tr("Unknown");
}

QString birthDate(const QDate &date)
{
    // ISO dates read the same in every locale the practice staff might use.
    return date.isValid() ? date.toString(Qt::ISODate) : tr("unknown");
}

QString matchLine(const Core::PatientMatch &match)
{
    const QString name = tr("%1, %2").arg(match.family, match.given);
    if (match.restricted)
        return tr("%1 — born %2 · %3 · MRN %4 · restricted")
            .arg(name, birthDate(match.birthDate), sex(match.sex), match.mrn);
    return tr("%1 — born %2 · %3 · MRN %4")
        .arg(name, birthDate(match.birthDate), sex(match.sex), match.mrn);
}

// One number another system knows the patient by: "H-4455 (HOSP, MRN)". A Social Security
// number (type SS, or the Social Security Administration's, as a FHIR us-ssn identifier without a
// type comes) shows its last four digits only, as on a printed statement.
QString identifierLine(const Core::PatientIdentifier &id)
{
    QString value = id.value;
    QString kind;
    if (id.typeCode == QLatin1String("SS") || id.authority == QLatin1String("USSSA")) {
        kind = tr("SSN");
        value = tr("•••-••-%1").arg(value.right(4));
    } else if (id.typeCode == QLatin1String("MR")) {
        kind = tr("MRN");
    } else if (id.typeCode == QLatin1String("PI")) {
        kind = tr("patient id");
    } else if (id.typeCode == QLatin1String("DL")) {
        kind = tr("driver's license");
    } else {
        kind = id.typeCode;
    }
    QStringList about;
    for (const QString &part : {id.authority, kind}) {
        if (!part.isEmpty())
            about << part;
    }
    return about.isEmpty() ? value : tr("%1 (%2)").arg(value, about.join(QLatin1String(", ")));
}

QString undoQuestion(const Core::SamePersonMatch &match, const QString &name)
{
    QStringList numbers;
    for (const Core::PatientIdentifier &id : match.identifiers)
        numbers << identifierLine(id);
    const QDateTime at = QDateTime::fromString(match.at, Qt::ISODateWithMs).toLocalTime();
    return tr("%1, on %2, was taken to be %3 by name and birth date, and gave the record %4.\n\n"
              "Undo that match? Its numbers come off the record, and what it changed in the "
              "record is put back unless changed again since. The sender's messages under these "
              "numbers will no longer reach this chart, nor be matched to it by name again. The "
              "undo is audited and sent to the FHIR server.")
        .arg(match.source, QLocale().toString(at, QLocale::ShortFormat), name,
             numbers.join(QLatin1String("; ")));
}

QString undoButton()
{
    return tr("Undo the match");
}

QString undoSummary(const Core::SamePersonUndo &undone)
{
    QString done = undone.restored.isEmpty()
                       ? tr("The match is undone. Nothing it changed needed putting back.")
                       : tr("The match is undone. Put back: %1.")
                             .arg(undone.restored.join(QLatin1String(", ")));
    if (!undone.kept.isEmpty())
        done += QLatin1Char('\n')
                + tr("Changed again since the match, so left as they are; check them: %1.")
                      .arg(undone.kept.join(QLatin1String(", ")));
    return done;
}

} // namespace Ambulo::App::PatientText
