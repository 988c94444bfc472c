// Compile-time cost of the amount header alone (scripts/compile_time.sh): what a program that only
// parses, formats and totals amounts pays.
#include <jixiao/amount.hpp>

int main() {}
