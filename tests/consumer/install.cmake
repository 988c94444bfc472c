# Fixture setup for the consumer tests: a fresh install of jixiao into PREFIX, and a look at what it holds.
#   cmake -DBUILD_DIR=<jixiao build dir> -DPREFIX=<dir> [-DCONFIG=<cfg>] [-DCHECKER=ON] -P install.cmake
# CHECKER=ON: the build has jixiao_check, so the install must have it too, and it must run from there.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${result})")
endif()
set(expected include/jixiao/jixiao.hpp include/jixiao/io/csv.hpp
             share/cmake/jixiao/jixiaoConfig.cmake share/cmake/jixiao/jixiaoConfigVersion.cmake
             share/cmake/jixiao/jixiaoTargets.cmake share/pkgconfig/jixiao.pc share/doc/jixiao/LICENSE)
if(CHECKER)
  list(APPEND expected bin/jixiao_check)
endif()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${PREFIX}/${file}")
  endif()
endforeach()
# Tests and the other examples stay out of the install.
foreach(file IN ITEMS bin/quickstart bin/fengtai_2020 bin/jixiao_unit_tests)
  if(EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "installed, but must not be: ${PREFIX}/${file}")
  endif()
endforeach()
if(CHECKER)
  execute_process(COMMAND "${PREFIX}/bin/jixiao_check" --help RESULT_VARIABLE result OUTPUT_VARIABLE out)
  if(NOT result EQUAL 0 OR NOT out MATCHES "^用法: jixiao_check")
    message(FATAL_ERROR "the installed jixiao_check --help: exit ${result}, output:\n${out}")
  endif()
endif()
