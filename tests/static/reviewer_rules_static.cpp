// Constexpr facts about the reviewer's rules of issue 13 §3 (date_outside_period, impossible_date,
// cost_target_below_budget, satisfaction_without_measure, unit_name_variants): each fires and is fixed
// during constant evaluation, as in a static_assert over a constexpr table, and again at run time.
#include <jixiao/validate.hpp>

#include <array>
#include <chrono>

#include "../unit/sample_tables.hpp"
#include "fact.hpp"

namespace {

using namespace jixiao::literals;
namespace cat = jixiao::categories;
namespace rules = jixiao::rules;
using sample::project;
using std::chrono::year;

constexpr const project& good = sample::home_care;

/// The sample's indicators, the cost indicator (the third) replaced by c and a progress indicator worded w added.
template <std::size_t N>
constexpr std::array<jixiao::indicator, N> indicators(jixiao::indicator c, jixiao::indicator w) {
    std::array<jixiao::indicator, N> a{};
    for (std::size_t k = 0; k < 5; ++k) a[k] = sample::home_care_indicators[k];
    a[2] = c;
    a[5] = w;
    return a;
}
constexpr jixiao::indicator good_cost = sample::home_care_indicators[2];
constexpr jixiao::indicator plan(std::string_view w) {
    return {cat::progress, "实施计划", jixiao::parse_target("按计划"), w};
}

// ---- dates in the text -----------------------------------------------------------------------------------
constexpr auto seq6 = indicators<6>(good_cost, plan("2020年5月1日-2021年4月30日"));
constexpr auto seq10 = indicators<6>(good_cost, plan("2020年1月1日-2020年4月31日"));
constexpr auto leap = indicators<6>(good_cost, plan("2020年2月29日，2020年12月"));
constexpr auto not_leap = indicators<6>(good_cost, plan("2021年2月29日"));
constexpr project with(const jixiao::indicator* first, std::size_t n) {
    project p = good;
    p.indicators = std::span<const jixiao::indicator>(first, n);
    return p;
}
constexpr project late = with(seq6.data(), seq6.size());
constexpr project april31 = with(seq10.data(), seq10.size());
constexpr project in_leap = with(leap.data(), leap.size());
constexpr project out_leap = with(not_leap.data(), not_leap.size());

FACT(jixiao::validate(late).count(rules::date_outside_period) == 1);
FACT(jixiao::validate(late).size() == 1);
FACT(jixiao::validate(late)[0].message().view() ==
     "产出进度指标「实施计划」写有「2021年4月30日」，不在项目起止时间（2020年1月1日至2020年12月31日）内");
FACT(jixiao::validate(late)[0].message(jixiao::language::en).view() ==
     "产出进度指标 「实施计划」 names 「2021年4月30日」, outside 项目起止时间 2020-01-01–2020-12-31");
FACT(jixiao::require_valid(late));  // a warning
FACT(jixiao::validate(april31).count(rules::impossible_date) == 1);
FACT(jixiao::validate(april31).size() == 1 && !jixiao::validate(april31).ok());
FACT(jixiao::validate(in_leap).empty());
FACT(jixiao::validate(out_leap).count(rules::impossible_date) == 1);
FACT(jixiao::validate(out_leap).count(rules::date_outside_period) == 0);  // impossible, so not also outside

// ---- cost caps -------------------------------------------------------------------------------------------
constexpr auto capped = indicators<6>({cat::output_cost, "总体项目成本", jixiao::parse_target("≤5183999元")},
                                      plan("2020年12月31日前完成"));
constexpr auto exact = indicators<6>({cat::output_cost, "总体项目成本", jixiao::parse_target("≤5184000元")},
                                     plan("2020年12月31日前完成"));
constexpr auto rate = indicators<6>({cat::output_cost, "慰问标准", jixiao::parse_target("≤500元")},
                                    plan("2020年12月31日前完成"));
FACT(jixiao::validate(with(capped.data(), capped.size())).count(rules::cost_target_below_budget) == 1);
FACT(jixiao::validate(with(capped.data(), capped.size()))[0].message().view() ==
     "成本指标「总体项目成本」的指标值为 ≤5183999元，而本年度项目资金为 518.4000 万元，成本上限低于预算");
FACT(jixiao::validate(with(capped.data(), capped.size()))[0].message(jixiao::language::en).view() ==
     "cost indicator 「总体项目成本」 targets ≤5183999 元, but the 本年度项目资金 total is 518.4000 万元");
FACT(jixiao::validate(with(exact.data(), exact.size())).empty());
FACT(jixiao::validate(with(rate.data(), rate.size())).empty());  // a rate per family caps no total

// ---- satisfaction ------------------------------------------------------------------------------------------
constexpr auto coverage = indicators<6>(good_cost, {cat::beneficiary_satisfaction, "困难残疾人家庭",
                                                    jixiao::parse_target("全覆盖"), "困难残疾人家庭全覆盖"});
FACT(jixiao::validate(with(coverage.data(), coverage.size())).count(rules::satisfaction_without_measure) == 1);
FACT(jixiao::validate(good).count(rules::satisfaction_without_measure) == 0);

// ---- unit names across a set --------------------------------------------------------------------------------
constexpr project named(int seq, std::string_view implementer) {
    project p = good;
    p.seq = seq;
    p.implementer = implementer;
    return p;
}
constexpr std::array variants{named(4, "区残联组联部"), named(5, "残联组联部"), named(13, "丰台残联组联部")};
constexpr std::array distinct{named(4, "区残联组联部"), named(5, "市残联组联部"), named(13, "丰台残联教就部")};
FACT(jixiao::validate(variants).count(rules::unit_name_variants) == 2);
FACT(jixiao::validate(variants)[1].seq == 13);
FACT(
    jixiao::validate(variants)[1].message().view() ==
    "项目实施单位「丰台残联组联部」与「区残联组联部」只差地名前缀（区、区名、北京市），可能是同一单位；按项目实施单位汇总时两者分列");
FACT(
    jixiao::validate(variants)[1].message(jixiao::language::en).view() ==
    "项目实施单位 「丰台残联组联部」 differs from 「区残联组联部」 only by a prefix (区, a district, 北京市); totals by "
    "项目实施单位 keep them apart");
FACT(jixiao::require_valid(variants));
FACT(jixiao::validate(distinct).empty());

}  // namespace

int main() { return static_suite::report(); }
