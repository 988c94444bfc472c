// expect: literal_has_nonzero_digit_beyond_scale
// wan has 4 fraction digits (1 元); a fifth non-zero digit would be silently lost.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 1.23456_wan;
