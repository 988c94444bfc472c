// jixiao benchmarks: parse, format and sum of wan side by side with the int64 baseline, double and
// boost::multiprecision::cpp_dec_float_50, on the same pre-generated inputs.
//
//   g++ -O2 -std=c++20 -I include tests/bench/amount_bench.cpp -lbenchmark -lpthread -o amount_bench
//   ./amount_bench --benchmark_min_time=0.5
//
// Names sort by operation, so each jixiao figure sits next to its baselines:
//   parse/jixiao_wan        jixiao::from_chars of "518.4000"     vs parse/int64_baseline  std::from_chars of "5184000"
//   format/jixiao_wan       jixiao::to_chars                       vs format/int64_baseline std::to_chars of the raw value
//   sum/jixiao_wan          jixiao::sum(std::vector<wan>) (checked) vs sum/int64_baseline   unchecked int64 loop
#include <benchmark/benchmark.h>

#include <jixiao/amount.hpp>

#include <boost/multiprecision/cpp_dec_float.hpp>

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ios>
#include <string>
#include <vector>

namespace {

using dec50 = boost::multiprecision::cpp_dec_float_50;

constexpr std::size_t n_texts = 4096;
constexpr std::size_t n_sum = 10'000'000;

/// A fixed-seed generator of raw values in [-10^11, 10^11] (up to ±1000万 万元 at one 元).
struct lcg {
    std::uint64_t state;
    std::int64_t next() {
        state = state * 6364136223846793005u + 1442695040888963407u;
        const std::uint64_t span = 200'000'000'001u;  // 2 * 10^11 + 1 values
        return static_cast<std::int64_t>((state >> 11) % span) - 100'000'000'000;
    }
};

struct inputs {
    std::vector<std::int64_t> raw;          // the values
    std::vector<std::string> text;          // "518.4000": jixiao's text of each value
    std::vector<std::string> digits;        // "5184000": the same digits without the point, for std::from_chars
    std::vector<jixiao::wan> amounts;       // the values as wan
    std::vector<double> doubles;            // the values as double (万元)
    std::vector<dec50> decs;                // the values as cpp_dec_float_50 (万元)

