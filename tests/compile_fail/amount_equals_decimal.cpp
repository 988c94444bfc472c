// expect: no match for [^ ]*operator==[^ ]* [(]operand types are [^ ]*jixiao::wan[^ ]* .aka [^}]*. and [^ ]*jixiao::decimal|invalid operands to binary expression [(][^ ]*jixiao::wan[^ ]* [(]aka [^)]*[)] and [^ ]*jixiao::decimal.*a == d
// An amount and a plain number cannot be compared.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

bool f(jixiao::wan a, jixiao::decimal d) { return a == d; }
