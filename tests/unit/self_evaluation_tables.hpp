// Real self-evaluation tables (部门预算项目支出绩效自评表（2023年度）, the Sichuan form), transcribed cell by cell
// from the excerpts in ../shared/real/ (relative to the repository: /work/shared/real/). What an excerpt does
// not show is left blank here and said so; nothing is filled in to make a table look complete.
//
// The Sichuan form: 预算执行情况（10分） with 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因
// per row (总额, 其中:财政资金, 财政专户管理资金, 单位资金, 其他资金), then 绩效指标（90分） with 一级 / 二级 / 三级 /
// 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 / 得分 / 未完成原因分析, then 合计, 评价结论, 存在问题, 改进措施.
// 指标性质 + 指标值 + 度量单位 make one target here ("=" "100" "%" → parse_target("=100%")); the 原因 cell of
// the execution block holds the form's printed instructions (1.预算执行率=预算执行数/调整后预算数 …), which
// are not a reason, so reason stays empty. Neither table has a 序号: the tests give them 1, 2, 3 as a set would.
#pragma once

#include <chrono>

#include <jixiao/amount.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/self_evaluation.hpp>
#include <jixiao/target.hpp>

namespace sichuan {

using namespace jixiao::literals;
using jixiao::decimal;
namespace cat = jixiao::categories;

// ---- 青神县发展和改革局, 51000021R000000019951-工资性支出 (sichuan-qingshen-fgj-2023-selfeval.txt) ---------
// Complete as a form, but never filled in: 完成值 and 得分 are empty, 评价结论 still holds the form's prompt.

inline constexpr jixiao::execution_row<> qingshen_funding[] = {
    {.label = "总额",
     .initial = 238.93_wan,
     .budget = 251.89_wan,
     .executed = 251.89_wan,
     .points = decimal(10)},  // 预算执行率 100.00%, 权重 10, 得分 empty
    {.label = "其中:财政资金", .initial = 238.93_wan, .budget = 251.89_wan, .executed = 251.89_wan},
    {.label = "财政专户管理资金", .initial = 0_wan, .budget = 0_wan, .executed = 0_wan},
    {.label = "单位资金", .initial = 0_wan, .budget = 0_wan, .executed = 0_wan},
    {.label = "其他资金"},  // every cell empty
};

inline constexpr jixiao::result_row qingshen_results[] = {
    {.cat = cat::quantity,
     .name = "发放(缴纳)覆盖率",
     .target = jixiao::parse_target("=100%"),
     .wording = "= 100 %",
     .points = decimal(60)},  // 完成值 empty, 得分 empty
    {.cat = cat::social_benefit,
     .name = "足额保障率(参保率)",
     .target = jixiao::parse_target("=100%"),
     .wording = "= 100 %",
     .points = decimal(30)},
};

inline constexpr jixiao::self_evaluation qingshen{
    .seq = 1,
    .year = std::chrono::year{2023},
    .name = "51000021R000000019951-工资性支出",
    .department = "青神县发展和改革局本级",
    .implementer = "青神县发展和改革局",
    .funding = qingshen_funding,
    .indicators = qingshen_results,
    .points_total = decimal(100),  // 合计 100
    .conclusion = "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)",
    .problems = "结合自评情况,分析存在的问题及原因。(200字以内)",
    .measures = "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)",
};

// ---- 大英县司法局 (sichuan-daying-sfj-2023-selfeval.txt): the page shows the end of one table and the start
// of the next.

// The first table's last indicator and 合计; its name and execution block are above the excerpt. All of
// 绩效指标's 90 points sit on one cost indicator, filed by the Sichuan form under 产出指标 (so 经济成本指标 is
// a 二级 category of 产出 here, not the level-1 成本指标 of 财预〔2021〕101号), whose 完成值 is the word 完成.
inline constexpr jixiao::category sichuan_output_cost{cat::output, "经济成本指标"};

inline constexpr jixiao::result_row daying_cost_results[] = {
    {.cat = sichuan_output_cost,
     .name = "成本控制数",
     .target = jixiao::parse_target("≤30万元"),
     .wording = "≤ 30 万元",
     .actual = jixiao::parse_actual("完成"),
     .points = decimal(90),
     .score = decimal(90)},
};

inline constexpr jixiao::self_evaluation daying_cost_tail{
    .seq = 2,
    .year = std::chrono::year{2023},
    .implementer = "大英县司法局",
    .indicators = daying_cost_results,
    .points_total = decimal(100),
    .conclusion = "根据财政局资金下达的管理办法,将资金支付给项目施工方。",
    .problems = "无",
    .measures = "无",
};

// The second table, 51092324T000010263357-2023年全县安可替代补助资金项目: the whole execution block; its
// indicators are cut off after the first target ("= 100", unit and the rest lost), so none is transcribed.
inline constexpr jixiao::execution_row<> daying_anke_funding[] = {
    {.label = "总额",
     .initial = 0_wan,
     .budget = 3.36_wan,
     .executed = 3.36_wan,
     .points = decimal(10),
     .score = decimal(10)},  // 预算执行率 100.00%
    {.label = "其中:财政资金", .initial = 0_wan, .budget = 3.36_wan, .executed = 3.36_wan},
    {.label = "财政专户管理资金", .initial = 0_wan, .budget = 0_wan, .executed = 0_wan},
    {.label = "单位资金", .initial = 0_wan, .budget = 0_wan, .executed = 0_wan},
    {.label = "其他资金"},
};

inline constexpr jixiao::self_evaluation daying_anke{
    .seq = 3,
    .year = std::chrono::year{2023},
    .name = "51092324T000010263357-2023年全县安可替代补助资金项目",
    .department = "大英县司法局部门",
    .implementer = "大英县司法局",
    .funding = daying_anke_funding,
};

// ---- a wage and social-insurance project (sichuan-dyrmt-2023-selfeval-fragment.txt): four indicators of
// 22.5 points each and 合计 100. The fragment shows no 完成值 or 得分 and no name; 科目调整次数 follows
// 足额保障率 with no 二级 label of its own, so it is filed under 数量指标 with it.
inline constexpr jixiao::result_row wage_results[] = {
    {.cat = cat::quantity,
     .name = "足额保障率",
     .target = jixiao::parse_target("=100%"),
     .wording = "=100%",
     .points = jixiao::decimal::parse("22.5")},
    {.cat = cat::quantity,
     .name = "科目调整次数",
     .target = jixiao::parse_target("≤10次"),
     .wording = "≤10次",
     .points = jixiao::decimal::parse("22.5")},
    {.cat = cat::timeliness,
     .name = "按时发放率",
     .target = jixiao::parse_target("=100%"),
     .wording = "=100%",
     .points = jixiao::decimal::parse("22.5")},
    {.cat = cat::economic_benefit,
     .name = "结余率(计算方法为:结余数/预算数)",
     .target = jixiao::parse_target("≤5%"),
     .wording = "≤5%",
     .points = jixiao::decimal::parse("22.5")},
};

inline constexpr jixiao::self_evaluation wage_fragment{
    .seq = 4,
    .year = std::chrono::year{2023},
    .indicators = wage_results,
    .points_total = decimal(100),
    .conclusion = "及时、足额缴纳。",
    .problems = "暂无",
    .measures = "暂无",
};

}  // namespace sichuan
