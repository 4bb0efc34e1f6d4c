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

// Results dock and trend chart.

} // namespace ObjectNames

} // namespace Ambulo::Charting::Constants
