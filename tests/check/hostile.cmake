# Runs jixiao_check over a corpus of hostile input (issue 10): the files of tests/data/hostile, and large
# ones generated here (kept out of the repository).
#   cmake -DCMD=<jixiao_check> -DDATA=<tests/data/hostile> -DWORK=<scratch dir> [-DXLSX_DATA=<tests/data/xlsx>]
#         -P hostile.cmake
# Every case must end within 10 s (a hang guard, not a benchmark) with an exit status below 128 (no
# signal, no abort). A refused case (exit 2) must name, on every line of stderr, one of its files and a
# line and column, or for a file that cannot be read at all the file and why; stderr stays under 1 MB.
# A workbook (.xlsx, with XLSX_DATA: a checker built with jixiao::xlsx) is named as file[sheet]!CELL: reason,
# file[sheet]: reason or file: reason.
# An accepted case (exit 0 or 1) must read back unchanged: the listed fields of its --json output have
# the values of the input, and reading that output again gives the same projects.
cmake_minimum_required(VERSION 3.25)

set(failures 0)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

# Runs jixiao_check; sets rc, out, err and seconds in the caller.
function(run_checker)
  string(TIMESTAMP t0 "%s%f")
  execute_process(COMMAND "${CMD}" ${ARGN} RESULT_VARIABLE r OUTPUT_VARIABLE o ERROR_VARIABLE e TIMEOUT 10)
  string(TIMESTAMP t1 "%s%f")
  math(EXPR ms "(${t1} - ${t0}) / 1000")
  set(rc "${r}" PARENT_SCOPE)
  set(out "${o}" PARENT_SCOPE)
  set(err "${e}" PARENT_SCOPE)
  set(ms "${ms}" PARENT_SCOPE)
endfunction()

function(fail name what)
  message(SEND_ERROR "hostile case ${name}: ${what}")
  math(EXPR n "${failures} + 1")
  set(failures ${n} PARENT_SCOPE)
endfunction()

# The lines of a text as a list (list-special characters replaced so that they cannot split a line).
function(lines_of text var)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "[" "<lbracket>" text "${text}")
  string(REPLACE "]" "<rbracket>" text "${text}")
  string(REGEX MATCHALL "[^\n]+" l "${text}")
  set(${var} "${l}" PARENT_SCOPE)
endfunction()

