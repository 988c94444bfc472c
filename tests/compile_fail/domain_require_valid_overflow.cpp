// expect: violates_amount_overflow
// require_valid() on a constexpr table whose 本年度 source rows are each the largest amount (valid cells
// whose sum no amount of the type holds) stops compilation in a function named after the rule, not in an
// overflow deep inside the arithmetic. domain_control.cpp holds the twin: the same table with one row blank.
#include <jixiao/jixiao.hpp>

#include "../unit/sample_tables.hpp"

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.funding[sample::form::current_column] = {jixiao::wan::max(), {jixiao::wan::max(), jixiao::wan::max(), {}}};
    p.cost_basis = {};
    p.indicators = sample::home_care_indicators_stated_cost;
    return p;
}();

static_assert(jixiao::require_valid(table));
