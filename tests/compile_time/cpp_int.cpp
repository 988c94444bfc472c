// Compile-time baseline (scripts/compile_time.sh): Boost.Multiprecision's cpp_int alone; jixiao.hpp must cost
// less than half of it.
#include <boost/multiprecision/cpp_int.hpp>

int main() {}