# hostile(<name> refuse|accept FILES <file>... [CHECK "<json path>=<value>"...] [RAW <text>...])
# Relative files are in DATA. A CHECK path is a space-separated string(JSON GET) path into the --json
# output; RAW texts must occur verbatim in it (for values string(JSON) cannot hold, such as NUL).
function(hostile name expect)
  cmake_parse_arguments(C "" "" "FILES;CHECK;RAW" ${ARGN})
  set(files "")
  foreach(f IN LISTS C_FILES)
    if(IS_ABSOLUTE "${f}")
      list(APPEND files "${f}")
    else()
      list(APPEND files "${DATA}/${f}")
    endif()
  endforeach()
  if(expect STREQUAL "accept")
    run_checker(--json ${files})
  else()
    run_checker(${files})
  endif()
  if(NOT rc MATCHES "^[0-9]+$" OR rc GREATER_EQUAL 128)
    fail(${name} "ended with '${rc}' after ${ms} ms (a signal, a crash or past 10 s)")
    set(failures ${failures} PARENT_SCOPE)
    return()
  endif()
  string(LENGTH "${err}" err_size)
  if(err_size GREATER 1000000)
    fail(${name} "${err_size} bytes on stderr")
  endif()
  if(expect STREQUAL "refuse")
    if(NOT rc EQUAL 2)
      fail(${name} "exit ${rc}, expected 2 (refused)")
    endif()
    lines_of("${err}" lines)
    if(NOT lines)
      fail(${name} "refused without a message")
    endif()
    foreach(line IN LISTS lines)
      if(line MATCHES "^jixiao_check(: |：)")
        continue()
      endif()
      set(named FALSE)
      foreach(f IN LISTS files)
        string(FIND "${line}" "${f}:" at)
        if(at EQUAL 0)
          string(LENGTH "${f}:" n)
          string(SUBSTRING "${line}" ${n} -1 rest)
          if(rest MATCHES "^[1-9][0-9]*:[1-9][0-9]*: ."
             OR rest MATCHES "^ (cannot open the file|cannot read the file|the file is empty|… and [0-9]+ more)"
             OR rest MATCHES "^ (打不开文件|读不了|读文件时出错|文件是空的|…… 本文件另有 [0-9]+ 处错误)"
             OR rest MATCHES "^ (note: |提示：)")
            set(named TRUE)
          endif()
        endif()
        string(FIND "${line}" "${f}" at)
        if(at EQUAL 0 AND f MATCHES "\\.xlsx$")
          string(LENGTH "${f}" n)
          string(SUBSTRING "${line}" ${n} -1 rest)
          if(rest MATCHES "^(<lbracket>[^\n]+<rbracket>(![A-Z]+[1-9][0-9]*)?)?: .")
            set(named TRUE)
          endif()
        endif()
      endforeach()
      if(NOT named)
        fail(${name} "an error without its file and position: ${line}")
      endif()
    endforeach()
  else()
    if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
      fail(${name} "exit ${rc}, expected 0 or 1 (accepted)\n${err}")
      set(failures ${failures} PARENT_SCOPE)
      return()
    endif()
    foreach(check IN LISTS C_CHECK)
      string(FIND "${check}" "=" eq)
      string(SUBSTRING "${check}" 0 ${eq} path)
      math(EXPR from "${eq} + 1")
      string(SUBSTRING "${check}" ${from} -1 want)
      string(REPLACE " " ";" path "${path}")
      string(JSON got ERROR_VARIABLE json_error GET "${out}" ${path})
      if(json_error)
        fail(${name} "--json output has no ${path}: ${json_error}")
      elseif(NOT got STREQUAL want)
        fail(${name} "${path} reads back as '${got}', not '${want}'")
      endif()
    endforeach()
    foreach(raw IN LISTS C_RAW)
      string(FIND "${out}" "${raw}" at)
      if(at EQUAL -1)
        fail(${name} "--json output lacks ${raw}")
      endif()
    endforeach()
    # What was accepted reads back unchanged from the JSON the checker wrote.
    set(again "${WORK}/${name}.out.json")
    file(WRITE "${again}" "${out}")
    set(first "${out}")
    set(first_ms ${ms})
    run_checker(--json "${again}")
    set(ms ${first_ms})
    string(JSON p1 ERROR_VARIABLE e1 GET "${first}" projects)
    string(JSON p2 ERROR_VARIABLE e2 GET "${out}" projects)
    if(NOT rc MATCHES "^[01]$")
      fail(${name} "its --json output is not read back (exit ${rc}): ${err}")
    elseif(e1 OR e2 OR NOT p1 STREQUAL p2)
      fail(${name} "its --json output reads back different projects")
    endif()
  endif()
  message(STATUS "${name}: exit ${rc}, ${ms} ms")
  set(failures ${failures} PARENT_SCOPE)
endfunction()

set(H "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额")
set(row "1,2020,n,a,i,2020/1/1,2020/12/31,0,1")
set(F "\"funding\": {\"以前年度项目资金\": {\"total\": \"0\"}, \"本年度项目资金\": {\"total\": \"1\"}}")

# ---- Files that cannot be read: each is "file: reason", exit 2, and nothing hangs.
file(MAKE_DIRECTORY "${WORK}/a_directory")
file(MAKE_DIRECTORY "${WORK}/dir.json")
file(WRITE "${WORK}/file.json" "{}")
file(WRITE "${WORK}/empty.csv" "")
file(WRITE "${WORK}/empty.json" "")
hostile(directory refuse FILES "${WORK}/a_directory")
hostile(directory_named_json refuse FILES "${WORK}/dir.json")
hostile(file_with_slash refuse FILES "${WORK}/file.json/")
hostile(no_such_file refuse FILES "${WORK}/no_such_file.csv")
hostile(empty_csv refuse FILES "${WORK}/empty.csv")
hostile(empty_json refuse FILES "${WORK}/empty.json")
if(EXISTS /dev/zero)
  hostile(dev_zero refuse FILES /dev/zero)
endif()
find_program(MKFIFO mkfifo)
if(MKFIFO)
  execute_process(COMMAND "${MKFIFO}" "${WORK}/a_fifo.csv")
  hostile(fifo refuse FILES "${WORK}/a_fifo.csv")  # nobody writes to it: opening it would block for ever
endif()
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT uid STREQUAL "0")  # root reads any file
  file(WRITE "${WORK}/unreadable.csv" "${H}\n${row}\n")
  file(CHMOD "${WORK}/unreadable.csv" PERMISSIONS OWNER_WRITE)
  hostile(permission_denied refuse FILES "${WORK}/unreadable.csv")
