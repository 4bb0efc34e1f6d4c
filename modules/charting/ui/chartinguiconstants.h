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

// Encounter dock: note editor, vitals, superbill, sign, addenda.

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
