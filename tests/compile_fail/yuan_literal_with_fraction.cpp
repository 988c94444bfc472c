// expect: non-[^ ]*constexpr[^ ]* function ([^ ]* )?[^ ]*literal_has_nonzero_digit_beyond_scale
// wan counts whole 元, so a _yuan literal with 角 and 分 cannot be exact.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 12.34_yuan;