endif()

# ---- Malformed text (tests/data/hostile).
foreach(c bad_utf8 unterminated_quote quote_in_unquoted text_after_quote bom_in_header two_boms duplicate_header
          bom_only blank_lines_only year_67556 year_32768 year_65536 month_13 day_32 date_year_5_digits
          seq_int_overflow seq_int64 too_many_cells negative_target)
  hostile(${c} refuse FILES ${c}.csv)
endforeach()
foreach(c chinese_target_inexact chinese_target_out_of_place)
  hostile(${c} refuse FILES one_project.csv ${c}.csv)
endforeach()
foreach(c json_negative_target json_unknown_unit json_unit_with_comma json_none_with_value json_year_67556
          json_year_32768 json_year_65536 json_duplicate_key json_trailing_text json_trailing_comma
          json_lone_surrogate)
  hostile(${c} refuse FILES ${c}.json)
endforeach()
hostile(csv_named_json refuse FILES csv_as.json)

# ---- Accepted, and read back unchanged.
hostile(one_project accept FILES one_project.csv
  CHECK "projects 0 seq=1" "projects 0 year=2020" "projects 0 name=n" "projects 0 start=2020-01-01"
        "projects 0 funding 本年度项目资金 total=1.0000")
hostile(header_only accept FILES header_only.csv CHECK "totals projects=0")
hostile(nul_in_cell accept FILES nul_in_cell.csv RAW [["name": "a\u0000b"]])
hostile(bom_in_cell accept FILES bom_in_cell.csv CHECK "projects 0 name=a﻿b")
hostile(cr_only_lines accept FILES cr_only_projects.csv cr_only_indicators.csv
  CHECK "projects 0 name=cr" "projects 0 indicators 0 target value=2000" "projects 0 indicators 0 target unit=户")
hostile(chinese_targets accept FILES one_project.csv chinese_targets.csv
  CHECK "projects 0 indicators 0 target text==90%" "projects 0 indicators 1 target text==95%"
        "projects 0 indicators 2 target text=≥12000户" "projects 0 indicators 3 target text=≥2000人")
hostile(json_accepted accept FILES json_accepted.json
  CHECK "projects 0 indicators 0 target text=≥90%" RAW [["name": "a\u0000b\nc"]])
hostile(json_boms accept FILES json_boms.json CHECK "projects 0 name=﻿")

# ---- Large input, generated: each used to take seconds to minutes, or gigabytes of stderr.
string(REPEAT ",x" 300000 cols)
file(WRITE "${WORK}/wide_header.csv" "${H}${cols}\n${row}\n")
hostile(wide_header_300000_unknown_columns refuse FILES "${WORK}/wide_header.csv")
string(REPEAT ",项目名称" 300000 cols)
file(WRITE "${WORK}/repeated_header.csv" "${H}${cols}\n")
hostile(header_300000_repeated_columns refuse FILES "${WORK}/repeated_header.csv")

set(keys "")
foreach(k RANGE 999)
  string(APPEND keys ", \"@${k}\": 1")
endforeach()
set(many "")
foreach(p RANGE 299)
  string(REPLACE "\"@" "\"k${p}_" chunk "${keys}")
  string(APPEND many "${chunk}")
endforeach()
string(SUBSTRING "${many}" 2 -1 many)  # the first ", "
file(WRITE "${WORK}/many_keys.json" "{\"projects\": [], \"totals\": {${many}}}")
hostile(json_object_300000_keys accept FILES "${WORK}/many_keys.json" CHECK "totals projects=0")
file(WRITE "${WORK}/many_unknown_keys.json" "{\"projects\": [{\"seq\": 1, ${F}, ${many}}]}")
hostile(json_project_300000_unknown_keys refuse FILES "${WORK}/many_unknown_keys.json")
file(WRITE "${WORK}/duplicate_in_many.json" "{\"projects\": [], \"totals\": {${many}, \"k299_999\": 2}}")
hostile(json_duplicate_among_300000_keys refuse FILES "${WORK}/duplicate_in_many.json")

