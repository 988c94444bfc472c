// Compile-time cost of the umbrella header (scripts/compile_time.sh).
#include <jixiao/jixiao.hpp>

int main() {}
