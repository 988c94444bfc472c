# fengtai_2020's options: --help (usage on stdout, exit 0), an unknown option (usage on stderr, exit 64),
# --html without a file or to a file that cannot be written (exit 64 / 2), --markdown (exit 0), each in
# Chinese (the default) and with --lang en in English; --lang with anything but zh or en (exit 64).
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

# Chinese by default: usage and errors too.
expect(help 0 "^用法：fengtai_2020" "" --help)
expect(unknown_option 64 "" "未知选项「--bogus」.*用法：fengtai_2020" --bogus)
expect(html_without_file 64 "" "--html 后应为文件名" --html)
expect(two_formats 64 "" "只能选一个" --markdown --html "${WORK}/x.html")
expect(unwritable_html 2 "" "无法写入「${WORK}/no/such/dir/report.html」" --html "${WORK}/no/such/dir/report.html")
expect(markdown 0 "^# " "" --markdown)
expect(text 0 "项目一览" "")
# English with --lang en, wherever it stands.
expect(help_en 0 "^usage: fengtai_2020" "" --help --lang en)
expect(unknown_option_en 64 "" "unknown option '--bogus'.*usage: fengtai_2020" --lang en --bogus)
expect(html_without_file_en 64 "" "--html needs a file name" --lang en --html)
expect(two_formats_en 64 "" "choose one of" --markdown --lang en --html "${WORK}/x.html")
expect(unwritable_html_en 2 "" "cannot write '${WORK}/no/such/dir/report.html'" --lang en --html "${WORK}/no/such/dir/report.html")
expect(text_en 0 "1. Projects" "" --lang en)
expect(lang_zh 0 "一、项目一览" "" --lang zh)
expect(lang_unknown 64 "" "--lang 后应为 zh 或 en" --lang fr)
expect(lang_missing 64 "" "--lang 后应为 zh 或 en" --lang)
