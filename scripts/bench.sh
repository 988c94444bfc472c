#!/usr/bin/env bash
# Builds the benchmark (CMake preset "bench": Release, g++, -O2), runs it and prints the figures side by side
# with the ratios jixiao / baseline, computed from Google Benchmark's JSON output (awk only: no python, no jq).
# Installs what is missing from Debian's packages, like scripts/test.sh.
#
# Usage: ./scripts/bench.sh [extra Google Benchmark options...]   (from any directory)
#   JIXIAO_BENCH_REPS=5     repetitions of each benchmark (the table shows the median)
#   JIXIAO_BENCH_CSV_REPS=3 repetitions of the CSV benchmark
#   JIXIAO_BENCH_MIN_TIME=0.5  seconds per repetition (Google Benchmark 1.7.1: a plain number)
#   JIXIAO_BENCH_SET_COPIES=7200  the table set of run 3: the seed's 14 tables this many times (7200: 100,800
#                           tables, 335 MB of CSV, written to build/bench/tableset/ once; 0 skips run 3)
#   JIXIAO_BENCH_SET_REPS=3 repetitions of each program of run 3
#   JIXIAO_BENCH_ONLY_SET=1 run 3 only (the table set against Python and DuckDB)
# The JSON files stay in build/bench/ (bench_micro.json, bench_csv.json, bench_tableset.json).
#
# Three processes: the CSV benchmark and the table-set benchmark run alone, so that their peak memory
# figures are their own (they also reset the kernel's peak mark; see tests/bench/table_bench.cpp and
# tests/bench/tableset_bench.cpp). Run 3 compares jixiao with the baselines a user would use instead,
# Python's csv + decimal and DuckDB (npm @duckdb/node-api, installed here with npm ci from the lock file
# in tests/bench/tableset/ if node and npm are present), each a child process, in the same run.
set -euo pipefail

PACKAGES=(cmake ninja-build g++ libboost-dev libbenchmark-dev python3)
REPS=${JIXIAO_BENCH_REPS:-5}
CSV_REPS=${JIXIAO_BENCH_CSV_REPS:-3}  # one repetition reads 100,000 projects: seconds, not microseconds
SET_COPIES=${JIXIAO_BENCH_SET_COPIES:-7200}
SET_REPS=${JIXIAO_BENCH_SET_REPS:-3}
MIN_TIME=${JIXIAO_BENCH_MIN_TIME:-0.5}
ONLY_SET=${JIXIAO_BENCH_ONLY_SET:-0}

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=install_missing.sh
source scripts/install_missing.sh

install_missing "${PACKAGES[@]}"

echo "== build (preset bench)"
cmake --preset bench >/dev/null
cmake --build --preset bench --target jixiao_bench jixiao_check

bin=build/bench/tests/jixiao_bench
micro=build/bench/bench_micro.json
csv=build/bench/bench_csv.json
common=(--benchmark_report_aggregates_only=true --benchmark_min_time="$MIN_TIME" --benchmark_out_format=json)

echo "== machine"
model=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo "   cpu: ${model:-unknown}, $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   $(g++ --version | head -1); Google Benchmark $(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null || echo '?')"

rm -f "$micro" "$csv"
if [ "$ONLY_SET" != 1 ]; then
  echo "== run 1/3: numbers, sums, group_by ($REPS repetitions, min time $MIN_TIME s)"
  "$bin" --benchmark_filter='^(parse|format|add|multiply|rescale|sum|group_by)/' "${common[@]}" --benchmark_repetitions="$REPS" \
    --benchmark_out="$micro" "$@" >/dev/null
  echo "== run 2/3: CSV read + validate + total, a process of its own ($CSV_REPS repetitions)"
  "$bin" --benchmark_filter='^csv/read_validate_total$' "${common[@]}" --benchmark_repetitions="$CSV_REPS" \
    --benchmark_out="$csv" "$@" >/dev/null
fi

