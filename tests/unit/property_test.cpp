// Randomised properties with a fixed seed: thousands of cases, the same every run.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include <jixiao/aggregate.hpp>
#include <jixiao/amount.hpp>
#include <jixiao/project.hpp>

namespace property_test {

namespace {

using jixiao::rounding;
__extension__ typedef __int128 i128;

std::int64_t random_raw(std::mt19937_64& g) {
    // Mix magnitudes: small values, table-sized values, and values near the edges of the range.
    switch (g() % 4) {
        case 0: return static_cast<std::int64_t>(g() % 2001) - 1000;
        case 1: return static_cast<std::int64_t>(g() % 20'000'000'000ULL) - 10'000'000'000LL;
        case 2: return static_cast<std::int64_t>(g());
        default: {
            const auto off = static_cast<std::int64_t>(g() % 1000);
            return (g() % 2) ? INT64_MAX - off : INT64_MIN + off;
        }
    }
}

// The reference: round n / d (d > 0) by the textbook definition of each mode, on exact integers.
std::int64_t reference_round(i128 n, i128 d, rounding mode) {
    i128 fl = n / d;
    if (n % d != 0 && n < 0) fl -= 1;  // floor
    const i128 rem = n - fl * d;       // 0 <= rem < d
    if (rem == 0) return static_cast<std::int64_t>(fl);
    const i128 ce = fl + 1;
    const bool positive = n > 0;
    const i128 twice = 2 * rem;
    switch (mode) {
        case rounding::floor: return static_cast<std::int64_t>(fl);
        case rounding::ceiling: return static_cast<std::int64_t>(ce);
        case rounding::down: return static_cast<std::int64_t>(positive ? fl : ce);
        case rounding::up: return static_cast<std::int64_t>(positive ? ce : fl);
        case rounding::half_up:
            if (twice != d) return static_cast<std::int64_t>(twice < d ? fl : ce);
            return static_cast<std::int64_t>(positive ? ce : fl);
        case rounding::half_down:
            if (twice != d) return static_cast<std::int64_t>(twice < d ? fl : ce);
            return static_cast<std::int64_t>(positive ? fl : ce);
        case rounding::half_even:
            if (twice != d) return static_cast<std::int64_t>(twice < d ? fl : ce);
            return static_cast<std::int64_t>(fl % 2 == 0 ? fl : ce);
    }
    return 0;
}

}  // namespace

TEST_CASE("property: parse(to_string(x)) == x for wan, wan_fen and decimal") {
    std::mt19937_64 g(20201231);
    for (int i = 0; i < 20000; ++i) {
        const auto raw = random_raw(g);
        const auto a = jixiao::wan::from_raw(raw);
        const auto b = jixiao::wan_fen::from_raw(raw);
        const auto c = jixiao::decimal::from_raw(raw);
        REQUIRE(jixiao::wan::parse(jixiao::to_string(a)) == a);
        REQUIRE(jixiao::wan_fen::parse(jixiao::to_string(b)) == b);
        REQUIRE(jixiao::decimal::parse(jixiao::to_string(c)) == c);
    }
}

TEST_CASE(
    "property: addition is exact, commutative and associative; overflow exactly when the true sum leaves the range") {
    std::mt19937_64 g(4);
    int overflows = 0;
    for (int i = 0; i < 20000; ++i) {
        const auto x = jixiao::wan::from_raw(random_raw(g));
        const auto y = jixiao::wan::from_raw(random_raw(g));
        const i128 truth = i128(x.raw()) + i128(y.raw());
        const bool fits = truth >= INT64_MIN && truth <= INT64_MAX;
        if (fits) {
            REQUIRE((x + y).raw() == static_cast<std::int64_t>(truth));
            REQUIRE(x + y == y + x);
        } else {
            ++overflows;
            REQUIRE_THROWS_AS(x + y, std::overflow_error);
            REQUIRE_THROWS_AS(y + x, std::overflow_error);
        }
        const auto z = jixiao::wan::from_raw(random_raw(g));
        const i128 t3 = i128(x.raw()) + i128(y.raw()) + i128(z.raw());
        const i128 xy = i128(x.raw()) + i128(y.raw());
        const i128 yz = i128(y.raw()) + i128(z.raw());
        auto in = [](i128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
        if (in(xy) && in(yz) && in(t3)) REQUIRE((x + y) + z == x + (y + z));
        const jixiao::wan arr[] = {x, y, z};
        if (in(t3)) {
            REQUIRE(jixiao::sum(arr).raw() == static_cast<std::int64_t>(t3));  // intermediate excursions are harmless
        } else {
            REQUIRE_THROWS_AS(jixiao::sum(arr), std::overflow_error);
        }
    }
    CHECK(overflows > 100);  // the generator does reach the edges
}

TEST_CASE("property: rescale matches the textbook definition of every rounding mode") {
    std::mt19937_64 g(7);
    const rounding modes[] = {rounding::half_up, rounding::half_down, rounding::half_even, rounding::up,
                              rounding::down,    rounding::ceiling,   rounding::floor};
    for (int i = 0; i < 20000; ++i) {
        // Values with many ties: last digits drawn from a small set.
        std::int64_t raw = random_raw(g);
        if (g() % 2) {
            const i128 tie = i128(raw) / 1000 * 1000 + i128(g() % 3) * 500 - 500;
            if (tie >= INT64_MIN && tie <= INT64_MAX) raw = static_cast<std::int64_t>(tie);
        }
        const auto x = jixiao::wan_fen::from_raw(raw);
        for (auto m : modes) {
            REQUIRE(jixiao::rescale<4>(x, m).raw() == reference_round(raw, 100, m));
            REQUIRE(jixiao::rescale<3>(x, m).raw() == reference_round(raw, 1000, m));
        }
        // Widening back is exact.
        const auto n = jixiao::rescale<4>(x, rounding::floor);
        if (n.raw() > INT64_MIN / 100 && n.raw() < INT64_MAX / 100) {
            REQUIRE(jixiao::rescale<6>(n, rounding::floor).raw() == n.raw() * 100);
        }
    }
}

namespace {
struct tiny_form {
    static constexpr std::string_view name = "test";
    static constexpr std::array<std::string_view, 2> funding_rows{"甲", "乙"};
    static constexpr std::array<std::string_view, 1> columns{"本年度"};
    static constexpr std::size_t current_column = 0;
    static constexpr std::array<jixiao::form_category, 1> categories{
        {{jixiao::categories::quantity, "数量指标", false, false}}};
    static constexpr std::array<jixiao::level1_category, 0> required_level1{};
};
}  // namespace

TEST_CASE("property: totals merged from any split of a range equal the total of the whole") {
    std::mt19937_64 g(99);
    std::vector<jixiao::basic_project<tiny_form>> ps(500);
    for (auto& p : ps) {
        const auto a = jixiao::wan::from_raw(static_cast<std::int64_t>(g() % 10'000'000'000ULL));
        const auto b = jixiao::wan::from_raw(static_cast<std::int64_t>(g() % 10'000'000'000ULL));
        p.funding[0] = {a + b, {a, (g() % 5 == 0) ? std::optional<jixiao::wan>{} : std::optional<jixiao::wan>{b}}};
    }
    const auto whole = jixiao::total(ps);
    for (int trial = 0; trial < 200; ++trial) {
        // Cut the range at random points, total each part, merge in a random association.
        std::vector<std::size_t> cuts{0, ps.size()};
        for (int k = 0; k < 5; ++k) cuts.push_back(g() % (ps.size() + 1));
        std::sort(cuts.begin(), cuts.end());
        std::vector<jixiao::totals<tiny_form, jixiao::wan>> parts;
        for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
            parts.push_back(jixiao::total(std::span(ps).subspan(cuts[k], cuts[k + 1] - cuts[k])));
        }
        while (parts.size() > 1) {
            const std::size_t k = g() % (parts.size() - 1);
            parts[k] = parts[k] + parts[k + 1];
            parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        }
        REQUIRE(parts[0] == whole);
    }
}

}  // namespace property_test