    inputs() {
        lcg g{20240601};
        for (std::size_t i = 0; i < n_texts; ++i) {
            const std::int64_t r = g.next();
            raw.push_back(r);
            amounts.push_back(jixiao::wan::from_raw(r));
            text.push_back(jixiao::to_string(amounts.back()));
            std::string d = text.back();
            d.erase(d.find('.'), 1);
            digits.push_back(d);
            doubles.push_back(std::strtod(text.back().c_str(), nullptr));
            decs.emplace_back(text.back());
        }
    }
};

/// Items processed in all iterations: for the items_per_second column.
std::int64_t items(const benchmark::State& state, std::size_t per_iteration) {
    return static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(per_iteration);
}

const inputs& data() {
    static const inputs in;
    return in;
}

// ---------------------------------------------------------------------------------------------
// parse: 4096 strings per iteration.
// ---------------------------------------------------------------------------------------------
void parse_jixiao_wan(benchmark::State& state) {
    const auto& in = data();
    for (auto _ : state) {
        for (const auto& s : in.text) {
            jixiao::wan x;
            const auto r = jixiao::from_chars(s.data(), s.data() + s.size(), x);
            benchmark::DoNotOptimize(r);
            benchmark::DoNotOptimize(x);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(parse_jixiao_wan)->Name("parse/jixiao_wan");

void parse_int64_baseline(benchmark::State& state) {
    const auto& in = data();
    for (auto _ : state) {
        for (const auto& s : in.digits) {
            std::int64_t x = 0;
            const auto r = std::from_chars(s.data(), s.data() + s.size(), x);
            benchmark::DoNotOptimize(r);
            benchmark::DoNotOptimize(x);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(parse_int64_baseline)->Name("parse/int64_baseline");

void parse_double_strtod(benchmark::State& state) {
    const auto& in = data();
    for (auto _ : state) {
        for (const auto& s : in.text) {
            char* end = nullptr;
            const double x = std::strtod(s.c_str(), &end);
            benchmark::DoNotOptimize(x);
            benchmark::DoNotOptimize(end);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(parse_double_strtod)->Name("parse/double_strtod");

void parse_cpp_dec_float_50(benchmark::State& state) {
    const auto& in = data();
    for (auto _ : state) {
        for (const auto& s : in.text) {
            dec50 x(s);
            benchmark::DoNotOptimize(x);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(parse_cpp_dec_float_50)->Name("parse/cpp_dec_float_50");

// ---------------------------------------------------------------------------------------------
// format: 4096 values per iteration into a stack buffer.
// ---------------------------------------------------------------------------------------------
void format_jixiao_wan(benchmark::State& state) {
    const auto& in = data();
    char buf[64];
    for (auto _ : state) {
        for (const auto& x : in.amounts) {
            const auto r = jixiao::to_chars(buf, buf + sizeof buf, x);
            benchmark::DoNotOptimize(r);
            benchmark::DoNotOptimize(buf);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(format_jixiao_wan)->Name("format/jixiao_wan");

void format_int64_baseline(benchmark::State& state) {
    const auto& in = data();
    char buf[64];
    for (auto _ : state) {
        for (const std::int64_t v : in.raw) {
            const auto r = std::to_chars(buf, buf + sizeof buf, v);
            benchmark::DoNotOptimize(r);
            benchmark::DoNotOptimize(buf);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(format_int64_baseline)->Name("format/int64_baseline");

void format_double_snprintf(benchmark::State& state) {
    const auto& in = data();
    char buf[64];
    for (auto _ : state) {
        for (const double v : in.doubles) {
            const int n = std::snprintf(buf, sizeof buf, "%.4f", v);
            benchmark::DoNotOptimize(n);
            benchmark::DoNotOptimize(buf);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(format_double_snprintf)->Name("format/double_snprintf");

void format_cpp_dec_float_50(benchmark::State& state) {
    const auto& in = data();
    for (auto _ : state) {
        for (const auto& v : in.decs) {
            std::string s = v.str(4, std::ios::fixed);
            benchmark::DoNotOptimize(s);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(format_cpp_dec_float_50)->Name("format/cpp_dec_float_50");

// ---------------------------------------------------------------------------------------------
// sum of 10 million values per iteration.
// ---------------------------------------------------------------------------------------------
struct sum_inputs {
    std::vector<jixiao::wan> amounts;
    std::vector<std::int64_t> raw;
    std::vector<double> doubles;
    sum_inputs() {
        lcg g{7};
        amounts.reserve(n_sum);
        raw.reserve(n_sum);
        doubles.reserve(n_sum);
        for (std::size_t i = 0; i < n_sum; ++i) {
            const std::int64_t r = g.next();
            amounts.push_back(jixiao::wan::from_raw(r));
            raw.push_back(r);
            doubles.push_back(static_cast<double>(r) / 10000.0);
        }
    }
};

const sum_inputs& sum_data() {
    static const sum_inputs in;
    return in;
}

void sum_jixiao_wan(benchmark::State& state) {
    const auto& in = sum_data();
    for (auto _ : state) {
        const jixiao::wan total = jixiao::sum(in.amounts);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(items(state, n_sum));
}
BENCHMARK(sum_jixiao_wan)->Name("sum/jixiao_wan");

void sum_int64_baseline(benchmark::State& state) {
    const auto& in = sum_data();
    for (auto _ : state) {
        std::int64_t total = 0;  // unchecked: wraps silently on overflow
        for (const std::int64_t v : in.raw) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(items(state, n_sum));
}
BENCHMARK(sum_int64_baseline)->Name("sum/int64_baseline");

void sum_double(benchmark::State& state) {
    const auto& in = sum_data();
    for (auto _ : state) {
        double total = 0;
        for (const double v : in.doubles) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(items(state, n_sum));
}
BENCHMARK(sum_double)->Name("sum/double");

}  // namespace

BENCHMARK_MAIN();
