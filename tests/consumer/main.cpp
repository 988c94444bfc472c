#include <jixiao/amount.hpp>

using namespace jixiao::literals;

int main() { return (518.4_wan + 1_wan) == 519.4_wan ? 0 : 1; }
