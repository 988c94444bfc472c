// expect: target_text_is_not_a_valid_target
// A comparator with no number is a parse error; in a constant expression it does not compile.
#include <jixiao/target.hpp>

constexpr auto t = jixiao::parse_target("不低于");
