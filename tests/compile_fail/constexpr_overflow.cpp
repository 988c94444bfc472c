// expect: non-[^ ]*constexpr[^ ]* function ([^ ]* )?[^ ]*overflow_in_addition
// Overflow during constant evaluation is a compile error that names it.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = jixiao::wan::max() + 1_wan;
