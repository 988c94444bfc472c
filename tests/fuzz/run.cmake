# Runs one libFuzzer target for SECONDS seconds over a scratch copy of its seed corpus, so the
# inputs it discovers never land in the repository.
#   cmake -DFUZZER=<exe> -DCORPUS=<seed dir> -DWORK=<scratch dir> -DSECONDS=<n> -P run.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
if(IS_DIRECTORY "${CORPUS}")
  file(COPY "${CORPUS}/" DESTINATION "${WORK}/corpus")
else()
  message(STATUS "no seed corpus at ${CORPUS}; starting from nothing")
endif()
execute_process(
  COMMAND "${FUZZER}" "-max_total_time=${SECONDS}" "-artifact_prefix=${WORK}/artifacts/"
          -print_final_stats=1 "${WORK}/corpus"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "fuzzer failed (${result}); the crashing input is in ${WORK}/artifacts/")
endif()
