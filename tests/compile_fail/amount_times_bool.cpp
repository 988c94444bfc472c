// expect: no match for [^ ]*operator[*][^ ]* [(]operand types are [^ ]*jixiao::wan[^ ]* .aka [^}]*. and [^ ]*bool|invalid operands to binary expression [(][^ ]*jixiao::wan[^ ]* [(]aka [^)]*[)] and [^ ]*bool[^ ]*[)].*a [*] true
// bool is not a count: x * true is almost certainly a bug.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

auto f(jixiao::wan a) { return a * true; }
