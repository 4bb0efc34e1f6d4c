#pragma once

// Every identifier the charting docks persist or share with tests, defined once.
namespace Ambulo::Charting::Constants {

// Dock object names: saved inside each user's layout.
inline constexpr char DockChart[] = "Ambulo.Dock.Charting.Chart";
inline constexpr char DockEncounter[] = "Ambulo.Dock.Charting.Encounter";
inline constexpr char DockResults[] = "Ambulo.Dock.Charting.Results";

// Object names of widgets the tests drive.
namespace ObjectNames {

// Chart summary dock.
inline constexpr char ChartWidget[] = "chartSummary";
inline constexpr char ChartHeader[] = "chartHeader";
inline constexpr char ChartMessage[] = "chartMessage";
inline constexpr char ChartNewVisit[] = "chartNewVisit";
inline constexpr char ChartAllergies[] = "chartAllergies";
inline constexpr char ChartProblems[] = "chartProblems";
inline constexpr char ChartMedications[] = "chartMedications";
inline constexpr char ChartVitals[] = "chartVitals";
inline constexpr char ChartResults[] = "chartResults";
inline constexpr char ChartEncounters[] = "chartEncounters";
inline constexpr char NewVisitDialog[] = "chartNewVisitDialog";
inline constexpr char NewVisitKind[] = "chartNewVisitKind";
inline constexpr char NewVisitProvider[] = "chartNewVisitProvider";
inline constexpr char NewVisitLocation[] = "chartNewVisitLocation";
inline constexpr char NewVisitReason[] = "chartNewVisitReason";
inline constexpr char NewVisitOpen[] = "chartNewVisitOpen";
inline constexpr char NewVisitMessage[] = "chartNewVisitMessage";

// Encounter dock: note editor, vitals, superbill, sign, addenda.
inline constexpr char EncounterHeader[] = "encounterHeader";
inline constexpr char EncounterMessage[] = "encounterMessage";
inline constexpr char EncounterTabs[] = "encounterTabs";
inline constexpr char EncounterSign[] = "encounterSign";
inline constexpr char EncounterSummaryPdf[] = "encounterSummaryPdf";
inline constexpr char EncounterOffer[] = "encounterOffer";
inline constexpr char EncounterConfirm[] = "encounterConfirm";
inline constexpr char EncounterOpenError[] = "encounterOpenError";
inline constexpr char NoteSubjective[] = "noteSubjective";
inline constexpr char NoteObjective[] = "noteObjective";
inline constexpr char NoteAssessment[] = "noteAssessment";
inline constexpr char NotePlan[] = "notePlan";
inline constexpr char NoteTemplate[] = "noteTemplate";
inline constexpr char NoteApplyTemplate[] = "noteApplyTemplate";
inline constexpr char NoteSave[] = "noteSave";
inline constexpr char NoteStatus[] = "noteStatus";
inline constexpr char VitalsSystolic[] = "vitalsSystolic";
inline constexpr char VitalsDiastolic[] = "vitalsDiastolic";
inline constexpr char VitalsPulse[] = "vitalsPulse";
inline constexpr char VitalsTemperature[] = "vitalsTemperature";
inline constexpr char VitalsTemperatureUnit[] = "vitalsTemperatureUnit";
inline constexpr char VitalsWeight[] = "vitalsWeight";
inline constexpr char VitalsWeightUnit[] = "vitalsWeightUnit";
inline constexpr char VitalsHeight[] = "vitalsHeight";
inline constexpr char VitalsHeightUnit[] = "vitalsHeightUnit";
inline constexpr char VitalsBmi[] = "vitalsBmi";
inline constexpr char VitalsSpo2[] = "vitalsSpo2";
inline constexpr char VitalsRespRate[] = "vitalsRespRate";
inline constexpr char VitalsRecord[] = "vitalsRecord";
inline constexpr char VitalsList[] = "vitalsList";
inline constexpr char DiagnosisSearch[] = "diagnosisSearch";
inline constexpr char DiagnosisResults[] = "diagnosisResults";
inline constexpr char DiagnosisAdd[] = "diagnosisAdd";
inline constexpr char DiagnosisList[] = "diagnosisList";
inline constexpr char DiagnosisRemove[] = "diagnosisRemove";
inline constexpr char ProcedureSearch[] = "procedureSearch";
inline constexpr char ProcedureResults[] = "procedureResults";
inline constexpr char ProcedureModifiers[] = "procedureModifiers";
inline constexpr char ProcedureUnits[] = "procedureUnits";
inline constexpr char ProcedurePointers[] = "procedurePointers";
inline constexpr char ProcedureAdd[] = "procedureAdd";
inline constexpr char SuperbillLines[] = "superbillLines";
inline constexpr char SuperbillRemoveLine[] = "superbillRemoveLine";
inline constexpr char SuperbillTotal[] = "superbillTotal";
inline constexpr char PlaceOfService[] = "placeOfService";
inline constexpr char AddendumText[] = "addendumText";
inline constexpr char AddendumAdd[] = "addendumAdd";
inline constexpr char AddendaList[] = "addendaList";
inline constexpr char AmendmentList[] = "amendmentList";
inline constexpr char AmendmentReason[] = "amendmentReason";
inline constexpr char AmendmentAccept[] = "amendmentAccept";
inline constexpr char AmendmentDeny[] = "amendmentDeny";

// Results dock and trend chart.
inline constexpr char ResultsTree[] = "ResultsTree";
inline constexpr char ResultsUnreviewedOnly[] = "ResultsUnreviewedOnly";
inline constexpr char ResultsMarkReviewed[] = "ResultsMarkReviewed";
inline constexpr char ResultsMessage[] = "ResultsMessage";
inline constexpr char ResultsTrend[] = "ResultsTrend";
inline constexpr char TrendChartView[] = "TrendChartView";
inline constexpr char TrendMessage[] = "TrendMessage";

} // namespace ObjectNames

} // namespace Ambulo::Charting::Constants
