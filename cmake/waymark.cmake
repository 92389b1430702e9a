# No test of Waymark skips itself, so nothing a test prints may count as "skipped": by
# default CTest would take gtest's [  SKIPPED  ] lines, which also follow a failed
# SetUpTestSuite (a server that did not start), for a quiet pass.
set(WAYMARK_NO_SKIPS "no-waymark-test-is-ever-skipped")

# waymark_module(NAME DEPS ...): a static library `waymark_NAME` from every *.cpp in the
# current folder (tests excluded), and, when *_test.cpp files sit beside them, a test
# executable `NAME_test` registered with CTest.
function(waymark_module name)
  cmake_parse_arguments(ARG "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  set(tests ${sources})
  list(FILTER sources EXCLUDE REGEX "_test\\.cpp$")
  list(FILTER tests INCLUDE REGEX "_test\\.cpp$")

  if(sources)
    add_library(waymark_${name} STATIC ${sources})
    target_include_directories(waymark_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(waymark_${name} PUBLIC ${ARG_DEPS})
    target_compile_options(waymark_${name} PRIVATE -Wall -Wextra -Wpedantic)
    target_precompile_headers(waymark_${name} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/precompiled.hpp)
  else()  # a module of headers only
    add_library(waymark_${name} INTERFACE)
    target_include_directories(waymark_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(waymark_${name} INTERFACE ${ARG_DEPS})
  endif()

  if(tests)
    add_executable(${name}_test ${tests})
    target_link_libraries(${name}_test PRIVATE waymark_${name} ${ARG_TEST_DEPS} GTest::gtest_main
                                               GTest::gmock)
    target_precompile_headers(${name}_test PRIVATE ${PROJECT_SOURCE_DIR}/cmake/precompiled.hpp)
    gtest_discover_tests(${name}_test DISCOVERY_TIMEOUT 30 PROPERTIES LABELS unit
                         SKIP_REGULAR_EXPRESSION ${WAYMARK_NO_SKIPS})
  endif()
endfunction()
