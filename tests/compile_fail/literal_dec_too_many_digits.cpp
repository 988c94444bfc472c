// expect: literal_has_nonzero_digit_beyond_scale
// decimal has 6 fraction digits; a seventh non-zero digit would be silently lost.
#include <jixiao/decimal.hpp>

using namespace jixiao::literals;

constexpr auto x = 1.0000001_dec;
