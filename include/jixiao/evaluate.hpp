// jixiao — self-evaluation scoring (绩效自评) after 财预〔2020〕10号 (项目支出绩效评价管理办法); docs/domain.md §6.5.
//
// Every score is an exact fraction until the very end, where it is rounded once, with a stated mode,
// to a stated number of digits. The fractions are checked 128-bit integers kept in lowest terms: a
// fraction that would outgrow them is a std::overflow_error, never a wrong score. evaluate() is run time
// only; the fractions (detail::rational) are constexpr, for self_evaluation.hpp's scoring by profile.
#pragma once

#include <compare>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/fixed_point.hpp"
#include "project.hpp"

namespace jixiao {

/// How a qualitative indicator was achieved; each earns a band of its points.
enum class achievement {
    achieved,         ///< 达成: 80–100 %
    partly_achieved,  ///< 部分达成: 60–80 %
    not_achieved,     ///< 未达成: 0–60 %
};

/// "达成", "部分达成" or "未达成".
constexpr std::string_view to_string_view(achievement a) noexcept {
    return a == achievement::achieved ? "达成" : a == achievement::partly_achieved ? "部分达成" : "未达成";
}

/// Writes to_string_view(a) to a stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, achievement a) {
    return os << to_string_view(a);
}

/// The grade of a total score: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.
enum class grade { excellent, good, fair, poor };

/// "优", "良", "中" or "差".
constexpr std::string_view to_string_view(grade g) noexcept {
    switch (g) {
        case grade::excellent: return "优";
        case grade::good: return "良";
        case grade::fair: return "中";
        case grade::poor: return "差";
    }
    return "?";
}

/// Writes to_string_view(g) to a stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, grade g) {
    return os << to_string_view(g);
}

/// The grade of a score out of 100 (a decimal, or any exact number constructible from an int).
template <class Score>
constexpr grade grade_of(const Score& score) {
    if (score >= Score(90)) return grade::excellent;
    if (score >= Score(80)) return grade::good;
    if (score >= Score(60)) return grade::fair;
    return grade::poor;
}

/// An indicator's actual result: a value for a quantitative target, or a graded band for a qualitative one.
struct outcome {
    std::optional<decimal> actual{};    ///< in the target's unit
    std::optional<achievement> band{};  ///< for a qualitative target
    decimal percent{};                  ///< with band: the share of the points earned, in %, inside the band

    /// A measured value.
    static constexpr outcome value(decimal v) { return outcome{v, std::nullopt, decimal{}}; }
    /// A qualitative grade earning `pct` % of the points; pct must lie in the band's range.
    static constexpr outcome graded(achievement a, decimal pct) { return outcome{std::nullopt, a, pct}; }
};

/// Points per level-1 category and for the budget execution rate; they must total 100.
struct weight_scheme {
    decimal execution{10};  ///< 预算执行率
    std::vector<std::pair<level1_category, decimal>> categories = standard_categories();

    /// 产出 50, 效益 30, 满意度 10. (Built by emplace_back: g++ 12 warns, wrongly, that an initializer
    /// list of these pairs may be used uninitialized.)
    static std::vector<std::pair<level1_category, decimal>> standard_categories() {
        std::vector<std::pair<level1_category, decimal>> v;
        v.emplace_back(categories::output, decimal(50));
        v.emplace_back(categories::benefit, decimal(30));
        v.emplace_back(categories::satisfaction, decimal(10));
        return v;
    }

    /// The points of a level-1 category, or nullopt if the scheme does not weigh it.
    [[nodiscard]] std::optional<decimal> weight_of(const level1_category& c) const {
        for (const auto& [cat, w] : categories) {
            if (cat == c) return w;
        }
        return std::nullopt;
    }
    /// Throws std::invalid_argument unless every weight is non-negative and they total exactly 100.
    void check() const {
        decimal sum = execution;
        if (execution < decimal{}) throw std::invalid_argument("jixiao: weight of 预算执行率 is negative");
        for (const auto& [cat, w] : categories) {
            if (w < decimal{})
                throw std::invalid_argument("jixiao: weight of " + std::string(cat.name) + " is negative");
            sum += w;
        }
        if (sum != decimal(100)) {
            throw std::invalid_argument("jixiao: weights total " + detail::trimmed_string(sum) + ", not 100");
        }
    }
};

/// The standard weights of 财预〔2020〕10号: 预算执行率 10, 产出 50, 效益 30, 满意度 10.
inline weight_scheme standard_weights() { return weight_scheme{}; }