string(REPEAT "${row}\n" 10000 rows)
file(WRITE "${WORK}/shared_seq_projects.csv" "${H}\n${rows}")
string(REPEAT "1,产出数量指标,x,=1\n" 10000 rows)
file(WRITE "${WORK}/shared_seq_indicators.csv" "序号,二级指标,三级指标,指标值\n${rows}")
hostile(seq_shared_by_10000_tables_and_rows refuse
  FILES "${WORK}/shared_seq_projects.csv" "${WORK}/shared_seq_indicators.csv")

string(REPEAT "[" 100000 open)
file(WRITE "${WORK}/deep_arrays.json" "{\"projects\": ${open}")
hostile(json_nested_100000_arrays refuse FILES "${WORK}/deep_arrays.json")
string(REPEAT "{\"a\": " 100000 open)
file(WRITE "${WORK}/deep_objects.json" "{\"totals\": ${open}")
hostile(json_nested_100000_objects refuse FILES "${WORK}/deep_objects.json")

string(REPEAT "9" 10000 digits)
file(WRITE "${WORK}/amount_10000_digits.csv" "${H}\n1,2020,n,a,i,2020/1/1,2020/12/31,0,${digits}\n")
hostile(amount_of_10000_digits refuse FILES "${WORK}/amount_10000_digits.csv")
file(WRITE "${WORK}/seq_10000_digits.csv" "${H}\n${digits},2020,n,a,i,2020/1/1,2020/12/31,0,1\n")
hostile(seq_of_10000_digits refuse FILES "${WORK}/seq_10000_digits.csv")
file(WRITE "${WORK}/year_10000_digits.csv" "${H}\n1,${digits},n,a,i,2020/1/1,2020/12/31,0,1\n")
hostile(year_of_10000_digits refuse FILES "${WORK}/year_10000_digits.csv")
file(WRITE "${WORK}/target_10000_digits.csv" "序号,二级指标,三级指标,指标值\n1,产出数量指标,x,≥${digits}%\n")
hostile(target_of_10000_digits refuse FILES one_project.csv "${WORK}/target_10000_digits.csv")
file(WRITE "${WORK}/json_seq_10000_digits.json" "{\"projects\": [{\"seq\": ${digits}, ${F}}]}")
hostile(json_seq_of_10000_digits refuse FILES "${WORK}/json_seq_10000_digits.json")
file(WRITE "${WORK}/json_year_10000_digits.json" "{\"projects\": [{\"seq\": 1, \"year\": ${digits}, ${F}}]}")
hostile(json_year_of_10000_digits refuse FILES "${WORK}/json_year_10000_digits.json")
file(WRITE "${WORK}/json_number_10000_digits.json" "{\"projects\": [], \"totals\": {\"n\": ${digits}}}")
hostile(json_number_of_10000_digits_not_read accept FILES "${WORK}/json_number_10000_digits.json")

string(REPEAT "啊" 1000000 huge)  # 3 MB in one cell
file(WRITE "${WORK}/huge_field.csv" "${H}\n1,2020,\"${huge}\",a,i,2020/1/1,2020/12/31,0,1\n")
hostile(field_of_3_MB accept FILES "${WORK}/huge_field.csv" CHECK "projects 0 name=${huge}")
string(REPEAT "x" 1000000 junk)
file(WRITE "${WORK}/huge_bad_cell.csv" "${H}\n1,2020,n,a,i,2020/1/1,2020/12/31,0,${junk}\n")
hostile(bad_cell_of_1_MB refuse FILES "${WORK}/huge_bad_cell.csv")
string(REPEAT "\n" 1000000 breaks)
file(WRITE "${WORK}/million_blank_lines.csv" "${H}\n${breaks}${row}\n")
hostile(million_blank_lines accept FILES "${WORK}/million_blank_lines.csv" CHECK "projects 0 name=n")

# ---- Amounts at the int64 edge: each cell valid, their sums beyond the amount type (they aborted the
# checker before amount_overflow): no signal, and every cell read back (check.overflow_* in tests/CMakeLists.txt
# assert the amount_overflow finding and exit 1).
hostile(overflow_totals_json accept FILES overflow_totals.json)
hostile(overflow_totals_csv accept FILES overflow_projects.csv
        CHECK "projects 1 funding 本年度项目资金 total=9223372036854.775807")
