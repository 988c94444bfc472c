// expect: non-[^ ]*constexpr[^ ]* function ([^ ]* )?[^ ]*division_is_inexact_pass_a_rounding_mode
// 1 万元 / 3 is not exact: without a rounding mode it does not compile in constant evaluation.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 1_wan / 3;
