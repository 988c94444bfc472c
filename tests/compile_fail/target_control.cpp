// expect: compiles
// The control case for the target_* tests: the same texts, well formed, in constant expressions.
#include <jixiao/target.hpp>

constexpr auto t = jixiao::parse_target("不低于 72 小时");
static_assert(t.cmp == jixiao::comparator::ge && t.unit == "小时");
static_assert(!jixiao::parse_target("≥90%").met_by(jixiao::decimal(89)));
static_assert(jixiao::parse_target("2000名").unit == "名");
