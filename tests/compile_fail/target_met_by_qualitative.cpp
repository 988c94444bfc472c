// expect: target_is_not_quantitative
// A qualitative target has no number to compare an actual value with.
#include <jixiao/target.hpp>

static_assert(jixiao::parse_target("按计划完成").met_by(jixiao::decimal{}));
