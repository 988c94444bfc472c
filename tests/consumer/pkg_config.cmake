# A consumer without CMake: `pkg-config --cflags jixiao` against the installed prefix, then the compiler
# alone builds and runs pkg_config_main.cpp with exactly those flags.
#   cmake -DPKG_CONFIG=<pkg-config> -DPREFIX=<install prefix> -DCXX=<compiler> -DSOURCE=<file.cpp>
#         -DWORK=<dir> -P pkg_config.cmake
cmake_minimum_required(VERSION 3.25)
file(MAKE_DIRECTORY "${WORK}")
# Only the installed prefix: neither the build tree nor a system copy can answer for it.
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_LIBDIR} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags jixiao
  RESULT_VARIABLE result OUTPUT_VARIABLE cflags ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags jixiao failed (${result}): ${err}")
endif()
message(STATUS "pkg-config --cflags jixiao: ${cflags}")
separate_arguments(flags UNIX_COMMAND "${cflags}")
file(REAL_PATH "${PREFIX}/include" expected_include)
set(found_include OFF)
foreach(flag IN LISTS flags)
  if(flag MATCHES "^-I(.+)$")
    file(REAL_PATH "${CMAKE_MATCH_1}" dir)
    if(dir STREQUAL expected_include)
      set(found_include ON)
    endif()
  endif()
endforeach()
if(NOT found_include)
  message(FATAL_ERROR "pkg-config --cflags jixiao (${cflags}) does not name ${expected_include}")
endif()
execute_process(COMMAND "${PKG_CONFIG}" --modversion jixiao OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT version MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  message(FATAL_ERROR "pkg-config --modversion jixiao: '${version}'")
endif()

set(program "${WORK}/jixiao_pkg_config_consumer")
execute_process(COMMAND "${CXX}" -std=c++20 ${flags} "${SOURCE}" -o "${program}"
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${CXX} -std=c++20 ${cflags} ${SOURCE} failed (${result}):\n${out}")
endif()
execute_process(COMMAND "${program}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${program} exited with ${result}")
endif()
