// jixiao benchmarks over whole table sets: reading, validating and totalling the CSV of 100,000 generated
// projects (10 indicators and one cost line each), and totals grouped by 项目实施单位 over 1,000,000 projects.
//
//   csv/read_validate_total      read_csv + validate + total of the three CSV texts (generated once, in
//                                memory, by write_csv); counters: rows/s, projects/s and the peak memory
//   csv/read_only                read_csv alone, for the split
//   validate/store               validate() alone, of the same 100,000 projects read once (every rule)
//   group_by/jixiao_by_implementer   jixiao::by_implementer over 1,000,000 projects in 200 units (checked)
//   group_by/unordered_map_baseline  std::unordered_map<std::string_view, index> summing the same 8 raw int64
//                                    cells per project, unchecked
//
// JIXIAO_BENCH_SMALL=1 (set by ctest's bench_smoke) shrinks the inputs to 1,000 and 10,000 projects, so a
// smoke run builds them in well under a second. Inputs are built on first use only, and only once.
//
// Peak memory: csv/read_validate_total resets the kernel's peak-RSS mark (writing 5 to
// /proc/self/clear_refs, Linux >= 4.0) before its timed loop and reads VmHWM from /proc/self/status after
// it, so the figure is this benchmark's own peak and not that of an earlier benchmark in the process:
//   peak_MiB       the process's peak resident set during the benchmark (includes the CSV texts, the
//                  benchmark library and everything else alive)
//   peak_delta_MiB that peak minus the resident set just before the loop: what reading, validating and
//                  totalling 100,000 projects costs on top of the input texts
// Where clear_refs cannot be written the counters are omitted (and scripts/bench.sh runs the benchmark in
// a process of its own anyway).
#include <benchmark/benchmark.h>

#include "process_memory.hpp"

#include <jixiao/aggregate.hpp>
#include <jixiao/io/csv.hpp>
#include <jixiao/project_store.hpp>
#include <jixiao/validate.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

using jixiao_bench::reset_peak;
using jixiao_bench::status_kib;

using form = jixiao::forms::beijing_district_2020;
using project = jixiao::basic_project<form>;
using jixiao::wan;

bool small() {
    static const bool s = [] {
        const char* v = std::getenv("JIXIAO_BENCH_SMALL");
        return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
    }();
    return s;
}

std::size_t csv_projects() { return small() ? 1'000 : 100'000; }
std::size_t group_projects() { return small() ? 10'000 : 1'000'000; }
constexpr std::size_t n_units = 200;

struct lcg {
    std::uint64_t state;
    std::uint64_t next() {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return state >> 17;
    }
    std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)); }
};

std::vector<std::string> unit_names(const char* stem) {
    std::vector<std::string> u;
    for (std::size_t i = 0; i < n_units; ++i) u.push_back(std::string(stem) + std::to_string(i + 1));
    return u;
}

