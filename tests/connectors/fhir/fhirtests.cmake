# FHIR R4 client tests against a real FHIR server (tests/peers/fhir_server.mjs) on 127.0.0.1;
# included from tests/CMakeLists.txt.
ambulo_add_test(tst_fhirclient connectors/fhir/tst_fhirclient.cpp LABEL fhir)
target_link_libraries(tst_fhirclient PRIVATE ambulo_fhir)
target_compile_definitions(tst_fhirclient PRIVATE
    AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
ambulo_add_test(tst_fhirpatient connectors/fhir/tst_fhirpatient.cpp LABEL fhir)
target_link_libraries(tst_fhirpatient PRIVATE ambulo_fhir)
target_compile_definitions(tst_fhirpatient PRIVATE
    AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers"
    AMBULO_FHIR_TEST_DIR="${CMAKE_CURRENT_SOURCE_DIR}/connectors/fhir")
add_dependencies(tst_fhirpatient ambulo)
