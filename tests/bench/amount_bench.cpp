// jixiao benchmarks: parse, format, add, multiply by an integer, rescale with rounding and sum of wan side by
// side with the int64 baseline, double, boost::multiprecision::cpp_dec_float_50 and wan_checked (128-bit,
// checked), on the same pre-generated inputs. scripts/bench.sh runs them and prints the ratios.
//
//   g++ -O2 -std=c++20 -I include tests/bench/amount_bench.cpp -lbenchmark -lpthread -o amount_bench
//   ./amount_bench --benchmark_min_time=0.5
//
// Names sort by operation, so each jixiao figure sits next to its baselines:
//   parse/jixiao_wan        jixiao::from_chars of "518.4000"     vs parse/int64_baseline  std::from_chars of "5184000"
//   format/jixiao_wan       jixiao::to_chars                       vs format/int64_baseline std::to_chars of the raw
//   value add/jixiao_wan          x[i] + x[i+1] (checked)                vs add/int64_baseline    plain +
//   multiply/jixiao_wan     x[i] * k[i], k in [1, 1000] (checked)  vs multiply/int64_baseline plain *
//   rescale/jixiao_wan      rescale<2>(x, half_even)               vs rescale/int64_baseline a hand-written
//                                                                     int64 division by 100 rounding half-even
//   sum/jixiao_wan          jixiao::sum(std::vector<wan>) (checked) vs sum/int64_baseline   unchecked int64 loop
//
// JIXIAO_BENCH_SMALL=1 (set by ctest's bench_smoke) makes the sum 100,000 values instead of 10,000,000.
#include <benchmark/benchmark.h>

#include <jixiao/amount.hpp>
#include <jixiao/charconv.hpp>
#include <jixiao/multiprecision.hpp>

#include <boost/multiprecision/cpp_dec_float.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ios>
#include <string>
#include <vector>

