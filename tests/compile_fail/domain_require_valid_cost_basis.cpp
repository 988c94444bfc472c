// expect: violates_cost_basis_exceeds_total
// require_valid() on a constexpr table whose cost basis (2000户 × 2597元 = 519.4000) exceeds its 本年度 total
// (518.4000) stops compilation in a function named after the rule.
#include <jixiao/jixiao.hpp>

using namespace jixiao::literals;
namespace cat = jixiao::categories;

constexpr jixiao::indicator indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户")},
    {cat::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善")},
    {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%")},
};

constexpr jixiao::cost_line<jixiao::wan> basis[] = {
    {.item = "居家服务", .unit_price = 2597_yuan, .price_unit = "元/户", .quantities = {{2000, "户"}}},
};

constexpr jixiao::basic_project<jixiao::forms::beijing_district_2020> table{
    .seq = 1,
    .year = std::chrono::year{2020},
    .name = "残疾人家庭居家服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "区残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{{0_wan, {0_wan, 0_wan, 0_wan}}, {518.4_wan, {518.4_wan, std::nullopt, std::nullopt}}}},
    .indicators = indicators,
    .cost_basis = basis,
};

static_assert(jixiao::require_valid(table));
