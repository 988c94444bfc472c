// jixiao — exact totals across projects: per column, per source row, grouped by any key; indicator counts.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

#include "project.hpp"

namespace jixiao {

/// Exact totals of a set of tables: every column, every source row of every column, and how many
/// tables went in. Totals merge with +, associatively, so partial totals from threads or machines
/// combine to the same result. Nothing throws and nothing wraps: a figure beyond the amount type is
/// kept exactly beside it and reported (ok(), held(), column_total()); column and source then hold the
/// end of the range it lies beyond, and merging goes on exactly, so a later negative amount may bring it back.
template <form F, class A>
struct totals {
    static constexpr std::size_t column_count = F::columns.size();
    static constexpr std::size_t row_count = F::funding_rows.size();

    std::array<A, column_count> column{};                         ///< 项目资金总额 per column
    std::array<std::array<A, row_count>, column_count> source{};  ///< each 其中 row per column; blank cells add nothing
    std::size_t projects = 0;                                     ///< how many tables

    /// Adds one table.
    constexpr totals& add(const basic_project<F, A>& p) {
        ++projects;
        if constexpr (detail::is_builtin_rep<rep>) {
            // The common case without a branch per cell: add in Rep; if any figure wrapped, undo and add wide.
            if (!beyond_) {
                bool wrapped = false;
                each(p, [&](A& v, wide&, rep x) {
                    rep r{};
                    wrapped |= __builtin_add_overflow(v.raw(), x, &r);
                    v = A::from_raw(r);
                });
                if (!wrapped) return *this;
                each(p, [](A& v, wide&, rep x) { v = A::from_raw(detail::wrapping_sub(v.raw(), x)); });
            }
        }
        each(p, [&](A& v, wide& excess, rep x) { split(v, excess, wide(v.raw()) + excess + wide(x)); });
        return *this;
    }
    /// Merges another partial total.
    constexpr totals& operator+=(const totals& o) {
        for (std::size_t c = 0; c < column_count; ++c) {
            merge(column[c], column_excess_[c], o.column[c], o.column_excess_[c], o.beyond_);
            for (std::size_t r = 0; r < row_count; ++r) {
                merge(source[c][r], source_excess_[c][r], o.source[c][r], o.source_excess_[c][r], o.beyond_);
            }
        }
        projects += o.projects;
        return *this;
    }
    friend constexpr totals operator+(totals a, const totals& b) { return a += b; }
    friend constexpr bool operator==(const totals& a, const totals& b) {
        return a.column == b.column && a.source == b.source && a.projects == b.projects &&
               a.column_excess_ == b.column_excess_ && a.source_excess_ == b.source_excess_;
    }

    /// This year's total (本年度 in the 2020 Beijing form).
    [[nodiscard]] constexpr const A& current() const noexcept { return column[F::current_column]; }

    /// Whether the amount type holds every figure.
    [[nodiscard]] constexpr bool ok() const noexcept {
        for (std::size_t c = 0; c < column_count; ++c) {
            if (!held(c)) return false;
            for (std::size_t r = 0; r < row_count; ++r) {
                if (!held(c, r)) return false;
            }
        }
        return true;
    }
    /// Whether the amount type holds column c's 项目资金总额.
    [[nodiscard]] constexpr bool held(std::size_t c) const noexcept { return column_excess_[c] == wide{}; }
    /// Whether the amount type holds source row r of column c.
    [[nodiscard]] constexpr bool held(std::size_t c, std::size_t r) const noexcept {
        return source_excess_[c][r] == wide{};
    }
    /// Column c's 项目资金总额, exactly, with whether the amount type holds it.
    [[nodiscard]] constexpr checked_total<A> column_total(std::size_t c) const {
        return checked_total<A>::of_raw(wide(column[c].raw()) + column_excess_[c]);
    }
    /// Source row r of column c, exactly, with whether the amount type holds it.
    [[nodiscard]] constexpr checked_total<A> source_total(std::size_t c, std::size_t r) const {
        return checked_total<A>::of_raw(wide(source[c][r].raw()) + source_excess_[c][r]);
    }

private:
    using rep = typename A::rep;
    using wide = detail::wide_t<rep>;

