#!/usr/bin/env bash
# Builds the benchmark (CMake preset "bench": Release, g++, -O2), runs it and prints the figures side by side
# with the ratios jixiao / baseline, computed from Google Benchmark's JSON output (awk only: no python, no jq).
# Installs what is missing from Debian's packages, like scripts/test.sh.
#
# Usage: ./scripts/bench.sh [extra Google Benchmark options...]   (from any directory)
#   JIXIAO_BENCH_REPS=5     repetitions of each benchmark (the table shows the median)
#   JIXIAO_BENCH_CSV_REPS=3 repetitions of the CSV benchmark
#   JIXIAO_BENCH_MIN_TIME=0.5  seconds per repetition (Google Benchmark 1.7.1: a plain number)
# The JSON files stay in build/bench/ (bench_micro.json, bench_csv.json) for a closer look.
#
# Two processes: the CSV benchmark runs alone, so that its peak memory figure is its own (it also
# resets the kernel's peak mark itself; see tests/bench/table_bench.cpp).
set -euo pipefail

PACKAGES=(cmake ninja-build g++ libboost-dev libbenchmark-dev)
REPS=${JIXIAO_BENCH_REPS:-5}
CSV_REPS=${JIXIAO_BENCH_CSV_REPS:-3}  # one repetition reads 100,000 projects: seconds, not microseconds
MIN_TIME=${JIXIAO_BENCH_MIN_TIME:-0.5}

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=install_missing.sh
source scripts/install_missing.sh

install_missing "${PACKAGES[@]}"

echo "== build (preset bench)"
cmake --preset bench >/dev/null
cmake --build --preset bench --target jixiao_bench

bin=build/bench/tests/jixiao_bench
micro=build/bench/bench_micro.json
csv=build/bench/bench_csv.json
common=(--benchmark_report_aggregates_only=true --benchmark_min_time="$MIN_TIME" --benchmark_out_format=json)

echo "== machine"
model=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo "   cpu: ${model:-unknown}, $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   $(g++ --version | head -1); Google Benchmark $(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null || echo '?')"

echo "== run 1/2: numbers, sums, group_by ($REPS repetitions, min time $MIN_TIME s)"
"$bin" --benchmark_filter='^(parse|format|add|multiply|rescale|sum|group_by)/' "${common[@]}" --benchmark_repetitions="$REPS" \
  --benchmark_out="$micro" "$@" >/dev/null
echo "== run 2/2: CSV read + validate + total, a process of its own ($CSV_REPS repetitions)"
"$bin" --benchmark_filter='^csv/read_validate_total$' "${common[@]}" --benchmark_repetitions="$CSV_REPS" \
  --benchmark_out="$csv" "$@" >/dev/null

# Google Benchmark writes one "key": value per line; collect the median aggregates as name|key=value|...
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
      if (f["aggregate_name"] == "median") {
        name = f["run_name"]; out = name
        for (k in f) out = out "|" k "=" f[k]
        print out
      }
      delete f
    }' "$1"
}

# ns per item of each (operation, variant), from items_per_second.
medians "$micro" | awk -F'|' -v reps="$REPS" '
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

medians "$csv" | awk -F'|' '
  function field(k,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) return kv[2] } return "" }
  {
    printf "csv, 100,000 projects (10 indicators, 1 cost line each; %.1f MiB of CSV): read_csv + validate + total " \
           "%.0f ms (cpu %.0f ms), %.0f rows/s, %.0f projects/s", field("csv_MiB"), field("real_time"), field("cpu_time"), field("rows/s"), field("projects/s")
    if (field("peak_MiB") != "")
      printf ", peak resident %.0f MiB (%.0f MiB above the resident set before reading)", field("peak_MiB"), field("peak_delta_MiB")
    printf "\n"
  }'
echo
echo "JSON: $micro, $csv"
