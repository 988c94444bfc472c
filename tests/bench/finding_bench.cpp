// What findings cost: validate() over 1,000,000 generated tables that have no indicators (issue 10: "a
// finding costs what its text needs"), each table sound otherwise, so every finding is about the missing
// indicators. Built in memory, never written to disk.
//
//   findings/no_indicators_1m   validate() of the set; counters:
//     findings           how many findings the set has
//     peak_delta_MiB     the process's peak resident set during validate() minus the resident set before it
//                        (the kernel's peak mark reset first; omitted where /proc/self/clear_refs is not
//                        writable)
//     heap_B/finding     heap bytes in use held by the result, per finding (glibc mallinfo2: the vector of
//                        findings, its unused capacity and whatever each finding allocates, malloc's own
//                        headers included)
//     sizeof_finding     sizeof(jixiao::finding)
//
//   findings/seed_x7200         validate() of the seed's fourteen tables (examples/fengtai_2020) repeated 7,200
//                               times, each copy renumbered (100,800 tables, the seed's findings 7,200 times:
//                               text, amounts, numbers, dates); counters: findings, findings/s
//
// JIXIAO_BENCH_SMALL=1 (ctest's bench_smoke) shrinks the sets to 10,000 tables and 10 copies of the seed.
#include <benchmark/benchmark.h>

#include <malloc.h>

#include <jixiao/validate.hpp>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../../examples/fengtai_2020/tables.hpp"
#include "process_memory.hpp"

namespace {

using form = jixiao::forms::beijing_district_2020;
using project = jixiao::basic_project<form>;
using jixiao::wan;

bool small() {
    const char* v = std::getenv("JIXIAO_BENCH_SMALL");
    return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
}
std::size_t tables() { return small() ? 10'000 : 1'000'000; }
std::size_t seed_copies() { return small() ? 10 : 7'200; }

/// The set: distinct 序号 and names, funding that adds up, the dates in the year, no indicators.
struct no_indicator_set {
    std::vector<std::string> names;
    std::vector<project> projects;

    no_indicator_set() {
        const std::size_t n = tables();
        names.reserve(n);
        projects.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            names.push_back("残疾人家庭居家服务项目" + std::to_string(i + 1));
            project p;
            p.seq = static_cast<int>(i + 1);
            p.year = std::chrono::year{2020};
            p.name = names.back();
            p.applicant = "北京市丰台区残疾人联合会";
            p.implementer = "区残联组联部";
            p.start = std::chrono::year{2020} / 1 / 1;
            p.end = std::chrono::year{2020} / 12 / 31;
            const wan total = wan::from_yuan(static_cast<std::int64_t>(1000 + i % 5000) * 100);
            p.funding[0] = {total, {total, std::nullopt, std::nullopt}};
            p.funding[1] = {total, {total, std::nullopt, std::nullopt}};
            p.goal = "为全区残疾人提供居家服务。";
            p.remarks = "无";
            projects.push_back(p);
        }
    }
};

/// Bytes malloc has handed out and not had back: small blocks and mmapped large ones (the vector).
std::size_t heap_in_use() {
    const auto m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

void no_indicators(benchmark::State& state) {
    static const no_indicator_set set;
    const bool peak = jixiao_bench::reset_peak();
    const long rss_before = jixiao_bench::status_kib("VmRSS");
    std::size_t found = 0;
    double heap_per_finding = 0;
    for (auto _ : state) {
        const std::size_t heap_before = heap_in_use();
        const auto rep = jixiao::validate(set.projects);
        found = rep.size();
        const std::size_t heap_after = heap_in_use();
        heap_per_finding = found == 0 ? 0.0
                                      : static_cast<double>(heap_after - heap_before) / static_cast<double>(found);
        benchmark::DoNotOptimize(found);
    }
    state.counters["findings"] = static_cast<double>(found);
    state.counters["heap_B/finding"] = heap_per_finding;
    state.counters["sizeof_finding"] = static_cast<double>(sizeof(jixiao::finding));
    if (peak) {
        state.counters["peak_delta_MiB"] = static_cast<double>(jixiao_bench::status_kib("VmHWM") - rss_before) / 1024.0;
    }
}
BENCHMARK(no_indicators)->Name("findings/no_indicators_1m")->Unit(benchmark::kMillisecond)->Iterations(1);

void seed_repeated(benchmark::State& state) {
    static const std::vector<project> set = [] {
        std::vector<project> v;
        v.reserve(seed_copies() * fengtai_2020::tables.size());
        for (std::size_t k = 0; k < seed_copies(); ++k) {
            for (project p : fengtai_2020::tables) {
                p.seq = static_cast<int>(v.size() + 1);
                v.push_back(p);
            }
        }
        return v;
    }();
    std::size_t found = 0;
    for (auto _ : state) {
        const auto rep = jixiao::validate(set);
        found = rep.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["findings"] = static_cast<double>(found);
    state.counters["findings/s"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * static_cast<double>(found), benchmark::Counter::kIsRate);
}
BENCHMARK(seed_repeated)->Name("findings/seed_x7200")->Unit(benchmark::kMillisecond);

}  // namespace