tableset=build/bench/bench_tableset.json
setdir=build/bench/tableset/x$SET_COPIES
rm -f "$tableset"
if [ "$SET_COPIES" != 0 ]; then
  if [ ! -f "$setdir/cost_lines.csv" ]; then
    echo "== run 3/3: writing the table set ($SET_COPIES copies of the seed's tables) to $setdir"
    python3 tests/bench/tableset/generate.py "$SET_COPIES" "$setdir" >/dev/null
  fi
  if [ ! -d tests/bench/tableset/node_modules/@duckdb/node-api ] && command -v npm >/dev/null; then
    echo "   npm ci (DuckDB's Node.js package, for the DuckDB baseline)"
    (cd tests/bench/tableset && npm ci --no-audit --no-fund >/dev/null) || echo "   npm ci failed: no DuckDB baseline"
  fi
  echo "== run 3/3: the table set, jixiao and the baselines in one process each ($SET_REPS repetitions)"
  JIXIAO_TABLESET_DIR="$PWD/$setdir" JIXIAO_CHECK="$PWD/build/bench/examples/jixiao_check" \
    JIXIAO_TABLESET_SCRIPTS="$PWD/tests/bench/tableset" \
    "$bin" --benchmark_filter='^tableset/' "${common[@]}" --benchmark_repetitions="$SET_REPS" \
    --benchmark_out="$tableset" "$@" >/dev/null
fi

# Google Benchmark writes one "key": value per line; collect the median aggregates (or the one run, with one
# repetition) as name|key=value|...
medians() {
  awk '
    /^ *\{ *$/ { delete f; next }
    /^ *"[^"]+": / {
      line = $0
      sub(/^ *"/, "", line); key = line; sub(/".*/, "", key)
      val = line; sub(/^[^"]*": */, "", val); sub(/,? *$/, "", val); gsub(/"/, "", val)
      f[key] = val; next
    }
    /^ *\},? *$/ {
      if (f["aggregate_name"] == "median" || (f["run_type"] == "iteration" && f["repetitions"] == 1)) {
        name = f["run_name"]; out = name
        for (k in f) out = out "|" k "=" f[k]
        print out
      }
      delete f
    }' "$1"
}

# ns per item of each (operation, variant), from items_per_second.
[ -f "$micro" ] && medians "$micro" | awk -F'|' -v reps="$REPS" '
  function field(k,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) return kv[2] } return "" }
  {
    split($1, nv, "/"); op = nv[1]; var = nv[2]
    ips = field("items_per_second")
    if (ips == "") next
    ns[op, var] = 1e9 / ips
    if (!(op in seen)) { seen[op] = 1; ops[++nops] = op }
  }
  function cell(op, var) { return ((op, var) in ns) ? sprintf("%10.2f", ns[op, var]) : sprintf("%10s", "-") }
  function ratio(op, a, b) { return ((op, a) in ns && (op, b) in ns) ? sprintf("%8.2fx", ns[op, a] / ns[op, b]) : sprintf("%9s", "-") }
  END {
    printf "\n== ns per item, median of %d repetitions (lower is better)\n", reps
    printf "%-9s %10s %10s %10s %10s %10s | %9s %9s %9s\n", "op", "wan", "int64", "double", "dec_float", "wan_chk",
           "wan/int64", "dec/wan", "chk/wan"
    for (i = 1; i <= nops; i++) {
      op = ops[i]
      if (op == "group_by") continue
      printf "%-9s %s %s %s %s %s | %s %s %s\n", op, cell(op, "jixiao_wan"), cell(op, "int64_baseline"),
             cell(op, ((op, "double") in ns) ? "double" : ((op, "double_strtod") in ns) ? "double_strtod" : "double_snprintf"),
             cell(op, "cpp_dec_float_50"), cell(op, "jixiao_wan_checked"),
             ratio(op, "jixiao_wan", "int64_baseline"), ratio(op, "cpp_dec_float_50", "jixiao_wan"),
             ratio(op, "jixiao_wan_checked", "jixiao_wan")
    }
    if (("sum", "jixiao_wan") in ns && ("sum", "int64_baseline") in ns) {
      r = ns["sum", "jixiao_wan"] / ns["sum", "int64_baseline"]
      printf "\nsum of the 10,000,000 values: jixiao::sum / unchecked int64 loop = %.2fx (goal <= 1.30x: %s)\n", r,
             r <= 1.3 ? "met" : "MISSED"
    }
    if (("group_by", "jixiao_by_implementer") in ns) {
      printf "group_by 实施单位, 1,000,000 projects in 200 units: jixiao::by_implementer %.1f ns/project (%.0f ms), " \
             "unordered_map<string_view> unchecked baseline %.1f ns/project: %.2fx\n",
             ns["group_by", "jixiao_by_implementer"], ns["group_by", "jixiao_by_implementer"],
             ns["group_by", "unordered_map_baseline"],
             ns["group_by", "jixiao_by_implementer"] / ns["group_by", "unordered_map_baseline"]
    }
  }'

