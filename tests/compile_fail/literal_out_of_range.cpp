// expect: non-[^ ]*constexpr[^ ]* function ([^ ]* )?[^ ]*literal_out_of_range
// A literal beyond wan's range (int64 raw units) must not wrap or be rounded.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 99999999999999999999_wan;
