# FHIR sync engine tests: the merge alone, and two workstations (two real stores) converging
# through a real FHIR server (tests/peers/fhir_server.mjs) on 127.0.0.1; included from
# tests/CMakeLists.txt.
ambulo_add_test(tst_syncmerge connectors/sync/tst_syncmerge.cpp LABEL sync)
target_link_libraries(tst_syncmerge PRIVATE ambulo_sync)
# The engine on patients alone, other systems' identifiers on patients, `ambulo sync` as a
# process, and HL7 outbound interfaces on synced workstations; patientsynctest.h, their shared
# QObject base, is moc'ed into each.
foreach(unit syncengine synccli syncidentifiers synchl7)
    ambulo_add_test(tst_${unit} connectors/sync/tst_${unit}.cpp LABEL sync)
    target_sources(tst_${unit} PRIVATE connectors/sync/patientsynctest.h)
    target_link_libraries(tst_${unit} PRIVATE ambulo_sync)
    target_compile_definitions(tst_${unit} PRIVATE
        AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
    add_dependencies(tst_${unit} ambulo)
endforeach()
# Appointments between two workstations: the booking claim on the server's provider-day ledger
# makes a double booking impossible (randomized trials), through the engine App::makeSyncEngine
# assembles.
ambulo_add_test(tst_syncappointments connectors/sync/tst_syncappointments.cpp LABEL sync)
target_link_libraries(tst_syncappointments PRIVATE ambulo_sync ambulo_scheduling_sync)
target_compile_definitions(tst_syncappointments PRIVATE
    AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
add_dependencies(tst_syncappointments ambulo)
ambulo_add_test(tst_syncinit connectors/sync/tst_syncinit.cpp LABEL sync)
target_compile_definitions(tst_syncinit PRIVATE AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
add_dependencies(tst_syncinit ambulo)
ambulo_add_test(tst_syncavailability connectors/sync/tst_syncavailability.cpp LABEL sync)
target_link_libraries(tst_syncavailability PRIVATE ambulo_sync ambulo_scheduling_sync)
target_compile_definitions(tst_syncavailability PRIVATE
    AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
ambulo_add_test(tst_syncchart connectors/sync/tst_syncchart.cpp LABEL sync)
target_link_libraries(tst_syncchart PRIVATE ambulo_sync ambulo_charting_sync)
target_compile_definitions(tst_syncchart PRIVATE AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
# Payers and coverages, locations and rooms, providers; directorysynctest.h, their shared QObject
# base, is moc'ed into each.
foreach(unit syncdirectory synclocations syncproviders)
    ambulo_add_test(tst_${unit} connectors/sync/tst_${unit}.cpp LABEL sync)
    target_sources(tst_${unit} PRIVATE connectors/sync/directorysynctest.h)
    target_link_libraries(tst_${unit} PRIVATE ambulo_sync ambulo_scheduling_sync)
    target_compile_definitions(tst_${unit} PRIVATE
        AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
endforeach()
ambulo_add_test(tst_syncbackfill connectors/sync/tst_syncbackfill.cpp LABEL sync)
target_link_libraries(tst_syncbackfill PRIVATE ambulo_sync ambulo_scheduling_sync ambulo_charting_sync)
target_compile_definitions(tst_syncbackfill PRIVATE AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
add_dependencies(tst_syncbackfill ambulo)
# Merges made on a workstation and chart entries withdrawn, and pulled merges waiting for their
# survivor; removalsynctest.h, their shared QObject base, is moc'ed into each.
foreach(unit syncremovals syncwaitingmerges)
    ambulo_add_test(tst_${unit} connectors/sync/tst_${unit}.cpp LABEL sync)
    target_sources(tst_${unit} PRIVATE connectors/sync/removalsynctest.h)
    target_link_libraries(tst_${unit} PRIVATE
        ambulo_sync ambulo_scheduling_sync ambulo_charting_sync)
    target_compile_definitions(tst_${unit} PRIVATE
        AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
    add_dependencies(tst_${unit} ambulo)
endforeach()
# Every process that merges patients (hl7 import, hl7 listen) runs every module's merge hook.
ambulo_add_test(tst_mergehooks connectors/sync/tst_mergehooks.cpp LABEL sync)
target_link_libraries(tst_mergehooks PRIVATE ambulo_scheduling_sync ambulo_charting_sync)
target_compile_definitions(tst_mergehooks PRIVATE AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
add_dependencies(tst_mergehooks ambulo)