    // A figure is its held value plus an excess (zero unless the exact sum is beyond the type's range).
    // While no figure has ever had an excess (beyond_ is false), a figure is added in Rep alone.
    constexpr void split(A& value, wide& excess, const wide& exact) {
        const auto t = checked_total<A>::of_raw(exact);
        value = t.value;
        excess = exact - wide(t.value.raw());
        if (excess != wide{}) beyond_ = true;
    }
    // f(figure, its excess, the table's raw value of it: 0 for a blank cell) for every figure.
    template <class Fn>
    constexpr void each(const basic_project<F, A>& p, Fn f) {
        for (std::size_t c = 0; c < column_count; ++c) {
            f(column[c], column_excess_[c], p.funding[c].total.raw());
            for (std::size_t r = 0; r < row_count; ++r) {
                const auto& cell = p.funding[c].sources[r];
                f(source[c][r], source_excess_[c][r], cell ? cell->raw() : rep{});
            }
        }
    }
    constexpr void merge(A& value, wide& excess, const A& x, const wide& x_excess, bool x_beyond) {
        if constexpr (detail::is_builtin_rep<rep>) {
            rep r{};
            if (!beyond_ && !x_beyond && !__builtin_add_overflow(value.raw(), x.raw(), &r)) {
                value = A::from_raw(r);
                return;
            }
        }
        split(value, excess, wide(value.raw()) + excess + wide(x.raw()) + x_excess);
    }

    std::array<wide, column_count> column_excess_{};
    std::array<std::array<wide, row_count>, column_count> source_excess_{};
    bool beyond_ = false;  // some figure has had an excess
};

/// The exact totals of any range of tables of one form.
template <project_range R>
constexpr auto total(const R& projects) {
    using P = detail::range_project_t<R>;
    totals<typename P::form_type, typename P::amount_type> t;
    for (const auto& p : projects) t.add(p);
    return t;
}

/// One group of a grouped total: the key and the totals of the tables that have it.
template <class Key, form F, class A>
struct group {
    Key key;
    totals<F, A> sum;
};

/// Totals grouped by key(project), in order of each key's first appearance. Keys need == and <.
template <project_range R, class KeyFn>
constexpr auto group_by(const R& projects, KeyFn key) {
    using P = detail::range_project_t<R>;
    using K = std::remove_cvref_t<decltype(key(*std::begin(projects)))>;
    using G = group<K, typename P::form_type, typename P::amount_type>;
    std::vector<G> groups;
    std::vector<std::size_t> order;  // indexes into groups, sorted by key, for binary search
    std::size_t last = 0;            // consecutive tables often share a key
    for (const auto& p : projects) {
        K k = key(p);
        if (!groups.empty() && groups[last].key == k) {
            groups[last].sum.add(p);
            continue;
        }
        auto it = std::lower_bound(order.begin(), order.end(), k,
                                   [&](std::size_t g, const K& v) { return groups[g].key < v; });
        if (it != order.end() && groups[*it].key == k) {
            last = *it;
        } else {
            last = groups.size();
            groups.push_back(G{k, {}});
            order.insert(it, last);
        }
        groups[last].sum.add(p);
    }
    return groups;
}

/// Totals per 项目申报单位.
template <project_range R>
constexpr auto by_applicant(const R& projects) {
    return group_by(projects, [](const auto& p) { return p.applicant; });
}

/// Totals per 项目实施单位.
template <project_range R>
constexpr auto by_implementer(const R& projects) {
    return group_by(projects, [](const auto& p) { return p.implementer; });
}

/// How many indicators a category holds across a set of tables.
struct category_count {
    category cat;
    std::string_view label;        ///< the form's label, or the category's own name if the form lacks it
    std::size_t indicators = 0;    ///< all indicators filed here
    std::size_t placeholders = 0;  ///< of which 无 or blank
    friend constexpr bool operator==(const category_count&, const category_count&) = default;
};

/// Indicator counts per level-2 category: every category of the form in its order (zeros included),
/// then any category the form does not have, in order of appearance.
template <project_range R>
constexpr std::vector<category_count> count_indicators(const R& projects) {
    using F = typename detail::range_project_t<R>::form_type;
    std::vector<category_count> out;
    for (const auto& fc : F::categories) out.push_back(category_count{fc.cat, fc.label, 0, 0});
    for (const auto& p : projects) {
        for (const auto& i : p.indicators) {
            auto it = std::find_if(out.begin(), out.end(), [&](const category_count& c) { return c.cat == i.cat; });
            if (it == out.end()) {
                out.push_back(category_count{i.cat, i.cat.name, 0, 0});
                it = out.end() - 1;
            }
            ++it->indicators;
            if (i.target.cmp == comparator::none) ++it->placeholders;
        }
    }
    return out;
}

}  // namespace jixiao
