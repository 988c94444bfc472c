// A constexpr table validated at compile time, and totals across tables at run time.
#include <array>
#include <cstdio>

#include <jixiao/jixiao.hpp>

using namespace jixiao::literals;
namespace cat = jixiao::categories;
using form = jixiao::forms::beijing_district_2020;

constexpr jixiao::indicator home_care_indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户"), "为 2000 个残疾人家庭提供居家服务"},
    {cat::quality, "每户居家服务时长", jixiao::parse_target("不低于72小时"), "每户居家服务时长不低于 72 小时"},
    {cat::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善"), "改善困难残疾人家庭的生活质量"},
    {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%"), "残疾人满意率不低于90%"},
};

constexpr jixiao::cost_line<jixiao::wan> home_care_basis[] = {
    {.item = "居家服务",
     .unit_price = 2592_yuan,
     .price_unit = "元/户",
     .quantities = {{2000, "户"}},
     .stated_total = 518.4_wan},
};

constexpr jixiao::basic_project<form> home_care{
    .seq = 1,
    .year = std::chrono::year{2020},
    .name = "残疾人家庭居家服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "区残联教就部",
    .start = std::chrono::year{2020} / 1 / 1,
    .end = std::chrono::year{2020} / 12 / 31,
    // 本年度项目资金 518.4 万元, all of it 区财政拨款; 以前年度 0, and the cells left out are blank.
    .funding = {{.current = {.total = 518.4_wan, .district = 518.4_wan}}},
    .goal = "为全区2000户低保重残和重残无业残疾人家庭提供居家服务",
    .indicators = home_care_indicators,
    .cost_basis = home_care_basis,
};

// The table breaks no rule: checked by the compiler. A broken rule would stop the build in a
// function named after it, e.g. jixiao::rules::violates_funding_sources_sum.
static_assert(jixiao::require_valid(home_care));
static_assert(home_care.cost_basis_total() == 518.4_wan);

int main() {
    // A second table, as if loaded at run time, with a source row that does not add up.
    auto repair = home_care;
    repair.seq = 2;
    repair.name = "区残疾人综合服务中心维修改造项目";
    repair.implementer = "丰台残联办公室";
    repair.funding = {{.current = {.total = 448.9734_wan, .district = 448.9700_wan}}};
    repair.cost_basis = {};

    const std::array tables{home_care, repair};
    const auto sum = jixiao::total(tables);
    std::printf("本年度 total: %s 万元 (%s)\n", jixiao::to_string(sum.current()).c_str(),
                jixiao::to_chinese_upper(sum.current()).c_str());
    for (const auto& g : jixiao::by_implementer(tables)) {
        std::printf("  %.*s: %s 万元\n", static_cast<int>(g.key.size()), g.key.data(),
                    jixiao::to_string(g.sum.current()).c_str());
    }
    const auto report = jixiao::validate(tables);
    for (const auto& f : report) {
        std::printf("%.*s [%.*s] 序号 %d: %.*s\n", static_cast<int>(f.rule_id().size()), f.rule_id().data(),
                    static_cast<int>(jixiao::display_name(f.level()).size()), jixiao::display_name(f.level()).data(),
                    f.seq, static_cast<int>(f.message().size()), f.message().view().data());
    }
    return 0;
}
