// expect: indicator_category_is_not_in_the_form
// A constexpr table of the 2020 Beijing district form cannot file an indicator under 生态效益指标, a category
// of 财预〔2021〕101号 that this form does not have (it has 环境效益指标 instead). The table is the shared
// sample with these indicators.
#include <jixiao/jixiao.hpp>

#include "../unit/sample_tables.hpp"

namespace cat = jixiao::categories;

constexpr jixiao::indicator indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户")},
    {cat::ecological_benefit, "生态环境", jixiao::parse_target("明显改善")},
};

constexpr sample::project table = [] {
    auto p = sample::home_care;
    p.indicators = indicators;
    return p;
}();
