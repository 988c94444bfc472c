# Runs one compile-fail test; see README.md in this folder.
#   cmake -DCXX=<compiler> -DINCLUDES=<dir|dir|...> -DSOURCE=<file.cpp> -DOBJECT=<out.o>
#         -P check.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS CXX SOURCE OBJECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: -D${var}=... is required")
  endif()
endforeach()

file(STRINGS "${SOURCE}" first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^//[ \t]*expect:[ \t]*(.*[^ \t\r])[ \t\r]*$")
  message(FATAL_ERROR "${SOURCE}: the first line must be `// expect: <regex>` or `// expect: compiles`")
endif()
set(expect "${CMAKE_MATCH_1}")

set(include_flags)
string(REPLACE "|" ";" includes "${INCLUDES}")
foreach(dir IN LISTS includes)
  list(APPEND include_flags "-I${dir}")
endforeach()

get_filename_component(object_dir "${OBJECT}" DIRECTORY)
file(MAKE_DIRECTORY "${object_dir}")
file(REMOVE "${OBJECT}")

# LC_ALL=C: g++ then quotes names with ASCII '...' instead of the locale's curly quotes.
set(command "${CMAKE_COMMAND}" -E env LC_ALL=C
    "${CXX}" -std=c++20 -fdiagnostics-color=never ${include_flags} -c "${SOURCE}" -o "${OBJECT}")
execute_process(
  COMMAND ${command}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)   # same variable: stdout and stderr merged in order
list(JOIN command " " command_line)

# message(FATAL_ERROR) re-wraps its text; the compiler's output is printed verbatim first.
function(fail reason)
  message("command: ${command_line}\n--- compiler output ---\n${output}--- end of compiler output ---")
  message(FATAL_ERROR "${SOURCE}: ${reason}")
endfunction()

if(expect STREQUAL "compiles")
  if(NOT result EQUAL 0)
    fail("must compile, but did not (for control.cpp: the harness itself is broken)")
  endif()
  message(STATUS "compiles, as expected: ${SOURCE}")
  return()
endif()

if(result EQUAL 0)
  fail("compiled, but must not")
endif()
if(NOT output MATCHES "${expect}")
  fail("failed to compile, as it must, but the compiler output does not match `${expect}`")
endif()
message(STATUS "fails to compile with a message matching `${expect}`, as expected: ${SOURCE}")
