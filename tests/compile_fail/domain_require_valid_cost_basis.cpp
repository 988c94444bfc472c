// expect: violates_cost_basis_exceeds_total
// require_valid() on a constexpr table whose cost basis (2000户 × 2597元 = 519.4000) exceeds its 本年度 total
// (518.4000) stops compilation in a function named after the rule. The table is the shared sample with the
// unit price of its one cost line changed (and that line's stated total with it, so that the line itself does
// not disagree first); domain_control.cpp holds the sample unchanged.
#include <jixiao/jixiao.hpp>

#include "../unit/sample_tables.hpp"

using namespace jixiao::literals;

constexpr jixiao::cost_line<jixiao::wan> basis[] = {[] {
    auto line = sample::home_care_basis[0];
    line.unit_price = 2597_yuan;
    line.stated_total = 519.4_wan;  // not std::nullopt: clang 14 cannot copy an optional reset in a constant
    return line;
}()};

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.cost_basis = basis;
    return p;
}();

static_assert(jixiao::require_valid(table));
