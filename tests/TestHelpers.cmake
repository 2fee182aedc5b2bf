# ot_add_qtest(NAME SOURCES... [LIBS ...] [LABELS ...] [TIMEOUT s] [WRAPPER script] [PLATFORM qpa])
# Builds a Qt Test executable and registers it with ctest. Every test runs
# with its data, config and runtime folders inside the build tree, so no test
# can touch the real home folder.
function(ot_add_qtest name)
  cmake_parse_arguments(T "" "TIMEOUT;WRAPPER;PLATFORM" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  if(NOT T_LABELS)
    set(T_LABELS unlabelled)
  endif()
  add_executable(${name} ${T_SOURCES} ${T_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE observer-tray-core Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    OT_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures"
    OT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    OT_BINARY_DIR="${PROJECT_BINARY_DIR}")
  if(NOT T_PLATFORM)
    set(T_PLATFORM offscreen)
  endif()
  if(T_WRAPPER)
    add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  set(home ${CMAKE_CURRENT_BINARY_DIR}/${name}.home)
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;XDG_RUNTIME_DIR=${home}/run;OBSERVER_TRAY_DATA_DIR=${home}/data;OBSERVER_TRAY_CONFIG_DIR=${home}/config;OBSERVER_TRAY_RUNTIME_DIR=${home}/run;QT_QPA_PLATFORM=${T_PLATFORM};QTEST_FUNCTION_TIMEOUT=900000"
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}")
endfunction()

# ot_uses_fake_claude(test...): builds the fake first and tells each test where it is (OT_FAKE_CLAUDE).
function(ot_uses_fake_claude)
  foreach(t IN LISTS ARGN)
    add_dependencies(${t} ot-fake-claude)
    target_compile_definitions(${t} PRIVATE OT_FAKE_CLAUDE="$<TARGET_FILE:ot-fake-claude>")
  endforeach()
endfunction()