namespace {

using dec50 = boost::multiprecision::cpp_dec_float_50;
using jixiao::wan;
using jixiao::wan_checked;

constexpr std::size_t n_texts = 4096;

std::size_t sum_size() {
    static const std::size_t n = [] {
        const char* v = std::getenv("JIXIAO_BENCH_SMALL");
        return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0 ? std::size_t{100'000} : std::size_t{10'000'000};
    }();
    return n;
}

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
    std::vector<std::int64_t> raw;     // the values
    std::vector<std::string> text;     // "518.4000": jixiao's text of each value
    std::vector<std::string> digits;   // "5184000": the same digits without the point, for std::from_chars
    std::vector<jixiao::wan> amounts;  // the values as wan
    std::vector<double> doubles;       // the values as double (万元)
    std::vector<dec50> decs;           // the values as cpp_dec_float_50 (万元)
    std::vector<wan_checked> checked;  // the values as wan_checked
    std::vector<int> factors;          // multipliers in [1, 1000]

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
            checked.push_back(wan_checked::from_raw(r));
            factors.push_back(static_cast<int>((g.next() + 100'000'000'000) % 1000) + 1);
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

void parse_jixiao_wan_checked(benchmark::State& state) {
    const auto& in = data();
    for (auto _ : state) {
        for (const auto& s : in.text) {
            wan_checked x;
            const auto r = jixiao::from_chars(s.data(), s.data() + s.size(), x);
            benchmark::DoNotOptimize(r);
            benchmark::DoNotOptimize(x);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(parse_jixiao_wan_checked)->Name("parse/jixiao_wan_checked");

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

void format_jixiao_wan_checked(benchmark::State& state) {
    const auto& in = data();
    char buf[64];
    for (auto _ : state) {
        for (const auto& x : in.checked) {
            const auto r = jixiao::to_chars(buf, buf + sizeof buf, x);
            benchmark::DoNotOptimize(r);
            benchmark::DoNotOptimize(buf);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
BENCHMARK(format_jixiao_wan_checked)->Name("format/jixiao_wan_checked");

// ---------------------------------------------------------------------------------------------
// add, multiply by an integer, rescale with rounding: 4096 values per iteration, one result each.
// ---------------------------------------------------------------------------------------------
/// Runs op(i) for every input index; op returns the value, which is kept from the optimiser.
template <class Op>
void each(benchmark::State& state, Op op) {
    for (auto _ : state) {
        for (std::size_t i = 0; i < n_texts; ++i) {
            auto r = op(i);
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(items(state, n_texts));
}
constexpr std::size_t next(std::size_t i) { return (i + 1) % n_texts; }

void add_jixiao_wan(benchmark::State& state) {
    const auto& v = data().amounts;
    each(state, [&](std::size_t i) { return v[i] + v[next(i)]; });
}
BENCHMARK(add_jixiao_wan)->Name("add/jixiao_wan");
void add_int64_baseline(benchmark::State& state) {
    const auto& v = data().raw;
    each(state, [&](std::size_t i) { return v[i] + v[next(i)]; });
}
BENCHMARK(add_int64_baseline)->Name("add/int64_baseline");
void add_double(benchmark::State& state) {
    const auto& v = data().doubles;
    each(state, [&](std::size_t i) { return v[i] + v[next(i)]; });
}
BENCHMARK(add_double)->Name("add/double");
void add_cpp_dec_float_50(benchmark::State& state) {
    const auto& v = data().decs;
    each(state, [&](std::size_t i) { return dec50(v[i] + v[next(i)]); });
}
BENCHMARK(add_cpp_dec_float_50)->Name("add/cpp_dec_float_50");
void add_jixiao_wan_checked(benchmark::State& state) {
    const auto& v = data().checked;
    each(state, [&](std::size_t i) { return v[i] + v[next(i)]; });
}
BENCHMARK(add_jixiao_wan_checked)->Name("add/jixiao_wan_checked");

void multiply_jixiao_wan(benchmark::State& state) {
    const auto& in = data();
    each(state, [&](std::size_t i) { return in.amounts[i] * in.factors[i]; });
}
BENCHMARK(multiply_jixiao_wan)->Name("multiply/jixiao_wan");
void multiply_int64_baseline(benchmark::State& state) {
    const auto& in = data();
    each(state, [&](std::size_t i) { return in.raw[i] * in.factors[i]; });
}
BENCHMARK(multiply_int64_baseline)->Name("multiply/int64_baseline");
void multiply_double(benchmark::State& state) {
    const auto& in = data();
    each(state, [&](std::size_t i) { return in.doubles[i] * in.factors[i]; });
}
BENCHMARK(multiply_double)->Name("multiply/double");
void multiply_cpp_dec_float_50(benchmark::State& state) {
    const auto& in = data();
    each(state, [&](std::size_t i) { return dec50(in.decs[i] * in.factors[i]); });
}
BENCHMARK(multiply_cpp_dec_float_50)->Name("multiply/cpp_dec_float_50");
void multiply_jixiao_wan_checked(benchmark::State& state) {
    const auto& in = data();
    each(state, [&](std::size_t i) { return in.checked[i] * in.factors[i]; });
}
BENCHMARK(multiply_jixiao_wan_checked)->Name("multiply/jixiao_wan_checked");

/// raw / 100 rounded half-even, written by hand: what a careful int64 programmer would write.
std::int64_t div100_half_even(std::int64_t v) {
    std::int64_t q = v / 100;
    const std::int64_t r = v % 100;
    const std::int64_t ar = r < 0 ? -r : r;
    if (ar > 50 || (ar == 50 && (q & 1) != 0)) q += v < 0 ? -1 : 1;
    return q;
}

void rescale_jixiao_wan(benchmark::State& state) {
    const auto& v = data().amounts;
    each(state, [&](std::size_t i) { return jixiao::rescale<2>(v[i], jixiao::rounding::half_even); });
}
BENCHMARK(rescale_jixiao_wan)->Name("rescale/jixiao_wan");
void rescale_int64_baseline(benchmark::State& state) {
    const auto& v = data().raw;
    each(state, [&](std::size_t i) { return div100_half_even(v[i]); });
}
BENCHMARK(rescale_int64_baseline)->Name("rescale/int64_baseline");
void rescale_double(benchmark::State& state) {
    // Round to nearest, ties to even, in the default floating-point environment -- of the binary value,
    // which is the point: 0.125 is a tie, 0.0125 is not.
    const auto& v = data().doubles;
    each(state, [&](std::size_t i) { return std::nearbyint(v[i] * 100.0) / 100.0; });
}
BENCHMARK(rescale_double)->Name("rescale/double");
void rescale_cpp_dec_float_50(benchmark::State& state) {
    const auto& v = data().decs;
    each(state, [&](std::size_t i) {
        const dec50 y = v[i] * 100;
        dec50 f = floor(y);
        const dec50 d = y - f;
        if (d > dec50(0.5) || (d == dec50(0.5) && fmod(f, dec50(2)) != 0)) f += 1;
        return dec50(f / 100);
    });
}
BENCHMARK(rescale_cpp_dec_float_50)->Name("rescale/cpp_dec_float_50");
void rescale_jixiao_wan_checked(benchmark::State& state) {
    const auto& v = data().checked;
    each(state, [&](std::size_t i) { return jixiao::rescale<2>(v[i], jixiao::rounding::half_even); });
}
BENCHMARK(rescale_jixiao_wan_checked)->Name("rescale/jixiao_wan_checked");

// ---------------------------------------------------------------------------------------------
// sum of 10 million values per iteration.
// ---------------------------------------------------------------------------------------------
struct sum_inputs {
    std::vector<jixiao::wan> amounts;
    std::vector<std::int64_t> raw;
    std::vector<double> doubles;
    sum_inputs() {
        lcg g{7};
        amounts.reserve(sum_size());
        raw.reserve(sum_size());
        doubles.reserve(sum_size());
        for (std::size_t i = 0; i < sum_size(); ++i) {
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
    state.SetItemsProcessed(items(state, sum_size()));
}
BENCHMARK(sum_jixiao_wan)->Name("sum/jixiao_wan");

void sum_int64_baseline(benchmark::State& state) {
    const auto& in = sum_data();
    for (auto _ : state) {
        std::int64_t total = 0;  // unchecked: wraps silently on overflow
        for (const std::int64_t v : in.raw) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(items(state, sum_size()));
}
BENCHMARK(sum_int64_baseline)->Name("sum/int64_baseline");

void sum_double(benchmark::State& state) {
    const auto& in = sum_data();
    for (auto _ : state) {
        double total = 0;
        for (const double v : in.doubles) total += v;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(items(state, sum_size()));
}
BENCHMARK(sum_double)->Name("sum/double");

}  // namespace

BENCHMARK_MAIN();
