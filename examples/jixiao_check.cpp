// jixiao_check: validate 项目支出绩效目标表 table sets kept as CSV (or JSON) files; print findings and totals.
//
//   jixiao_check [--form NAME] [--json] [--year YYYY] FILE...
//
// Exit status: 0 no finding of error severity; 1 findings of error severity; 2 unreadable or malformed
// input (each problem on stderr as file:line:column: reason); 64 bad usage.
#include <iostream>
#include <string_view>
#include <vector>

#include "jixiao_check.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return jixiao_check::run_cli(args, std::cout, std::cerr);
}
