// jixiao — funding columns (以前年度 / 本年度 with their source rows) and cost bases (测算依据).
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

#include "amount.hpp"

namespace jixiao {

/// One funding column of a table: the total and one cell per source row of the form.
/// A cell the table leaves blank is std::nullopt, which is not the same as a written 0.0000.
template <class Amount, std::size_t Rows>
struct funding_column {
    Amount total{};
    std::array<std::optional<Amount>, Rows> sources{};

    /// The exact sum of the cells that are filled in.
    [[nodiscard]] constexpr Amount sources_sum() const {
        Amount s{};
        for (const auto& c : sources) {
            if (c) s += *c;
        }
        return s;
    }
    /// Whether any source cell is filled in.
    [[nodiscard]] constexpr bool has_sources() const noexcept {
        for (const auto& c : sources) {
            if (c) return true;
        }
        return false;
    }
    friend constexpr bool operator==(const funding_column&, const funding_column&) = default;
};

/// A multiplier of a cost line: a count with its unit, e.g. 334 人 or 12 月.
struct quantity {
    decimal value{};
    std::string_view unit{};

    constexpr quantity() = default;
    constexpr quantity(decimal v, std::string_view u) : value(v), unit(u) {}
    constexpr quantity(std::int64_t n, std::string_view u) : value(n), unit(u) {}
    friend constexpr bool operator==(const quantity&, const quantity&) = default;
};

namespace detail {
[[noreturn]] inline void a_cost_line_has_at_most_four_quantities() {
    throw std::length_error("jixiao: a cost line has at most four quantities");
}
[[noreturn]] inline void cost_line_total_is_finer_than_the_amount_type() {
    throw std::domain_error("jixiao: a cost line's total is finer than the amount type can hold");
}
}  // namespace detail

/// The multipliers of a cost line, at most four, written as a braced list: {{334, "人"}, {12, "月"}}.
class quantity_list {
public:
    static constexpr std::size_t capacity = 4;
    constexpr quantity_list() = default;
    // The array is built in the member initialisers: g++ 12 refuses a const quantity_list in constant
    // evaluation when the constructor body writes its members.
    constexpr quantity_list(std::initializer_list<quantity> q) : items_(fill(q)), count_(q.size()) {}
    /// Appends one; throws std::length_error past four.
    constexpr void push_back(const quantity& q) {
        if (count_ == capacity) detail::a_cost_line_has_at_most_four_quantities();
        items_[count_++] = q;
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] constexpr const quantity* begin() const noexcept { return items_.data(); }
    [[nodiscard]] constexpr const quantity* end() const noexcept { return items_.data() + count_; }
    [[nodiscard]] constexpr const quantity& operator[](std::size_t i) const noexcept { return items_[i]; }
    friend constexpr bool operator==(const quantity_list& a, const quantity_list& b) noexcept {
        if (a.count_ != b.count_) return false;
        for (std::size_t i = 0; i < a.count_; ++i) {
            if (!(a.items_[i] == b.items_[i])) return false;
        }
        return true;
    }

private:
    static constexpr std::array<quantity, capacity> fill(std::initializer_list<quantity> q) {
        if (q.size() > capacity) detail::a_cost_line_has_at_most_four_quantities();
        std::array<quantity, capacity> a{};
        std::size_t k = 0;
        for (const auto& x : q) a[k++] = x;
        return a;
    }
    std::array<quantity, capacity> items_{};
    std::size_t count_ = 0;
};

/// The outcome of computing a cost line without throwing.
template <class Amount>
struct line_total {
    Amount value{};
    bool exact = true;      ///< false: the product has digits finer than the amount type
    bool overflow = false;  ///< true: the product is beyond the amount type's range
    [[nodiscard]] constexpr bool ok() const noexcept { return exact && !overflow; }
};

/// One line of a cost basis (测算依据): unit price × quantities, e.g. 6000 元/台 × 428 台.
template <class Amount>
struct cost_line {
    std::string_view item{};                ///< what the money buys, e.g. "办公电脑"
    Amount unit_price{};                    ///< the price per unit, in 万元 like every amount
    std::string_view price_unit{};          ///< the price's unit as written, e.g. "元/台"
    quantity_list quantities{};             ///< the multipliers
    std::optional<Amount> stated_total{};   ///< the total the document states for this line, if any
    std::string_view text{};                ///< the original wording
    bool truncated = false;                 ///< the source cuts this line off

    /// unit_price × every quantity, exactly, without throwing.
    [[nodiscard]] constexpr line_total<Amount> try_total() const noexcept {
        using Rep = typename Amount::rep;
        using W = detail::wide_t<Rep>;
        line_total<Amount> out;
        W acc = W(unit_price.raw());
        int pending = 0;  // acc carries pending * 6 extra fraction digits from the decimals
        constexpr W limit = W(detail::rep_max<Rep>());
        for (const auto& q : quantities) {
            W m = W(q.value.raw());
            int frac = decimal::scale;
            while (frac > 0 && m % 10 == 0) {  // keep the multiplier small: drop its trailing zeros
                m = m / 10;
                --frac;
            }
            const W am = acc < 0 ? W(-acc) : acc;
            const W mm = m < 0 ? W(-m) : m;
            if (mm != 0 && am > detail::wide_max<W>() / mm) {
                out.overflow = true;
                return out;
            }
            acc = acc * m;
            pending += frac;
            while (pending > 0 && acc % 10 == 0) {
                acc = acc / 10;
                --pending;
            }
        }
        if (pending > 0) {
            out.exact = false;
            return out;
        }
        if (acc > limit || acc < W(detail::rep_min<Rep>())) {
            out.overflow = true;
            return out;
        }
        out.value = Amount::from_raw(static_cast<Rep>(acc));
        return out;
    }
    /// unit_price × every quantity, exactly; std::overflow_error or std::domain_error if it cannot be held.
    [[nodiscard]] constexpr Amount total() const {
        const auto t = try_total();
        if (t.overflow) detail::overflow_in_multiplication();
        if (!t.exact) detail::cost_line_total_is_finer_than_the_amount_type();
        return t.value;
    }
    friend constexpr bool operator==(const cost_line&, const cost_line&) = default;
};

/// The sum of a cost basis's lines; lines that cannot be computed are left out (validate reports them).
template <class Amount>
constexpr Amount cost_basis_total(std::span<const cost_line<Amount>> lines) {
    Amount s{};
    for (const auto& l : lines) {
        const auto t = l.try_total();
        if (t.ok()) s += t.value;
    }
    return s;
}

}  // namespace jixiao
