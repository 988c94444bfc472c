// Compile-time baseline (scripts/compile_time.sh): <string> alone, the budget of amount.hpp.
#include <string>

int main() {}
