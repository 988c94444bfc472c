// expect: violates_funding_sources_sum
// require_valid() on a constexpr table whose 本年度 source rows (518.3000) do not sum to the total (518.4000)
// stops compilation in a function named after the rule. The table is the shared sample with its 区财政拨款
// cell changed; domain_control.cpp holds the sample unchanged.
#include <jixiao/jixiao.hpp>

#include "../unit/sample_tables.hpp"

using namespace jixiao::literals;

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.funding[sample::form::current_column].sources[0] = 518.3_wan;  // 区财政拨款
    return p;
}();

static_assert(jixiao::require_valid(table));
