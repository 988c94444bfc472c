// expect: compiles
// The positive twins of the domain_* files: the same constexpr tables with the one fault removed, so that
// each of those fails for its stated reason and not because the harness, the compiler or the include paths
// are broken. domain_category_not_in_form.cpp: the indicator filed under 环境效益指标, which the 2020 Beijing
// district form has. domain_require_valid_*.cpp: the shared sample table, whose sources sum, whose cost basis
// equals its total, and a set of it whose 序号 differ.
#include <jixiao/jixiao.hpp>

#include <array>

#include "../unit/sample_tables.hpp"

using namespace jixiao::literals;
namespace cat = jixiao::categories;

constexpr jixiao::indicator indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户")},
    {cat::environmental_benefit, "生态环境",
     jixiao::parse_target("明显改善")},  // twin of domain_category_not_in_form.cpp
};

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.indicators = indicators;
    return p;
}();
static_assert(table.indicators.size() == 2);

static_assert(jixiao::require_valid(sample::home_care));  // twin of domain_require_valid_sources.cpp,
                                                          // domain_require_valid_cost_basis.cpp and
                                                          // domain_require_valid_cost_below_budget.cpp
constexpr std::array<sample::project, 2> two_tables{sample::home_care, [] {
                                                        auto p = sample::home_care;
                                                        p.seq = 2;
                                                        return p;
                                                    }()};
static_assert(jixiao::require_valid(two_tables));  // twin of domain_require_valid_duplicate_seq.cpp

// Twin of domain_require_valid_impossible_date.cpp: 4月30日 is in the calendar.
constexpr jixiao::indicator dated[] = {
    sample::home_care_indicators[0],
    sample::home_care_indicators[1],
    sample::home_care_indicators[2],
    sample::home_care_indicators[3],
    sample::home_care_indicators[4],
    {cat::progress, "实施计划", jixiao::parse_target("按计划完成"), "2020年1月1日-2020年4月30日"},
};
static_assert(jixiao::require_valid([] {
    auto p = sample::home_care;
    p.indicators = dated;
    return p;
}()));
// Twin of domain_require_valid_overflow.cpp: the largest amount in one source row, the other blank.
constexpr sample::project with_current(int seq, jixiao::wan amount) {
    auto p = sample::home_care;
    p.seq = seq;
    p.funding[sample::form::current_column] = {amount, {amount, {}, {}}};
    p.cost_basis = {};
    p.indicators = sample::home_care_indicators_stated_cost;
    return p;
}
static_assert(jixiao::require_valid(with_current(1, jixiao::wan::max())));
// Twin of domain_require_valid_set_overflow.cpp: the two totals sum to the largest amount exactly.
constexpr std::array<sample::project, 2> edge_set{with_current(1, jixiao::wan::max() - 518.4_wan),
                                                  with_current(2, 518.4_wan)};
static_assert(jixiao::require_valid(edge_set));
