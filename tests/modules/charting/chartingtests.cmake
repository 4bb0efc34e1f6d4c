# Charting: the domain services over a real store, the ORU adapter and the command line.
foreach(unit encounters vitals codes chartlists)
    ambulo_add_test(tst_${unit} modules/charting/tst_${unit}.cpp LABEL charting)
endforeach()
ambulo_add_test(tst_oruadapter modules/charting/tst_oruadapter.cpp LABEL charting)
target_compile_definitions(tst_oruadapter PRIVATE
    AMBULO_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/connectors/hl7/fixtures")
ambulo_add_test(tst_chartingcli modules/charting/tst_chartingcli.cpp LABEL charting)
add_dependencies(tst_chartingcli ambulo)
# The results dock and trend chart (widgets, offscreen) and the visit summary PDF (fonts).
ambulo_add_test(tst_resultsui modules/charting/tst_resultsui.cpp LABEL gui)
ambulo_add_test(tst_visitsummary modules/charting/tst_visitsummary.cpp LABEL charting)
add_dependencies(tst_visitsummary ambulo)
