# Runs PROGRAM [ARGS] and compares its standard output byte for byte with GOLDEN.
#   -DPROGRAM=<exe> -DGOLDEN=<file> [-DARGS=<arg;...>] [-DACTUAL=<file>] [-DEXIT=<n>] [-DWORKDIR=<dir>] [-DUPDATE=ON]
# WORKDIR: the directory to run PROGRAM in (so that relative file names in ARGS, and in its output, do not depend
# on where the tree is).
# EXIT is the exit status expected (0 unless given: jixiao_check exits 1 for a set with errors).
# ARGS may also be separated by | (an add_test argument cannot easily carry a ;): --lang|en.
# With UPDATE=ON the golden file is rewritten instead (review the diff before committing it).
cmake_minimum_required(VERSION 3.25)
foreach(var PROGRAM GOLDEN)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "golden.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT DEFINED ACTUAL)
  # Never next to the golden file: the source tree is not a scratch space.
  set(tmp "$ENV{TMPDIR}")
  if(tmp STREQUAL "")
    set(tmp "/tmp")
  endif()
  get_filename_component(golden_name "${GOLDEN}" NAME)
  string(RANDOM LENGTH 8 suffix)
  set(ACTUAL "${tmp}/${golden_name}.${suffix}.actual")
endif()
string(REPLACE "|" ";" program_args "${ARGS}")
get_filename_component(actual_dir "${ACTUAL}" DIRECTORY)
file(MAKE_DIRECTORY "${actual_dir}")

if(NOT DEFINED WORKDIR)
  set(WORKDIR ".")
endif()
execute_process(
  COMMAND "${PROGRAM}" ${program_args}
  WORKING_DIRECTORY "${WORKDIR}"
  OUTPUT_FILE "${ACTUAL}"
  ERROR_VARIABLE err
  RESULT_VARIABLE rc)
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} exited with ${rc}, expected ${EXIT}\n${err}")
endif()

if(UPDATE)
  file(COPY_FILE "${ACTUAL}" "${GOLDEN}")
  message(STATUS "updated ${GOLDEN}")
  return()
endif()

execute_process(
  COMMAND "${CMAKE_COMMAND}" -E compare_files "${ACTUAL}" "${GOLDEN}"
  RESULT_VARIABLE differ)
if(differ)
  # Point at the first differing line, so the failure says where without a diff tool.
  file(STRINGS "${ACTUAL}" actual_lines ENCODING UTF-8)
  file(STRINGS "${GOLDEN}" golden_lines ENCODING UTF-8)
  list(LENGTH actual_lines na)
  list(LENGTH golden_lines ng)
  set(where "")
  set(i 0)
  while(i LESS na AND i LESS ng)
    list(GET actual_lines ${i} a)
    list(GET golden_lines ${i} g)
    if(NOT a STREQUAL g)
      math(EXPR line "${i} + 1")
      set(where "first difference at line ${line}:\n  golden: ${g}\n  actual: ${a}\n")
      break()
    endif()
    math(EXPR i "${i} + 1")
  endwhile()
  if(where STREQUAL "")
    set(where "the files differ in length or line endings (golden ${ng} lines, actual ${na} lines)\n")
  endif()
  message(FATAL_ERROR
    "output of ${PROGRAM} ${ARGS} differs from ${GOLDEN}\n${where}"
    "see: diff -u '${GOLDEN}' '${ACTUAL}'\n"
    "if the change is intended: cmake -DPROGRAM='${PROGRAM}' -DARGS='${ARGS}' -DGOLDEN='${GOLDEN}' -DUPDATE=ON "
    "-P '${CMAKE_CURRENT_LIST_FILE}'")
endif()
