# Runs a command and checks its exit status and output: an end-to-end test of a command-line tool.
#   cmake -DCMD=<exe> -DARGS=<a|b|c> -DEXIT=<n> [-DSTDOUT=<regex>] [-DSTDERR=<regex>]
#         [-DSTDOUT_FILE=<path>] -P expect.cmake
# ARGS is separated by | (file paths here never contain one). The regexes are CMake regexes searched
# anywhere in the stream. With STDOUT_FILE, stdout is also written there (for a following test).
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${CMD}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(DEFINED STDOUT_FILE)
  file(WRITE "${STDOUT_FILE}" "${out}")
endif()
set(ok TRUE)
if(NOT rc STREQUAL "${EXIT}")
  message(SEND_ERROR "exit status ${rc}, expected ${EXIT}")
  set(ok FALSE)
endif()
if(DEFINED STDOUT AND NOT out MATCHES "${STDOUT}")
  message(SEND_ERROR "stdout does not match: ${STDOUT}")
  set(ok FALSE)
endif()
if(DEFINED STDERR AND NOT err MATCHES "${STDERR}")
  message(SEND_ERROR "stderr does not match: ${STDERR}")
  set(ok FALSE)
endif()
if(NOT ok)
  message("command: ${CMD} ${args}\n--- stdout ---\n${out}\n--- stderr ---\n${err}")
endif()
