// Unit tests of basic_decimal: text in and out, the grammar, arithmetic, rescale and the rounding modes.
// The amount-specific parts (units, 元 / 亿元 conversions, sum overflow, wan_checked) are in amount_test.cpp.
#include <doctest/doctest.h>

#include <jixiao/charconv.hpp>
#include <jixiao/decimal.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

namespace decimal_test {

namespace {

using jixiao::decimal;
using jixiao::rounding;
using dec0 = jixiao::basic_decimal<std::int64_t, 0>;
using dec1 = jixiao::basic_decimal<std::int64_t, 1>;
using dec2 = jixiao::basic_decimal<std::int64_t, 2>;
using dec4 = jixiao::basic_decimal<std::int64_t, 4>;
using dec32 = jixiao::basic_decimal<std::int32_t, 2>;

constexpr std::int64_t i64max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64min = std::numeric_limits<std::int64_t>::min();

template <class T>
std::string str(const T& x) {
    return jixiao::to_string(x);
}

/// from_chars on the whole of s; x keeps its old value on failure.
template <class T>
std::from_chars_result read(std::string_view s, T& x) {
    return jixiao::from_chars(s.data(), s.data() + s.size(), x);
}

constexpr std::array all_modes{rounding::half_up, rounding::half_down, rounding::half_even, rounding::up,
                               rounding::down,    rounding::ceiling,   rounding::floor};

}  // namespace

TEST_SUITE("decimal") {

TEST_CASE("a default decimal is zero and prints all its fraction digits") {
    CHECK(decimal{}.raw() == 0);
    CHECK(str(decimal{}) == "0.000000");
    CHECK(str(dec0{}) == "0");
    CHECK(str(dec4{}) == "0.0000");
    CHECK(decimal::scale == 6);
    CHECK(std::is_same_v<decimal::rep, std::int64_t>);
}

TEST_CASE("an integer constructs a decimal exactly, or throws when it does not fit") {
    CHECK(str(decimal(5)) == "5.000000");
    CHECK(str(decimal(-5)) == "-5.000000");
    CHECK(str(decimal(0)) == "0.000000");
    CHECK(str(dec0(i64max)) == "9223372036854775807");
    CHECK(str(decimal(9'223'372'036'854LL)) == "9223372036854.000000");
    CHECK_THROWS_AS((void)decimal(9'223'372'036'855LL), std::overflow_error);
    CHECK_THROWS_AS((void)decimal(i64max), std::overflow_error);
    CHECK_THROWS_AS((void)decimal(i64min), std::overflow_error);
    CHECK_THROWS_AS((void)decimal(std::numeric_limits<std::uint64_t>::max()), std::overflow_error);
    static_assert(!std::is_convertible_v<int, decimal>, "an integer becomes a decimal only explicitly");
}

TEST_CASE("to_string, to_chars and operator<< write exactly Scale fraction digits") {
    CHECK(str(decimal::parse("3.14")) == "3.140000");
    CHECK(str(decimal::parse("-3.14")) == "-3.140000");
    CHECK(str(decimal::from_raw(1)) == "0.000001");
    CHECK(str(decimal::from_raw(-1)) == "-0.000001");
    CHECK(str(decimal::from_raw(-999999)) == "-0.999999");
    CHECK(str(decimal::from_raw(1000000)) == "1.000000");
    CHECK(str(decimal::max()) == "9223372036854.775807");
    CHECK(str(decimal::min()) == "-9223372036854.775808");
    CHECK(str(dec1::from_raw(-5)) == "-0.5");
    CHECK(str(dec32::max()) == "21474836.47");
    CHECK(str(dec32::min()) == "-21474836.48");

    std::ostringstream os;
    os << decimal::parse("2.5") << '|' << dec0::from_raw(-7) << '|' << decimal{};
    CHECK(os.str() == "2.500000|-7|0.000000");
    std::wostringstream wos;
    wos << decimal::parse("-0.25");
    CHECK(wos.str() == L"-0.250000");
}

TEST_CASE("Scale 0: no decimal point, in and out") {
    CHECK(str(dec0::from_raw(123)) == "123");
    CHECK(str(dec0::from_raw(-5)) == "-5");
    CHECK(str(dec0::min()) == "-9223372036854775808");
    CHECK(str(dec0::max()) == "9223372036854775807");
    CHECK(dec0::parse("123").raw() == 123);
    CHECK(dec0::parse("123.000").raw() == 123);
    CHECK(dec0::parse("-9223372036854775808").raw() == i64min);
    CHECK(dec0::parse("9223372036854775807").raw() == i64max);
    CHECK_THROWS_AS((void)dec0::parse("123.5"), jixiao::parse_error);
    dec0 x = dec0::from_raw(42);
    CHECK(read("9223372036854775808", x).ec == std::errc::result_out_of_range);
    CHECK(read("-9223372036854775809", x).ec == std::errc::result_out_of_range);
    CHECK(x.raw() == 42);
    std::ostringstream os;
    os << dec0::from_raw(-12);
    CHECK(os.str() == "-12");
}

TEST_CASE("to_chars needs room for every character; too small is value_too_large") {
    const decimal x = decimal::parse("-1.5");  // "-1.500000": 9 characters
    char buf[16];
    for (std::size_t n = 0; n < 9; ++n) {
        const auto r = jixiao::to_chars(buf, buf + n, x);
        CHECK(r.ec == std::errc::value_too_large);
        CHECK(r.ptr == buf + n);
    }
    const auto r = jixiao::to_chars(buf, buf + 9, x);
    REQUIRE(r.ec == std::errc{});
    CHECK(r.ptr == buf + 9);
    CHECK(std::string_view(buf, 9) == "-1.500000");

    const auto r0 = jixiao::to_chars(buf, buf + 3, dec0::from_raw(-12));
    REQUIRE(r0.ec == std::errc{});
    CHECK(std::string_view(buf, r0.ptr) == "-12");
    CHECK(jixiao::to_chars(buf, buf + 2, dec0::from_raw(-12)).ec == std::errc::value_too_large);
}

TEST_CASE("accepted text") {
    struct row {
        std::string_view text;
        std::int64_t raw;
    };
    const row rows[] = {
        {"0", 0},
        {"-0", 0},
        {"+0", 0},
        {"-0.000000", 0},
        {"0.0000000000000", 0},
        {"1", 1000000},
        {"+1", 1000000},
        {"-1", -1000000},
        {"1.5", 1500000},
        {"-1.5", -1500000},
        {"000012.5", 12500000},
        {"1.234567", 1234567},
        {"1.23456700000", 1234567},  // zeros beyond Scale are accepted
        {"-0.000001", -1},
        {"9223372036854.775807", i64max},
        {"-9223372036854.775808", i64min},
        {"9223372036854.7758070000", i64max},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        CHECK(decimal::parse(r.text).raw() == r.raw);
        decimal x = decimal::from_raw(77);
        const auto res = read(r.text, x);
        CHECK(res.ec == std::errc{});
        CHECK(res.ptr == r.text.data() + r.text.size());
        CHECK(x.raw() == r.raw);
    }
    CHECK(str(decimal::parse("-0")) == "0.000000");  // never "-0"
    CHECK(str(dec0::parse("-0")) == "0");
    // from_chars reads exactly [first, last), not up to a terminator.
    const char text[] = "1.5xyz";
    decimal x;
    const auto res = jixiao::from_chars(text, text + 3, x);
    CHECK(res.ec == std::errc{});
    CHECK(res.ptr == text + 3);
    CHECK(x == decimal::parse("1.5"));
}

TEST_CASE("rejected text: errc, position and reason") {
    struct row {
        std::string_view text;
        std::errc ec;
        std::size_t pos;
        std::string_view reason;
    };
    constexpr std::errc bad = std::errc::invalid_argument;
    constexpr std::errc range = std::errc::result_out_of_range;
    const row rows[] = {
        {"", bad, 0, "empty text"},
        {"-", bad, 1, "expected a digit"},
        {"+", bad, 1, "expected a digit"},
        {"--1", bad, 1, "expected a digit"},
        {"+-1", bad, 1, "expected a digit"},
        {".", bad, 0, "expected a digit before the decimal point"},
        {".5", bad, 0, "expected a digit before the decimal point"},
        {"-.5", bad, 1, "expected a digit before the decimal point"},
        {"5.", bad, 2, "expected a digit after the decimal point"},
        {"-5.", bad, 3, "expected a digit after the decimal point"},
        {"1e3", bad, 1, "exponents are not accepted"},
        {"1E3", bad, 1, "exponents are not accepted"},
        {"1.5e-3", bad, 3, "exponents are not accepted"},
        {"1,000", bad, 1, "thousands separators are not accepted"},
        {" 1", bad, 0, "expected a digit"},
        {"1 ", bad, 1, "spaces are not accepted"},
        {"1 000", bad, 1, "spaces are not accepted"},
        {"1.5\t", bad, 3, "spaces are not accepted"},
        {"\xEF\xBC\x91\xEF\xBC\x92", bad, 0, "full-width digits are not accepted; write ASCII 0-9"},  // full-width １２
        {"NaN", bad, 0, "expected a digit"},
        {"nan", bad, 0, "expected a digit"},
        {"inf", bad, 0, "expected a digit"},
        {"-inf", bad, 1, "expected a digit"},
        {"infinity", bad, 0, "expected a digit"},
        {"0x10", bad, 1, "unexpected character"},
        {"1-", bad, 1, "unexpected character"},
        {std::string_view("1\0", 2), bad, 1, "unexpected character"},
        {"1.2.3", bad, 3, "a second decimal point"},
        {"0.0000001", bad, 8, "a non-zero digit beyond the type's fraction digits"},
        {"1.2345678", bad, 8, "a non-zero digit beyond the type's fraction digits"},
        {"9223372036854.775808", range, 0, "value out of range"},
        {"-9223372036854.775809", range, 1, "value out of range"},
        {"99999999999999999999", range, 0, "value out of range"},
        {"+99999999999999999999.000000", range, 1, "value out of range"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        decimal x = decimal::from_raw(123456789);
        const auto res = read(r.text, x);
        CHECK(res.ec == r.ec);
        CHECK(res.ptr == r.text.data());
        CHECK(x.raw() == 123456789);  // untouched
        try {
            (void)decimal::parse(r.text);
            FAIL("parse accepted bad text");
        } catch (const jixiao::parse_error& e) {
            CHECK(e.position() == r.pos);
            CHECK(e.reason() == r.reason);
            CHECK(std::string(e.what()) ==
                  "jixiao: parse error at position " + std::to_string(r.pos) + ": " + std::string(r.reason));
        }
    }
    // A plain decimal has no units: 元 is refused at the position of its first byte, with the reason.
    decimal x;
    CHECK(read("5\xE5\x85\x83", x).ec == bad);
    try {
        (void)decimal::parse("5\xE5\x85\x83");
        FAIL("a decimal accepted a unit");
    } catch (const jixiao::parse_error& e) {
        CHECK(e.position() == 1);
        CHECK(e.reason() == "a unit suffix is accepted only by amounts, not by plain decimals");
    }
    CHECK_THROWS_AS((void)decimal::parse("5\xE4\xB8\x87\xE5\x85\x83"), jixiao::parse_error);  // 5万元
    // parse_error is an invalid_argument.
    CHECK_THROWS_AS((void)decimal::parse("x"), std::invalid_argument);
}

TEST_CASE("property: parse(to_string(x)) == x") {
    std::uint64_t state = 0x9E3779B97F4A7C15u;
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
    const std::int64_t edges[] = {0,       1,        -1,     9,      -9,         10,        999999,
                                  1000000, -1000000, i64max, i64min, i64max - 1, i64min + 1};
    for (std::int64_t e : edges) {
        roundtrip(decimal::from_raw(e));
        roundtrip(dec0::from_raw(e));
        roundtrip(dec1::from_raw(e));
        roundtrip(dec4::from_raw(e));
    }
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t u = next();
        const auto bits = static_cast<int>(u % 64);  // values of every magnitude
        const auto v = static_cast<std::int64_t>(next()) >> bits;
        roundtrip(decimal::from_raw(v));
        roundtrip(dec0::from_raw(v));
        roundtrip(dec2::from_raw(v));
        roundtrip(dec32::from_raw(static_cast<std::int32_t>(v >> 32)));
    }
}

TEST_CASE("comparison and <=>") {
    const decimal a = decimal::parse("1.5"), b = decimal::parse("2"), c = decimal::parse("-3");
    static_assert(std::is_same_v<decltype(a <=> b), std::strong_ordering>);
    CHECK((a <=> b) == std::strong_ordering::less);
    CHECK((b <=> a) == std::strong_ordering::greater);
    CHECK((a <=> decimal::parse("1.500")) == std::strong_ordering::equal);
    CHECK(a < b);
    CHECK(c < a);
    CHECK(a <= a);
    CHECK(b > c);
    CHECK(b >= b);
    CHECK(a != b);
    CHECK(a == decimal::parse("1.5"));
    CHECK(decimal::min() < decimal::max());
    CHECK(decimal::parse("-0") == decimal{});
}

TEST_CASE("arithmetic within one type") {
    const decimal a = decimal::parse("1.25"), b = decimal::parse("0.75");
    CHECK(str(a + b) == "2.000000");
    CHECK(str(a - b) == "0.500000");
    CHECK(str(b - a) == "-0.500000");
    CHECK(str(-a) == "-1.250000");
    CHECK(str(+a) == "1.250000");
    CHECK(str(-decimal{}) == "0.000000");
    CHECK(str(abs(-a)) == "1.250000");
    CHECK(str(abs(a)) == "1.250000");
    CHECK(str(a * 3) == "3.750000");
    CHECK(str(3 * a) == "3.750000");
    CHECK(str(a * -2) == "-2.500000");
    CHECK(str(a / 5) == "0.250000");
    CHECK(str(a / -5) == "-0.250000");
    decimal c = a;
    c += b;
    CHECK(str(c) == "2.000000");
    c -= a;
    CHECK(str(c) == "0.750000");
    c *= 4;
    CHECK(str(c) == "3.000000");
    CHECK_THROWS_AS((void)(a / 0), std::domain_error);
    CHECK_THROWS_AS((void)(decimal::from_raw(1) / 3), std::domain_error);
    CHECK_THROWS_AS((void)(decimal::max() + decimal::from_raw(1)), std::overflow_error);
    CHECK_THROWS_AS((void)(decimal::min() - decimal::from_raw(1)), std::overflow_error);
    CHECK_THROWS_AS((void)(-decimal::min()), std::overflow_error);
    CHECK_THROWS_AS((void)abs(decimal::min()), std::overflow_error);
    CHECK_THROWS_AS((void)(decimal::max() * 2), std::overflow_error);
    CHECK_THROWS_AS((void)(decimal::min() / -1), std::overflow_error);
    CHECK(str(divide(decimal::from_raw(1), 3, rounding::half_up)) == "0.000000");
    CHECK(str(divide(decimal::from_raw(2), 3, rounding::half_up)) == "0.000001");
    CHECK_THROWS_AS((void)divide(a, 0, rounding::half_up), std::domain_error);
    CHECK(str(jixiao::sum(std::vector<decimal>{a, b, -a})) == "0.750000");
}

// rescale<0> of a one-digit decimal, every mode; worked out from the General Decimal Arithmetic definitions.
TEST_CASE("rescale: every rounding mode at, below and above ties (one digit to none)") {
    struct row {
        std::string_view in;
        std::array<std::int64_t, 7> out;  // half_up, half_down, half_even, up, down, ceiling, floor
    };
    const row rows[] = {
        // clang-format off
        //          hu  hd  he  up  dn  ce  fl
        {"2.5",   {{ 3,  2,  2,  3,  2,  3,  2}}},
        {"2.4",   {{ 2,  2,  2,  3,  2,  3,  2}}},
        {"2.6",   {{ 3,  3,  3,  3,  2,  3,  2}}},
        {"3.5",   {{ 4,  3,  4,  4,  3,  4,  3}}},
        {"3.4",   {{ 3,  3,  3,  4,  3,  4,  3}}},
        {"3.6",   {{ 4,  4,  4,  4,  3,  4,  3}}},
        {"0.5",   {{ 1,  0,  0,  1,  0,  1,  0}}},
        {"0.4",   {{ 0,  0,  0,  1,  0,  1,  0}}},
        {"0.6",   {{ 1,  1,  1,  1,  0,  1,  0}}},
        {"2.0",   {{ 2,  2,  2,  2,  2,  2,  2}}},
        {"0.0",   {{ 0,  0,  0,  0,  0,  0,  0}}},
        {"-2.5",  {{-3, -2, -2, -3, -2, -2, -3}}},
        {"-2.4",  {{-2, -2, -2, -3, -2, -2, -3}}},
        {"-2.6",  {{-3, -3, -3, -3, -2, -2, -3}}},
        {"-3.5",  {{-4, -3, -4, -4, -3, -3, -4}}},
        {"-3.4",  {{-3, -3, -3, -4, -3, -3, -4}}},
        {"-3.6",  {{-4, -4, -4, -4, -3, -3, -4}}},
        {"-0.5",  {{-1,  0,  0, -1,  0,  0, -1}}},
        {"-0.4",  {{ 0,  0,  0, -1,  0,  0, -1}}},
        {"-0.6",  {{-1, -1, -1, -1,  0,  0, -1}}},
        {"-2.0",  {{-2, -2, -2, -2, -2, -2, -2}}},
        // clang-format on
    };
    for (const auto& r : rows) {
        for (std::size_t m = 0; m < all_modes.size(); ++m) {
            CAPTURE(r.in);
            CAPTURE(m);
            const dec1 x = dec1::parse(r.in);
            const dec0 y = jixiao::rescale<0>(x, all_modes[m]);
            static_assert(std::is_same_v<decltype(jixiao::rescale<0>(x, rounding::up)), const dec0> ||
                          std::is_same_v<decltype(jixiao::rescale<0>(x, rounding::up)), dec0>);
            CHECK(y.raw() == r.out[m]);
            // divide by an integer rounds the same way: raw 25 / 10 is 2.5.
            CHECK(divide(dec0::from_raw(x.raw()), 10, all_modes[m]).raw() == r.out[m]);
        }
    }
    CHECK(str(jixiao::rescale<0>(dec1::parse("-0.4"), rounding::half_up)) == "0");  // never "-0"
}

// Finer: four digits to two, ties and one unit in the last place either side, even and odd neighbours.
TEST_CASE("rescale: every rounding mode, four digits to two") {
    struct row {
        std::string_view in;
        std::array<std::string_view, 7> out;  // half_up, half_down, half_even, up, down, ceiling, floor
    };
    const row rows[] = {
        // clang-format off
        {"1.2350",  {{"1.24",  "1.23",  "1.24",  "1.24",  "1.23",  "1.24",  "1.23"}}},
        {"1.2349",  {{"1.23",  "1.23",  "1.23",  "1.24",  "1.23",  "1.24",  "1.23"}}},
        {"1.2351",  {{"1.24",  "1.24",  "1.24",  "1.24",  "1.23",  "1.24",  "1.23"}}},
        {"1.2250",  {{"1.23",  "1.22",  "1.22",  "1.23",  "1.22",  "1.23",  "1.22"}}},
        {"1.2249",  {{"1.22",  "1.22",  "1.22",  "1.23",  "1.22",  "1.23",  "1.22"}}},
        {"1.2251",  {{"1.23",  "1.23",  "1.23",  "1.23",  "1.22",  "1.23",  "1.22"}}},
        {"1.2300",  {{"1.23",  "1.23",  "1.23",  "1.23",  "1.23",  "1.23",  "1.23"}}},
        {"1.2301",  {{"1.23",  "1.23",  "1.23",  "1.24",  "1.23",  "1.24",  "1.23"}}},
        {"1.2399",  {{"1.24",  "1.24",  "1.24",  "1.24",  "1.23",  "1.24",  "1.23"}}},
        {"0.0050",  {{"0.01",  "0.00",  "0.00",  "0.01",  "0.00",  "0.01",  "0.00"}}},
        {"0.0150",  {{"0.02",  "0.01",  "0.02",  "0.02",  "0.01",  "0.02",  "0.01"}}},
        {"-1.2350", {{"-1.24", "-1.23", "-1.24", "-1.24", "-1.23", "-1.23", "-1.24"}}},
        {"-1.2349", {{"-1.23", "-1.23", "-1.23", "-1.24", "-1.23", "-1.23", "-1.24"}}},
        {"-1.2351", {{"-1.24", "-1.24", "-1.24", "-1.24", "-1.23", "-1.23", "-1.24"}}},
        {"-1.2250", {{"-1.23", "-1.22", "-1.22", "-1.23", "-1.22", "-1.22", "-1.23"}}},
        {"-1.2249", {{"-1.22", "-1.22", "-1.22", "-1.23", "-1.22", "-1.22", "-1.23"}}},
        {"-1.2251", {{"-1.23", "-1.23", "-1.23", "-1.23", "-1.22", "-1.22", "-1.23"}}},
        {"-1.2301", {{"-1.23", "-1.23", "-1.23", "-1.24", "-1.23", "-1.23", "-1.24"}}},
        {"-0.0050", {{"-0.01", "0.00",  "0.00",  "-0.01", "0.00",  "0.00",  "-0.01"}}},
        {"-0.0150", {{"-0.02", "-0.01", "-0.02", "-0.02", "-0.01", "-0.01", "-0.02"}}},
        // clang-format on
    };
    for (const auto& r : rows) {
        for (std::size_t m = 0; m < all_modes.size(); ++m) {
            CAPTURE(r.in);
            CAPTURE(m);
            CHECK(str(jixiao::rescale<2>(dec4::parse(r.in), all_modes[m])) == r.out[m]);
        }
    }
}

TEST_CASE("rescale: widening is exact, to the same scale is the identity, overflow throws") {
    CHECK(str(jixiao::rescale<6>(dec2::parse("-1.25"), rounding::down)) == "-1.250000");
    CHECK(str(jixiao::rescale<2>(dec2::parse("-1.25"), rounding::up)) == "-1.25");
    CHECK(jixiao::rescale<0>(dec0::max(), rounding::up) == dec0::max());
    CHECK(jixiao::rescale<6>(dec0::from_raw(9'223'372'036'854LL), rounding::up) == decimal(9'223'372'036'854LL));
    CHECK_THROWS_AS((void)jixiao::rescale<6>(dec0::from_raw(9'223'372'036'855LL), rounding::up), std::overflow_error);
    CHECK_THROWS_AS((void)jixiao::rescale<1>(dec0::min(), rounding::up), std::overflow_error);
    // Narrowing the extremes cannot overflow.
    CHECK(str(jixiao::rescale<0>(decimal::max(), rounding::up)) == "9223372036855");
    CHECK(str(jixiao::rescale<0>(decimal::min(), rounding::floor)) == "-9223372036855");
    CHECK(str(jixiao::rescale<0>(decimal::min(), rounding::half_even)) == "-9223372036855");
    CHECK(str(jixiao::rescale<0>(decimal::min(), rounding::down)) == "-9223372036854");
}

TEST_CASE("explicit widening between scales of one family") {
    static_assert(std::is_constructible_v<decimal, dec2>);
    static_assert(!std::is_convertible_v<dec2, decimal>);
    static_assert(!std::is_constructible_v<dec2, decimal>);  // narrowing is rescale's job
    CHECK(str(decimal(dec2::parse("-3.75"))) == "-3.750000");
    CHECK_THROWS_AS((void)decimal(dec0::max()), std::overflow_error);
}

TEST_CASE("ratio and multiply round once") {
    const decimal one(1), two(2), three(3);
    CHECK(str(jixiao::ratio(one, three, rounding::half_up)) == "0.333333");
    CHECK(str(jixiao::ratio(two, three, rounding::half_up)) == "0.666667");
    CHECK(str(jixiao::ratio(two, three, rounding::down)) == "0.666666");
    CHECK(str(jixiao::ratio(-two, three, rounding::floor)) == "-0.666667");
    CHECK(str(jixiao::ratio(-two, three, rounding::ceiling)) == "-0.666666");
    CHECK(str(jixiao::ratio<2>(one, three, rounding::up)) == "0.34");
    CHECK(str(jixiao::ratio<0>(decimal::max(), decimal::from_raw(1), rounding::up)) == "9223372036854775807");
    CHECK_THROWS_AS((void)jixiao::ratio(one, decimal{}, rounding::up), std::domain_error);
    CHECK_THROWS_AS((void)jixiao::ratio(decimal::max(), decimal::from_raw(1), rounding::up), std::overflow_error);

    CHECK(str(jixiao::multiply(decimal::parse("1.5"), decimal::parse("1.5"), rounding::down)) == "2.250000");
    CHECK(str(jixiao::multiply(decimal::parse("0.000001"), decimal::parse("0.5"), rounding::half_even)) == "0.000000");
    CHECK(str(jixiao::multiply(decimal::parse("0.000003"), decimal::parse("0.5"), rounding::half_even)) == "0.000002");
    CHECK(str(jixiao::multiply(decimal::parse("-0.000001"), decimal::parse("0.5"), rounding::half_up)) == "-0.000001");
    // The intermediate is wide: max * 1.000000 is exact.
    CHECK(jixiao::multiply(decimal::max(), decimal(1), rounding::up) == decimal::max());
    CHECK_THROWS_AS((void)jixiao::multiply(decimal::max(), decimal(2), rounding::up), std::overflow_error);
}

TEST_CASE("a decimal works in constant expressions") {
    constexpr decimal a = decimal::parse("1.5");
    constexpr decimal b = a * 2 - decimal(1) + a / 3;
    static_assert(b == decimal::parse("2.5"));
    static_assert(jixiao::rescale<0>(a, rounding::half_even) == dec0::from_raw(2));
    static_assert(jixiao::ratio(decimal(1), decimal(8), rounding::up) == decimal::parse("0.125"));
    static_assert(abs(-a) == a && -(-a) == a && (a <=> b) < 0);
    CHECK(b.raw() == 2500000);
}

}  // TEST_SUITE

TEST_CASE("a rejected digit beyond the scale is reported where the first dropped non-zero digit stands") {
    try {
        (void)decimal::parse("1.23456789");  // 6 digits kept; "89" dropped, the 8 at offset 8
        FAIL("accepted");
    } catch (const jixiao::parse_error& e) {
        CHECK(e.position() == 8);
    }
    try {
        (void)decimal::parse("1.12345603");  // "03" dropped: the 0 is fine, the 3 at offset 9 is not
        FAIL("accepted");
    } catch (const jixiao::parse_error& e) {
        CHECK(e.position() == 9);
    }
}

TEST_CASE("the decimal literal is exact") {
    using namespace jixiao::literals;
    static_assert(36.5_dec == decimal::parse("36.5"));
    static_assert(0.000001_dec == decimal::from_raw(1));
    static_assert(1'000.5_dec == decimal::parse("1000.5"));
    static_assert(-2_dec == decimal(-2));
    static_assert(1.5000000_dec == decimal::parse("1.5"));  // zeros beyond six digits carry no value
    CHECK(jixiao::to_string(36.5_dec) == "36.500000");
    std::ostringstream os;
    os << 36.5_dec;
    CHECK(os.str() == "36.500000");
}

}  // namespace decimal_test
