// expect: text_is_not_a_valid_number
// Bad text parsed during constant evaluation is a compile error that names the failure function.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = jixiao::wan::parse("1,000");
