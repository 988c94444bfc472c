// The table-set benchmark: one large CSV table set on disk (tests/bench/tableset/generate.py: the seed's
// fourteen tables repeated), checked by jixiao and by what a user would use instead, in one run.
//
//   tableset/jixiao_stream        in this process: for_each_csv_table + set_validator (every rule, each
//                                 finding's message rendered) + totals by 项目实施单位, never holding the set
//   tableset/jixiao_check         the jixiao_check program on the three files (its output to /dev/null)
//   tableset/python_csv_decimal   tests/bench/tableset/baseline.py: Python's csv + decimal, the sums checked
//                                 and totals by 项目实施单位
//   tableset/duckdb               tests/bench/tableset/baseline_duckdb.mjs: DuckDB (npm @duckdb/node-api),
//                                 exact DECIMAL(18,4), one thread, the same work in SQL (only if its
//                                 node_modules are installed: npm ci in that folder)
//
// Registered only when JIXIAO_TABLESET_DIR names the set's folder (scripts/bench.sh makes it); the programs
// are found through JIXIAO_CHECK (the jixiao_check binary) and JIXIAO_TABLESET_SCRIPTS (the folder of the
// baselines). Each program runs as a child process: the time is its wall time (manual time) and peak_MiB is
// its peak resident set (wait4's ru_maxrss); in-process, peak_MiB is this process's peak during the run
// (the kernel's mark reset first). cpu_s is the CPU time (user + system) of one run: of the child (wait4's
// rusage) or of this process (getrusage), a figure that a busy machine distorts far less than the wall time.
// input_MiB is the size of the three files.
#include <benchmark/benchmark.h>

#include <jixiao/aggregate.hpp>
#include <jixiao/io/csv.hpp>
#include <jixiao/set_validator.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "process_memory.hpp"

extern char** environ;

namespace {

using form = jixiao::forms::beijing_district_2020;
namespace fs = std::filesystem;

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v != nullptr ? v : "";
}

std::vector<fs::path> set_files(const fs::path& dir) {
    return {dir / "projects.csv", dir / "indicators.csv", dir / "cost_lines.csv"};
}

double input_mib(const fs::path& dir) {
    double bytes = 0;
    for (const auto& f : set_files(dir)) bytes += static_cast<double>(fs::file_size(f));
    return bytes / 1048576.0;
}

double cpu_seconds(const rusage& u) {
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

double self_cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return cpu_seconds(u);
}

/// Runs a program with its output to /dev/null; its wall time in seconds and peak resident set in KiB, or
/// a negative time if it could not run or failed (exit status above `max_status`).
struct child_run {
    double seconds = -1;
    double cpu_seconds = 0;  // user + system
    long peak_kib = 0;
    int status = -1;
};

child_run run_child(const std::vector<std::string>& argv, int max_status) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    child_run out;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return out;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) return out;
    const auto stop = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) > max_status) return out;
    out.status = WEXITSTATUS(status);
    out.seconds = std::chrono::duration<double>(stop - start).count();
    out.cpu_seconds = cpu_seconds(usage);
    out.peak_kib = usage.ru_maxrss;
    return out;
}

void program(benchmark::State& state, std::vector<std::string> argv, int max_status) {
    const fs::path dir = env("JIXIAO_TABLESET_DIR");
    long peak = 0;
    double cpu = 0;
    for (auto _ : state) {
        const child_run r = run_child(argv, max_status);
        if (r.seconds < 0) {
            state.SkipWithError(("failed: " + argv[0]).c_str());
            break;
        }
        state.SetIterationTime(r.seconds);
        cpu += r.cpu_seconds;
        peak = std::max(peak, r.peak_kib);
    }
    state.counters["cpu_s"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
    state.counters["peak_MiB"] = static_cast<double>(peak) / 1024.0;
    state.counters["input_MiB"] = input_mib(dir);
}

void jixiao_stream(benchmark::State& state) {
    const fs::path dir = env("JIXIAO_TABLESET_DIR");
    const auto files = set_files(dir);
    const bool peak = jixiao_bench::reset_peak();
    std::size_t tables = 0, findings = 0;
    double cpu = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = self_cpu_seconds();
        jixiao::set_validator<form> check;
        std::unordered_map<std::string, jixiao::totals<form, jixiao::wan>> by_unit;
        std::size_t message_bytes = 0;
        auto on_finding = [&](const jixiao::finding& f) { message_bytes += f.message().size(); };
        const auto r = jixiao::for_each_csv_table<form>(std::span<const fs::path>(files), [&](const auto& p) {
            check.add(p, on_finding);
            by_unit[std::string(p.implementer)].add(p);
        });
        check.finish(on_finding);
        if (!r.ok()) {
            state.SkipWithError("the table set did not read");
            break;
        }
        benchmark::DoNotOptimize(message_bytes);
        benchmark::DoNotOptimize(by_unit);
        tables = check.size();
        findings = check.errors() + check.warnings();
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        cpu += self_cpu_seconds() - cpu_start;
    }
    state.counters["cpu_s"] = benchmark::Counter(cpu, benchmark::Counter::kAvgIterations);
    state.counters["tables"] = static_cast<double>(tables);
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["input_MiB"] = input_mib(dir);
    if (peak) state.counters["peak_MiB"] = static_cast<double>(jixiao_bench::status_kib("VmHWM")) / 1024.0;
}

/// Registers the benchmarks when a set is given (a smoke run has none).
const bool registered = [] {
    const std::string dir = env("JIXIAO_TABLESET_DIR");
    if (dir.empty()) return false;
    const std::string scripts = env("JIXIAO_TABLESET_SCRIPTS");
    const std::string check = env("JIXIAO_CHECK");
    auto unit = [](benchmark::internal::Benchmark* b) {
        b->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
    };
    // The programs first: a child's peak (ru_maxrss) counts the spawning process's peak until the exec, so
    // they run while this process is still small; jixiao_stream, in this process, comes last.
    if (!check.empty()) {
        // Exit status 1: the set has findings of error severity (the seed's tables do).
        unit(benchmark::RegisterBenchmark(
            "tableset/jixiao_check", program,
            std::vector<std::string>{check, dir + "/projects.csv", dir + "/indicators.csv", dir + "/cost_lines.csv"},
            1));
    }
    if (!scripts.empty()) {
        unit(benchmark::RegisterBenchmark("tableset/python_csv_decimal", program,
                                          std::vector<std::string>{"python3", scripts + "/baseline.py", dir}, 0));
        if (fs::exists(fs::path(scripts) / "node_modules" / "@duckdb" / "node-api")) {
            unit(benchmark::RegisterBenchmark("tableset/duckdb", program,
                                              std::vector<std::string>{"node", scripts + "/baseline_duckdb.mjs", dir},
                                              0));
        }
    }
    unit(benchmark::RegisterBenchmark("tableset/jixiao_stream", jixiao_stream));
    return true;
}();

}  // namespace
