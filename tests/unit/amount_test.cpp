// Unit tests of basic_amount: wan, wan_fen, wan_checked and Scale 0 — text with units, arithmetic with its
// overflow checks, sums, rescale, conversions between 元 / 万元 / 亿元, ratio and multiply.
#include <doctest/doctest.h>

#include <jixiao/amount.hpp>
#include <jixiao/charconv.hpp>
#include <jixiao/multiprecision.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <limits>
#include <list>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

namespace amount_test {

namespace {

using jixiao::decimal;
using jixiao::rounding;
using jixiao::wan;
using jixiao::wan_checked;
using jixiao::wan_fen;
using namespace jixiao::literals;
using wan0 = jixiao::basic_amount<std::int64_t, 0>;  // one unit is 1 万元
using wan2 = jixiao::basic_amount<std::int64_t, 2>;  // one unit is 100 元
using i128c = boost::multiprecision::checked_int128_t;
__extension__ typedef __int128 i128;  // the test's own 128-bit reference

constexpr std::int64_t i64max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64min = std::numeric_limits<std::int64_t>::min();

template <class T>
std::string str(const T& x) {
    return jixiao::to_string(x);
}

template <class T>
std::from_chars_result read(std::string_view s, T& x) {
    return jixiao::from_chars(s.data(), s.data() + s.size(), x);
}

// Units as UTF-8 bytes, so the test does not depend on the source character set.
#define YUAN "\xE5\x85\x83"                 // 元
#define WANYUAN "\xE4\xB8\x87\xE5\x85\x83"  // 万元
#define YIYUAN "\xE4\xBA\xBF\xE5\x85\x83"   // 亿元

template <class A, class B>
concept addable = requires(A a, B b) {
    a + b;
};
template <class A, class B>
concept subtractable = requires(A a, B b) {
    a - b;
};
template <class A, class B>
concept equality_comparable_with_ = requires(A a, B b) {
    a == b;
};
template <class A, class B>
concept orderable = requires(A a, B b) {
    a < b;
};
template <class A, class B>
concept multipliable = requires(A a, B b) {
    (a * b);
};
template <class A, class B>
concept dividable = requires(A a, B b) {
    a / b;
};

constexpr std::array all_modes{rounding::half_up, rounding::half_down, rounding::half_even, rounding::up,
                               rounding::down,    rounding::ceiling,   rounding::floor};

std::string what_of_overflow(auto f) {
    try {
        f();
    } catch (const std::overflow_error& e) {
        return e.what();
    }
    return "no std::overflow_error";
}

std::string what_of_domain(auto f) {
    try {
        f();
    } catch (const std::domain_error& e) {
        return e.what();
    }
    return "no std::domain_error";
}

}  // namespace

TEST_SUITE("amount") {

TEST_CASE("types: amounts and plain numbers never mix; scales mix only explicitly") {
    static_assert(std::is_same_v<wan::rep, std::int64_t> && wan::scale == 4);
    static_assert(std::is_same_v<wan_fen::rep, std::int64_t> && wan_fen::scale == 6);
    static_assert(std::is_same_v<wan_checked::rep, i128c> && wan_checked::scale == 4);
    static_assert(addable<wan, wan> && subtractable<wan, wan> && orderable<wan, wan>);
    static_assert(!addable<wan, decimal> && !addable<decimal, wan>);
    static_assert(!subtractable<wan, decimal>);
    static_assert(!equality_comparable_with_<wan, decimal> && !orderable<wan, decimal>);
    static_assert(!multipliable<wan, wan> && !multipliable<wan, decimal> && !dividable<wan, wan>);
    static_assert(!addable<wan, wan_fen> && !equality_comparable_with_<wan, wan_fen>);
    static_assert(!addable<wan, wan_checked> && !equality_comparable_with_<wan, wan_checked>);
    static_assert(multipliable<wan, int> && multipliable<int, wan> && multipliable<wan, unsigned long long>);
    static_assert(multipliable<wan, short> && dividable<wan, long>);
    static_assert(!multipliable<wan, double> && !multipliable<wan, bool> && !multipliable<wan, char>);
    static_assert(!dividable<wan, double> && !dividable<wan, bool>);
    static_assert(!addable<wan, int> && !addable<wan, double>);
    static_assert(!std::is_convertible_v<wan, wan_fen> && std::is_constructible_v<wan_fen, wan>);
    static_assert(!std::is_constructible_v<wan, wan_fen>);
    static_assert(!std::is_convertible_v<wan, wan_checked> && std::is_constructible_v<wan_checked, wan>);
    static_assert(!std::is_constructible_v<wan, int> && !std::is_constructible_v<wan, double>);
    static_assert(std::is_same_v<decltype(1_wan * 3), wan> && std::is_same_v<decltype(1_wan / 3), wan>);
    static_assert(std::is_same_v<decltype(518.4_wan), wan> && std::is_same_v<decltype(12_yuan), wan>);
    CHECK(wan{}.raw() == 0);
    CHECK(wan_checked{}.raw() == 0);
}

TEST_CASE("literals are exact") {
    CHECK(518.4_wan == wan::parse("518.4"));
    CHECK((518.4_wan).raw() == 5184000);
    CHECK(2568000_yuan == 256.8_wan);
    CHECK(1'000_wan == wan::from_wan(1000));
    CHECK(1'000.000'1_wan == wan::from_raw(10000001));
    CHECK(0.0001_wan == 1_yuan);
    CHECK(922337203685477.5807_wan == wan::max());
    CHECK(9223372036854775807_yuan == wan::max());
    CHECK(12.0000_yuan == 12_yuan);
    CHECK(1.23450000_wan == wan::from_raw(12345));
    CHECK(-518.4_wan == wan::from_raw(-5184000));
}

TEST_CASE("to_string, to_chars, operator<<") {
    CHECK(str(518.4_wan) == "518.4000");
    CHECK(str(-518.4_wan) == "-518.4000");
    CHECK(str(wan{}) == "0.0000");
    CHECK(str(wan::from_raw(1)) == "0.0001");
    CHECK(str(wan::from_raw(-1)) == "-0.0001");
    CHECK(str(wan::max()) == "922337203685477.5807");
    CHECK(str(wan::min()) == "-922337203685477.5808");
    CHECK(str(wan_fen::from_raw(1234)) == "0.001234");
    CHECK(str(wan_fen::max()) == "9223372036854.775807");
    CHECK(str(wan_fen::min()) == "-9223372036854.775808");
    CHECK(str(wan0::from_raw(5)) == "5");
    CHECK(str(wan0::from_raw(-5)) == "-5");
    CHECK(str(wan0{}) == "0");
    CHECK(str(wan2::from_raw(-5)) == "-0.05");
    CHECK(str(wan_checked::from_raw(-12345)) == "-1.2345");
    CHECK(str(wan_checked::max()) == "34028236692093846346337460743176821.1455");
    CHECK(str(wan_checked::min()) == "-34028236692093846346337460743176821.1455");

    std::ostringstream os;
    os << 518.4_wan << ' ' << wan_fen::from_raw(-1) << ' ' << wan0::from_raw(7) << ' ' << wan_checked(1_wan);
    CHECK(os.str() == "518.4000 -0.000001 7 1.0000");
    std::wostringstream wos;
    wos << -1.5_wan;
    CHECK(wos.str() == L"-1.5000");

    char buf[40];
    const auto r = jixiao::to_chars(buf, buf + sizeof buf, wan::min());
    REQUIRE(r.ec == std::errc{});
    CHECK(std::string_view(buf, r.ptr) == "-922337203685477.5808");
    CHECK(jixiao::to_chars(buf, buf + 20, wan::min()).ec == std::errc::value_too_large);  // needs 21
    CHECK(jixiao::to_chars(buf, buf + 21, wan::min()).ec == std::errc{});
    CHECK(jixiao::to_chars(buf, buf + 0, wan{}).ec == std::errc::value_too_large);
    CHECK(jixiao::to_chars(buf, buf + 5, wan{}).ec == std::errc::value_too_large);
    CHECK(jixiao::to_chars(buf, buf + 6, wan{}).ec == std::errc{});
    CHECK(jixiao::to_chars(buf, buf + 1, -1_wan).ec == std::errc::value_too_large);
    CHECK(jixiao::to_chars(buf, buf + 6, -1_wan).ec == std::errc::value_too_large);
    CHECK(jixiao::to_chars(buf, buf + 7, -1_wan).ec == std::errc{});
    const auto rc = jixiao::to_chars(buf, buf + 8, wan_checked(-1_wan));
    REQUIRE(rc.ec == std::errc{});
    CHECK(std::string_view(buf, rc.ptr) == "-1.0000");
    CHECK(jixiao::to_chars(buf, buf + 6, wan_checked(-1_wan)).ec == std::errc::value_too_large);
}

TEST_CASE("accepted text, with and without units (no unit means 万元)") {
    struct row {
        std::string_view text;
        std::int64_t wan_raw;
    };
    const row rows[] = {
        {"0", 0},
        {"-0", 0},
        {"+0", 0},
        {"-0.0000", 0},
        {"-0" YIYUAN, 0},
        {"+0" YUAN, 0},
        {"518.4", 5184000},
        {"+518.4", 5184000},
        {"-518.4", -5184000},
        {"518.4" WANYUAN, 5184000},
        {"1.23450000", 12345},
        {"1.23450000" WANYUAN, 12345},
        {"12" YUAN, 12},
        {"-12" YUAN, -12},
        {"12.0000" YUAN, 12},
        {"2568000" YUAN, 2568000},
        {"1" YIYUAN, 100000000},
        {"1.5" YIYUAN, 150000000},
        {"-1.5" YIYUAN, -150000000},
        {"0.0001" YIYUAN, 10000},
        {"0.00000001" YIYUAN, 1},
        {"0.000000010" YIYUAN, 1},
        {"922337203685477.5807", i64max},
        {"-922337203685477.5808", i64min},
        {"922337203685477.5807" WANYUAN, i64max},
        {"9223372036854775807" YUAN, i64max},
        {"-9223372036854775808" YUAN, i64min},
        {"92233720368.54775807" YIYUAN, i64max},
        {"-92233720368.54775808" YIYUAN, i64min},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        CHECK(wan::parse(r.text).raw() == r.wan_raw);
        wan x = 7_wan;
        const auto res = read(r.text, x);
        CHECK(res.ec == std::errc{});
        CHECK(res.ptr == r.text.data() + r.text.size());
        CHECK(x.raw() == r.wan_raw);
        // The same text in wan_checked.
        CHECK(wan_checked::parse(r.text) == wan_checked(wan::from_raw(r.wan_raw)));
    }
    CHECK(str(wan::parse("-0")) == "0.0000");  // never "-0.0000"
    CHECK(str(wan::parse("-0" YUAN)) == "0.0000");
    CHECK(str(wan::parse("-0.00000000")) == "0.0000");
    CHECK(str(wan_checked::parse("-0")) == "0.0000");
    CHECK(str(wan0::parse("-0")) == "0");

    // 12.34元 does not fit wan (1 元 units) but fits wan_fen (1 分 units).
    CHECK(wan_fen::parse("12.34" YUAN).raw() == 1234);
    CHECK(str(wan_fen::parse("12.34" YUAN)) == "0.001234");
    CHECK(wan_fen::parse("0.01" YUAN).raw() == 1);
    CHECK(wan_fen::parse("12" YUAN).raw() == 1200);
    CHECK(wan_fen::parse("1" YIYUAN).raw() == 10000000000);
    CHECK(wan_fen::parse("518.4").raw() == 518400000);
    // Scale 0 (whole 万元) and Scale 2 (hundreds of 元).
    CHECK(wan0::parse("10000" YUAN).raw() == 1);
    CHECK(wan0::parse("1" YIYUAN).raw() == 10000);
    CHECK(wan2::parse("100" YUAN).raw() == 1);
    CHECK(wan2::parse("-2500" YUAN).raw() == -25);
}

TEST_CASE("rejected text: every kind, with errc, position and reason") {
    struct row {
        std::string_view text;
        std::errc ec;
        std::size_t pos;
        std::string_view reason;
    };
    constexpr std::errc bad = std::errc::invalid_argument;
    constexpr std::errc range = std::errc::result_out_of_range;
    constexpr std::string_view beyond = "a non-zero digit beyond the type's fraction digits (after unit conversion)";
    constexpr std::string_view unknown_unit = "unknown unit; expected 元, 万元 or 亿元";
    constexpr std::string_view wan_alone = "the unit is written 万元 or 亿元, not 万 or 亿 alone";
    const row rows[] = {
        {"", bad, 0, "empty text"},
        {"-", bad, 1, "expected a digit"},
        {"+", bad, 1, "expected a digit"},
        {"--1", bad, 1, "expected a digit"},
        {".", bad, 0, "expected a digit before the decimal point"},
        {".5", bad, 0, "expected a digit before the decimal point"},
        {"+.5", bad, 1, "expected a digit before the decimal point"},
        {"5.", bad, 2, "expected a digit after the decimal point"},
        {"5." YUAN, bad, 2, "expected a digit after the decimal point"},
        {"1e3", bad, 1, "exponents are not accepted"},
        {"1E3", bad, 1, "exponents are not accepted"},
        {"1.5e3", bad, 3, "exponents are not accepted"},
        {"1,000", bad, 1, "thousands separators are not accepted"},
        {"1,000.00", bad, 1, "thousands separators are not accepted"},
        {" 1", bad, 0, "expected a digit"},
        {"1 ", bad, 1, "spaces are not accepted"},
        {"1 000", bad, 1, "spaces are not accepted"},
        {"- 1", bad, 1, "expected a digit"},
        {"5 " YUAN, bad, 1, "spaces are not accepted"},
        {"5" YUAN " ", bad, 4, "spaces are not accepted"},
        {"\xEF\xBC\x91\xEF\xBC\x92", bad, 0, "full-width digits are not accepted; write ASCII 0-9"},  // １２
        {"1\xEF\xBC\x92", bad, 1, "full-width digits are not accepted; write ASCII 0-9"},             // 1２
        {"NaN", bad, 0, "expected a digit"},
        {"nan", bad, 0, "expected a digit"},
        {"inf", bad, 0, "expected a digit"},
        {"-inf", bad, 1, "expected a digit"},
        {"0x10", bad, 1, "unexpected character"},
        {std::string_view("1\0", 2), bad, 1, "unexpected character"},
        {"1.2.3", bad, 3, "a second decimal point"},
        {"5\xE7\xBE\x8E" YUAN, bad, 1, unknown_unit},  // 5美元
        {"5\xE4\xB8\x87", bad, 1, wan_alone},          // 5万 (万 alone is no unit)
        {"5\xE4\xBA\xBF", bad, 1, wan_alone},          // 5亿
        {"5" YUAN YUAN, bad, 4, unknown_unit},
        {YUAN, bad, 0, "expected a digit"},
        {"0.00001", bad, 6, beyond},
        {"1.2345678", bad, 6, beyond},   // the first of the dropped digits 678
        {"12.34" YUAN, bad, 3, beyond},  // the first digit finer than 1 元
        {"0.5" YUAN, bad, 2, beyond},
        {"0.000000001" YIYUAN, bad, 10, beyond},
        {"922337203685477.5808", range, 0, "value out of range"},
        {"-922337203685477.5809", range, 1, "value out of range"},
        {"9223372036854775808" YUAN, range, 0, "value out of range"},
        {"-9223372036854775809" YUAN, range, 1, "value out of range"},
        {"92233720368.54775808" YIYUAN, range, 0, "value out of range"},
        {"1000000000000" YIYUAN, range, 0, "value out of range"},
        {"99999999999999999999999999999", range, 0, "value out of range"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        wan x = 518.4_wan;
        const auto res = read(r.text, x);
        CHECK(res.ec == r.ec);
        CHECK(res.ptr == r.text.data());
        CHECK(x == 518.4_wan);  // untouched
        try {
            (void)wan::parse(r.text);
            FAIL("parse accepted bad text");
        } catch (const jixiao::parse_error& e) {
            CHECK(e.position() == r.pos);
            CHECK(e.reason() == r.reason);
            CHECK(std::string(e.what()) ==
                  "jixiao: parse error at position " + std::to_string(r.pos) + ": " + std::string(r.reason));
        }
    }
    // wan_fen: finer, so 12.34元 fits, but 0.001元 does not; its range is 100 times smaller.
    wan_fen f = wan_fen::from_raw(5);
    CHECK(read("0.001" YUAN, f).ec == std::errc::invalid_argument);
    CHECK(read("9223372036854.775808", f).ec == std::errc::result_out_of_range);
    CHECK(read("922337203685477.5807", f).ec == std::errc::result_out_of_range);  // wan::max() text
    CHECK(f.raw() == 5);
    CHECK_THROWS_AS((void)wan_fen::parse("922337203685477.5807"), jixiao::parse_error);
    // wan_checked: far larger range, still bounded.
    wan_checked c = wan_checked(1_wan);
    CHECK(read("34028236692093846346337460743176821.1456", c).ec == std::errc::result_out_of_range);
    CHECK(read("-34028236692093846346337460743176821.1456", c).ec == std::errc::result_out_of_range);
    CHECK(read("1e3", c).ec == std::errc::invalid_argument);
    CHECK(read("12.34" YUAN, c).ec == std::errc::invalid_argument);
    CHECK(c == wan_checked(1_wan));
    CHECK(wan_checked::parse("34028236692093846346337460743176821.1455") == wan_checked::max());
    CHECK(wan_checked::parse("-34028236692093846346337460743176821.1455") == wan_checked::min());
    CHECK_THROWS_AS((void)wan_checked::parse("1,000"), jixiao::parse_error);
    // Scale 0: 5000元 is half a unit.
    wan0 z;
    CHECK(read("5000" YUAN, z).ec == std::errc::invalid_argument);
    CHECK(read("0.5", z).ec == std::errc::invalid_argument);
}

TEST_CASE("range edges format and parse back") {
    CHECK(wan::parse(str(wan::max())) == wan::max());
    CHECK(wan::parse(str(wan::min())) == wan::min());
    CHECK(wan_fen::parse(str(wan_fen::max())) == wan_fen::max());
    CHECK(wan_fen::parse(str(wan_fen::min())) == wan_fen::min());
    CHECK(wan0::parse(str(wan0::min())) == wan0::min());
    CHECK(wan_checked::parse(str(wan_checked::max())) == wan_checked::max());
    CHECK(wan_checked::parse(str(wan_checked::min())) == wan_checked::min());
    CHECK(wan::max().raw() == i64max);
    CHECK(wan::min().raw() == i64min);
}

TEST_CASE("property: parse(to_string(x)) == x, int64 and checked 128-bit") {
    std::uint64_t state = 12345;
    auto next = [&state] {
        state = state * 6364136223846793005u + 1442695040888963407u;
        return state;
    };
    auto roundtrip = [](auto x) {
        using T = decltype(x);
        const std::string s = jixiao::to_string(x);
        CAPTURE(s);
        CHECK(T::parse(s) == x);
        T y;
        const auto r = jixiao::from_chars(s.data(), s.data() + s.size(), y);
        CHECK(r.ec == std::errc{});
        CHECK(y == x);
    };
    const std::int64_t edges[] = {0, 1, -1, 9999, -9999, 10000, -10000, i64max, i64min, i64max - 1, i64min + 1};
    for (std::int64_t e : edges) {
        roundtrip(wan::from_raw(e));
        roundtrip(wan_fen::from_raw(e));
        roundtrip(wan0::from_raw(e));
        roundtrip(wan_checked::from_raw(e));
    }
    roundtrip(wan_checked::max());
    roundtrip(wan_checked::min());
    roundtrip(wan_checked::max() - wan_checked::from_raw(1));
    for (int i = 0; i < 20000; ++i) {
        const auto bits = static_cast<int>(next() % 64);
        const auto v = static_cast<std::int64_t>(next()) >> bits;
        roundtrip(wan::from_raw(v));
        roundtrip(wan_fen::from_raw(v));
        roundtrip(wan2::from_raw(v));
        if (i % 4 == 0) {
            // Any 128-bit magnitude: a signed high half and an unsigned low half.
            const auto hi = static_cast<std::int64_t>(next()) >> bits;
            const std::uint64_t lo = next();
            const i128c raw = i128c(hi) * (i128c(1) << 64) + i128c(lo);
            roundtrip(wan_checked::from_raw(raw));
        }
    }
}

TEST_CASE("comparison and <=>") {
    static_assert(std::is_same_v<decltype(1_wan <=> 2_wan), std::strong_ordering>);
    static_assert(std::is_same_v<decltype(wan_checked{} <=> wan_checked{}), std::strong_ordering>);
    CHECK((1_wan <=> 2_wan) == std::strong_ordering::less);
    CHECK((2_wan <=> 1_wan) == std::strong_ordering::greater);
    CHECK((1_wan <=> 10000_yuan) == std::strong_ordering::equal);
    CHECK(-1_wan < 0_wan);
    CHECK(wan::min() < wan::max());
    CHECK(1_wan <= 1_wan);
    CHECK(1_wan >= 1_wan);
    CHECK(1_wan != 1.0001_wan);
    const auto cmin = wan_checked::min(), cmax = wan_checked::max(), one = wan_checked(1_wan);
    CHECK((cmin <=> cmax) == std::strong_ordering::less);
    CHECK((cmax <=> one) == std::strong_ordering::greater);
    CHECK((one <=> wan_checked(10000_yuan)) == std::strong_ordering::equal);
    CHECK(-one < wan_checked{});
}

TEST_CASE("arithmetic: exact results") {
    CHECK(518.4_wan + 1.6_wan == 520_wan);
    CHECK(518.4_wan - 520_wan == -1.6_wan);
    CHECK(-(518.4_wan) == wan::from_raw(-5184000));
    CHECK(+(518.4_wan) == 518.4_wan);
    CHECK(abs(-518.4_wan) == 518.4_wan);
    CHECK(abs(518.4_wan) == 518.4_wan);
    CHECK(abs(wan::max()) == wan::max());
    CHECK(abs(wan::min() + 1_yuan) == wan::max());
    CHECK(-wan::max() == wan::min() + 1_yuan);
    CHECK(518.4_wan * 2 == 1036.8_wan);
    CHECK(2 * 518.4_wan == 1036.8_wan);
    CHECK(518.4_wan * -1 == -518.4_wan);
    CHECK(518.4_wan * 0 == wan{});
    CHECK(518.4_wan * 2u == 1036.8_wan);
    CHECK(518.4_wan * std::uint64_t{3} == 1555.2_wan);
    CHECK(1036.8_wan / 2 == 518.4_wan);
    CHECK(1036.8_wan / -2 == -518.4_wan);
    CHECK(-1036.8_wan / 2u == -518.4_wan);
    CHECK(1_yuan * 10000 / 10000 == 1_yuan);
    CHECK(wan::min() / 2 == wan::from_raw(i64min / 2));
    CHECK(wan::min() / std::uint64_t{1} == wan::min());
    wan a = 100_wan;
    a += 5.5_wan;
    CHECK(a == 105.5_wan);
    a -= 0.5_wan;
    CHECK(a == 105_wan);
    a *= 3;
    CHECK(a == 315_wan);
    // Every operation on wan_fen, wan_checked and wan0 too.
    CHECK(wan_fen::parse("0.01") + wan_fen::parse("0.000001") == wan_fen::from_raw(10001));
    CHECK(wan_checked(518.4_wan) * 2 == wan_checked(1036.8_wan));
    CHECK(wan_checked(1036.8_wan) / 2 == wan_checked(518.4_wan));
    CHECK(abs(wan_checked(-1_wan)) == wan_checked(1_wan));
    CHECK(wan0::from_raw(3) * 4 == wan0::from_raw(12));
}

TEST_CASE("division: exact only, otherwise a rounding mode; by zero is a domain_error") {
    CHECK_THROWS_AS((void)(1_wan / 3), std::domain_error);
    CHECK(what_of_domain([] { (void)(1_wan / 3); }) == "jixiao: inexact division; pass a jixiao::rounding mode");
    CHECK(what_of_domain([] { (void)(1_yuan / 2); }) == "jixiao: inexact division; pass a jixiao::rounding mode");
    CHECK_THROWS_AS((void)(1_wan / 0), std::domain_error);
    CHECK(what_of_domain([] { (void)(1_wan / 0); }) == "jixiao: division by zero");
    CHECK(what_of_domain([] { (void)(wan{} / 0u); }) == "jixiao: division by zero");
    CHECK(what_of_domain([] { (void)divide(1_wan, 0, rounding::half_up); }) == "jixiao: division by zero");
    CHECK_THROWS_AS((void)(wan_checked(1_wan) / 0), std::domain_error);
    CHECK_THROWS_AS((void)(wan_checked(1_wan) / 3), std::domain_error);
    CHECK(divide(1_wan, 3, rounding::half_up) == 0.3333_wan);
    CHECK(divide(2_wan, 3, rounding::half_up) == 0.6667_wan);
    CHECK(divide(2_wan, 3, rounding::down) == 0.6666_wan);
    CHECK(divide(-2_wan, 3, rounding::floor) == -0.6667_wan);
    CHECK(divide(-2_wan, 3, rounding::ceiling) == -0.6666_wan);
    CHECK(divide(-2_wan, -3, rounding::floor) == 0.6666_wan);
    CHECK(divide(1_yuan, 2, rounding::half_even) == wan{});
    CHECK(divide(3_yuan, 2, rounding::half_even) == 2_yuan);
    CHECK(divide(1_wan, 4, rounding::up) == 0.25_wan);  // exact stays exact
    CHECK(divide(wan_checked(2_wan), 3, rounding::half_up) == wan_checked(0.6667_wan));
    // Every mode: raw 25 / 10 (a tie), 24 / 10, 26 / 10, and their negatives.
    struct row {
        std::int64_t raw;
        std::array<std::int64_t, 7> out;  // half_up, half_down, half_even, up, down, ceiling, floor
    };
    const row rows[] = {
        {25, {{3, 2, 2, 3, 2, 3, 2}}},         {24, {{2, 2, 2, 3, 2, 3, 2}}},
        {26, {{3, 3, 3, 3, 2, 3, 2}}},         {35, {{4, 3, 4, 4, 3, 4, 3}}},
        {-25, {{-3, -2, -2, -3, -2, -2, -3}}}, {-24, {{-2, -2, -2, -3, -2, -2, -3}}},
        {-26, {{-3, -3, -3, -3, -2, -2, -3}}}, {-35, {{-4, -3, -4, -4, -3, -3, -4}}},
    };
    for (const auto& r : rows) {
        for (std::size_t m = 0; m < all_modes.size(); ++m) {
            CAPTURE(r.raw);
            CAPTURE(m);
            CHECK(divide(wan::from_raw(r.raw), 10, all_modes[m]).raw() == r.out[m]);
            CHECK(divide(wan_checked::from_raw(r.raw), 10, all_modes[m]).raw() == r.out[m]);
        }
    }
}

TEST_CASE("overflow in every operation is a std::overflow_error naming it") {
    const wan one = wan::from_raw(1);
    CHECK(what_of_overflow([&] { (void)(wan::max() + one); }) == "jixiao: overflow in addition");
    CHECK(what_of_overflow([&] { (void)(wan::min() + -one); }) == "jixiao: overflow in addition");
    CHECK(what_of_overflow([&] { (void)(wan::min() - one); }) == "jixiao: overflow in subtraction");
    CHECK(what_of_overflow([&] { (void)(wan::max() - -one); }) == "jixiao: overflow in subtraction");
    CHECK(what_of_overflow([&] { (void)(wan{} - wan::min()); }) == "jixiao: overflow in subtraction");
    CHECK(what_of_overflow([&] {
              wan a = wan::max();
              a += one;
          }) == "jixiao: overflow in addition");
    CHECK(what_of_overflow([&] {
              wan a = wan::min();
              a -= one;
          }) == "jixiao: overflow in subtraction");
    CHECK(what_of_overflow([] { (void)(-wan::min()); }) == "jixiao: overflow in negation");
    CHECK(what_of_overflow([] { (void)abs(wan::min()); }) == "jixiao: overflow in negation");
    CHECK(what_of_overflow([] { (void)(wan::max() * 2); }) == "jixiao: overflow in multiplication");
    CHECK(what_of_overflow([] { (void)(2 * wan::max()); }) == "jixiao: overflow in multiplication");
    CHECK(what_of_overflow([] { (void)(wan::min() * -1); }) == "jixiao: overflow in multiplication");
    CHECK(what_of_overflow([] { (void)(1_yuan * std::numeric_limits<std::uint64_t>::max()); }) ==
          "jixiao: overflow in multiplication");
    CHECK(what_of_overflow([] {
              wan a = wan::max();
              a *= 2;
          }) == "jixiao: overflow in multiplication");
    CHECK_THROWS_AS((void)(wan::min() / -1), std::overflow_error);
    CHECK_THROWS_AS((void)divide(wan::min(), -1, rounding::half_up), std::overflow_error);
    // Widening conversion of a value the wider type cannot hold.
    CHECK(what_of_overflow([] { (void)wan_fen(wan::max()); }) == "jixiao: value out of range of the target type");
    CHECK_THROWS_AS((void)wan_fen(wan::from_raw(i64max / 100 + 1)), std::overflow_error);
    CHECK(wan_fen(wan::from_raw(i64max / 100)).raw() == i64max / 100 * 100);
    CHECK_THROWS_AS((void)wan_fen(wan::min()), std::overflow_error);
    // from_yuan / from_wan / from_yi beyond the range.
    CHECK_THROWS_AS((void)wan_fen::from_yuan(i64max), std::overflow_error);
    CHECK_THROWS_AS((void)wan_fen::from_yuan(i64max / 100 + 1), std::overflow_error);
    CHECK(wan_fen::from_yuan(i64max / 100).raw() == i64max / 100 * 100);
    CHECK_THROWS_AS((void)wan::from_yi(1'000'000'000'000LL), std::overflow_error);
    CHECK_THROWS_AS((void)wan::from_yi(92'233'720'369LL), std::overflow_error);
    CHECK(wan::from_yi(92'233'720'368LL).raw() == 9'223'372'036'800'000'000LL);
    CHECK_THROWS_AS((void)wan::from_wan(922'337'203'685'478LL), std::overflow_error);
    CHECK_THROWS_AS((void)wan::from_yuan(std::numeric_limits<std::uint64_t>::max()), std::overflow_error);
    // wan_checked: the same checks at 128 bits.
    const wan_checked cone = wan_checked::from_raw(1);
    CHECK(what_of_overflow([&] { (void)(wan_checked::max() + cone); }) == "jixiao: overflow in addition");
    CHECK(what_of_overflow([&] { (void)(wan_checked::min() - cone); }) == "jixiao: overflow in subtraction");
    CHECK(what_of_overflow([] { (void)(wan_checked::max() * 2); }) == "jixiao: overflow in multiplication");
    CHECK_THROWS_AS((void)(wan_checked::from_yi(i64max) * i64max), std::overflow_error);
}

TEST_CASE("sum: exact, overflow only when the true total leaves the range") {
    const wan one = wan::from_raw(1);
    // A vector (contiguous path) and a list / deque (the element-by-element path) give the same answers.
    auto check_all = [](std::initializer_list<wan> values, bool throws, wan expected) {
        const std::vector<wan> v(values);
        const std::list<wan> l(values);
        const std::deque<wan> d(values);
        if (throws) {
            CHECK_THROWS_AS((void)jixiao::sum(v), std::overflow_error);
            CHECK_THROWS_AS((void)jixiao::sum(l), std::overflow_error);
            CHECK_THROWS_AS((void)jixiao::sum(d), std::overflow_error);
            CHECK(what_of_overflow([&] { (void)jixiao::sum(v); }) == "jixiao: overflow in sum");
            CHECK(what_of_overflow([&] { (void)jixiao::sum(l); }) == "jixiao: overflow in sum");
        } else {
            CHECK(jixiao::sum(v) == expected);
            CHECK(jixiao::sum(l) == expected);
            CHECK(jixiao::sum(d) == expected);
            CHECK(jixiao::sum(v.begin(), v.end()) == expected);
            CHECK(jixiao::sum(l.begin(), l.end()) == expected);
        }
    };
    check_all({}, false, wan{});
    check_all({518.4_wan}, false, 518.4_wan);
    check_all({518.4_wan, -18.4_wan, 1_yuan}, false, 500.0001_wan);
    check_all({wan::max(), one, -one}, false, wan::max());
    check_all({wan::max(), one}, true, wan{});
    check_all({wan::min(), -one}, true, wan{});
    check_all({wan::min(), -one, one}, false, wan::min());
    check_all({wan::max(), wan::max(), wan::min(), wan::min()}, false, -one - one);
    check_all({wan::max(), wan::max(), wan::min()}, false, wan::max() - one);
    check_all({wan::max(), wan::max(), -wan::max()}, false, wan::max());
    check_all({wan::min(), wan::min(), wan::max(), one}, false, wan::min());
    check_all({wan::min(), wan::min(), wan::max()}, true, wan{});
    check_all({wan::max(), wan::max(), wan::min(), one, one}, true, wan{});

    // Many values near the edges, against a 128-bit reference.
    std::uint64_t state = 99;
    std::vector<wan> v;
    i128 reference = 0;
    for (int i = 0; i < 10000; ++i) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        const auto raw = static_cast<std::int64_t>(state);
        v.push_back(wan::from_raw(raw));
        reference += raw;
    }
    const std::list<wan> l(v.begin(), v.end());
    const bool fits = reference >= i64min && reference <= i64max;
    if (fits) {
        CHECK(jixiao::sum(v).raw() == static_cast<std::int64_t>(reference));
        CHECK(jixiao::sum(l).raw() == static_cast<std::int64_t>(reference));
    } else {
        CHECK_THROWS_AS((void)jixiao::sum(v), std::overflow_error);
        CHECK_THROWS_AS((void)jixiao::sum(l), std::overflow_error);
    }
    // Cancel the total exactly to max, then one more unit.
    const i128 to_max = i128{i64max} - reference;
    std::vector<wan> w = v;
    for (i128 rest = to_max; rest != 0;) {
        const i128 step = rest > i64max ? i128{i64max} : rest < i64min ? i128{i64min} : rest;
        w.push_back(wan::from_raw(static_cast<std::int64_t>(step)));
        rest -= step;
    }
    CHECK(jixiao::sum(w) == wan::max());
    CHECK(jixiao::sum(std::list<wan>(w.begin(), w.end())) == wan::max());
    w.push_back(one);
    CHECK_THROWS_AS((void)jixiao::sum(w), std::overflow_error);
    CHECK_THROWS_AS((void)jixiao::sum(std::list<wan>(w.begin(), w.end())), std::overflow_error);

    // Other ranges and types.
    const wan arr[] = {1_wan, 2_wan, 3.5_wan};
    CHECK(jixiao::sum(arr) == 6.5_wan);
    CHECK(jixiao::sum(std::array<wan_fen, 2>{wan_fen::from_raw(1), wan_fen::from_raw(2)}) == wan_fen::from_raw(3));
    CHECK(jixiao::sum(std::vector<wan_checked>{wan_checked::max(), wan_checked::min()}) == wan_checked{});
    CHECK_THROWS_AS((void)jixiao::sum(std::vector<wan_checked>{wan_checked::max(), wan_checked::from_raw(1)}),
                    std::overflow_error);
}

// For a Rep other than int64 (wan_checked), sum() adds in the wide type: an intermediate excursion beyond
// the range is harmless, only the true total is checked.
TEST_CASE("sum of wan_checked: an intermediate excursion is harmless") {
    const auto one = wan_checked::from_raw(1);
    CHECK_NOTHROW((void)jixiao::sum(std::vector<wan_checked>{wan_checked::max(), one, -one}));
    CHECK_NOTHROW((void)jixiao::sum(std::list<wan_checked>{wan_checked::max(), one, -one}));
}

TEST_CASE("rescale: every rounding mode on amounts, 元 to 万元") {
    struct row {
        std::string_view in;                  // a wan
        std::array<std::string_view, 7> out;  // as wan0: half_up, half_down, half_even, up, down, ceiling, floor
    };
    const row rows[] = {
        // clang-format off
        {"2.5",     {{"3",  "2",  "2",  "3",  "2",  "3",  "2"}}},
        {"2.4999",  {{"2",  "2",  "2",  "3",  "2",  "3",  "2"}}},
        {"2.5001",  {{"3",  "3",  "3",  "3",  "2",  "3",  "2"}}},
        {"3.5",     {{"4",  "3",  "4",  "4",  "3",  "4",  "3"}}},
        {"3.4999",  {{"3",  "3",  "3",  "4",  "3",  "4",  "3"}}},
        {"3.5001",  {{"4",  "4",  "4",  "4",  "3",  "4",  "3"}}},
        {"0.0001",  {{"0",  "0",  "0",  "1",  "0",  "1",  "0"}}},
        {"7",       {{"7",  "7",  "7",  "7",  "7",  "7",  "7"}}},
        {"-2.5",    {{"-3", "-2", "-2", "-3", "-2", "-2", "-3"}}},
        {"-2.4999", {{"-2", "-2", "-2", "-3", "-2", "-2", "-3"}}},
        {"-2.5001", {{"-3", "-3", "-3", "-3", "-2", "-2", "-3"}}},
        {"-3.5",    {{"-4", "-3", "-4", "-4", "-3", "-3", "-4"}}},
        {"-3.4999", {{"-3", "-3", "-3", "-4", "-3", "-3", "-4"}}},
        {"-3.5001", {{"-4", "-4", "-4", "-4", "-3", "-3", "-4"}}},
        {"-0.0001", {{"0",  "0",  "0",  "-1", "0",  "0",  "-1"}}},
        {"-7",      {{"-7", "-7", "-7", "-7", "-7", "-7", "-7"}}},
        // clang-format on
    };
    for (const auto& r : rows) {
        for (std::size_t m = 0; m < all_modes.size(); ++m) {
            CAPTURE(r.in);
            CAPTURE(m);
            const auto y = jixiao::rescale<0>(wan::parse(r.in), all_modes[m]);
            static_assert(std::is_same_v<std::remove_cv_t<decltype(y)>, wan0>);
            CHECK(str(y) == r.out[m]);
            const auto yc = jixiao::rescale<0>(wan_checked::parse(r.in), all_modes[m]);
            CHECK(str(yc) == r.out[m]);
            // The same rounding through to_wan(mode).
            CHECK(std::to_string(wan::parse(r.in).to_wan(all_modes[m])) == r.out[m]);
        }
    }
    // wan_fen to wan (分 to 元): ties at 0.5 元.
    CHECK(jixiao::rescale<4>(wan_fen::parse("0.000050"), rounding::half_even) == wan{});
    CHECK(jixiao::rescale<4>(wan_fen::parse("0.000150"), rounding::half_even) == 2_yuan);
    CHECK(jixiao::rescale<4>(wan_fen::parse("-0.000150"), rounding::half_down) == -1_yuan);
    CHECK(jixiao::rescale<4>(wan_fen::parse("-0.000151"), rounding::half_down) == -2_yuan);
    // Widening is exact and may overflow.
    CHECK(jixiao::rescale<6>(518.4_wan, rounding::down) == wan_fen::parse("518.4"));
    CHECK(jixiao::rescale<6>(518.4_wan, rounding::up) == wan_fen(518.4_wan));
    CHECK(jixiao::rescale<4>(518.4_wan, rounding::up) == 518.4_wan);
    CHECK_THROWS_AS((void)jixiao::rescale<6>(wan::max(), rounding::down), std::overflow_error);
    CHECK(jixiao::rescale<8>(wan_checked(wan::max()), rounding::down).raw() == i128c(i64max) * 10000);
    CHECK_THROWS_AS((void)jixiao::rescale<8>(wan_checked::max(), rounding::down), std::overflow_error);
}

TEST_CASE("conversions: 元, 万元, 亿元 in and out, exact or an error") {
    CHECK(wan::from_yuan(2568000) == 256.8_wan);
    CHECK(wan::from_yuan(-1) == -1_yuan);
    CHECK(wan::from_wan(518) == 518_wan);
    CHECK(wan::from_yi(3) == 30000_wan);
    CHECK(wan::from_yi(-3) == -30000_wan);
    CHECK(wan_fen::from_yuan(12) == wan_fen::parse("0.0012"));
    CHECK(wan_fen::from_yi(1).raw() == 10000000000);
    CHECK(wan0::from_yi(2).raw() == 20000);
    CHECK(wan2::from_yuan(300).raw() == 3);
    CHECK(what_of_domain([] { (void)wan2::from_yuan(350); }) ==
          "jixiao: inexact conversion; pass a jixiao::rounding mode");
    CHECK_THROWS_AS((void)wan0::from_yuan(1), std::domain_error);

    CHECK((256.8_wan).to_yuan() == 2568000);
    CHECK((-1_yuan).to_yuan() == -1);
    CHECK(wan::max().to_yuan() == i64max);
    CHECK((518_wan).to_wan() == 518);
    CHECK((30000_wan).to_yi() == 3);
    CHECK(wan_fen::parse("0.0012").to_yuan() == 12);
    CHECK(wan_fen::from_yi(5).to_yi() == 5);

    // Inexact conversions need a rounding mode.
    const wan_fen with_fen = wan_fen::parse("1.234567");  // 12345.67 元
    CHECK(what_of_domain([&] { (void)with_fen.to_yuan(); }) ==
          "jixiao: inexact conversion; pass a jixiao::rounding mode");
    CHECK(with_fen.to_yuan(rounding::half_up) == 12346);
    CHECK(with_fen.to_yuan(rounding::down) == 12345);
    CHECK((-with_fen).to_yuan(rounding::floor) == -12346);
    CHECK((-with_fen).to_yuan(rounding::ceiling) == -12345);
    CHECK(wan_fen::parse("0.00005").to_yuan(rounding::half_even) == 0);  // 0.5 元
    CHECK(wan_fen::parse("0.00015").to_yuan(rounding::half_even) == 2);  // 1.5 元
    CHECK(wan_fen::parse("0.00005").to_yuan(rounding::half_up) == 1);
    CHECK(wan_fen::parse("0.00005").to_yuan(rounding::half_down) == 0);
    CHECK_THROWS_AS((void)(518.4_wan).to_wan(), std::domain_error);
    CHECK((518.4_wan).to_wan(rounding::half_up) == 518);
    CHECK((518.5_wan).to_wan(rounding::half_even) == 518);
    CHECK_THROWS_AS((void)(15000_wan).to_yi(), std::domain_error);
    CHECK((15000_wan).to_yi(rounding::half_even) == 2);
    CHECK((25000_wan).to_yi(rounding::half_even) == 2);
    CHECK((25000_wan).to_yi(rounding::half_up) == 3);
    CHECK((-25000_wan).to_yi(rounding::half_up) == -3);
    CHECK((25000_wan).to_yi(rounding::floor) == 2);
    // 元 out of a coarser type: exact multiplication, and overflow when it does not fit.
    CHECK(wan0::from_raw(3).to_yuan() == 30000);
    CHECK(wan0::from_raw(3).to_yuan(rounding::up) == 30000);
    CHECK_THROWS_AS((void)wan0::max().to_yuan(), std::overflow_error);
    CHECK_THROWS_AS((void)wan0::max().to_yuan(rounding::up), std::overflow_error);
    // wan_checked holds what wan cannot.
    CHECK(wan_checked::from_yi(i64max).to_yi() == i128c(i64max));
    CHECK(wan_checked::from_yuan(7).to_yuan() == 7);
    CHECK(str(wan_checked::from_yi(i64max)) == "92233720368547758070000.0000");
}

TEST_CASE("explicit widening: wan to wan_fen, wan to wan_checked") {
    CHECK(wan_fen(518.4_wan).raw() == 518400000);
    CHECK(wan_fen(-1_yuan).raw() == -100);
    CHECK(wan_fen(wan{}) == wan_fen{});
    CHECK(wan_checked(wan::max()).raw() == i128c(i64max));
    CHECK(wan_checked(wan::min()).raw() == i128c(i64min));
    CHECK(str(wan_checked(wan::min())) == "-922337203685477.5808");
    CHECK(wan_checked(wan::max()) + wan_checked(1_yuan) == wan_checked::parse("922337203685477.5808"));
    CHECK(wan(wan0::from_raw(5)) == 5_wan);
}

TEST_CASE("ratio of two amounts and amount times a decimal") {
    CHECK(jixiao::ratio(1_wan, 3_wan, rounding::half_up) == decimal::parse("0.333333"));
    CHECK(jixiao::ratio(2_wan, 3_wan, rounding::half_up) == decimal::parse("0.666667"));
    CHECK(jixiao::ratio(2_wan, 3_wan, rounding::down) == decimal::parse("0.666666"));
    CHECK(jixiao::ratio(-2_wan, 3_wan, rounding::floor) == decimal::parse("-0.666667"));
    CHECK(jixiao::ratio(518.4_wan, 480_wan, rounding::half_even) == decimal::parse("1.08"));
    CHECK(str(jixiao::ratio<2>(1_wan, 8_wan, rounding::half_even)) == "0.12");
    CHECK(str(jixiao::ratio<2>(3_wan, 8_wan, rounding::half_even)) == "0.38");
    CHECK(jixiao::ratio(wan::max(), wan::max(), rounding::up) == decimal(1));  // wide intermediate
    CHECK(jixiao::ratio(wan::min(), wan::max(), rounding::half_up) == decimal(-1));
    CHECK_THROWS_AS((void)jixiao::ratio(1_wan, wan{}, rounding::up), std::domain_error);
    CHECK_THROWS_AS((void)jixiao::ratio(wan::max(), 1_yuan, rounding::up), std::overflow_error);
    CHECK(str(jixiao::ratio(wan_checked(2_wan), wan_checked(3_wan), rounding::half_up)) == "0.666667");

    CHECK(jixiao::multiply(518.4_wan, decimal::parse("0.333333"), rounding::half_up) == 172.7998_wan);
    CHECK(jixiao::multiply(518.4_wan, decimal::parse("0.333333"), rounding::up) == 172.7999_wan);
    CHECK(jixiao::multiply(100_wan, decimal::parse("1.05"), rounding::down) == 105_wan);
    CHECK(jixiao::multiply(1_yuan, decimal::parse("0.5"), rounding::half_even) == wan{});
    CHECK(jixiao::multiply(3_yuan, decimal::parse("0.5"), rounding::half_even) == 2_yuan);
    CHECK(jixiao::multiply(-3_yuan, decimal::parse("0.5"), rounding::half_up) == -2_yuan);
    CHECK(jixiao::multiply(-3_yuan, decimal::parse("0.5"), rounding::ceiling) == -1_yuan);
    CHECK(jixiao::multiply(wan::max(), decimal(1), rounding::up) == wan::max());  // wide intermediate
    CHECK(jixiao::multiply(wan::max(), decimal::parse("0.5"), rounding::down) == wan::from_raw(i64max / 2));
    CHECK_THROWS_AS((void)jixiao::multiply(wan::max(), decimal(2), rounding::up), std::overflow_error);
    CHECK(jixiao::multiply(wan_checked(518.4_wan), jixiao::decimal_checked(2), rounding::up) ==
          wan_checked(1036.8_wan));
}

TEST_CASE("wan_checked in constant expressions") {
    constexpr wan_checked a = wan_checked::parse("518.4");
    constexpr wan_checked b = wan_checked(1.6_wan);
    static_assert(a + b == wan_checked(520_wan));
    static_assert(a - b == wan_checked(516.8_wan));
    static_assert(a * 2 == wan_checked(1036.8_wan) && 2 * a == a * 2);
    static_assert(a / 2 == wan_checked(259.2_wan));
    static_assert(-a < b && abs(-a) == a);
    static_assert((a <=> b) > 0);
    static_assert(divide(a, 7, rounding::half_up) == wan_checked(74.0571_wan));
    static_assert(jixiao::rescale<0>(a, rounding::half_even).raw() == 518);
    static_assert(wan_checked::from_yi(1).to_yuan() == 100000000);
    static_assert(wan_checked::max() > wan_checked(wan::max()));
    constexpr auto c = [] {
        wan_checked x = wan_checked(wan::max());
        x += wan_checked(wan::max());
        x -= wan_checked(1_yuan);
        return x;
    }();
    static_assert(c.raw() == i128c(i64max) * 2 - 1);
    CHECK(str(c) == "1844674407370955.1613");
}

}  // TEST_SUITE

// A macro outlives the namespace: undefined here, as a unity build compiles other test files after this one.
#undef YUAN
#undef WANYUAN
#undef YIYUAN

}  // namespace amount_test