/// A score as reported: Digits fraction digits.
template <int Digits>
using basic_score = basic_decimal<std::int64_t, Digits>;

/// One indicator's share of the score.
template <int Digits>
struct indicator_score {
    const indicator* scored = nullptr;  ///< the indicator this share belongs to
    basic_score<Digits> available{};    ///< the points it can earn
    decimal ratio{};  ///< the share earned, 0–1: min(actual/target, 1), the reverse, 0 or 1, or the band's %
    basic_score<Digits> points{};  ///< available × ratio
};

/// One level-1 category's share of the score.
template <int Digits>
struct category_score {
    level1_category cat;
    decimal weight{};
    basic_score<Digits> points{};
    std::size_t indicators = 0;  ///< how many indicators were scored here (0: the weight earned nothing)
};

/// The outcome of a self-evaluation; every figure is rounded once from its exact value.
template <int Digits = 2>
struct basic_evaluation {
    basic_score<Digits> execution_rate{};    ///< spent / budget, in %
    basic_score<Digits> execution_points{};  ///< execution weight × min(rate, 1)
    std::vector<indicator_score<Digits>> indicators;
    std::vector<category_score<Digits>> categories;
    basic_score<Digits> total{};  ///< rounded from the exact sum, so it may differ from the sum of the rounded parts
    grade level = grade::poor;    ///< graded on the exact total, before rounding
};

/// A self-evaluation with scores to two decimals, as the forms print them.
using evaluation = basic_evaluation<2>;

namespace detail {

// Not constexpr on purpose, like every failure function: its name is the message.
[[noreturn]] inline void overflow_in_exact_score() {
    throw std::overflow_error("jixiao: overflow in exact scoring: a fraction outgrew 128 bits");
}

/// a * b, a + b, a - b in 128 bits, or overflow_in_exact_score().
constexpr int128 score_mul(int128 a, int128 b) {
    int128 r = 0;
    if (__builtin_mul_overflow(a, b, &r)) overflow_in_exact_score();
    return r;
}
constexpr int128 score_add(int128 a, int128 b) {
    int128 r = 0;
    if (__builtin_add_overflow(a, b, &r)) overflow_in_exact_score();
    return r;
}

/// The greatest common divisor of |a| and |b| (b != 0).
constexpr int128 gcd128(int128 a, int128 b) {
    uint128 x = a < 0 ? 0 - static_cast<uint128>(a) : static_cast<uint128>(a);
    uint128 y = b < 0 ? 0 - static_cast<uint128>(b) : static_cast<uint128>(b);
    while (y != 0) {
        const uint128 t = x % y;
        x = y;
        y = t;
    }
    return static_cast<int128>(x);  // at most |b| <= 2^127 - 1, since denominators are positive int128
}

/// An exact fraction num / den, den > 0, in lowest terms (so equal values have equal members).
class rational {
public:
    constexpr rational() = default;
    constexpr rational(int n) : num_(n) {}  // NOLINT: an integer is a fraction, as in the formulas below
    constexpr rational(int128 n, int128 d) {
        if (d < 0) {
            n = score_mul(n, -1);
            d = score_mul(d, -1);
        }
        const int128 g = gcd128(n, d);
        num_ = n / g;
        den_ = d / g;
    }

    friend constexpr rational operator+(const rational& a, const rational& b) {
        // a/b + c/d over lcm(b, d): the smallest intermediate, so overflow comes as late as it can.
        const int128 g = gcd128(a.den_, b.den_);
        return {score_add(score_mul(a.num_, b.den_ / g), score_mul(b.num_, a.den_ / g)), score_mul(a.den_, b.den_ / g)};
    }
    friend constexpr rational operator-(const rational& a, const rational& b) {
        return a + rational(score_mul(b.num_, -1), b.den_);
    }
    friend constexpr rational operator*(const rational& a, const rational& b) {
        // Cross-reduce first: (a/b)(c/d) = ((a/g1)(c/g2)) / ((b/g2)(d/g1)).
        const int128 g1 = a.num_ == 0 ? 1 : gcd128(a.num_, b.den_);
        const int128 g2 = b.num_ == 0 ? 1 : gcd128(b.num_, a.den_);
        return {score_mul(a.num_ / g1, b.num_ / g2), score_mul(a.den_ / g2, b.den_ / g1)};
    }
    friend constexpr rational operator/(const rational& a, const rational& b) {
        if (b.num_ == 0) division_by_zero();
        return a * rational(b.den_, b.num_);
    }
    constexpr rational& operator+=(const rational& b) { return *this = *this + b; }

