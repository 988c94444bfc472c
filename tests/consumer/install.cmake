# Fixture setup for the consumer tests: a fresh install of jixiao into PREFIX.
#   cmake -DBUILD_DIR=<jixiao build dir> -DPREFIX=<dir> [-DCONFIG=<cfg>] -P install.cmake
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
foreach(file IN ITEMS include/jixiao share/cmake/jixiao/jixiaoConfig.cmake
                      share/cmake/jixiao/jixiaoConfigVersion.cmake)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${PREFIX}/${file}")
  endif()
endforeach()
