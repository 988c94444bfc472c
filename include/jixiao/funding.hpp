// jixiao — funding columns (以前年度 / 本年度 with their source rows), a project's funding, cost bases (测算依据).
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "amount.hpp"

namespace jixiao {

namespace detail {
/// An exact running sum of raw values: in Rep while it fits (the common case costs one checked add),
/// in Rep's wide type from the first addition that does not.
template <class Rep>
struct exact_sum {
    using wide = wide_t<Rep>;
    Rep low{};
    wide high{};
    bool widened = false;

    constexpr void add(const Rep& x) {
        if (!widened) {
            if constexpr (is_builtin_rep<Rep>) {
                Rep r{};
                if (!__builtin_add_overflow(low, x, &r)) {
                    low = r;
                    return;
                }
            } else if (!((x > 0 && low > rep_max<Rep>() - x) || (x < 0 && low < rep_min<Rep>() - x))) {
                low = low + x;
                return;
            }
            high = wide(low);
            widened = true;
        }
        high = high + wide(x);
    }
    [[nodiscard]] constexpr wide value() const { return widened ? high : wide(low); }
};

/// A value of Rep's wide type read as an amount of Scale fraction digits: what a finding or a writer
/// prints when a sum is beyond the amount type (it has the rep, scale and raw() that printing needs).
template <class W, int Scale>
struct wide_amount {
    using rep = W;
    static constexpr int scale = Scale;
    W raw_{};
    [[nodiscard]] constexpr const W& raw() const noexcept { return raw_; }
};
}  // namespace detail

/// A sum or difference of amounts computed exactly, without throwing: its value if the amount type holds
/// it, and if not, that it overflowed and what it is. Compares equal to an amount only when held.
template <class Amount>
struct checked_total {
    using wide_rep = detail::wide_t<typename Amount::rep>;

    Amount value{};         ///< the total when held; otherwise the end of the type's range it lies beyond
    bool overflow = false;  ///< the exact total is beyond the amount type's range
    wide_rep exact{};       ///< the exact total in raw units of Amount, in the wide type (always set)

    /// The total of these exact raw units: held if it fits, otherwise marked and kept in full.
    [[nodiscard]] static constexpr checked_total of_raw(const wide_rep& w) {
        checked_total t;
        t.exact = w;
        if (w > wide_rep(detail::rep_max<typename Amount::rep>())) {
            t.value = Amount::max();
            t.overflow = true;
        } else if (w < wide_rep(detail::rep_min<typename Amount::rep>())) {
            t.value = Amount::min();
            t.overflow = true;
        } else {
            t.value = Amount::from_raw(static_cast<typename Amount::rep>(w));
        }
        return t;
    }
    /// A total the amount type holds.
    [[nodiscard]] static constexpr checked_total held(const Amount& a) { return {a, false, wide_rep(a.raw())}; }
    /// The total of an exact running sum (in Rep while it fit, no range check needed then).
    [[nodiscard]] static constexpr checked_total of(const detail::exact_sum<typename Amount::rep>& s) {
        return s.widened ? of_raw(s.high) : held(Amount::from_raw(s.low));
    }
    /// a − b, exactly.
    [[nodiscard]] static constexpr checked_total difference(const Amount& a, const checked_total& b) {
        if constexpr (detail::is_builtin_rep<typename Amount::rep>) {
            typename Amount::rep r{};
            if (b.ok() && !__builtin_sub_overflow(a.raw(), b.value.raw(), &r)) return held(Amount::from_raw(r));
        }
        return of_raw(wide_rep(a.raw()) - b.exact);
    }
    /// Whether the amount type holds the total.
    [[nodiscard]] constexpr bool ok() const noexcept { return !overflow; }
    /// The exact total as a printable number of Amount's scale (for messages and writers).
    [[nodiscard]] constexpr detail::wide_amount<wide_rep, Amount::scale> exact_amount() const { return {exact}; }
    friend constexpr bool operator==(const checked_total& t, const Amount& a) { return t.ok() && t.value == a; }
    friend constexpr bool operator==(const checked_total&, const checked_total&) = default;
};

/// The exact total as text, with Amount's fraction digits, also when the amount type cannot hold it.
template <class Amount>
std::string to_string(const checked_total<Amount>& t) {
    char buf[96];
    const char* const e = detail::format<typename checked_total<Amount>::wide_rep, Amount::scale>(buf, buf + sizeof buf,
                                                                                                  t.exact);
    return std::string(buf, static_cast<std::size_t>(e - buf));
}

/// One funding column of a table: the total and one cell per source row of the form.
/// A cell the table leaves blank is std::nullopt, which is not the same as a written 0.0000.
template <class Amount, std::size_t Rows>
struct funding_column {
    Amount total{};
    std::array<std::optional<Amount>, Rows> sources{};

