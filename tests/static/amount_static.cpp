// Constexpr facts about amounts and decimals: each FACT is a static_assert of its own (so a failure names
// its line) and runs again from main() at run time (so the sanitizers see the same code paths).
// The negative `requires` facts replace compile-fail files: each sits next to its positive twin.
#include <jixiao/amount.hpp>
#include <jixiao/charconv.hpp>
#include <jixiao/multiprecision.hpp>

#include <array>
#include <cstdint>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "fact.hpp"

namespace {

using jixiao::decimal;
using jixiao::rounding;
using jixiao::wan;
using jixiao::wan_checked;
using jixiao::wan_fen;
using namespace jixiao::literals;
using wan0 = jixiao::basic_amount<std::int64_t, 0>;

template <class A, class B>
concept addable = requires(A a, B b) {
    a + b;
};
template <class A, class B>
concept multipliable = requires(A a, B b) {
    (a * b);
};
template <class A, class B>
concept equality_comparable_with = requires(A a, B b) {
    a == b;
};

// ---- which operations exist (once compile-fail files) ----------------------------------------------
FACT(addable<wan, wan>&& addable<decimal, decimal>);
FACT(!addable<wan, decimal> && !addable<decimal, wan>);  // money plus a plain number is meaningless
FACT(equality_comparable_with<wan, wan>);
FACT(!equality_comparable_with<wan, decimal>);  // an amount and a plain number cannot be compared
FACT(multipliable<wan, int>&& multipliable<wan, std::int64_t>&& multipliable<int, wan>);
FACT(!multipliable<wan, wan>);     // 万元 × 万元 is not money
FACT(!multipliable<wan, double>);  // no double ever touches an amount
FACT(!multipliable<wan, bool>);    // bool is not a count
FACT(addable<wan_fen, wan_fen>&& addable<wan_fen, decltype(wan_fen(1_wan))>);
FACT(!addable<wan, wan_fen>);  // different scales mix only through explicit widening or rescale
FACT(std::is_constructible_v<wan_fen, wan>);
FACT(!std::is_convertible_v<wan, wan_fen>);  // widening is exact but spelled out: wan_fen(x)

// ---- literals -----------------------------------------------------------------------------------------
FACT((518.4_wan).raw() == 5184000);
FACT(2568000_yuan == 256.8_wan);
FACT(1'000_wan == wan::from_wan(1000));
FACT(1'000.000'1_wan == 10000001_yuan);
FACT(0.0001_wan == 1_yuan);
FACT(1.23450000_wan == wan::from_raw(12345));
FACT(12.0000_yuan == 12_yuan);
FACT(922337203685477.5807_wan == wan::max());
FACT(9223372036854775807_yuan == wan::max());
FACT(-518.4_wan == wan::from_raw(-5184000));
FACT(0_wan == wan{});
FACT(36.5_dec == decimal::parse("36.5"));
FACT(0.000001_dec == decimal::from_raw(1));
FACT(1.2345670_dec == decimal::from_raw(1234567));
FACT(9223372036854.775807_dec == decimal::max());
FACT(-1'000_dec == decimal(-1000));

// ---- parse and from_chars in constant evaluation --------------------------------------------------------
FACT(wan::parse("518.4") == 518.4_wan);
FACT(wan::parse("-0") == wan{});
FACT(wan::parse("+1.23450000") == 1.2345_wan);
FACT(wan::parse("12\xE5\x85\x83") == 12_yuan);                   // 12元
FACT(wan::parse("518.4\xE4\xB8\x87\xE5\x85\x83") == 518.4_wan);  // 518.4万元
FACT(wan::parse("1.5\xE4\xBA\xBF\xE5\x85\x83") == 15000_wan);    // 1.5亿元
FACT(wan_fen::parse("12.34\xE5\x85\x83").raw() == 1234);         // 12.34元
FACT(wan::parse("922337203685477.5807") == wan::max());
FACT(wan::parse("-922337203685477.5808") == wan::min());
FACT(decimal::parse("3.14") == decimal::from_raw(3140000));
FACT([] {
    constexpr std::string_view good = "-518.4";
    wan x = 1_wan;
    const auto r = jixiao::from_chars(good.data(), good.data() + good.size(), x);
    return r.ec == std::errc{} && r.ptr == good.data() + good.size() && x == -518.4_wan;
}());
FACT([] {
    constexpr std::string_view bad[] = {
        "", "-", ".5", "5.", "1e3", "1,000", " 1", "1 ", "NaN", "0x10", "1.2.3", "0.00001", "12.34\xE5\x85\x83"};
    for (std::string_view s : bad) {
        wan x = 7_wan;
        const auto r = jixiao::from_chars(s.data(), s.data() + s.size(), x);
        if (r.ec != std::errc::invalid_argument || r.ptr != s.data() || x != 7_wan) return false;
    }
    return true;
}());
FACT([] {
    constexpr std::string_view big = "922337203685477.5808";
    wan x = 7_wan;
    const auto r = jixiao::from_chars(big.data(), big.data() + big.size(), x);
    return r.ec == std::errc::result_out_of_range && r.ptr == big.data() && x == 7_wan;
}());

// ---- arithmetic ---------------------------------------------------------------------------------------
FACT(518.4_wan + 1.6_wan == 520_wan);
FACT(518.4_wan - 520_wan == -1.6_wan);
FACT(-(-518.4_wan) == 518.4_wan);
FACT(abs(-518.4_wan) == 518.4_wan);
FACT(518.4_wan * 2 == 1036.8_wan && 2 * 518.4_wan == 1036.8_wan);
FACT(1036.8_wan / 2 == 518.4_wan);
FACT(divide(2_wan, 3, rounding::half_up) == 0.6667_wan);
FACT(divide(-2_wan, 3, rounding::ceiling) == -0.6666_wan);
FACT([] {
    wan a = 100_wan;
    a += 5.5_wan;
    a -= 0.5_wan;
    a *= 3;
    return a == 315_wan;
}());
FACT(1_wan < 2_wan);
FACT((1_wan <=> 10000_yuan) == 0);
FACT(wan::min() < wan::max());
FACT(wan_fen(518.4_wan).raw() == 518400000);
FACT(wan::from_yi(3) == 30000_wan);
FACT((256.8_wan).to_yuan() == 2568000);
FACT((30000_wan).to_yi() == 3);
FACT(wan_fen::parse("1.234567").to_yuan(rounding::half_up) == 12346);
FACT(jixiao::ratio(2_wan, 3_wan, rounding::half_up) == decimal::parse("0.666667"));
FACT(jixiao::multiply(518.4_wan, decimal::parse("0.333333"), rounding::up) == 172.7999_wan);
FACT(wan::max() + wan::min() == -1_yuan);
FACT(36.5_dec * 2 == 73_dec);

// ---- rescale: 2.5, -2.5, 2.5001 and -2.4999 万元 to whole 万元, every mode ----------------------------------
constexpr rounding modes[] = {rounding::half_up, rounding::half_down, rounding::half_even, rounding::up,
                              rounding::down,    rounding::ceiling,   rounding::floor};
constexpr bool rescales_to(wan x, const std::array<std::int64_t, 7>& expected) {
    for (std::size_t m = 0; m < 7; ++m) {
        if (jixiao::rescale<0>(x, modes[m]).raw() != expected[m]) return false;
    }
    return true;
}
FACT(rescales_to(2.5_wan, {3, 2, 2, 3, 2, 3, 2}));
FACT(rescales_to(-2.5_wan, {-3, -2, -2, -3, -2, -2, -3}));
FACT(rescales_to(2.5001_wan, {3, 3, 3, 3, 2, 3, 2}));
FACT(rescales_to(-2.4999_wan, {-2, -2, -2, -3, -2, -2, -3}));
FACT(jixiao::rescale<0>(3.5_wan, rounding::half_even) == wan0::from_raw(4));
FACT(jixiao::rescale<6>(518.4_wan, rounding::down) == wan_fen(518.4_wan));
FACT(jixiao::rescale<4>(wan_fen::parse("0.000150"), rounding::half_even) == 2_yuan);

// ---- sum ------------------------------------------------------------------------------------------------
constexpr std::array<wan, 4> values{518.4_wan, -18.4_wan, 1_yuan, 0_wan};
FACT(jixiao::sum(values) == 500.0001_wan);
FACT(jixiao::sum(std::array<wan, 3>{wan::max(), 1_yuan, -1_yuan}) == wan::max());  // an excursion is harmless
FACT(jixiao::sum(std::array<wan, 4>{wan::max(), wan::max(), wan::min(), wan::min()}).raw() == -2);
FACT(jixiao::sum(std::array<wan, 0>{}) == wan{});
FACT(jixiao::sum(values.begin() + 1, values.end()) == -18.3999_wan);

// ---- to_chars -------------------------------------------------------------------------------------------
template <class T>
constexpr bool writes(const T& x, std::string_view expected) {
    char buf[64]{};
    const auto r = jixiao::to_chars(buf, buf + sizeof buf, x);
    return r.ec == std::errc{} && std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)) == expected;
}
FACT(writes(518.4_wan, "518.4000"));
FACT(writes(-518.4_wan, "-518.4000"));
FACT(writes(wan::parse("-0"), "0.0000"));
FACT(writes(wan::from_raw(-1), "-0.0001"));
FACT(writes(wan::max(), "922337203685477.5807"));
FACT(writes(wan::min(), "-922337203685477.5808"));
FACT(writes(wan_fen::from_raw(1234), "0.001234"));
FACT(writes(wan0::from_raw(-5), "-5"));
FACT(writes(decimal::parse("3.14"), "3.140000"));
FACT(writes(wan_checked::min(), "-34028236692093846346337460743176821.1455"));
FACT([] {
    char buf[8]{};
    return jixiao::to_chars(buf, buf + 5, 1_wan).ec == std::errc::value_too_large &&
           jixiao::to_chars(buf, buf + 6, 1_wan).ec == std::errc{};
}());

// ---- wan_checked ----------------------------------------------------------------------------------------
FACT(wan_checked::parse("518.4") + wan_checked(1.6_wan) == wan_checked(520_wan));
FACT(wan_checked::parse("518.4") - wan_checked(1.6_wan) == wan_checked(516.8_wan));
FACT(wan_checked::parse("518.4") * 2 == wan_checked(1036.8_wan));
FACT(wan_checked::parse("518.4") / 2 == wan_checked(259.2_wan));
FACT(abs(-wan_checked::parse("518.4")) == wan_checked::parse("518.4"));
FACT(divide(wan_checked::parse("518.4"), 7, rounding::half_up) == wan_checked(74.0571_wan));
FACT(wan_checked(wan::max()) + wan_checked(wan::max()) > wan_checked(wan::max()));  // beyond wan, fine in 128 bits
FACT(jixiao::rescale<0>(wan_checked::parse("518.4"), rounding::half_even).raw() == 518);
FACT(wan_checked::from_yi(1).to_yuan() == 100000000);
FACT(wan_checked::parse("34028236692093846346337460743176821.1455") == wan_checked::max());

}  // namespace

int main() { return static_suite::report(); }
