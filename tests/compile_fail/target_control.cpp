// expect: compiles
// The positive twin of every target_* compile-fail file: the same texts, well formed, in constant expressions.
#include <jixiao/target.hpp>

constexpr auto t = jixiao::parse_target("不低于 72 小时");  // twin of target_comparator_without_number.cpp
static_assert(t.cmp == jixiao::comparator::ge && t.unit == "小时");
static_assert(!jixiao::parse_target("≥90%").met_by(jixiao::decimal(89)));  // twin of target_met_by_qualitative.cpp
static_assert(jixiao::parse_target("2000名").unit == "名");                // twin of target_unknown_unit.cpp
