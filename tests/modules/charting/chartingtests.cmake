# Charting: the domain services over a real store, the ORU adapter and the command line.
foreach(unit encounters vitals codes chartlists)
    ambulo_add_test(tst_${unit} modules/charting/tst_${unit}.cpp LABEL charting)
endforeach()
ambulo_add_test(tst_oruadapter modules/charting/tst_oruadapter.cpp LABEL charting)
target_compile_definitions(tst_oruadapter PRIVATE
    AMBULO_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/connectors/hl7/fixtures")
ambulo_add_test(tst_chartingcli modules/charting/tst_chartingcli.cpp LABEL charting)
add_dependencies(tst_chartingcli ambulo)
# The visit dock, offscreen, against the real store and module.
ambulo_add_test(tst_encounterui modules/charting/tst_encounterui.cpp LABEL gui)
# Autosave survives a kill: a helper shows the real dock, types, and is killed mid-note.
qt_add_executable(noteautosaveapp modules/charting/noteautosaveapp.cpp)
ambulo_target_defaults(noteautosaveapp)
target_link_libraries(noteautosaveapp PRIVATE ambulo_testsupport)
ambulo_add_test(tst_noteautosave modules/charting/tst_noteautosave.cpp LABEL gui)
target_compile_definitions(tst_noteautosave PRIVATE
    AMBULO_NOTEAUTOSAVEAPP="$<TARGET_FILE:noteautosaveapp>")
add_dependencies(tst_noteautosave noteautosaveapp)
# The chart summary dock, the allergy banner and the new-visit dialog, offscreen.
ambulo_add_test(tst_chartui modules/charting/tst_chartui.cpp LABEL gui)
# The results dock and trend chart (widgets, offscreen) and the visit summary PDF (fonts).
ambulo_add_test(tst_resultsui modules/charting/tst_resultsui.cpp LABEL gui)
ambulo_add_test(tst_visitsummary modules/charting/tst_visitsummary.cpp LABEL charting)
add_dependencies(tst_visitsummary ambulo)
# Keeping the problem, medication and allergy lists from the chart dock; the visit summary button.
ambulo_add_test(tst_chartlistsui modules/charting/tst_chartlistsui.cpp LABEL gui)
