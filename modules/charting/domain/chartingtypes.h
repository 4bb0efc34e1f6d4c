#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ambulo::Charting {

enum class EncounterStatus { Open, Signed };

// What the caller knows of the appointment an encounter is opened from. Charting does not read
// scheduling's tables (modules never depend on each other): the flow board or the chart dock
// hands over what the AppointmentStatusChanged event and the appointment it shows carry.
struct AppointmentRef
{
    qint64 appointmentId = 0;
    qint64 patientId = 0;
    qint64 providerId = 0;
    qint64 locationId = 0;
    QString status; // scheduling's status id; must be "arrived" or "roomed"
    QString reason;
};

struct Encounter
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString patientMrn;
    QString patientName;
    qint64 providerId = 0;
    QString providerName;
    qint64 providerUserId = 0;
    qint64 locationId = 0;
    qint64 appointmentId = 0; // 0: ad hoc
    QString kind;             // "office", "walk-in", "phone"
    QDateTime startedAt;
    QString reason;
    EncounterStatus status = EncounterStatus::Open;
    bool sensitive = false;
    QString placeOfService = QStringLiteral("11");
    QString signedBy;
    QDateTime signedAt;
};

struct Note
{
    QString subjective;
    QString objective;
    QString assessment;
    QString plan;
    QString updatedBy;
    QDateTime updatedAt;

    bool isEmpty() const
    {
        return subjective.isEmpty() && objective.isEmpty() && assessment.isEmpty()
               && plan.isEmpty();
    }
};

struct NoteTemplate
{
    qint64 id = 0;
    QString name;
    Note sections;
};

struct Addendum
{
    qint64 id = 0;
    QString text;
    QString author;
    QDateTime at;
    QString signature; // "Electronically signed by <name> at <time>"
};

struct AmendmentRequest
{
    qint64 id = 0;
    qint64 encounterId = 0;
    QString requestText;
    QDateTime requestedAt;
    QString decision; // pending, accepted, denied
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
};

// Entered in the units the user typed; stored in °C, kg and cm.
enum class TemperatureUnit { Celsius, Fahrenheit };
enum class WeightUnit { Kilogram, Pound };
enum class LengthUnit { Centimetre, Inch };

struct VitalsEntry
{
    qint64 patientId = 0;
    qint64 encounterId = 0;
    QDateTime takenAt; // invalid: now
    std::optional<int> systolic;
    std::optional<int> diastolic;
    std::optional<int> pulse;
    std::optional<double> temperature;
    TemperatureUnit temperatureUnit = TemperatureUnit::Fahrenheit;
    std::optional<double> weight;
    WeightUnit weightUnit = WeightUnit::Pound;
    std::optional<double> height;
    LengthUnit heightUnit = LengthUnit::Inch;
    std::optional<int> spo2;
    std::optional<int> respRate;
    bool confirmed = false; // the user confirmed values outside the plausible ranges
};

struct Vitals
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 encounterId = 0;
    QDateTime takenAt;
    std::optional<int> systolic;
    std::optional<int> diastolic;
    std::optional<int> pulse;
    std::optional<double> temperatureC;
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    std::optional<double> bmi;
    std::optional<int> spo2;
    std::optional<int> respRate;
    bool confirmedImplausible = false;
    QString recordedBy;

    QString toText() const; // "BP 120/80, P 72, T 37.0 °C, ..."
};

struct Problem
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString code; // ICD-10-CM
    QString description;
    QDate onset;
    QString status = QStringLiteral("active");
};

struct Medication
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString name;
    QString dose;
    QString route;
    QString frequency;
    QDate start;
    QDate stop;
    QString status = QStringLiteral("active");
};

struct Allergy
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString substance;
    QString reaction;
    QString severity; // mild, moderate, severe
    QString status = QStringLiteral("active");
};

// One change to a problem, medication or allergy.
struct HistoryEntry
{
    QString action;   // add, update
    QString snapshot; // the item as it became, as JSON
    QString user;
    QDateTime at;
};

struct Observation
{
    qint64 id = 0;
    qint64 orderId = 0;
    int setId = 0;
    QString code;
    QString name;
    QString valueType; // NM, ST, CE, ...
    QString value;
    std::optional<double> numericValue;
    QString units;
    QString referenceRange;
    QString abnormalFlag; // H, L, A, HH, LL, N or ''
    QString status;       // F, P, C, ...
    QDateTime performedAt;
    QString reviewedBy;
    QDateTime reviewedAt;

    bool isAbnormal() const
    {
        return !abnormalFlag.isEmpty() && abnormalFlag != QLatin1String("N");
    }
};

struct ResultOrder
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString placerNumber;
    QString fillerNumber;
    QString source; // the sending lab / interface; (source, filler number) is unique
    QString testCode;
    QString testName;
    QString status;
    QDateTime collectedAt;
    QDateTime reportedAt;
    QList<Observation> observations;
};

struct TrendPoint
{
    QDateTime at;
    double value = 0;
    QString units;
    QString abnormalFlag;
};

struct Icd10Code
{
    QString code; // with the dot, "E11.9"
    bool billable = true;
    QString shortDescription;
    QString longDescription;
};

struct ProcedureCode
{
    QString code;
    QString description;
    qint64 feeCents = 0;
};

struct Diagnosis
{
    int position = 0; // 1..12, the pointer
    QString code;
    QString description;
};

struct SuperbillLine
{
    qint64 id = 0;
    qint64 encounterId = 0;
    QString code;
    QString description;
    QStringList modifiers; // up to 4
    int units = 1;
    qint64 feeCents = -1; // -1: the code's fee times units
    QList<int> pointers;  // 1..12, to the encounter's diagnoses
};

// Everything the chart dock shows at a glance, read in one call.
struct ChartSummary
{
    qint64 patientId = 0;
    QList<Problem> problems;
    QList<Medication> medications;
    QList<Allergy> allergies;
    QList<Vitals> recentVitals;
    QList<Observation> recentResults;
    QList<Encounter> encounters;
};

QString encounterStatusId(EncounterStatus status);
QString formatCents(qint64 cents); // "125.00"

} // namespace Ambulo::Charting
