# corridor_add_test(<module> <name> [LIBS ...] [LABELS ...] [TIMEOUT s])
# Builds tests/<module>/tst_<name>.cpp into tst_<module>_<name>, registers it with CTest under the
# module's label, on the offscreen Qt platform, with TEST_DATA_DIR pointing at tests/data/<module>.
function(corridor_add_test module name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS;SOURCES" ${ARGN})
  set(target tst_${module}_${name})
  add_executable(${target} tst_${name}.cpp ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE corridor_flags Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${target} PRIVATE
    TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data/${module}"
    TEST_BUILD_DIR="${CMAKE_BINARY_DIR}")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  add_test(NAME ${module}.${name} COMMAND ${target})
  set_tests_properties(${module}.${name} PROPERTIES
    LABELS "${module};${ARG_LABELS}"
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
