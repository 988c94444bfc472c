# fengtai_2020's options: --help (usage on stdout, exit 0), an unknown option (usage on stderr, exit 64),
# --html without a file or to a file that cannot be written (exit 64 / 2), --markdown (exit 0).
#   -DPROGRAM=<exe> -DWORK=<dir>
cmake_minimum_required(VERSION 3.25)
file(MAKE_DIRECTORY "${WORK}")

function(expect name want_rc want_out want_err)
  execute_process(COMMAND "${PROGRAM}" ${ARGN}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc STREQUAL want_rc)
    message(SEND_ERROR "${name}: exit ${rc}, expected ${want_rc}\nstdout: ${out}\nstderr: ${err}")
  endif()
  if(NOT want_out STREQUAL "" AND NOT out MATCHES "${want_out}")
    message(SEND_ERROR "${name}: stdout does not match '${want_out}':\n${out}")
  endif()
  if(want_out STREQUAL "" AND NOT out STREQUAL "")
    message(SEND_ERROR "${name}: expected no stdout, got:\n${out}")
  endif()
  if(NOT want_err STREQUAL "" AND NOT err MATCHES "${want_err}")
    message(SEND_ERROR "${name}: stderr does not match '${want_err}':\n${err}")
  endif()
  if(want_err STREQUAL "" AND NOT err STREQUAL "")
    message(SEND_ERROR "${name}: expected no stderr, got:\n${err}")
  endif()
endfunction()

expect(help 0 "^usage: fengtai_2020" "" --help)
expect(unknown_option 64 "" "unknown option '--bogus'.*usage: fengtai_2020" --bogus)
expect(html_without_file 64 "" "--html needs a file name" --html)
expect(two_formats 64 "" "choose one of" --markdown --html "${WORK}/x.html")
expect(unwritable_html 2 "" "cannot write '${WORK}/no/such/dir/report.html'" --html "${WORK}/no/such/dir/report.html")
expect(markdown 0 "^# " "" --markdown)
expect(text 0 "项目一览" "")
