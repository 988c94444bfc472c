// expect: fixed_point<.*::parse[(].*throw-expression[^ ]* is not a constant expression|subexpression not valid in a constant expression.*in call to .parse[(]
// Bad text parsed during constant evaluation is a compile error (g++: the throw is not a constant expression; clang: subexpression not valid, in a call to parse).
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

constexpr auto x = jixiao::wan::parse("1,000");
