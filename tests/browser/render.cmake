# The HTML report in a real browser: jixiao_check --format html writes the page of a table set, headless Chromium
# renders it to a PNG and prints it to PDF, and the results are checked:
# - the PNG is not blank (png_check.py counts the pixels that are not white) and the page's content ends at a sane
#   height (the last row with ink, in a window taller than the page);
# - the PDF has A4 pages (the style sheet's @page size) and a sane number of them.
# A system without Chromium or python3 skips the test ("SKIPPED: ", the test's SKIP_REGULAR_EXPRESSION); one with
# Chromium but no Chinese font fails, since the page would show empty boxes for every Chinese character.
#   -DCMD=<jixiao_check> -DARGS=<file|file|...> -DEXIT=<n> -DCHROMIUM=<exe> -DPYTHON=<python3> -DWORK=<dir>
#   -DPNG_CHECK=<png_check.py>
cmake_minimum_required(VERSION 3.25)
if(NOT CHROMIUM OR NOT EXISTS "${CHROMIUM}")
  message("SKIPPED: no chromium found (Debian: apt-get install chromium fonts-noto-cjk; scripts/test.sh installs them)")
  return()
endif()
if(NOT PYTHON OR NOT EXISTS "${PYTHON}")
  message("SKIPPED: no python3 found to read the PNG")
  return()
endif()
find_program(fc_list fc-list)
if(fc_list)
  execute_process(COMMAND "${fc_list}" ":lang=zh" family OUTPUT_VARIABLE zh_fonts)
  if(zh_fonts STREQUAL "")
    message(FATAL_ERROR "no font with Chinese glyphs (fc-list :lang=zh is empty): apt-get install fonts-noto-cjk")
  endif()
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(html "${WORK}/report.html")
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${CMD}" --format html --output "${html}" ${args} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "${CMD} --format html exited with ${rc}, expected ${EXIT}\n${err}")
endif()

# Chromium as root needs --no-sandbox; a profile of its own keeps parallel runs apart; the window is taller than
# the page, so that the PNG shows where the page ends.
set(width 1000)
set(height 16000)
set(chrome "${CHROMIUM}" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  "--user-data-dir=${WORK}/profile")
execute_process(COMMAND ${chrome} "--screenshot=${WORK}/report.png" "--window-size=${width},${height}"
    "file://${html}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 180)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/report.png")
  message(FATAL_ERROR "chromium --screenshot failed (${rc})\n${out}${err}")
endif()
# At least 3 % of the pixels have ink (text, table rules, bars); the content is longer than a screen and ends
# before the window does (the seed's 14 tables end near 7400 px at 1000 px wide).
execute_process(COMMAND "${PYTHON}" "${PNG_CHECK}" "${WORK}/report.png" --min-ink 0.03 --min-height 2000
    --max-height 15000
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the rendered page fails the check: ${out}${err}")
endif()

execute_process(COMMAND ${chrome} --no-pdf-header-footer "--print-to-pdf=${WORK}/report.pdf" "file://${html}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 180)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/report.pdf")
  message(FATAL_ERROR "chromium --print-to-pdf failed (${rc})\n${out}${err}")
endif()
# Chromium writes one uncompressed "/Type /Page" object and one /MediaBox per page.
file(STRINGS "${WORK}/report.pdf" boxes REGEX "/MediaBox")
set(pages 0)
foreach(line IN LISTS boxes)
  string(REGEX MATCHALL "/MediaBox \\[[^]]*\\]" found "${line}")
  foreach(box IN LISTS found)
    math(EXPR pages "${pages} + 1")
    # A4 is 595.3 × 841.9 pt; Chromium rounds it to whole CSS pixels (594.96 × 841.92).
    if(NOT box MATCHES "^/MediaBox \\[0 0 59[45]\\.[0-9]+ 84[12]\\.[0-9]+\\]$")
      message(FATAL_ERROR "a page of the PDF is not A4: ${box}")
    endif()
  endforeach()
endforeach()
message(STATUS "PDF: ${pages} A4 pages")
if(pages LESS 2 OR pages GREATER 20)
  message(FATAL_ERROR "the PDF has ${pages} pages (expected 2 to 20 for the seed's 14 tables)")
endif()
