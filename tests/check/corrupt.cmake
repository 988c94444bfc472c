# Writes a corrupted copy of a file: the one occurrence of FROM replaced by TO (an error if FROM is not
# found exactly once, so the test cannot pass on a file that changed under it).
#   cmake -DSRC=<file> -DOUT=<file> -DFROM=<text> -DTO=<text> -P corrupt.cmake
cmake_minimum_required(VERSION 3.25)
file(READ "${SRC}" text)
string(FIND "${text}" "${FROM}" first)
string(FIND "${text}" "${FROM}" last REVERSE)
if(first EQUAL -1 OR NOT first EQUAL last)
  message(FATAL_ERROR "'${FROM}' must occur exactly once in ${SRC}")
endif()
string(REPLACE "${FROM}" "${TO}" text "${text}")
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUT}" "${text}")
