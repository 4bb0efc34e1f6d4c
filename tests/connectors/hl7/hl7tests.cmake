# HL7 v2 parser tests; included from tests/CMakeLists.txt.
set(hl7_test_dir ${CMAKE_CURRENT_SOURCE_DIR}/connectors/hl7)
foreach(name tst_hl7message tst_hl7errors tst_hl7interop tst_hl7cli tst_hl7adt tst_hl7adtmerge)
    ambulo_add_test(${name} connectors/hl7/${name}.cpp LABEL hl7)
    target_compile_definitions(${name} PRIVATE AMBULO_HL7_TEST_DIR="${hl7_test_dir}")
endforeach()
add_dependencies(tst_hl7cli ambulo)
# The ADT adapters: registration and updates, merges and renumbering; adthandlertest.h, their
# shared QObject base, is moc'ed into each.
foreach(name tst_hl7adt tst_hl7adtmerge)
    target_sources(${name} PRIVATE connectors/hl7/adthandlertest.h)
endforeach()

ambulo_add_test(tst_hl7inbound connectors/hl7/tst_hl7inbound.cpp LABEL hl7)
ambulo_add_test(tst_mllp connectors/hl7/tst_mllp.cpp LABEL hl7)
qt_add_executable(hl7testlistener connectors/hl7/hl7testlistener.cpp)
ambulo_target_defaults(hl7testlistener)
target_link_libraries(hl7testlistener PRIVATE ambulo_testsupport)
foreach(name tst_hl7listen tst_hl7crash)
    ambulo_add_test(${name} connectors/hl7/${name}.cpp LABEL hl7)
    add_dependencies(${name} ambulo hl7testlistener)
    target_compile_definitions(${name} PRIVATE
        AMBULO_HL7_TEST_LISTENER="$<TARGET_FILE:hl7testlistener>"
        AMBULO_PEERS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/peers")
endforeach()
# The outbound side against python3-hl7's MLLP server (tests/peers/hl7_mllp_server.py).
foreach(name tst_hl7outbound tst_hl7send)
    ambulo_add_test(${name} connectors/hl7/${name}.cpp LABEL hl7)
    target_compile_definitions(${name} PRIVATE
        AMBULO_PEERS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/peers")
endforeach()
add_dependencies(tst_hl7send ambulo)
# The running shell delivers outbound HL7 by itself, to the same python3-hl7 server.
ambulo_add_test(tst_hl7delivery connectors/hl7/tst_hl7delivery.cpp LABEL gui)
target_compile_definitions(tst_hl7delivery PRIVATE
    AMBULO_PEERS_DIR="${CMAKE_CURRENT_SOURCE_DIR}/peers")
# The admin's interface monitor dock, offscreen.
ambulo_add_test(tst_interfacemonitor connectors/hl7/tst_interfacemonitor.cpp LABEL gui)
