// expect: no match for [^ ]*operator[+][^ ]* [(]operand types are [^ ]*jixiao::wan[^ ]* .aka [^}]*. and [^ ]*jixiao::decimal|invalid operands to binary expression [(][^ ]*jixiao::wan[^ ]* [(]aka [^)]*[)] and [^ ]*jixiao::decimal.*a [+] d
// Money plus a plain number is meaningless: amounts and decimals never mix.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

auto f(jixiao::wan a, jixiao::decimal d) { return a + d; }
