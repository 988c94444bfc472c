// The sample table the tests share: 序号 1 of the seed, 残疾人家庭居家服务项目 (2020 Beijing district form),
// 本年度 518.4 万元, all of it 区财政拨款, with a cost basis that agrees to the 元. It breaks no rule, not even
// a warning; a test that needs a fault copies it and breaks one thing.
#pragma once

#include <chrono>

#include <jixiao/amount.hpp>
#include <jixiao/form.hpp>
#include <jixiao/funding.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/project.hpp>
#include <jixiao/target.hpp>

namespace sample {

using namespace jixiao::literals;

/// The form of the sample tables.
using form = jixiao::forms::beijing_district_2020;
/// A table of that form, in 万元 to the 元.
using project = jixiao::basic_project<form>;

/// The five indicators: one per required category, a quality, a cost and a qualitative one.
inline constexpr jixiao::indicator home_care_indicators[] = {
    {jixiao::categories::quantity, "居家服务家庭数", jixiao::parse_target("2000户"),
     "为 2000 个残疾人家庭提供居家服务"},
    {jixiao::categories::quality, "每户居家服务时长", jixiao::parse_target("不低于72小时"),
     "每户居家服务时长不低于 72 小时"},
    {jixiao::categories::output_cost, "总体项目成本", jixiao::parse_target("控制在518.4万元内"),
     "总体项目成本控制在518.4万元内"},
    {jixiao::categories::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善"),
     "改善困难残疾人家庭的生活质量"},
    {jixiao::categories::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%"),
     "残疾人满意率不低于90%"},
};

/// The same, but the cost indicator states the cost (=518.4万元) rather than capping it: for tests that raise
/// the total far above 518.4 万元 (the overflow tests), where a cap of 518.4 万元 would be cost_target_below_budget.
inline constexpr jixiao::indicator home_care_indicators_stated_cost[] = {
    home_care_indicators[0],
    home_care_indicators[1],
    {jixiao::categories::output_cost, "总体项目成本", jixiao::parse_target("=518.4万元"), "总体项目成本518.4万元"},
    home_care_indicators[3],
    home_care_indicators[4],
};

/// 2000 户 × 2592 元/户 = 5184000 元 = 518.4 万元, as stated.
inline constexpr jixiao::cost_line<jixiao::wan> home_care_basis[] = {
    {.item = "居家服务",
     .unit_price = 2592_yuan,
     .price_unit = "元/户",
     .quantities = {{2000, "户"}},
     .stated_total = 518.4_wan,
     .text = "2000户×2592元/户=5184000元"},
};

/// The table. 以前年度 is written as zeros, as the seed prints it; the 本年度 cells left out are blank.
inline constexpr project home_care{
    .seq = 1,
    .year = std::chrono::year{2020},
    .name = "残疾人家庭居家服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "区残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.previous = {.total = 0_wan, .district = 0_wan, .city = 0_wan, .self_raised = 0_wan},
                 .current = {.total = 518.4_wan, .district = 518.4_wan}}},
    .goal = "为全区2000户低保重残和重残无业残疾人家庭提供居家服务",
    .indicators = home_care_indicators,
    .cost_basis = home_care_basis,
};

}  // namespace sample
