// What the fuzzers check of every table set that loads: validate(), total(), by_implementer() and write_json()
// never throw, and every figure agrees with an independent exact sum in 128 bits — a total is the sum of its
// parts when the amount type holds it, and otherwise it is marked as not held with its exact value, and an
// amount_overflow finding names it. Sources and cost bases of each table are checked the same way.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <span>
#include <string>
#include <vector>

#include <jixiao/aggregate.hpp>
#include <jixiao/io/json.hpp>
#include <jixiao/validate.hpp>

namespace fuzz {

[[noreturn]] inline void totals_fail(const char* what) {
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

using int128 = jixiao::detail::int128;

template <class A>
bool fits(int128 v) {
    return v >= int128(A::min().raw()) && v <= int128(A::max().raw());
}

/// How many findings of rule r are about table k, part `part`, index i (or any index when i is npos).
inline std::size_t count_at(const jixiao::findings& rep, const jixiao::rule& r, std::size_t k, jixiao::table_part part,
                            std::size_t i = static_cast<std::size_t>(-1)) {
    std::size_t n = 0;
    for (const auto& f : rep) {
        if (&f.rule() == &r && f.table == k && f.part == part && (i == static_cast<std::size_t>(-1) || f.index == i)) {
            ++n;
        }
    }
    return n;
}

/// A figure of totals against the exact sum of its parts.
template <class Checked>
void check_figure(const Checked& t, bool held, int128 exact, bool in_range, const char* what) {
    if (t.exact != exact) totals_fail(what);
    if (held != in_range || t.ok() != in_range) totals_fail(what);
    if (in_range && t.value.raw() != static_cast<std::int64_t>(exact)) totals_fail(what);
}

/// Checks validation and totals of a loaded set of int64 amounts (see the file comment).
template <class Store>
void check_validate_and_totals(const Store& store) {
    using P = jixiao::detail::range_project_t<Store>;
    using F = typename P::form_type;
    using A = typename P::amount_type;
    static_assert(std::is_same_v<typename A::rep, std::int64_t>, "the independent sums are in 128 bits");
    constexpr std::size_t nc = F::columns.size();
    constexpr std::size_t nr = F::funding_rows.size();
    const auto& overflow = jixiao::rules::amount_overflow;
    try {
        const auto rep = jixiao::validate(store);
        const auto t = jixiao::total(store);
        if (t.projects != store.size()) totals_fail("totals count another number of tables");

        // Each table: its source sums and its cost basis.
        for (std::size_t k = 0; k < store.size(); ++k) {
            const P& p = store[k];
            for (std::size_t c = 0; c < nc; ++c) {
                int128 sum = 0;
                for (const auto& cell : p.funding[c].sources) {
                    if (cell) sum += cell->raw();
                }
                const bool in_range = fits<A>(sum);
                check_figure(p.funding[c].try_sources_sum(), in_range, sum, in_range, "a table's source sum");
                const auto part = jixiao::table_part::funding_column;
                if (count_at(rep, overflow, k, part, c) != (in_range ? 0u : 1u)) {
                    totals_fail("a source sum beyond the type has no amount_overflow finding, or one that holds has");
                }
                const bool differs = in_range && static_cast<std::int64_t>(sum) != p.funding[c].total.raw();
                if (count_at(rep, jixiao::rules::funding_sources_sum, k, part, c) != (differs ? 1u : 0u)) {
                    totals_fail("funding_sources_sum disagrees with the exact source sum");
                }
            }
            int128 basis = 0;
            for (const auto& line : p.cost_basis) {
                const auto product = line.try_total();
                if (product.ok()) basis += product.value.raw();
            }
            const bool basis_in_range = fits<A>(basis);
            if (!p.cost_basis.empty()) {
                check_figure(p.cost_basis_total(), basis_in_range, basis, basis_in_range, "a table's cost basis");
                const int128 gap = int128(p.current().total.raw()) - basis;
                const bool below = basis_in_range && basis < int128(p.current().total.raw());
                const bool expect_overflow = !basis_in_range || (below && !fits<A>(gap));
                if (count_at(rep, overflow, k, jixiao::table_part::table) < (expect_overflow ? 1u : 0u)) {
                    totals_fail("a cost basis beyond the type has no amount_overflow finding");
                }
            }
        }

        // The set: every figure of total() against its exact sum, and one amount_overflow finding per
        // figure that is not held.
        std::size_t not_held = 0;
        for (std::size_t c = 0; c < nc; ++c) {
            int128 column = 0;
            for (const P& p : store) column += p.funding[c].total.raw();
            check_figure(t.column_total(c), t.held(c), column, fits<A>(column), "a column total");
            if (!fits<A>(column)) ++not_held;
            for (std::size_t r = 0; r < nr; ++r) {
                int128 row = 0;
                for (const P& p : store) {
                    if (p.funding[c].sources[r]) row += p.funding[c].sources[r]->raw();
                }
                check_figure(t.source_total(c, r), t.held(c, r), row, fits<A>(row), "a source row total");
                if (!fits<A>(row)) ++not_held;
            }
        }
        std::size_t set_findings = 0;
        for (const auto& f : rep) {
            if (&f.wording() == &jixiao::rules::amount_overflow_rule::set_total ||
                &f.wording() == &jixiao::rules::amount_overflow_rule::set_source) {
                ++set_findings;
            }
        }
        if (set_findings != not_held) totals_fail("a set total beyond the type without exactly one finding");
        if (t.ok() != (not_held == 0)) totals_fail("totals::ok() disagrees with its figures");

        // Merging: the totals of two halves, and of the 实施单位 groups, are the totals of the whole.
        const std::vector<P> all(store.begin(), store.end());
        const std::span<const P> s(all);
        const std::size_t half = s.size() / 2;
        if (jixiao::total(s.first(half)) + jixiao::total(s.subspan(half)) != t)
            totals_fail("halves merge to another total");
        if (jixiao::total(s.subspan(half)) + jixiao::total(s.first(half)) != t)
            totals_fail("merging is not commutative");
        jixiao::totals<F, A> groups;
        for (const auto& g : jixiao::by_implementer(store)) groups += g.sum;
        if (groups != t) totals_fail("the 实施单位 groups merge to another total");

        // The document says which totals it cannot hold.
        const std::string doc = jixiao::write_json(store);
        if ((doc.find("\n    \"overflow\": [") != std::string::npos) == t.ok()) {
            totals_fail("write_json's totals do not say which figure overflowed");
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "exception: %s\n", e.what());
        totals_fail("validating or totalling a loaded set threw");
    }
}

}  // namespace fuzz
