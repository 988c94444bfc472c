// expect: violates_cost_target_below_budget
// require_valid() on a constexpr table whose one cost indicator caps the cost at 518.3999 万元 while its
// 本年度 total is 518.4000 万元 (as the seed's 序号3 does) stops compilation in a function named after the
// rule. The twin is the shared sample in domain_control.cpp, whose cap equals its total.
#include <jixiao/jixiao.hpp>

#include "../unit/sample_tables.hpp"

constexpr jixiao::indicator indicators[] = {
    sample::home_care_indicators[0],
    sample::home_care_indicators[1],
    {jixiao::categories::output_cost, "总体项目成本", jixiao::parse_target("控制在518.3999万元内")},
    sample::home_care_indicators[3],
    sample::home_care_indicators[4],
};

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.indicators = indicators;
    return p;
}();

static_assert(jixiao::require_valid(table));