    friend constexpr bool operator==(const rational&, const rational&) = default;
    friend constexpr std::strong_ordering operator<=>(const rational& a, const rational& b) {
        const int128 l = score_mul(a.num_, b.den_);
        const int128 r = score_mul(b.num_, a.den_);
        return l < r    ? std::strong_ordering::less
               : l == r ? std::strong_ordering::equal
                        : std::strong_ordering::greater;
    }

    [[nodiscard]] constexpr int128 num() const noexcept { return num_; }
    [[nodiscard]] constexpr int128 den() const noexcept { return den_; }

private:
    int128 num_ = 0;
    int128 den_ = 1;
};

/// An integer of any Rep as 128 bits, or overflow_in_exact_score() if it does not fit.
template <class R>
constexpr int128 to_int128(const R& r) {
    if constexpr (is_builtin_rep<R>) {
        return r;
    } else {
        if (r > R(wide_max<int128>()) || r < -R(wide_max<int128>())) overflow_in_exact_score();
        return static_cast<int128>(r);
    }
}

/// Any decimal or amount as the exact fraction raw / 10^scale.
template <class T>
constexpr rational to_rational(const T& x) {
    return rational(to_int128(x.raw()), pow10<int128>(T::scale));
}

/// r rounded by mode to Digits fraction digits; std::overflow_error if it does not fit.
template <int Digits>
constexpr basic_decimal<std::int64_t, Digits> round_rational(const rational& r, rounding mode) {
    const int128 scaled = div_round(score_mul(r.num(), pow10<int128>(Digits)), r.den(), mode);
    return basic_decimal<std::int64_t, Digits>::from_raw(narrow<std::int64_t>(scaled));
}

[[noreturn]] inline void evaluation_input(const std::string& what) { throw std::invalid_argument("jixiao: " + what); }

inline rational ratio_of(const indicator& ind, const outcome& o, std::size_t index) {
    const target& t = ind.target;
    const std::string where = "indicator " + std::to_string(index + 1) + " (" + std::string(ind.name) + ")";
    if (t.cmp == comparator::qualitative) {
        if (!o.band) evaluation_input(where + " is qualitative and needs a graded band");
        const decimal lo = o.band == achievement::achieved          ? decimal(80)
                           : o.band == achievement::partly_achieved ? decimal(60)
                                                                    : decimal(0);
        const decimal hi = o.band == achievement::achieved          ? decimal(100)
                           : o.band == achievement::partly_achieved ? decimal(80)
                                                                    : decimal(60);
        if (o.percent < lo || o.percent > hi) {
            evaluation_input(where + ": " + detail::trimmed_string(o.percent) + "% lies outside the band of " +
                             std::string(to_string_view(*o.band)) + " (" + detail::trimmed_string(lo) + "–" +
                             detail::trimmed_string(hi) + "%)");
        }
        return to_rational(o.percent) / rational(100);
    }
    if (!o.actual) evaluation_input(where + " is quantitative and needs an actual value");
    const rational actual = to_rational(*o.actual);
    const rational goal = to_rational(t.value);
    rational r;
    switch (t.cmp) {
        case comparator::ge:
        case comparator::gt:
            // A positive indicator: the share of the target reached.
            r = goal <= 0 ? rational(t.met_by(*o.actual) ? 1 : 0) : actual / goal;
            break;
        case comparator::le:
        case comparator::lt:
            // A reverse indicator: the target over the actual value; at or under the target earns all.
            r = actual <= 0 ? rational(t.met_by(*o.actual) ? 1 : 0) : goal / actual;
            break;
        default:  // eq: all or nothing
            r = rational(t.met_by(*o.actual) ? 1 : 0);
            break;
    }
    if (r > 1) r = 1;
    if (r < 0) r = 0;
    return r;
}

}  // namespace detail

