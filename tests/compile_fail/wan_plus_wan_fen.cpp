// expect: no match for [^ ]*operator[+][^ ]* [(]operand types are [^ ]*jixiao::wan[^ ]* .aka [^}]*. and [^ ]*jixiao::wan_fen|invalid operands to binary expression [(][^ ]*jixiao::wan[^ ]* [(]aka [^)]*[)] and [^ ]*jixiao::wan_fen.*a [+] b
// Different scales mix only through explicit widening or rescale.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

auto f(jixiao::wan a, jixiao::wan_fen b) { return a + b; }
