// expect: non-[^ ]*constexpr[^ ]* function ([^ ]* )?[^ ]*division_by_zero
// Division by zero during constant evaluation is a compile error that names it.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 1_wan / 0;
