// expect: target_text_is_not_a_valid_target
// A number followed by text that is no known unit is a parse error, never a guess.
#include <jixiao/target.hpp>

constexpr auto t = jixiao::parse_target("2000名残疾人家庭受益");
