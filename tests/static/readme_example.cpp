// The example at the top of README.md, compiled as it stands there (keep the two in step). Laid out
// by hand for the README, so clang-format leaves it alone.
// clang-format off
#include <jixiao/jixiao.hpp>
using namespace jixiao::literals;
namespace cat = jixiao::categories;

constexpr jixiao::indicator goals[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户")},
    {cat::social_benefit, "家庭生活质量", jixiao::parse_target("明显改善")},
    {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%")},
};
constexpr jixiao::basic_project<jixiao::forms::beijing_district_2020> home_care{
    .seq = 1, .name = "残疾人家庭居家服务项目", .applicant = "北京市丰台区残疾人联合会", .implementer = "区残联教就部",
    .start = std::chrono::year{2020} / 1 / 1, .end = std::chrono::year{2020} / 12 / 31,
    .funding = {{.current = {.total = 518.4_wan, .district = 518.4_wan}}},  // 本年度: 518.4 万元, all 区财政拨款
    .indicators = goals};
static_assert(jixiao::require_valid(home_care));  // a broken rule stops the build and names the rule
static_assert(jixiao::to_chinese_upper_buffer(home_care.current().total).view() == "伍佰壹拾捌万肆仟元整");
// clang-format on

int main() { return jixiao::validate(home_care).ok() ? 0 : 1; }
