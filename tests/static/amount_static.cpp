// Constexpr tests of amounts and decimals: each function runs in a static_assert (so the build is the test)
// and again from main() at run time (so the sanitizers see the same code paths).
#include <jixiao/amount.hpp>
#include <jixiao/charconv.hpp>
#include <jixiao/multiprecision.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <system_error>

namespace {

using jixiao::decimal;
using jixiao::rounding;
using jixiao::wan;
using jixiao::wan_checked;
using jixiao::wan_fen;
using namespace jixiao::literals;
using wan0 = jixiao::basic_amount<std::int64_t, 0>;

constexpr bool literals_are_exact() {
    if ((518.4_wan).raw() != 5184000) return false;
    if (2568000_yuan != 256.8_wan) return false;
    if (1'000_wan != wan::from_wan(1000)) return false;
    if (1'000.000'1_wan != 10000001_yuan) return false;
    if (0.0001_wan != 1_yuan) return false;
    if (1.23450000_wan != wan::from_raw(12345)) return false;
    if (12.0000_yuan != 12_yuan) return false;
    if (922337203685477.5807_wan != wan::max()) return false;
    if (9223372036854775807_yuan != wan::max()) return false;
    if (-518.4_wan != wan::from_raw(-5184000)) return false;
    if (0_wan != wan{}) return false;
    return true;
}

constexpr bool parse_works_in_constant_evaluation() {
    if (wan::parse("518.4") != 518.4_wan) return false;
    if (wan::parse("-0") != wan{}) return false;
    if (wan::parse("+1.23450000") != 1.2345_wan) return false;
    if (wan::parse("12\xE5\x85\x83") != 12_yuan) return false;                  // 12元
    if (wan::parse("518.4\xE4\xB8\x87\xE5\x85\x83") != 518.4_wan) return false;  // 518.4万元
    if (wan::parse("1.5\xE4\xBA\xBF\xE5\x85\x83") != 15000_wan) return false;    // 1.5亿元
    if (wan_fen::parse("12.34\xE5\x85\x83").raw() != 1234) return false;         // 12.34元
    if (wan::parse("922337203685477.5807") != wan::max()) return false;
    if (wan::parse("-922337203685477.5808") != wan::min()) return false;
    if (decimal::parse("3.14") != decimal::from_raw(3140000)) return false;
    // from_chars, accepted and rejected.
    constexpr std::string_view good = "-518.4";
    wan x = 1_wan;
    auto r = jixiao::from_chars(good.data(), good.data() + good.size(), x);
    if (r.ec != std::errc{} || r.ptr != good.data() + good.size() || x != -518.4_wan) return false;
    constexpr std::string_view bad[] = {"", "-", ".5", "5.", "1e3", "1,000", " 1", "1 ", "NaN", "0x10", "1.2.3",
                                        "0.00001", "12.34\xE5\x85\x83"};
    for (std::string_view s : bad) {
        x = 7_wan;
        r = jixiao::from_chars(s.data(), s.data() + s.size(), x);
        if (r.ec != std::errc::invalid_argument || r.ptr != s.data() || x != 7_wan) return false;
    }
    constexpr std::string_view big = "922337203685477.5808";
    r = jixiao::from_chars(big.data(), big.data() + big.size(), x);
    if (r.ec != std::errc::result_out_of_range || r.ptr != big.data() || x != 7_wan) return false;
    return true;
}

constexpr bool arithmetic_is_exact() {
    if (518.4_wan + 1.6_wan != 520_wan) return false;
    if (518.4_wan - 520_wan != -1.6_wan) return false;
    if (-(-518.4_wan) != 518.4_wan) return false;
    if (abs(-518.4_wan) != 518.4_wan) return false;
    if (518.4_wan * 2 != 1036.8_wan || 2 * 518.4_wan != 1036.8_wan) return false;
    if (1036.8_wan / 2 != 518.4_wan) return false;
    if (divide(2_wan, 3, rounding::half_up) != 0.6667_wan) return false;
    if (divide(-2_wan, 3, rounding::ceiling) != -0.6666_wan) return false;
    wan a = 100_wan;
    a += 5.5_wan;
    a -= 0.5_wan;
    a *= 3;
    if (a != 315_wan) return false;
    if (!(1_wan < 2_wan) || (1_wan <=> 10000_yuan) != 0 || !(wan::min() < wan::max())) return false;
    if (wan_fen(518.4_wan).raw() != 518400000) return false;
    if (wan::from_yi(3) != 30000_wan || (256.8_wan).to_yuan() != 2568000 || (30000_wan).to_yi() != 3) return false;
    if (wan_fen::parse("1.234567").to_yuan(rounding::half_up) != 12346) return false;
    if (jixiao::ratio(2_wan, 3_wan, rounding::half_up) != decimal::parse("0.666667")) return false;
    if (jixiao::multiply(518.4_wan, decimal::parse("0.333333"), rounding::up) != 172.7999_wan) return false;
    if (wan::max() + wan::min() != -1_yuan) return false;
    return true;
}

constexpr bool rescale_rounds_by_mode() {
    // 2.5, -2.5 and 2.5001 万元 to whole 万元, every mode.
    constexpr rounding modes[] = {rounding::half_up, rounding::half_down, rounding::half_even, rounding::up,
                                  rounding::down,    rounding::ceiling,   rounding::floor};
    constexpr std::int64_t tie[] = {3, 2, 2, 3, 2, 3, 2};
    constexpr std::int64_t neg_tie[] = {-3, -2, -2, -3, -2, -2, -3};
    constexpr std::int64_t above[] = {3, 3, 3, 3, 2, 3, 2};
    constexpr std::int64_t neg_below[] = {-2, -2, -2, -3, -2, -2, -3};  // -2.4999
    for (std::size_t m = 0; m < 7; ++m) {
        if (jixiao::rescale<0>(2.5_wan, modes[m]).raw() != tie[m]) return false;
        if (jixiao::rescale<0>(-2.5_wan, modes[m]).raw() != neg_tie[m]) return false;
        if (jixiao::rescale<0>(2.5001_wan, modes[m]).raw() != above[m]) return false;
        if (jixiao::rescale<0>(-2.4999_wan, modes[m]).raw() != neg_below[m]) return false;
    }
    if (jixiao::rescale<0>(3.5_wan, rounding::half_even) != wan0::from_raw(4)) return false;
    if (jixiao::rescale<6>(518.4_wan, rounding::down) != wan_fen(518.4_wan)) return false;
    if (jixiao::rescale<4>(wan_fen::parse("0.000150"), rounding::half_even) != 2_yuan) return false;
    return true;
}

constexpr bool sum_is_exact() {
    constexpr std::array<wan, 4> values{518.4_wan, -18.4_wan, 1_yuan, 0_wan};
    if (jixiao::sum(values) != 500.0001_wan) return false;
    // An intermediate excursion beyond the range is harmless when the total fits.
    constexpr std::array<wan, 3> edge{wan::max(), 1_yuan, -1_yuan};
    if (jixiao::sum(edge) != wan::max()) return false;
    constexpr std::array<wan, 4> both{wan::max(), wan::max(), wan::min(), wan::min()};
    if (jixiao::sum(both).raw() != -2) return false;
    if (jixiao::sum(std::array<wan, 0>{}) != wan{}) return false;
    if (jixiao::sum(values.begin() + 1, values.end()) != -18.3999_wan) return false;
    return true;
}

constexpr bool to_chars_writes_text() {
    char buf[64]{};
    auto same = [&](const auto& x, std::string_view expected) {
        const auto r = jixiao::to_chars(buf, buf + sizeof buf, x);
        return r.ec == std::errc{} && std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)) == expected;
    };
    if (!same(518.4_wan, "518.4000")) return false;
    if (!same(-518.4_wan, "-518.4000")) return false;
    if (!same(wan::parse("-0"), "0.0000")) return false;
    if (!same(wan::from_raw(-1), "-0.0001")) return false;
    if (!same(wan::max(), "922337203685477.5807")) return false;
    if (!same(wan::min(), "-922337203685477.5808")) return false;
    if (!same(wan_fen::from_raw(1234), "0.001234")) return false;
    if (!same(wan0::from_raw(-5), "-5")) return false;
    if (!same(decimal::parse("3.14"), "3.140000")) return false;
    if (!same(wan_checked::min(), "-34028236692093846346337460743176821.1455")) return false;
    if (jixiao::to_chars(buf, buf + 5, 1_wan).ec != std::errc::value_too_large) return false;
    if (jixiao::to_chars(buf, buf + 6, 1_wan).ec != std::errc{}) return false;
    return true;
}

