#pragma once

// Every persisted identifier of the charting module, defined once.
namespace Ambulo::Charting::Constants {

inline constexpr char ModuleId[] = "charting";
inline constexpr char MigrationComponent[] = "charting";

// Encounter status ids, as stored and printed.
namespace EncounterStatus {
inline constexpr char Open[] = "open";
inline constexpr char Signed[] = "signed";
} // namespace EncounterStatus

// Amendment decisions (ONC 170.315(d)(4)).
namespace Amendment {
inline constexpr char Pending[] = "pending";
inline constexpr char Accepted[] = "accepted";
inline constexpr char Denied[] = "denied";
} // namespace Amendment

// Problem, medication, allergy and result status ids.
namespace ListStatus {
inline constexpr char Active[] = "active";
inline constexpr char Resolved[] = "resolved";
inline constexpr char Inactive[] = "inactive";
inline constexpr char Stopped[] = "stopped";
inline constexpr char EnteredInError[] = "entered-in-error";
} // namespace ListStatus

// The appointment statuses an encounter may be opened from (scheduling's ids, as stored there).
inline constexpr char AppointmentArrived[] = "arrived";
inline constexpr char AppointmentRoomed[] = "roomed";

inline constexpr int MaxModifiers = 4;
inline constexpr int MaxDiagnosisPointers = 12;

// Change-log entity names (the FHIR resource each maps to).
namespace Entity {
inline constexpr char Encounter[] = "Encounter";
inline constexpr char Observation[] = "Observation";
inline constexpr char Condition[] = "Condition";
inline constexpr char Medication[] = "MedicationStatement";
inline constexpr char Allergy[] = "AllergyIntolerance";
inline constexpr char DiagnosticReport[] = "DiagnosticReport";
} // namespace Entity

// Domain events published on Core::EventHub after commit. Data keys below.
namespace Events {
inline constexpr char EncounterOpened[] = "EncounterOpened";
inline constexpr char EncounterSigned[] = "EncounterSigned";
inline constexpr char ChartChanged[] = "ChartChanged";
inline constexpr char ResultsFiled[] = "ResultsFiled";

inline constexpr char KeyEncounterId[] = "encounterId";
inline constexpr char KeyPatientId[] = "patientId";
inline constexpr char KeyProviderId[] = "providerId";
inline constexpr char KeyAppointmentId[] = "appointmentId";
inline constexpr char KeyDate[] = "date";
inline constexpr char KeyDiagnoses[] = "diagnoses"; // list of ICD-10 codes in pointer order
inline constexpr char KeyCharges[] =
    "charges"; // list of maps: code, modifiers, units, fee, pointers
inline constexpr char KeyPlaceOfService[] = "placeOfService";
inline constexpr char KeyOrderId[] = "orderId";
} // namespace Events

// Audit actions.
namespace Audit {
inline constexpr char EncounterOpen[] = "encounter.open";
inline constexpr char EncounterRead[] = "encounter.read";
inline constexpr char EncounterList[] = "encounter.list";
inline constexpr char EncounterSensitive[] = "encounter.sensitive";
inline constexpr char EncounterSign[] = "encounter.sign";
inline constexpr char EncounterRemote[] = "encounter.remote"; // applied from another system
inline constexpr char NoteSave[] = "note.save";
inline constexpr char NoteRead[] = "note.read";
inline constexpr char NoteDraft[] = "note.draft";
inline constexpr char Addendum[] = "note.addendum";
inline constexpr char AmendmentRequest[] = "note.amendment-request";
inline constexpr char AmendmentDecision[] = "note.amendment-decision";
inline constexpr char Diagnosis[] = "encounter.diagnosis";
inline constexpr char Superbill[] = "encounter.superbill";
inline constexpr char Vitals[] = "vitals.record";
inline constexpr char Problem[] = "problem.change";
inline constexpr char Medication[] = "medication.change";
inline constexpr char Allergy[] = "allergy.change";
inline constexpr char ChartRead[] = "chart.read";
inline constexpr char ResultFile[] = "result.file";
inline constexpr char ResultRead[] = "result.read";
inline constexpr char ResultReview[] = "result.review";
inline constexpr char CodeImport[] = "codes.import";
inline constexpr char TemplateSave[] = "note.template";
inline constexpr char DemoSeed[] = "chart.demo-seed";
inline constexpr char SummaryExport[] = "encounter.summary-export";
} // namespace Audit

} // namespace Ambulo::Charting::Constants