hostile(overflow_cost_lines accept FILES one_project.csv overflow_cost_lines.csv)
# ---- Spreadsheet habits (issue 11 §3). Not UTF-8 and not GB18030: the UTF-8 error. GB18030 with a bad cell: the
# note (file: 提示：…, in English file: note: …) and the error at the cell. Merged cells with nothing above to continue, thousands separators
# in the wrong places, title rows without end, a cell of separators: refused at their place, fast. The seed saved
# with every habit (tests/data/habits) reads back as its values.
hostile(gb18030_invalid refuse FILES gb18030_invalid.csv)
hostile(gb18030_bad_grouping refuse FILES gb18030_bad_grouping.csv)
hostile(merged_seq_first_row refuse FILES one_project.csv merged_seq_first_row.csv)
hostile(merged_level2_first_row refuse FILES one_project.csv merged_level2_first_row.csv)
hostile(thousands_bad refuse FILES thousands_bad.csv)
string(REPEAT "标题,,\n" 200000 titles)
file(WRITE "${WORK}/titles_without_end.csv" "${titles}")
hostile(titles_without_end refuse FILES "${WORK}/titles_without_end.csv")
string(REPEAT "," 1000000 commas)
file(WRITE "${WORK}/cell_of_commas.csv" "${H}\n1,2020,n,a,i,2020/1/1,2020/12/31,0,\"1${commas}\"\n")
hostile(cell_of_1_MB_of_separators refuse FILES "${WORK}/cell_of_commas.csv")
get_filename_component(habits "${DATA}/../habits" ABSOLUTE)
hostile(habits accept FILES "${habits}/projects.csv" "${habits}/indicators.csv" "${habits}/cost_lines.csv"
        CHECK "projects 0 implementer=区残联教就部" "projects 0 funding 本年度项目资金 total=518.4000"
              "projects 1 cost_basis 0 unit_price=0.6000")
# ---- Streaming (two passes over windows of each file): a record that ends exactly at the end of pass 1's
# 4 MiB buffer. The rest of the file was silently skipped (its orphan row 999 accepted, exit 1).
set(ih "序号,二级指标,三级指标,指标值\n")
string(LENGTH "${ih}1,产出数量指标,,=1\n" used)
math(EXPR pad "4194304 - ${used}")
string(REPEAT "y" ${pad} ys)
file(WRITE "${WORK}/line_ends_at_4MiB.csv" "${ih}1,产出数量指标,${ys},=1\n999,产出数量指标,orphan,=1\n")
file(SIZE "${WORK}/line_ends_at_4MiB.csv" size)
if(NOT size EQUAL 4194337)
  fail(line_ends_at_4MiB "generated ${size} bytes, not 4 MiB + the orphan row")
endif()
hostile(line_ends_at_4MiB_then_orphan refuse FILES one_project.csv "${WORK}/line_ends_at_4MiB.csv")

# ---- Workbooks (issue 12): the hostile workbooks of tests/data/xlsx/hostile (make_hostile.py: zip bombs, a
# 180 MiB shared string, billion laughs, impossible cells, not a zip), alone and beside a valid CSV set; files
# that are no workbook; and a valid flat workbook, read back unchanged through --json.
if(DEFINED XLSX_DATA)
  file(GLOB workbooks "${XLSX_DATA}/hostile/*.xlsx")
  list(LENGTH workbooks n)
  if(n LESS 10)
    fail(xlsx_corpus "only ${n} hostile workbooks in ${XLSX_DATA}/hostile")
  endif()
  foreach(w IN LISTS workbooks)
    get_filename_component(stem "${w}" NAME_WE)
    hostile(xlsx_${stem} refuse FILES "${w}")
  endforeach()
  hostile(xlsx_zip_bomb_beside_csv refuse FILES one_project.csv "${XLSX_DATA}/hostile/zip_bomb.xlsx")
  file(WRITE "${WORK}/empty.xlsx" "")
  file(MAKE_DIRECTORY "${WORK}/dir.xlsx")
  file(WRITE "${WORK}/csv_as.xlsx" "${H}\n${row}\n")
  hostile(xlsx_empty refuse FILES "${WORK}/empty.xlsx")
  hostile(xlsx_directory refuse FILES "${WORK}/dir.xlsx")
  hostile(xlsx_csv_named_xlsx refuse FILES "${WORK}/csv_as.xlsx")
  hostile(xlsx_no_such_file refuse FILES "${WORK}/no_such_file.xlsx")
  hostile(xlsx_flat_seed accept FILES "${XLSX_DATA}/seed_flat_openpyxl.xlsx"
    CHECK "projects 0 seq=1" "projects 13 seq=14" "totals projects=14")
endif()

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} hostile case(s) failed")
endif()