/// Scores a project's year: budget execution (spent / 本年度 total) and every indicator against its outcome
/// (outcomes[i] belongs to p.indicators[i]; placeholders 无 earn and cost nothing). Within a level-1
/// category the points go to indicators with an explicit weight first, the rest in equal shares.
/// Exact throughout; the reported figures are rounded once to Digits decimals by `mode`.
/// Throws std::invalid_argument for a scheme that does not total 100, a missing or out-of-band outcome,
/// an indicator whose level-1 category the scheme does not weigh, or explicit weights above their category.
template <int Digits = 2, form F, class A>
basic_evaluation<Digits> evaluate(const basic_project<F, A>& p, const A& spent, std::span<const outcome> outcomes,
                                  const weight_scheme& scheme = standard_weights(), rounding mode = rounding::half_up) {
    using detail::rational;
    scheme.check();
    if (outcomes.size() != p.indicators.size()) {
        detail::evaluation_input("got " + std::to_string(outcomes.size()) + " outcomes for " +
                                 std::to_string(p.indicators.size()) + " indicators");
    }
    const A budget = p.current().total;
    if (budget <= A{}) detail::evaluation_input("the budget (this year's total) must be positive to rate execution");

    basic_evaluation<Digits> out;
    const rational rate = detail::to_rational(spent) / detail::to_rational(budget);
    const rational exec = detail::to_rational(scheme.execution) * (rate > 1   ? rational(1)
                                                                   : rate < 0 ? rational(0)
                                                                              : rate);
    out.execution_rate = detail::round_rational<Digits>(rate * 100, mode);
    out.execution_points = detail::round_rational<Digits>(exec, mode);
    rational total = exec;

    // Every scored indicator belongs to a weighed level-1 category.
    for (std::size_t i = 0; i < p.indicators.size(); ++i) {
        const auto& ind = p.indicators[i];
        if (ind.target.cmp != comparator::none && !scheme.weight_of(ind.cat.level1)) {
            detail::evaluation_input("indicator " + std::to_string(i + 1) + " (" + std::string(ind.name) +
                                     ") is under " + std::string(ind.cat.level1.name) +
                                     ", which the weight scheme does not weigh");
        }
    }
    out.indicators.resize(p.indicators.size());
    for (std::size_t i = 0; i < p.indicators.size(); ++i) out.indicators[i].scored = &p.indicators[i];

    for (const auto& [cat, weight] : scheme.categories) {
        category_score<Digits> cs{cat, weight, {}, 0};
        rational explicit_sum = 0;
        std::size_t shared = 0;
        for (const auto& ind : p.indicators) {
            if (ind.cat.level1 != cat || ind.target.cmp == comparator::none) continue;
            if (ind.weight < decimal{}) {
                detail::evaluation_input("indicator " + std::string(ind.name) + " has a negative weight");
            }
            ++cs.indicators;
            if (ind.weight != decimal{}) {
                explicit_sum += detail::to_rational(ind.weight);
            } else {
                ++shared;
            }
        }
        const rational w = detail::to_rational(weight);
        if (explicit_sum > w) {
            detail::evaluation_input("explicit indicator weights under " + std::string(cat.name) +
                                     " total more than its " + detail::trimmed_string(weight) + " points");
        }
        if (shared == 0 && cs.indicators > 0 && explicit_sum != w) {
            detail::evaluation_input("explicit indicator weights under " + std::string(cat.name) +
                                     " do not total its " + detail::trimmed_string(weight) + " points");
        }
        const rational share = shared == 0 ? rational(0) : (w - explicit_sum) / rational(static_cast<int>(shared));
        rational cat_points = 0;
        for (std::size_t i = 0; i < p.indicators.size(); ++i) {
            const auto& ind = p.indicators[i];
            if (ind.cat.level1 != cat || ind.target.cmp == comparator::none) continue;
            const rational available = ind.weight != decimal{} ? detail::to_rational(ind.weight) : share;
            const rational r = detail::ratio_of(ind, outcomes[i], i);
            const rational pts = available * r;
            cat_points += pts;
            auto& s = out.indicators[i];
            s.available = detail::round_rational<Digits>(available, mode);
            s.ratio = detail::round_rational<decimal::scale>(r, mode);
            s.points = detail::round_rational<Digits>(pts, mode);
        }
        cs.points = detail::round_rational<Digits>(cat_points, mode);
        total += cat_points;
        out.categories.push_back(cs);
    }
    out.total = detail::round_rational<Digits>(total, mode);
    out.level = grade_of(total);
    return out;
}

/// evaluate() with outcomes given as an initializer list or any contiguous container.
template <int Digits = 2, form F, class A, class Outcomes>
    requires std::convertible_to<const Outcomes&, std::span<const outcome>> basic_evaluation<Digits> evaluate(
        const basic_project<F, A>& p, const A& spent, const Outcomes& outcomes,
        const weight_scheme& scheme = standard_weights(), rounding mode = rounding::half_up) {
        return evaluate<Digits>(p, spent, std::span<const outcome>(outcomes), scheme, mode);
    }

}  // namespace jixiao