/// A sound table: sources add up to the totals, the dates are in the year, every required category has a
/// target, the cost line matches the 本年度 total. Values vary with the generator.
project make_project(int seq, lcg& g, std::string_view name, std::string_view applicant, std::string_view implementer,
                     std::span<const jixiao::indicator> indicators, std::span<const jixiao::cost_line<wan>> cost) {
    project p;
    p.seq = seq;
    p.year = std::chrono::year{2020};
    p.name = name;
    p.applicant = applicant;
    p.implementer = implementer;
    p.start = std::chrono::year{2020} / 1 / 1;
    p.end = std::chrono::year{2020} / 12 / 31;
    const wan district = wan::from_raw(g.below(50'000'000'000));  // up to 500万 万元, to the 元
    const wan city = wan::from_raw(g.below(10'000'000'000));
    p.funding[0] = {district, {district, wan{}, wan{}}};
    p.funding[1] = {cost.empty() ? district + city : cost[0].total(), {}};
    if (cost.empty()) {
        p.funding[1].sources = {district, city, std::nullopt};
    } else {
        p.funding[1].sources = {p.funding[1].total, std::nullopt, std::nullopt};
    }
    p.goal = "为全区残疾人提供居家服务，改善困难残疾人家庭的生活质量。";
    p.indicators = jixiao::indicator_list<form>(indicators);
    p.cost_basis = cost;
    p.remarks = "无";
    return p;
}

/// The three CSV texts of csv_projects() generated tables (deterministic: a fixed seed).
struct csv_inputs {
    jixiao::csv_files files;
    std::size_t projects = 0;
    std::size_t rows = 0;  // data rows in all three files

    csv_inputs() {
        namespace c = jixiao::categories;
        using jixiao::parse_target;
        const auto applicants = unit_names("北京市丰台区残疾人联合会");
        const auto implementers = unit_names("区残联实施单位");
        lcg g{2020};
        jixiao::basic_project_store<form> store;
        std::string name;
        for (std::size_t i = 0; i < csv_projects(); ++i) {
            const std::int64_t people = 100 + g.below(5000);
            const std::int64_t hours = 10 + g.below(90);
            const std::string people_text = std::to_string(people) + "名";
            const std::string hours_text = std::to_string(hours) + "小时/年";
            // Quantity: price × people must be whole 元; price in 元.
            const std::int64_t price = 100 + g.below(10'000);
            const jixiao::cost_line<wan> line{.item = "居家服务补贴",
                                              .unit_price = wan::from_yuan(price),
                                              .price_unit = "元/人",
                                              .quantities = {{people, "人"}},
                                              .stated_total = std::nullopt,
                                              .text = "按照实施计划，每人补贴",
                                              .truncated = false};
            const jixiao::cost_line<wan> lines[] = {line};
            const std::string budget_text = jixiao::to_string(line.total()) + "万元";
            const jixiao::indicator inds[] = {
                {c::quantity, "居家服务残疾人数", parse_target(people_text), people_text},
                {c::quantity, "每名残疾人服务时间", parse_target(hours_text), hours_text},
                {c::quantity, "受益残疾人家庭数", parse_target(std::to_string(people) + "个"), "受益家庭"},
                {c::quality, "服务合格率", parse_target("≥95%"), "服务合格率不低于95%"},
                {c::progress, "实施计划", jixiao::target{jixiao::comparator::qualitative, {}, {}}, "按月落实"},
                {c::output_cost, "全年拨付", parse_target("≤" + budget_text), "全年拨付"},
                {c::social_benefit, "每户居家服务时长", parse_target("不低于" + std::to_string(hours) + "小时"),
                 "时长"},
                {c::social_benefit, "困难残疾人家庭的生活质量", jixiao::target{jixiao::comparator::qualitative, {}, {}},
                 "改善困难残疾人家庭的生活质量"},
                {c::sustainable_impact, "重度残疾人基本生活需求",
                 jixiao::target{jixiao::comparator::qualitative, {}, {}}, "满足重度残疾人基本生活需求"},
                {c::beneficiary_satisfaction, "残疾人满意率", parse_target("不低于90%"), "残疾人满意率不低于90%"},
            };
            name = "残疾人家庭居家服务项目" + std::to_string(i + 1);
            const std::size_t u = static_cast<std::size_t>(g.below(n_units));
            store.add(make_project(static_cast<int>(i + 1), g, name, applicants[u], implementers[u], inds, lines));
            rows += 1 + std::size(inds) + std::size(lines);
        }
        projects = store.size();
        files = jixiao::write_csv(store);
    }
};

const csv_inputs& csv_data() {
    static const csv_inputs in;
    return in;
}

void csv_read_validate_total(benchmark::State& state) {
    const auto& in = csv_data();
    const bool peak = reset_peak();
    const long rss_before = status_kib("VmRSS");
    std::size_t findings = 0;
    for (auto _ : state) {
        auto r = jixiao::read_csv<form>({{"projects.csv", in.files.projects},
                                         {"indicators.csv", in.files.indicators},
                                         {"cost_lines.csv", in.files.cost_lines}});
        if (!r.ok() || r.store.size() != in.projects) {
            state.SkipWithError("read_csv failed on the generated texts");
            break;
        }
        const auto rep = jixiao::validate(r.store);
        const auto t = jixiao::total(r.store);
        findings = rep.size();
        benchmark::DoNotOptimize(t);
    }
    const double it = static_cast<double>(state.iterations());
    state.counters["rows/s"] = benchmark::Counter(it * static_cast<double>(in.rows), benchmark::Counter::kIsRate);
    state.counters["projects/s"] = benchmark::Counter(it * static_cast<double>(in.projects),
                                                      benchmark::Counter::kIsRate);
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["csv_MiB"] = static_cast<double>(in.files.projects.size() + in.files.indicators.size() +
                                                    in.files.cost_lines.size()) /
                                1048576.0;
    if (peak) {
        const long hwm = status_kib("VmHWM");
        state.counters["peak_MiB"] = static_cast<double>(hwm) / 1024.0;
        state.counters["peak_delta_MiB"] = static_cast<double>(hwm - rss_before) / 1024.0;
    }
}
BENCHMARK(csv_read_validate_total)->Name("csv/read_validate_total")->Unit(benchmark::kMillisecond);

void csv_read_only(benchmark::State& state) {
    const auto& in = csv_data();
    for (auto _ : state) {
        auto r = jixiao::read_csv<form>({{"projects.csv", in.files.projects},
                                         {"indicators.csv", in.files.indicators},
                                         {"cost_lines.csv", in.files.cost_lines}});
        benchmark::DoNotOptimize(r);
    }
    state.counters["rows/s"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * static_cast<double>(in.rows), benchmark::Counter::kIsRate);
}
BENCHMARK(csv_read_only)->Name("csv/read_only")->Unit(benchmark::kMillisecond);

void validate_store(benchmark::State& state) {
    const auto& in = csv_data();
    const auto r = jixiao::read_csv<form>({{"projects.csv", in.files.projects},
                                           {"indicators.csv", in.files.indicators},
                                           {"cost_lines.csv", in.files.cost_lines}});
    if (!r.ok()) {
        state.SkipWithError("read_csv failed on the generated texts");
        return;
    }
    std::size_t found = 0;
    for (auto _ : state) {
        const auto rep = jixiao::validate(r.store);
        found = rep.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["projects/s"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * static_cast<double>(in.projects), benchmark::Counter::kIsRate);
    state.counters["findings"] = static_cast<double>(found);
}
BENCHMARK(validate_store)->Name("validate/store")->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------------------------------------
// Totals grouped by 项目实施单位 over 1,000,000 projects in 200 units, in random order.
// ---------------------------------------------------------------------------------------------
struct group_inputs {
    std::vector<std::string> units = unit_names("区残联实施单位");
    std::vector<project> projects;
    group_inputs() {
        lcg g{42};
        projects.reserve(group_projects());
        for (std::size_t i = 0; i < group_projects(); ++i) {
            const auto& u = units[static_cast<std::size_t>(g.below(n_units))];
            projects.push_back(make_project(static_cast<int>(i + 1), g, "项目", "申报单位", u, {}, {}));
        }
    }
};

const group_inputs& group_data() {
    static const group_inputs in;
    return in;
}

void group_jixiao_by_implementer(benchmark::State& state) {
    const auto& in = group_data();
    for (auto _ : state) {
        auto groups = jixiao::by_implementer(in.projects);
        benchmark::DoNotOptimize(groups.data());
        if (groups.size() != n_units) state.SkipWithError("wrong number of groups");
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(in.projects.size()));
}
BENCHMARK(group_jixiao_by_implementer)->Name("group_by/jixiao_by_implementer")->Unit(benchmark::kMillisecond);

void group_unordered_map_baseline(benchmark::State& state) {
    const auto& in = group_data();
    constexpr std::size_t cells = 2 * (1 + 3);  // per column: the total and three source rows
    for (auto _ : state) {
        std::unordered_map<std::string_view, std::size_t> index;
        std::vector<std::array<std::int64_t, cells>> sums;  // unchecked: wraps silently on overflow
        for (const auto& p : in.projects) {
            auto [it, fresh] = index.try_emplace(p.implementer, sums.size());
            if (fresh) sums.push_back({});
            auto& s = sums[it->second];
            std::size_t k = 0;
            for (const auto& col : p.funding) {
                s[k++] += col.total.raw();
                for (const auto& src : col.sources) {
                    if (src) s[k] += src->raw();
                    ++k;
                }
            }
        }
        benchmark::DoNotOptimize(sums.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(in.projects.size()));
}
BENCHMARK(group_unordered_map_baseline)->Name("group_by/unordered_map_baseline")->Unit(benchmark::kMillisecond);

}  // namespace
