// expect: violates_duplicate_seq
// Two tables of one set with the same 序号: each table is valid on its own, the set is not.
#include <jixiao/jixiao.hpp>

#include <array>

using namespace jixiao::literals;
namespace cat = jixiao::categories;
using project = jixiao::basic_project<jixiao::forms::beijing_district_2020>;

constexpr jixiao::indicator indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户")},
    {cat::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善")},
    {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%")},
};

constexpr project make(std::string_view name) {
    return project{
        .seq = 7,
        .year = std::chrono::year{2020},
        .name = name,
        .applicant = "北京市丰台区残疾人联合会",
        .implementer = "区残联教就部",
        .start = std::chrono::year{2020} / 1 / 1,
        .end = std::chrono::year{2020} / 12 / 31,
        .funding = {{{0_wan, {0_wan, 0_wan, 0_wan}}, {10_wan, {10_wan, std::nullopt, std::nullopt}}}},
        .indicators = indicators,
    };
}

constexpr std::array<project, 2> tables{make("甲项目"), make("乙项目")};

static_assert(jixiao::require_valid(tables[0]) && jixiao::require_valid(tables[1]));  // each alone passes
static_assert(jixiao::require_valid(tables));
