# Runs PROGRAM --html OUTPUT, then CHECKER OUTPUT BARS (tests/fengtai/html_check.cpp).
#   -DPROGRAM=<exe> -DCHECKER=<exe> -DOUTPUT=<file> -DBARS=<n>
cmake_minimum_required(VERSION 3.25)
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(REMOVE "${OUTPUT}")
execute_process(COMMAND "${PROGRAM}" --html "${OUTPUT}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --html ${OUTPUT} exited with ${rc}\n${out}${err}")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "${PROGRAM} --html wrote to standard output:\n${out}")
endif()
execute_process(COMMAND "${CHECKER}" "${OUTPUT}" "${BARS}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${OUTPUT} fails the HTML check:\n${out}${err}")
endif()
message(STATUS "${out}")
