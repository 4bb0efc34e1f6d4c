#include "modules/charting/domain/chartingdemo.h"

#include "core/session/servicecontext.h"
#include "core/session/services.h"
#include "core/store/database.h"
#include "modules/charting/domain/chartingconstants.h"
#include "modules/charting/domain/chartinginternal.h"
#include "modules/charting/domain/chartingservices.h"

#include <QBuffer>
#include <QScopeGuard>

#include <cmath>

#include <random>

namespace Ambulo::Charting {

namespace {

using Core::Query;
using Core::Status;

struct DemoCode
{
    const char *code;
    const char *text;
};

// Common primary-care diagnoses (ICD-10-CM titles as CMS publishes them, public domain).
const DemoCode Diagnoses[] = {
    {"I10", "Essential (primary) hypertension"},
    {"E119", "Type 2 diabetes mellitus without complications"},
    {"E1165", "Type 2 diabetes mellitus with hyperglycemia"},
    {"E785", "Hyperlipidemia, unspecified"},
    {"E780", "Pure hypercholesterolemia"},
    {"E039", "Hypothyroidism, unspecified"},
    {"E669", "Obesity, unspecified"},
    {"E559", "Vitamin D deficiency, unspecified"},
    {"J069", "Acute upper respiratory infection, unspecified"},
    {"J029", "Acute pharyngitis, unspecified"},
    {"J209", "Acute bronchitis, unspecified"},
    {"J0190", "Acute sinusitis, unspecified"},
    {"J45909", "Unspecified asthma, uncomplicated"},
    {"J449", "Chronic obstructive pulmonary disease, unspecified"},
    {"J302", "Other seasonal allergic rhinitis"},
    {"U071", "COVID-19"},
    {"R051", "Acute cough"},
    {"R509", "Fever, unspecified"},
    {"R519", "Headache, unspecified"},
    {"R42", "Dizziness and giddiness"},
    {"R1010", "Upper abdominal pain, unspecified"},
    {"R109", "Unspecified abdominal pain"},
    {"R0789", "Other chest pain"},
    {"R5383", "Other fatigue"},
    {"K219", "Gastro-esophageal reflux disease without esophagitis"},
    {"K5900", "Constipation, unspecified"},
    {"N390", "Urinary tract infection, site not specified"},
    {"M545", "Low back pain"},
    {"M5450", "Low back pain, unspecified"},
    {"M25561", "Pain in right knee"},
    {"M25562", "Pain in left knee"},
    {"M79604", "Pain in right leg"},
    {"M199", "Unspecified osteoarthritis, unspecified site"},
    {"G43909", "Migraine, unspecified, not intractable, without status migrainosus"},
    {"G4700", "Insomnia, unspecified"},
    {"F419", "Anxiety disorder, unspecified"},
    {"F329", "Major depressive disorder, single episode, unspecified"},
    {"F17210", "Nicotine dependence, cigarettes, uncomplicated"},
    {"L309", "Dermatitis, unspecified"},
    {"L700", "Acne vulgaris"},
    {"B349", "Viral infection, unspecified"},
    {"H6590", "Unspecified nonsuppurative otitis media, unspecified ear"},
    {"H1030", "Unspecified acute conjunctivitis, unspecified eye"},
    {"D649", "Anemia, unspecified"},
    {"I4891", "Unspecified atrial fibrillation"},
    {"I2510", "Atherosclerotic heart disease of native coronary artery without angina pectoris"},
    {"N179", "Acute kidney failure, unspecified"},
    {"Z0000", "Encounter for general adult medical examination without abnormal findings"},
    {"Z23", "Encounter for immunization"},
    {"Z7689", "Persons encountering health services in other specified circumstances"},
};

// The practice's visit codes with our own descriptions and fees.
const char ProcedureCsv[] = "code,description,fee\n"
                            "99202,New patient office visit - straightforward,75.00\n"
                            "99203,New patient office visit - low complexity,110.00\n"
                            "99204,New patient office visit - moderate complexity,165.00\n"
                            "99205,New patient office visit - high complexity,215.00\n"
                            "99211,Established patient visit - nurse,25.00\n"
                            "99212,Established patient visit - straightforward,55.00\n"
                            "99213,Established patient visit - low complexity,92.00\n"
                            "99214,Established patient visit - moderate complexity,130.00\n"
                            "99215,Established patient visit - high complexity,185.00\n"
                            "99395,Preventive visit established 18-39,140.00\n"
                            "99396,Preventive visit established 40-64,150.00\n"
                            "36415,Routine blood draw,10.00\n"
                            "81002,Urinalysis dipstick non-automated,8.00\n"
                            "87880,Rapid strep test,18.00\n"
                            "90471,Immunization administration,25.00\n"
                            "G0439,Annual wellness visit subsequent,120.00\n";

struct Visit
{
    const char *complaint;
    const char *dx;
    const char *cpt;
    const char *plan;
};

const Visit Visits[] = {
    {"Blood pressure follow-up, no chest pain.", "I10", "99213",
     "Continue lisinopril. Low-salt diet. Recheck in 3 months."},
    {"Diabetes follow-up; checks sugars at home.", "E119", "99214",
     "Continue metformin. A1c today. Foot exam done."},
    {"Sore throat and cough for 4 days.", "J069", "99213",
     "Supportive care, fluids, return if fever persists."},
    {"Low back pain after lifting boxes.", "M545", "99213",
     "Ibuprofen, heat, stretching; physical therapy if not better in 2 weeks."},
    {"Annual wellness visit.", "Z0000", "99396", "Screening labs; vaccines reviewed."},
    {"Heartburn after meals.", "K219", "99213", "Omeprazole for 8 weeks; avoid late meals."},
};

struct Analyte
{
    const char *code;
    const char *name;
    const char *units;
    const char *range;
    double low, high, mean, spread;
};

const Analyte Panel[] = {
    {"2345-7", "Glucose", "mg/dL", "70-99", 70, 99, 105, 25},
    {"2823-3", "Potassium", "mmol/L", "3.5-5.1", 3.5, 5.1, 4.3, 0.6},
    {"2951-2", "Sodium", "mmol/L", "136-145", 136, 145, 140, 4},
    {"2160-0", "Creatinine", "mg/dL", "0.6-1.3", 0.6, 1.3, 1.0, 0.3},
    {"4548-4", "Hemoglobin A1c", "%", "4.0-5.6", 4.0, 5.6, 6.4, 1.2},
};

} // namespace

Status ChartingDemo::seed(ChartingServices &charting, quint64 seed)
{
    Core::ServiceContext &context = charting.core().context();
    Core::Database &db = context.db();
    const std::optional<Core::Session> admin =
        context.session() ? std::optional<Core::Session>(*context.session()) : std::nullopt;

    QList<Icd10Code> codes;
    for (const DemoCode &d : Diagnoses) {
        const QString text = QString::fromUtf8(d.text);
        codes << Icd10Code{QString::fromLatin1(d.code), true, text.left(60), text};
    }
    if (Status s = charting.codes().addIcd10(codes); !s)
        return s;
    QByteArray csv(ProcedureCsv);
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    if (auto n = charting.codes().importProcedures(buffer); !n)
        return n.error();

    // The demo doctor: the practitioner linked to the drmoreno account.
    Core::Session doctor;
    qint64 practitioner = 0;
    {
        Query q = db.query(QStringLiteral(
            "SELECT p.id, u.id, u.username, u.display_name FROM practitioners p JOIN users u ON "
            "u.id = p.user_id WHERE u.role = 'provider' ORDER BY p.id LIMIT 1"));
        if (!q.next())
            return {}; // no linked provider: a practice without the demo's doctor charts nothing
        practitioner = q.int64(0);
        doctor.userId = q.int64(1);
        doctor.username = q.text(2);
        doctor.displayName = q.text(3);
        doctor.role = Core::Role::Provider;
        doctor.startedAt = QDateTime::currentDateTimeUtc();
        q.finish();
    }
    QList<std::pair<qint64, QString>> patients;
    {
        Query q = db.query(QStringLiteral("SELECT id, mrn FROM patients ORDER BY id LIMIT 12"));
        while (q.next())
            patients.append({q.int64(0), q.text(1)});
    }
    context.setSession(doctor);
    auto restore = qScopeGuard([&] { context.setSession(admin); });

    NoteTemplate followUp;
    followUp.name = QStringLiteral("Follow-up visit");
    followUp.sections.subjective = QStringLiteral("{patient.name}, {patient.age} years old, "
                                                  "seen {today} for follow-up.");
    followUp.sections.objective = QStringLiteral("Vitals: {vitals}\nGeneral: .nad");
    followUp.sections.assessment = QStringLiteral("");
    followUp.sections.plan = QStringLiteral("Return in 3 months or sooner if needed.");
    if (auto t = charting.notes().saveTemplate(followUp); !t)
        return t.error();
    if (Status s = charting.notes().setQuickText(QStringLiteral("nad"),
                                                 QStringLiteral("Alert, in no acute distress."));
        !s)
        return s;
    if (Status s = charting.notes().setQuickText(
            QStringLiteral("rrr"), QStringLiteral("Heart regular rate and rhythm, no murmur."));
        !s)
        return s;

    std::mt19937_64 rng(seed ^ 0xC4A27ULL);
    auto uniform = [&](double lo, double hi) {
        return lo + (hi - lo) * double(rng() % 10000) / 10000.0;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const char *const drugs[][4] = {{"Lisinopril", "10 mg", "oral", "once daily"},
                                           {"Metformin", "500 mg", "oral", "twice daily"},
                                           {"Atorvastatin", "20 mg", "oral", "at bedtime"},
                                           {"Omeprazole", "20 mg", "oral", "once daily"},
                                           {"Levothyroxine", "50 mcg", "oral", "once daily"}};
    static const char *const allergens[][3] = {{"Penicillin", "Hives", "moderate"},
                                               {"Sulfa drugs", "Rash", "mild"},
                                               {"Peanuts", "Anaphylaxis", "severe"},
                                               {"Latex", "Contact dermatitis", "mild"}};
    int filler = 0;
    for (int p = 0; p < patients.size(); ++p) {
        const auto &[patientId, mrn] = patients.at(p);
        const int visits = 1 + int(rng() % 3);
        for (int v = 0; v < visits; ++v) {
            const Visit &visit = Visits[rng() % std::size(Visits)];
            QDateTime started = now.addDays(-(30 + int(rng() % 700)));
            started.setTime(QTime(13 + int(rng() % 8), int(rng() % 4) * 15));
            auto enc = charting.encounters().openAdHoc(patientId, practitioner, 0,
                                                       QStringLiteral("office"),
                                                       QString::fromUtf8(visit.complaint), started);
            if (!enc)
                return enc.error();
            VitalsEntry vitals;
            vitals.patientId = patientId;
            vitals.encounterId = enc.value();
            vitals.takenAt = started.addSecs(300);
            vitals.systolic = 110 + int(rng() % 40);
            vitals.diastolic = 68 + int(rng() % 20);
            vitals.pulse = 58 + int(rng() % 35);
            vitals.temperature = std::round(uniform(97.4, 99.4) * 10) / 10;
            vitals.weight = std::round(uniform(120, 230));
            vitals.height = std::round(uniform(60, 74));
            vitals.spo2 = 95 + int(rng() % 5);
            vitals.respRate = 12 + int(rng() % 6);
            if (auto id = charting.vitals().record(vitals); !id)
                return id.error();
            auto vitalsText = VitalsService::latest(db, patientId, enc.value());
            Note note;
            note.subjective = QString::fromUtf8(visit.complaint);
            note.objective =
                QStringLiteral("Vitals: %1\nAlert, in no acute distress.")
                    .arg(vitalsText && vitalsText->has_value() ? (*vitalsText)->toText()
                                                               : QString());
            auto dx = CodeService::icd10(db, QString::fromLatin1(visit.dx));
            note.assessment = dx ? dx->longDescription : QString::fromLatin1(visit.dx);
            note.plan = QString::fromUtf8(visit.plan);
            if (Status s = charting.notes().save(enc.value(), note); !s)
                return s;
            if (auto d =
                    charting.superbill().addDiagnosis(enc.value(), QString::fromLatin1(visit.dx));
                !d)
                return d.error();
            SuperbillLine line;
            line.encounterId = enc.value();
            line.code = QString::fromLatin1(visit.cpt);
            line.pointers = {1};
            if (auto l = charting.superbill().addLine(line); !l)
                return l.error();
            if (Status s = charting.signing().sign(enc.value()); !s)
                return s;

            ResultOrder order;
            order.source = QStringLiteral("DEMOLAB");
            order.fillerNumber = QStringLiteral("DL%1").arg(++filler, 6, 10, QLatin1Char('0'));
            order.placerNumber = QStringLiteral("ORD%1").arg(enc.value());
            order.testCode = QStringLiteral("24323-8");
            order.testName = QStringLiteral("Metabolic panel");
            order.status = QStringLiteral("F");
            order.collectedAt = started.addSecs(1800);
            order.reportedAt = started.addDays(1);
            int set = 0;
            for (const Analyte &a : Panel) {
                Observation o;
                o.setId = ++set;
                o.code = QString::fromLatin1(a.code);
                o.name = QString::fromLatin1(a.name);
                o.valueType = QStringLiteral("NM");
                const double value =
                    std::round(uniform(a.mean - a.spread, a.mean + a.spread) * 10) / 10;
                o.numericValue = value;
                o.value = QString::number(value);
                o.units = QString::fromLatin1(a.units);
                o.referenceRange = QString::fromLatin1(a.range);
                o.abnormalFlag = value > a.high  ? QStringLiteral("H")
                                 : value < a.low ? QStringLiteral("L")
                                                 : QStringLiteral("N");
                o.status = QStringLiteral("F");
                o.performedAt = order.collectedAt;
                order.observations << o;
            }
            if (auto id = charting.results().file(mrn, order); !id)
                return id.error();
        }
        if (p == 0) {
            // Today's visit, documented but not signed yet.
            auto today = charting.encounters().openAdHoc(
                patientId, practitioner, 0, QStringLiteral("walk-in"),
                QStringLiteral("Cough and congestion"), now.addSecs(-1800));
            if (!today)
                return today.error();
            if (Status s = charting.notes().save(
                    today.value(), Note{QStringLiteral("Cough and congestion for 5 days."),
                                        QStringLiteral("Lungs clear. Alert, in no acute distress."),
                                        QStringLiteral("Acute upper respiratory infection"),
                                        QStringLiteral("Fluids and rest."),
                                        {},
                                        {}});
                !s)
                return s;
            if (auto d = charting.superbill().addDiagnosis(today.value(), QStringLiteral("J06.9"));
                !d)
                return d.error();
            SuperbillLine line;
            line.encounterId = today.value();
            line.code = QStringLiteral("99213");
            line.pointers = {1};
            if (auto l = charting.superbill().addLine(line); !l)
                return l.error();
        }
        Problem problem;
        problem.patientId = patientId;
        problem.code = QString::fromLatin1(Visits[size_t(p) % std::size(Visits)].dx);
        problem.onset = now.date().addYears(-1 - int(rng() % 8));
        if (problem.code != QLatin1String("Z0000")) {
            if (auto id = charting.problems().add(problem); !id)
                return id.error();
        }
        const auto &drug = drugs[rng() % std::size(drugs)];
        Medication med;
        med.patientId = patientId;
        med.name = QString::fromLatin1(drug[0]);
        med.dose = QString::fromLatin1(drug[1]);
        med.route = QString::fromLatin1(drug[2]);
        med.frequency = QString::fromLatin1(drug[3]);
        med.start = problem.onset;
        if (auto id = charting.medications().add(med); !id)
            return id.error();
        if (rng() % 3 != 0) {
            const auto &al = allergens[rng() % std::size(allergens)];
            Allergy allergy;
            allergy.patientId = patientId;
            allergy.substance = QString::fromLatin1(al[0]);
            allergy.reaction = QString::fromLatin1(al[1]);
            allergy.severity = QString::fromLatin1(al[2]);
            if (auto id = charting.allergies().add(allergy); !id)
                return id.error();
        }
    }
    restore.dismiss();
    context.setSession(admin);
    return Internal::audit(context, Constants::Audit::DemoSeed, 0, {},
                           QStringLiteral("%1 charts").arg(patients.size()));
}

} // namespace Ambulo::Charting
