# The running workstation's FHIR sync through the real shell, against tests/peers/fhir_server.mjs
# on 127.0.0.1; included from tests/gui/CMakeLists.txt.
ambulo_add_test(tst_syncshell tst_syncshell.cpp LABEL gui)
target_compile_definitions(tst_syncshell PRIVATE
    AMBULO_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
add_dependencies(tst_syncshell ambulo)
