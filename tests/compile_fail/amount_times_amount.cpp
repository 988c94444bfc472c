// expect: no match for [^ ]*operator[*][^ ]* [(]operand types are [^ ]*jixiao::wan[^ ]* .aka [^}]*. and [^ ]*jixiao::wan|invalid operands to binary expression [(][^ ]*jixiao::wan[^ ]* [(]aka [^)]*[)] and [^ ]*jixiao::wan[^ ]*[)].*a [*] b
// 万元 times 万元 is not money: an amount is multiplied only by an integer (or via multiply with a decimal).
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

auto f(jixiao::wan a, jixiao::wan b) { return a * b; }
