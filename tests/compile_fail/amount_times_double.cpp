// expect: no match for [^ ]*operator[*][^ ]* [(]operand types are [^ ]*jixiao::wan[^ ]* .aka [^}]*. and [^ ]*double|invalid operands to binary expression [(][^ ]*jixiao::wan[^ ]* [(]aka [^)]*[)] and [^ ]*double[^ ]*[)].*a [*] 1[.]5
// No double ever touches an amount.
#include <jixiao/amount.hpp>

using namespace jixiao::literals;

auto f(jixiao::wan a) { return a * 1.5; }
