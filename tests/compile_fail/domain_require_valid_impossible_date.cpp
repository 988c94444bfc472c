// expect: violates_impossible_date
// require_valid() on a constexpr table whose progress indicator names 2020年4月31日 (the seed's 序号10) stops
// compilation in a function named after the rule. The twin in domain_control.cpp names 2020年4月30日.
#include <jixiao/jixiao.hpp>

#include "../unit/sample_tables.hpp"

constexpr jixiao::indicator indicators[] = {
    sample::home_care_indicators[0],
    sample::home_care_indicators[1],
    sample::home_care_indicators[2],
    sample::home_care_indicators[3],
    sample::home_care_indicators[4],
    {jixiao::categories::progress, "实施计划", jixiao::parse_target("按计划完成"), "2020年1月1日-2020年4月31日"},
};

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.indicators = indicators;
    return p;
}();

static_assert(jixiao::require_valid(table));
