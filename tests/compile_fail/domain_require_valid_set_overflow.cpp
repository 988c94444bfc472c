// expect: violates_amount_overflow
// require_valid() on a constexpr set of two tables, each valid, whose 本年度 totals sum beyond the amount
// type: the set's total is a finding of amount_overflow, and the diagnostic names it. domain_control.cpp
// holds the twin: the same set with the first table 518.4 万元 lower, so that the two sum to the largest.
#include <jixiao/jixiao.hpp>

#include <array>

#include "../unit/sample_tables.hpp"

using namespace jixiao::literals;

constexpr sample::project largest(int seq, jixiao::wan amount) {
    auto p = sample::home_care;
    p.seq = seq;
    p.funding[sample::form::current_column] = {amount, {amount, {}, {}}};
    p.cost_basis = {};
    p.indicators = sample::home_care_indicators_stated_cost;
    return p;
}

constexpr std::array<sample::project, 2> set{largest(1, jixiao::wan::max()), largest(2, 518.4_wan)};

static_assert(jixiao::require_valid(set));