constexpr bool wan_checked_arithmetic() {
    const wan_checked a = wan_checked::parse("518.4");
    const wan_checked b(1.6_wan);
    if (a + b != wan_checked(520_wan)) return false;
    if (a - b != wan_checked(516.8_wan)) return false;
    if (a * 2 != wan_checked(1036.8_wan) || a / 2 != wan_checked(259.2_wan)) return false;
    if (abs(-a) != a || !(-a < b)) return false;
    if (divide(a, 7, rounding::half_up) != wan_checked(74.0571_wan)) return false;
    wan_checked big(wan::max());
    big += wan_checked(wan::max());  // beyond wan, fine in 128 bits
    if (big <= wan_checked(wan::max())) return false;
    if (jixiao::rescale<0>(a, rounding::half_even).raw() != 518) return false;
    if (wan_checked::from_yi(1).to_yuan() != 100000000) return false;
    if (wan_checked::parse("34028236692093846346337460743176821.1455") != wan_checked::max()) return false;
    return true;
}

static_assert(literals_are_exact());
static_assert(parse_works_in_constant_evaluation());
static_assert(arithmetic_is_exact());
static_assert(rescale_rounds_by_mode());
static_assert(sum_is_exact());
static_assert(to_chars_writes_text());
static_assert(wan_checked_arithmetic());

}  // namespace

int main() {
    struct named {
        const char* name;
        bool (*f)();
    };
    const named tests[] = {
        {"literals_are_exact", literals_are_exact},
        {"parse_works_in_constant_evaluation", parse_works_in_constant_evaluation},
        {"arithmetic_is_exact", arithmetic_is_exact},
        {"rescale_rounds_by_mode", rescale_rounds_by_mode},
        {"sum_is_exact", sum_is_exact},
        {"to_chars_writes_text", to_chars_writes_text},
        {"wan_checked_arithmetic", wan_checked_arithmetic},
    };
    int failed = 0;
    for (const auto& t : tests) {
        if (!t.f()) {
            std::printf("FAILED at run time: %s\n", t.name);
            ++failed;
        }
    }
    std::printf("%d of %zu constexpr tests passed at run time\n", static_cast<int>(std::size(tests)) - failed,
                std::size(tests));
    return failed == 0 ? 0 : 1;
}
