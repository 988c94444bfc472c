// expect: compiles
// The control case: the same harness, compiler and include paths as every compile-fail test,
// on code that must compile. If this fails, the harness is broken, not the library.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = 518.4_wan;
static_assert(x == x);
