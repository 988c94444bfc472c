// expect: non-[^ ]*constexpr[^ ]* function ([^ ]* )?[^ ]*literal_is_not_a_plain_decimal_number
// Literals are plain decimal digits with an optional point: no exponent.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 1e3_wan;
