// expect: compiles
// The positive twin of domain_category_not_in_form.cpp: the same constexpr table with the indicator filed
// under 环境效益指标, which the 2020 Beijing district form has, so that file fails for its stated reason
// and not because the harness, the compiler or the include paths are broken.
#include <jixiao/jixiao.hpp>

using namespace jixiao::literals;
namespace cat = jixiao::categories;

constexpr jixiao::indicator indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户")},
    {cat::environmental_benefit, "生态环境",
     jixiao::parse_target("明显改善")},  // twin of domain_category_not_in_form.cpp
};

constexpr jixiao::basic_project<jixiao::forms::beijing_district_2020> table{
    .seq = 1,
    .name = "残疾人家庭居家服务项目",
    .indicators = indicators,
};
static_assert(table.indicators.size() == 2);