[ -f "$csv" ] && medians "$csv" | awk -F'|' '
  function field(k,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) return kv[2] } return "" }
  {
    printf "csv, 100,000 projects (10 indicators, 1 cost line each; %.1f MiB of CSV): read_csv + validate + total " \
           "%.0f ms (cpu %.0f ms), %.0f rows/s, %.0f projects/s", field("csv_MiB"), field("real_time"), field("cpu_time"), field("rows/s"), field("projects/s")
    if (field("peak_MiB") != "")
      printf ", peak resident %.0f MiB (%.0f MiB above the resident set before reading)", field("peak_MiB"), field("peak_delta_MiB")
    printf "\n"
  }'
if [ -f "$tableset" ]; then
  medians "$tableset" | awk -F'|' '
    function field(k,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) return kv[2] } return "" }
    {
      split($1, nv, "/"); v = nv[2]; sub(/_median$/, "", v)
      ms[v] = field("real_time"); cpu[v] = field("cpu_s") * 1000; mib[v] = field("peak_MiB"); input = field("input_MiB")
      if (field("tables") != "") tables = field("tables")
      order[++n] = v
    }
    END {
      printf "\n== table set: %.0f MiB of CSV (%d tables), median wall time, CPU time (user + system) and peak resident set\n", input, tables
      printf "%-20s %10s %10s %10s %12s %12s %12s %12s\n", "", "ms", "cpu ms", "peak MiB", "time/python", "cpu/python",
             "time/duckdb", "peak/input"
      for (i = 1; i <= n; i++) {
        v = order[i]
        tp = ("python_csv_decimal" in ms) ? sprintf("%11.2fx", ms[v] / ms["python_csv_decimal"]) : sprintf("%12s", "-")
        cp = ("python_csv_decimal" in ms) ? sprintf("%11.2fx", cpu[v] / cpu["python_csv_decimal"]) : sprintf("%12s", "-")
        td = ("duckdb" in ms) ? sprintf("%11.2fx", ms[v] / ms["duckdb"]) : sprintf("%12s", "-")
        printf "%-20s %10.0f %10.0f %10.0f %s %s %s %11.2fx\n", v, ms[v], cpu[v], mib[v], tp, cp, td, mib[v] / input
      }
      if (("jixiao_check" in ms) && ("python_csv_decimal" in ms)) {
        r = ms["jixiao_check"] / ms["python_csv_decimal"]; c = cpu["jixiao_check"] / cpu["python_csv_decimal"]
        m = mib["jixiao_check"] / input
        printf "jixiao_check: %.2fx the Python script'"'"'s time (goal <= 0.25x: %s; CPU time %.2fx), peak %.2fx the input (goal <= 0.5x: %s)\n",
               r, r <= 0.25 ? "met" : "MISSED", c, m, m <= 0.5 ? "met" : "MISSED"
      }
    }'
fi
echo
echo "JSON: $micro, $csv${SET_COPIES:+, $tableset}"