    /// The exact sum of the cells that are filled in; std::overflow_error if the type cannot hold it
    /// (try_sources_sum says so instead).
    [[nodiscard]] constexpr Amount sources_sum() const {
        Amount s{};
        for (const auto& c : sources) {
            if (c) s += *c;
        }
        return s;
    }
    /// The exact sum of the cells that are filled in, without throwing: overflow is marked, not raised.
    [[nodiscard]] constexpr checked_total<Amount> try_sources_sum() const {
        using Rep = typename Amount::rep;
        if constexpr (detail::is_builtin_rep<Rep>) {
            // Without a branch per cell: a sum that never wraps is exact; one that does is summed again, wide.
            Rep s{};
            bool wrapped = false;
            for (const auto& c : sources) wrapped |= __builtin_add_overflow(s, c ? c->raw() : Rep{}, &s);
            if (!wrapped) return checked_total<Amount>::held(Amount::from_raw(s));
        }
        detail::exact_sum<Rep> s;
        for (const auto& c : sources) {
            if (c) s.add(c->raw());
        }
        return checked_total<Amount>::of(s);
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

namespace detail {
// The form's named funding aggregate for Amount (Form::funding<Amount>), or void if the form has none.
template <class Form, class Amount>
struct named_funding {
    using type = void;
};
template <class Form, class Amount>
    requires requires { typename Form::template funding<Amount>; }
struct named_funding<Form, Amount> {
    using type = typename Form::template funding<Amount>;
};

// Calls f with the N members of the aggregate x, in declaration order: a structured binding, the one way
// C++20 has to reach an aggregate's members by position. N is at most 10 (9 source rows and the total).
template <std::size_t N, class T, class F>
constexpr auto with_members(const T& x, F f) {
    static_assert(std::is_aggregate_v<T>, "jixiao: a form's named funding and columns must be aggregates");
    static_assert(N >= 1 && N <= 10, "jixiao: named funding supports 1 to 10 members per aggregate");
    if constexpr (N == 1) {
        const auto& [m0] = x;
        return f(m0);
    } else if constexpr (N == 2) {
        const auto& [m0, m1] = x;
        return f(m0, m1);
    } else if constexpr (N == 3) {
        const auto& [m0, m1, m2] = x;
        return f(m0, m1, m2);
    } else if constexpr (N == 4) {
        const auto& [m0, m1, m2, m3] = x;
        return f(m0, m1, m2, m3);
    } else if constexpr (N == 5) {
        const auto& [m0, m1, m2, m3, m4] = x;
        return f(m0, m1, m2, m3, m4);
    } else if constexpr (N == 6) {
        const auto& [m0, m1, m2, m3, m4, m5] = x;
        return f(m0, m1, m2, m3, m4, m5);
    } else if constexpr (N == 7) {
        const auto& [m0, m1, m2, m3, m4, m5, m6] = x;
        return f(m0, m1, m2, m3, m4, m5, m6);
    } else if constexpr (N == 8) {
        const auto& [m0, m1, m2, m3, m4, m5, m6, m7] = x;
        return f(m0, m1, m2, m3, m4, m5, m6, m7);
    } else if constexpr (N == 9) {
        const auto& [m0, m1, m2, m3, m4, m5, m6, m7, m8] = x;
        return f(m0, m1, m2, m3, m4, m5, m6, m7, m8);
    } else {
        const auto& [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9] = x;
        return f(m0, m1, m2, m3, m4, m5, m6, m7, m8, m9);
    }
}

// The columns of a positional funding list, as an aggregate of N members. Not a C array: g++ 12 reports a
// designated list offered to an array parameter as a hard error instead of passing over that constructor.
template <class Column, std::size_t N>
struct column_list;
template <class Column>
struct column_list<Column, 1> {
    Column c0{};
};
template <class Column>
struct column_list<Column, 2> {
    Column c0{}, c1{};
};
template <class Column>
struct column_list<Column, 3> {
    Column c0{}, c1{}, c2{};
};
template <class Column>
struct column_list<Column, 4> {
    Column c0{}, c1{}, c2{}, c3{};
};
template <class Column>
struct column_list<Column, 5> {
    Column c0{}, c1{}, c2{}, c3{}, c4{};
};
template <class Column>
struct column_list<Column, 6> {
    Column c0{}, c1{}, c2{}, c3{}, c4{}, c5{};
};
}  // namespace detail

/// A project's funding (项目资金情况): one funding_column per column of the form, indexed like Form::columns
/// and Form::funding_rows. Written positionally, {{{total, {cell, ...}}, ...}}, or, if the form declares named
/// funding (Form::funding<Amount>: one member per column, each an aggregate of the total and one cell per
/// source row, in the form's order), by name: {{.current = {.total = 518.4_wan, .district = 518.4_wan}}}.
/// Two pairs of braces: the outer pair builds this class, the inner pair is the form's aggregate, and C++
/// allows designators only in an aggregate's own braces. What is not named is 0 (a total) or blank (a cell).
template <class Form, class Amount>
struct project_funding : std::array<funding_column<Amount, Form::funding_rows.size()>, Form::columns.size()> {
    using column_type = funding_column<Amount, Form::funding_rows.size()>;
    using array_type = std::array<column_type, Form::columns.size()>;
    /// The form's named funding aggregate, or void if the form declares none.
    using named_type = typename detail::named_funding<Form, Amount>::type;
    static_assert(Form::columns.size() <= 6, "jixiao: a form has at most 6 funding columns");

    /// Every column zero, every source cell blank.
    constexpr project_funding() = default;
    /// Column by column, in the order of Form::columns: {{{total, {cell, ...}}, ...}}, as when the funding
    /// was a plain std::array.
    constexpr project_funding(const detail::column_list<column_type, Form::columns.size()>& columns)
        : array_type(
              detail::with_members<Form::columns.size()>(columns, [](const auto&... c) { return array_type{c...}; })) {}
    /// By name. A template only so that a braced list that fits both this and the array (say {{}, {x}})
    /// picks the array: a non-template wins a tie. The designated list itself fits only this.
    template <class Named = named_type>
        requires(!std::is_void_v<Named> && std::is_same_v<Named, named_type>)
    constexpr project_funding(const Named& named) : array_type(from_named(named)) {}

private:
    static constexpr column_type column_from_named(const auto& c) {
        return detail::with_members<Form::funding_rows.size() + 1>(c, [](const auto& total, const auto&... cells) {
            return column_type{total, {cells...}};
        });
    }
    template <class Named>
    static constexpr array_type from_named(const Named& n) {
        return detail::with_members<Form::columns.size()>(
            n, [](const auto&... columns) { return array_type{column_from_named(columns)...}; });
    }
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
    std::string_view item{};               ///< what the money buys, e.g. "办公电脑"
    Amount unit_price{};                   ///< the price per unit, in 万元 like every amount
    std::string_view price_unit{};         ///< the price's unit as written, e.g. "元/台"
    quantity_list quantities{};            ///< the multipliers
    std::optional<Amount> stated_total{};  ///< the total the document states for this line, if any
    std::string_view text{};               ///< the original wording
    bool truncated = false;                ///< the source cuts this line off

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

/// The exact sum of a cost basis's lines, without throwing: lines that cannot be computed are left out
/// (validate reports them), and a sum beyond the amount type is marked (checked_total::ok() is false).
template <class Amount>
constexpr checked_total<Amount> cost_basis_total(std::span<const cost_line<Amount>> lines) {
    detail::exact_sum<typename Amount::rep> s;
    for (const auto& l : lines) {
        const auto t = l.try_total();
        if (t.ok()) s.add(t.value.raw());
    }
    return checked_total<Amount>::of(s);
}

}  // namespace jixiao

// A project_funding decomposes like the std::array it is: const auto& [previous, current] = p.funding.
template <class Form, class Amount>
struct std::tuple_size<jixiao::project_funding<Form, Amount>>
    : std::integral_constant<std::size_t, Form::columns.size()> {};
template <std::size_t I, class Form, class Amount>
struct std::tuple_element<I, jixiao::project_funding<Form, Amount>> {
    using type = typename jixiao::project_funding<Form, Amount>::column_type;
};
